import type { Bilingual } from './bilingual.js';

/**
 * The first year-end whose population was published after the Seventh National Population Census
 * (its reference day 2020-11-01). The census revised the regions' earlier series: a year-end before
 * it was published on the old basis (Tianjin's 1561.83万 of 2019, against 1364万 of 2024 and a
 * revised peak of 1443万), and a rate over it does not compare with one over a later year.
 */
export const FIRST_YEAR_AFTER_CENSUS = 2020;

/** Said of a rate over such a year-end: by the API in its reason, by the report under its table. */
export const beforeCensus: Bilingual = {
  zh: `${FIRST_YEAR_AFTER_CENSUS} 年以前的年末常住人口数公布于第七次全国人口普查之前，普查后的数列与之口径不同：其比率不宜与之后各年的比较。`,
  en: `Year-end populations before ${FIRST_YEAR_AFTER_CENSUS} were published before the Seventh National Population Census, which revised the series: their rates do not compare with later years'.`,
};

/** The status rules that rest on a trend, or say there is none: those whose words say its years. */
const restingOnTrend: ReadonlySet<string> = new Set([
  'NO_TREND',
  'PROJECTED_TO_REACH',
  'PROJECTED_SHORT_WITHIN_TOLERANCE',
  'PROJECTED_SHORT',
]);

/**
 * Said of a rate's trend that leaves out the years before the census (`trendYearsBeforeCensus`),
 * after the words of a status that rests on the trend: why the history's earlier points are not in
 * it, or why a single year is left to fit. Null where none was left out, or no trend is said.
 */
export function trendBeforeCensus(reason: {
  code: string;
  trendYearsBeforeCensus?: readonly number[] | null;
}): Bilingual | null {
  const years = reason.trendYearsBeforeCensus ?? [];
  if (!years.length || !restingOnTrend.has(reason.code)) return null;
  const one = years.length === 1;
  const english = one ? `${years[0]}` : `${years.slice(0, -1).join(', ')} and ${years.at(-1)}`;
  return {
    zh: `${years.join('、')} 年的比率以第七次全国人口普查前公布的常住人口为分母，与之后各年口径不同，未用于拟合趋势。`,
    en: `The rate${one ? '' : 's'} of ${english} ${one ? 'is' : 'are'} over ${one ? 'a population' : 'populations'} published before the Seventh National Population Census, on another basis than the later years', so ${one ? 'it is' : 'they are'} left out of the trend.`,
  };
}
