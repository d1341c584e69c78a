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
