import { postQuery } from './format.js';
import { inBoth, messageIn } from '../../shared/bilingual.js';
import { chinaDay } from '../../shared/china-day.js';
import type { Language } from './language.js';
import type { PopulationSource, ReportIndicator } from './about.js';
import { requireIndicator } from './unknown-indicator.js';
import { nationalTotal, type NationalTotal } from '../../shared/national-total.js';
import { rateAtBestYear, rateYearsOf, type RateYear } from '../../shared/rate-years.js';
import { firstYearNotOver } from '../../shared/years-over.js';
import { comparisonQuery, rateYearsQuery } from './comparison-queries.js';
import { nearestTarget, toRow, type ComparisonRow } from './comparison-row.js';

/**
 * The national comparison of one indicator, read through the gateway's public API like any client,
 * as rows for people who do not write GraphQL.
 */

/** How many years back a rate's total looks for the year-end most regions published a population for. */
const RATE_YEARS_BACK = 10;

/** A region's year of its rate series, with the published population the year divides by. */
type RateYearOf = RateYear & { population: PopulationSource | null };

/** Why a region's row is blank when it did not answer, with what the gateway said of it. */
const notAnswered = (said: string) =>
  inBoth({
    zh: `该地区未应答：${messageIn(said, 'zh')}`,
    en: `the region did not answer: ${messageIn(said, 'en')}`,
  });

/** Each region's rate by year-end, for a total over the one most regions can add up. */
async function rateYears(
  gatewayUrl: string,
  indicator: string,
): Promise<Map<string, RateYearOf[]>> {
  // The indicator was found by the comparison's query just before.
  const data = await postQuery(
    gatewayUrl,
    rateYearsQuery,
    { indicator, from: Number(chinaDay().slice(0, 4)) - RATE_YEARS_BACK },
    () => {},
    // One that did not answer has no years: the comparison's own query says why.
    () => {},
  );
  return new Map(
    data.registries.map(({ code, measure }) => {
      const cells = measure?.computable ? measure.breakdown : [];
      // Each year-end with the population it divides by, for the About sheet.
      const populationOf = (year: number) => {
        const figure = cells.find(
          (cell) => cell.keys[0]!.value === String(year),
        )?.denominatorFigure;
        return figure
          ? { region: code, value: figure.value, asOf: figure.asOf, source: figure.source }
          : null;
      };
      return [
        code,
        rateYearsOf(cells).map((year) => ({ ...year, population: populationOf(year.year) })),
      ];
    }),
  );
}
export interface Comparison {
  indicator: ReportIndicator;
  unit: string;
  /** The day the registries were measured as of (of a rate, its population's year-end). */
  asOf: string | null;
  /** The `--as-of` asked for, or null for today. */
  askedAsOf: string | null;
  rows: ComparisonRow[];
  /** The regions added up, as a national statistics office adds them (see national-total.ts). */
  national: NationalTotal;
  /** Of a rate, the published populations it divides by, by region code. */
  populations: PopulationSource[];
  /**
   * Of a rate, the populations its total divides by: the rows' where it is asked as of a day, each
   * added region's of the total's year-end where it is not (rateAtBestYear).
   */
  totalPopulations: PopulationSource[];
  /** Each region's documents of its latest published figure and of its target, which a terminal's table cites. */
  rowSources: {
    region: string;
    published: ReportIndicator['sources'][number] | null;
    target: ReportIndicator['sources'][number] | null;
    /** Of the published figure a target's progress value is, where it is one. */
    progress: ReportIndicator['sources'][number] | null;
  }[];
}

export async function fetchComparison(
  gatewayUrl: string,
  indicator: string,
  language: Language = 'en',
  asOf?: string,
): Promise<Comparison> {
  const code = indicator.toUpperCase();
  const unanswered = new Map<number, string>();
  const data = await postQuery(
    gatewayUrl,
    comparisonQuery,
    { indicator: code, asOf },
    requireIndicator(code, language),
    (index, message) => unanswered.set(index, message),
  );
  const sources = data.registries.flatMap((r) => (r.latestFigure ? [r.latestFigure.source] : []));
  // A region that did not answer has no measure (null): the total leaves it out, saying so. A
  // flow's undated records are the programmes it leaves out, not records it counts from a day inferred.
  const flow = data.indicator!.stockOrFlow === 'FLOW';
  const measures = data.registries.map(({ code, measure }) => ({
    region: code,
    measure: measure && {
      ...measure,
      undatedRecords: flow ? null : measure.undatedRecords,
      programmesLeftOut: flow ? measure.undatedRecords : null,
      populationAsOf: measure.denominatorFigure?.asOf,
    },
  }));
  // A rate of today is, in each region, over its own latest population: added up over one year-end.
  const years =
    data.indicator!.kind === 'RATE' && asOf == null ? await rateYears(gatewayUrl, code) : null;
  const national = nationalTotal(
    data.indicator!.kind,
    years
      ? rateAtBestYear(measures.map((m) => ({ ...m, years: years.get(m.region) ?? null })))
      : measures,
  );
  const populations = data.registries.flatMap(({ code, measure }) => {
    const figure = measure?.denominatorFigure;
    return figure
      ? [{ region: code, value: figure.value, asOf: figure.asOf, source: figure.source }]
      : [];
  });
  const totalYear = national.asOf?.slice(0, 4);
  return {
    indicator: { ...data.indicator!, sources },
    unit: data.indicator!.unit,
    // The day measured; of an indicator no registry counts, the day asked for.
    asOf: data.registries.find((r) => r.measure?.asOf)?.measure?.asOf ?? asOf ?? null,
    askedAsOf: asOf ?? null,
    rows: data.registries.map((registry, index) => {
      const row = toRow(registry, data.indicator!, firstYearNotOver(asOf ?? null));
      // Blank for want of an answer: said so (a part it did answer keeps its own words).
      const why = unanswered.get(index);
      return why === undefined || row.measured != null
        ? row
        : { ...row, notMeasured: notAnswered(why) };
    }),
    populations,
    rowSources: data.registries.map((registry) => {
      const target = nearestTarget(registry.targets ?? [], firstYearNotOver(asOf ?? null));
      return {
        region: registry.code,
        published: registry.latestFigure?.source ?? null,
        target: target?.source ?? null,
        progress: target?.progress.figure?.source ?? null,
      };
    }),
    totalPopulations: national.included.flatMap((region) => {
      const population = years
        ? years.get(region)?.find((year) => String(year.year) === totalYear)?.population
        : populations.find((p) => p.region === region);
      return population ? [population] : [];
    }),
    national,
  };
}
