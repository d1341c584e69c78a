import type { Language } from './language.js';

export type { Language };

const labels = {
  // The federation holds six of China's regions: nothing here is national.
  title: {
    zh: '各地区社会工作登记联邦 · 覆盖情况',
    en: "Social work registries of China's regions · coverage",
  },
  national: { zh: '各地区对比', en: 'The regions compared' },
  region: { zh: '地区', en: 'Region' },
  published: { zh: '公开数据', en: 'Published' },
  measured: { zh: '登记测算', en: 'Measured' },
  target: { zh: '目标', en: 'Target' },
  status: { zh: '状态', en: 'Status' },
  total: { zh: '合计', en: 'Total' },
  leftOut: { zh: '未纳入：', en: 'Left out: ' },
  noneRegistered: { zh: '（未登记）', en: ' (none registered)' },
  perResidents: { zh: '每万常住人口', en: 'Per 10,000 residents' },
  populationSource: { zh: '人口来源', en: 'Population source' },
  workersRateParts: {
    zh: '计数之日的持证社会工作者数 / 常住人口数（× 10,000）',
    en: "The day's certified social workers / resident population (× 10,000)",
  },
  agenciesRateParts: {
    zh: '计数之日的社会工作服务机构数 / 常住人口数（× 10,000）',
    en: "The day's social work agencies / resident population (× 10,000)",
  },
  stationsRateParts: {
    zh: '计数之日的乡镇（街道）社会工作站数 / 常住人口数（× 10,000）',
    en: "The day's township (sub-district) social work stations / resident population (× 10,000)",
  },
  progressSince: { zh: '当前值的统计起点：', en: 'The value adds up from ' },
  standingNow: { zh: '当前', en: 'Now' },
  gapToTarget: { zh: '距目标还差', en: 'short of the target by' },
  targetSetBy: { zh: '目标出处：', en: 'Target set in: ' },
  targetPolicy: { zh: '所依政策：', en: 'Set by the policy: ' },
  targets: { zh: '目标进展', en: 'Progress toward targets' },
  measuredSeries: { zh: '登记测算（年末）', en: 'Measured (year end)' },
  measuredYears: { zh: '登记测算（全年量）', en: "Measured (each year's whole)" },
  measuredToDate: { zh: '登记测算（截至今天）', en: 'Measured (to date)' },
  trend: { zh: '趋势', en: 'Trend' },
  breakdowns: { zh: '分项', en: 'Breakdowns' },
  indicator: { zh: '指标', en: 'Indicator' },
  programName: { zh: '名称', en: 'Name' },
  programKind: { zh: '类型', en: 'Kind' },
  programRole: { zh: '性质', en: 'Role' },
  back: { zh: '返回各地区对比', en: 'Back to the regions' },
  noSuchRegion: { zh: '没有这个地区：', en: 'No such region: ' },
  byKind: {
    zh: '开展医务社工的机构（按类型）',
    en: 'Institutions doing medical social work, by kind',
  },
  byGrade: {
    zh: '开展医务社工的机构（按等级）',
    en: 'Institutions doing medical social work, by grade',
  },
  byCity: { zh: '社会工作从业人员（按城市）', en: 'Social work practitioners, by city' },
  byField: {
    zh: '社会工作从业人员（按服务领域）',
    en: 'Social work practitioners, by service field',
  },
  programs: { zh: '项目', en: 'Programmes' },
  dataQuality: { zh: '数据质量', en: 'Data quality' },
  flagged: { zh: '差异超出容许范围', en: 'Differs beyond tolerance' },
  agrees: { zh: '一致', en: 'Agrees' },
  notCompared: { zh: '未作对照', en: 'Not compared' },
  agreesOnDemo: {
    zh: '一致，但测算值主要来自演示数据，不能证实该数字',
    en: 'Agrees, but the measure is mostly demo data: it confirms nothing',
  },
  source: { zh: '来源', en: 'Source' },
  quote: { zh: '原文', en: 'Original sentence' },
  close: { zh: '关闭', en: 'Close' },
  demoNote: {
    zh: '测算值来自登记库，其中多为演示数据（非真实）；公开数据来自原始报道，点击数字可查看原文。',
    en: 'Measured values count the registry, which is mostly demo data (not real); published figures come from the source reports: click a number for its original sentence.',
  },
  updated: { zh: '更新于', en: 'Updated' },
  // After the time of an update, which is China's whatever the browser's zone.
  chinaTime: { zh: '（北京时间）', en: ' China time' },
  demo: { zh: '演示', en: 'demo' },
  restsOnDemo: {
    zh: '此状态主要基于演示数据（非真实）：演示记录占所评判数值的',
    en: 'This status rests mostly on demo records (not real): their share of the value judged is',
  },
  none: { zh: '无', en: 'None' },
  noRecords: { zh: '暂无计入的记录', en: 'Nothing counted yet' },
  regionEmpty: {
    zh: '该地区登记中尚无社会工作者，也无开展医务社会工作的医疗卫生机构：数据导入或登记后，这里将显示分项。',
    en: "This region's registry holds no social workers and no medical institution doing social work yet: breakdowns appear once records are imported or registered.",
  },

  unavailable: { zh: '暂时无法获取该地区数据', en: 'This region is not answering' },
  directoryDown: {
    zh: '无法连接全国目录：地区名单、地区名称和指标目录由它提供，暂时无法获取。以下是各地区登记库直接给出的数据，地区和指标的名称取自本看板发布时的版本；全国目录恢复后，页面会自动更新。',
    en: "The national directory cannot be reached: it gives the list of regions, their names and the indicator catalog. Below is what each region's registry answers itself, the names of regions and indicators as of this dashboard's release; the page updates by itself once the directory answers again.",
  },
  busy: {
    zh: '网关繁忙，稍后自动刷新',
    en: 'The gateway is busy; the page refreshes by itself',
  },
  busyKept: {
    zh: '网关繁忙，仍显示上次更新的数据，稍后自动刷新',
    en: 'The gateway is busy: showing the last update until the page refreshes by itself',
  },
  unreachable: {
    zh: '无法连接网关，稍后自动重试',
    en: 'The gateway cannot be reached; the page tries again by itself',
  },
  unreachableKept: {
    zh: '无法连接网关，仍显示上次更新的数据，稍后自动重试。上次更新于',
    en: 'The gateway cannot be reached: showing the data of the last update until it answers again. Last updated',
  },
  year: { zh: '年份或时期', en: 'Year or period' },
  fundingYuan: { zh: '资金（元）', en: 'Funding (yuan)' },
  notComputable: { zh: '登记库无法测算', en: 'Not computable from the registry' },
  noDenominator: {
    zh: '无法计算：登记中没有可计入分母的机构',
    en: 'Not computable: no institutions registered to divide by',
  },
  nothingHere: {
    zh: '无公开数据、无登记测算、无目标',
    en: 'No published figure, measure or target',
  },
  noChecks: {
    zh: '没有可与登记核对的公开数据',
    en: 'No published figure to check the registry against',
  },
  saveImage: { zh: '保存为图片', en: 'Save as PNG' },
  publishedOnly: {
    zh: '仅显示已公开的项目；登录后可查看全部（含演示和登记的记录）。',
    en: 'Published programmes only: sign in to see all, demo and registered ones too.',
  },
  publisher: { zh: '发布', en: 'Published by' },
  reprintedFrom: { zh: '转载自', en: 'Reprinted from' },
  readAt: { zh: '网页地址', en: 'Read at' },
  publishedOn: { zh: '日期', en: 'Date' },
  // A bar of the records that leave a breakdown's dimension unset.
  // Beside a date the page does not print, read from its neighbours.
  inferred: { zh: '（推定）', en: ' (inferred)' },
} as const;

