/**
 * What a rate's population is said to be read on beyond its title, by the report and the
 * dashboard alike: the communiqués were read on reprints, not on the statistics bureaus' own sites
 * (`Source.readOnReprint`), and some pages give no date. Plain code: the dashboard's browser bundle
 * imports it too.
 */
export const populationWords = {
  reprint: {
    zh: '转载页面（非统计部门官网）',
    en: "reprint (not the statistics bureau's own site)",
  },
  own: { zh: '统计部门官网', en: "the statistics bureau's own site" },
  noDate: { zh: '未载明发布日期', en: 'publication date not given' },
};
