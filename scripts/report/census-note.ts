import { beforeCensus, FIRST_YEAR_AFTER_CENSUS } from '../../shared/census.js';
import type { Language } from './language.js';

/**
 * Under a rate's report over a population of a year-end before the Seventh National Population
 * Census: that the census revised the series, so such a rate does not compare with later ones. The
 * API says it in the measure's reason, which no column of the report prints.
 */
export function censusNote(
  populationYears: readonly (number | null)[],
  language: Language,
): string | null {
  return populationYears.some((year) => year != null && year < FIRST_YEAR_AFTER_CENSUS)
    ? beforeCensus[language]
    : null;
}