/**
 * What the data-quality checks found, in a sentence: how many figures were set beside a measure,
 * how many differ beyond tolerance, how many measures rest mostly on demo records, whose agreement
 * confirms nothing, and how many figures were not compared at all (a plan, a period with no start).
 */
export function qualitySummary(
  {
    checks,
    flagged,
    onDemo,
    notCompared,
  }: Record<'checks' | 'flagged' | 'onDemo' | 'notCompared', number>,
  language: Language,
): string {
  if (language === 'zh') {
    const found = flagged
      ? `共 ${checks} 项核对，${flagged} 项差异超出容许范围。`
      : `共 ${checks} 项核对，均在容许范围内。`;
    return (
      found +
      (onDemo ? `其中 ${onDemo} 项的测算值主要来自演示数据，不能证实公开数据。` : '') +
      (notCompared ? `另有 ${notCompared} 项公开数据未作对照（原因见各行）。` : '')
    );
  }
  const noun = checks === 1 ? 'check' : 'checks';
  const found = flagged
    ? `${checks} ${noun}, ${flagged} beyond tolerance.`
    : `${checks} ${noun}, none beyond tolerance.`;
  return (
    found +
    (onDemo
      ? ` ${onDemo} of them measured mostly on demo data, which confirms no published figure.`
      : '') +
    (notCompared
      ? ` ${notCompared} more published ${notCompared === 1 ? 'figure' : 'figures'} not compared (each row says why).`
      : '')
  );
}

export const statusLabels: Record<string, Record<Language, string>> = {
  ACHIEVED: { zh: '已达成', en: 'Achieved' },
  ACHIEVED_LATE: { zh: '逾期达成', en: 'Achieved late' },
  ON_TRACK: { zh: '进展顺利', en: 'On track' },
  AT_RISK: { zh: '存在风险', en: 'At risk' },
  OFF_TRACK: { zh: '偏离目标', en: 'Off track' },
  NO_DATA: { zh: '无数据', en: 'No data' },
  NOT_SET: { zh: '尚未设定', en: 'Not yet set' },
};

/**
 * A status in words, said to be demo where the value it was judged on is mostly demo records: it
 * then says how the demo data were planned, nothing about the region.
 */
export const statusWords = (status: string, onDemo: boolean, language: Language) =>
  `${statusLabels[status]?.[language] ?? status}${onDemo ? (language === 'zh' ? '（演示）' : ' (demo)') : ''}`;

export type Label = keyof typeof labels;

export function t(label: Label, language: Language): string {
  return labels[label][language];
}

/**
 * A date, a start or a publisher the page does not print, marked so wherever it is shown, on the
 * page and in the report alike: 2023-09-01（推定）, 公益时报（推定）.
 */
export const withInferred = (
  text: string | null | undefined,
  inferred: boolean | null | undefined,
  language: Language,
): string | null => (text && inferred ? `${text}${t('inferred', language)}` : (text ?? null));
