import { inBoth } from './bilingual.js';
import { PER_RESIDENTS, type RegionMeasure } from './national-total.js';
import { registersNothing } from './regions-left-out.js';

/**
 * A rate added up as of a year-end: the year-ends of a region's rate series, and the year-end at
 * which most regions have a rate, which nationalTotal then adds up (national-total.ts). Apart from
 * the total, which takes the regions' measures as they come. Plain code, as the total is: the
 * dashboard's browser bundle imports it.
 */

/** Why a rate has no value for a year: no population of its end (the registry's words, rates.ts). */
export const noPopulation = (year: number) => ({
  zh: `${year} 年末的常住人口数未收录于登记库。`,
  en: `The registry holds no resident population for the end of ${year}.`,
});

/** One year of a region's rate series (its measure by YEAR): the count, the population, their date. */
export interface RateYear {
  year: number;
  numerator: number | null;
  denominator: number | null;
  demoShare: number | null;
  /** The date of the published population the year divides by. */
  populationAsOf: string | null;
}

/** A YEAR cell of a rate series, as the API gives it. */
export interface RateCell {
  keys: { value: string | null }[];
  numerator?: number | null;
  denominator?: number | null;
  demoShare?: number | null;
  toDate: boolean;
  denominatorFigure?: { asOf: string } | null;
}

/**
 * A region's year-ends of its rate series: this year's cell, to date, is of today, over an earlier
 * year-end's population, and is no year-end to add up at.
 */
export const rateYearsOf = (cells: readonly RateCell[]): RateYear[] =>
  cells
    .filter((cell) => !cell.toDate)
    .map((cell) => ({
      year: Number(cell.keys[0]!.value),
      numerator: cell.numerator ?? null,
      denominator: cell.denominator ?? null,
      demoShare: cell.demoShare ?? null,
      populationAsOf: cell.denominatorFigure?.asOf ?? null,
    }));

/**
 * A rate asked for no day is, in each region, over the latest population it published, and regions
 * publish populations of different years: their latest values do not add up, and the most common of
 * their years would let two regions each outvote three. Added up, the rate is over the year-end at
 * which most regions have both a count and a population (the later of two as many), each region as
 * of that year-end. A region with no population that year is left out for it; one whose measure has
 * no rate at all keeps the measure, and its own reason (Xiong'an publishes no population).
 */
export function rateAtBestYear(
  regions: { region: string; measure: RegionMeasure['measure']; years: RateYear[] | null }[],
): RegionMeasure[] {
  // A count of 0 over a population is nothing registered, which the total leaves out: no vote.
  const withRate = (year: RateYear) =>
    year.numerator != null &&
    !registersNothing('RATE', year) &&
    year.denominator != null &&
    year.denominator > 0;
  const counts = new Map<number, number>();
  for (const { years } of regions)
    for (const year of years ?? [])
      if (withRate(year)) counts.set(year.year, (counts.get(year.year) ?? 0) + 1);
  const [best] = [...counts].sort(([a, m], [b, n]) => n - m || b - a);
  if (!best) return regions.map(({ region, measure }) => ({ region, measure }));
  const [year] = best;
  return regions.map(({ region, measure, years }) => {
    // A region whose years did not come keeps its measure, and whatever its own reason says.
    if (years === null) return { region, measure };
    const cell = years.find((y) => y.year === year);
    if (cell && withRate(cell))
      return {
        region,
        measure: {
          computable: true,
          value: (PER_RESIDENTS * cell.numerator!) / cell.denominator!,
          numerator: cell.numerator,
          denominator: cell.denominator,
          demoShare: cell.demoShare,
          asOf: `${year}-12-31`,
          populationAsOf: cell.populationAsOf,
        },
      };
    if (!measure?.computable || measure.value == null) return { region, measure };
    return {
      region,
      measure: {
        computable: true,
        reason: inBoth(noPopulation(year)),
        value: null,
        numerator: cell?.numerator ?? null,
        denominator: null,
        asOf: `${year}-12-31`,
      },
    };
  });
}

/**
 * What a rate's value divides, in words, as a target's progress says it beside its value: the
 * registry's count of a day over the population of a year-end (Guangxi's count of 2026-12-06 over
 * its population of the end of 2022), as `measure`'s reason says it.
 */
export function rateBasisWords(
  countedOn: string,
  populationAsOf: string,
  language: 'zh' | 'en',
): string {
  const year = populationAsOf.slice(0, 4);
  return language === 'zh'
    ? `${countedOn} 的登记计数 ÷ ${year} 年末常住人口`
    : `the registry's count of ${countedOn} over the resident population at the end of ${year}`;
}

/**
 * The year-end of the population a rate divides by, and, where its count is of a later day (today's
 * count over the end of 2023), that carrying it forward is an inference: no population of that day
 * is published. As the API's `denominatorCarriedForward` says it.
 */
export function populationYearWords(
  populationAsOf: string,
  carriedForward: boolean,
  language: 'zh' | 'en',
): string {
  const year = populationAsOf.slice(0, 4);
  if (language === 'zh') return `人口为 ${year} 年末数${carriedForward ? '（推定沿用）' : ''}`;
  return `population of end-${year}${carriedForward ? ' (carried forward: inferred)' : ''}`;
}
