import { inBoth } from './bilingual.js';
import type { Language } from './enum-labels.js';
import { countsNothing, leftOutBecause } from './regions-left-out.js';

/**
 * Regions added up into one value, as the report prints it under its table and the dashboard in its
 * total row: the same rules, so that the two never give two totals. Plain code: the dashboard's
 * browser bundle imports it too.
 */

/** How an indicator's values combine (the catalog's `Indicator.kind`). */
export type IndicatorKind = 'COUNT' | 'RATIO' | 'RATE' | 'AMOUNT';

/** One region's measure as the gateway answered it; null when the region did not answer. */
export interface RegionMeasure {
  region: string;
  measure: {
    computable: boolean;
    reason?: string | null;
    value?: number | null;
    numerator?: number | null;
    denominator?: number | null;
    demoShare?: number | null;
    asOf?: string | null;
    /** Of a flow, the first day of the period it adds up over. */
    since?: string | null;
    /** Programmes counted as not ended only because they give no end (an inference). */
    openEndedRecords?: number | null;
    /**
     * Records counted from a day the registry inferred (no start known, a certificate without its
     * day): of a stock only, for a flow's are the programmes it leaves out, which it does not count.
     */
    undatedRecords?: number | null;
    /**
     * Of a flow, the programmes holding an amount it leaves out, their start or end not known
     * (`Measure.undatedRecords` of a flow): not in its value, said beside it.
     */
    programmesLeftOut?: number | null;
    /** A count of 0 of nothing registered, not of records that have all ended (`Measure`). */
    nothingRegistered?: boolean | null;
    /**
     * Of a rate, the date of the published resident population it divides by: as of one day, two
     * regions may divide by populations of two years (the latest each published before it).
     */
    populationAsOf?: string | null;
  } | null;
}

/** The national value of an indicator over the regions that can count it, and the regions left out. */
export interface NationalTotal {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Of the total, weighted as it adds the regions up: by counts, by a ratio's denominators, by a rate's numerators. */
  demoShare: number | null;
  /**
   * Of a count of programmes, how many are counted as not ended only because they give no end: an
   * inference in the total, said beside it as its demo share is. Null where no region says.
   */
  openEnded: number | null;
  /**
   * Of a count, how many of its records are counted from a day the registry inferred (no start
   * known, or a certificate without its day): said beside it as its open-ended records are.
   */
  undated: number | null;
  /** Of a flow, the programmes its regions leave out, their start or end not known: none of its value. */
  programmesLeftOut: number | null;
  /** The day every region added up was measured as of. */
  asOf: string | null;
  included: string[];
  /**
   * Of a ratio's or a rate's total, each region's numerator and denominator as added up: as of the
   * total's day and, for a rate, over the total's population year, which may not be the ones a
   * region's own row shows.
   */
  parts?: { region: string; numerator: number; denominator: number }[];
  leftOut: { region: string; reason: string }[];
  /** Why no total is given at all. */
  reason: string | null;
}

/** Rates are per this many residents, as the regions' rates are. */
export const PER_RESIDENTS = 10_000;

type Usable = RegionMeasure & { measure: NonNullable<RegionMeasure['measure']> };

/**
 * The value most regions have (the later of two as common): a day they were measured as of, the
 * year of the population they divide by. Regions of another do not add up with them.
 */
function mostCommon(values: (string | null | undefined)[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value ?? '', (counts.get(value ?? '') ?? 0) + 1);
  const [best] = [...counts].sort(([a, m], [b, n]) => n - m || b.localeCompare(a));
  return best ? best[0] || null : null;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/**
 * What a national statistics office adds up: counts are summed; a ratio is the sum of numerators
 * over the sum of denominators, and a rate per 10,000 residents the sum of counts over the sum of
 * populations of the regions that have both, never an average of the regions' own ratios or
 * rates; amounts (a subsidy per person) do not add up. Regions are added up only as of one day,
 * and rates only over populations of one year, so that a rate over 2023's population is not added
 * to one over 2024's.
 */
export function nationalTotal(kind: IndicatorKind, regions: RegionMeasure[]): NationalTotal {
  const none = {
    value: null,
    numerator: null,
    denominator: null,
    demoShare: null,
    openEnded: null,
    undated: null,
    programmesLeftOut: null,
    asOf: null,
  };
  if (kind === 'AMOUNT')
    return {
      ...none,
      included: [],
      leftOut: [],
      reason: inBoth({
        zh: '量值（人均补贴、面积、时长）不能跨地区相加。',
        en: 'An amount (a subsidy per person, a floor area, a duration) does not add up across regions.',
      }),
    };
  const leftOut: NationalTotal['leftOut'] = [];
  const usable: Usable[] = [];
  for (const region of regions) {
    const reason = leftOutBecause(kind, region);
    if (reason) leftOut.push({ region: region.region, reason });
    else usable.push(region as Usable);
  }
  const day = mostCommon(usable.map(({ measure }) => measure.asOf));
  const ofTheDay = usable.filter(({ region, measure }) => {
    if ((measure.asOf ?? null) === day) return true;
    leftOut.push({
      region,
      reason: inBoth({
        zh: `测算截至 ${measure.asOf}，而非 ${day}。`,
        en: `measured as of ${measure.asOf}, not ${day}`,
      }),
    });
    return false;
  });
  // By year (a population of 2023 may be dated 2023 or 2023-12-31), among the regions that say it.
  const populationYear = (measure: Usable['measure']) =>
    measure.populationAsOf?.slice(0, 4) ?? null;
  const population =
    kind === 'RATE'
      ? mostCommon(ofTheDay.map(({ measure }) => populationYear(measure)).filter(Boolean))
      : null;
  const added = ofTheDay.filter(({ region, measure }) => {
    if (population === null || populationYear(measure) === population) return true;
    leftOut.push({
      region,
      reason: inBoth({
        zh: `分母是${populationYear(measure) ? ` ${populationYear(measure)} 年末` : '年份不明'}的已公布常住人口数，而非 ${population} 年末的。`,
        en: `divides by the published resident population of ${populationYear(measure) ? `the end of ${populationYear(measure)}` : 'an unknown year'}, not of the end of ${population}`,
      }),
    });
    return false;
  });
  const included = added.map((r) => r.region);
  if (!added.length)
    return {
      ...none,
      included,
      leftOut,
      // Regions that count it and have registered nothing are not regions that cannot count it.
      reason:
        regions.length && regions.every((region) => countsNothing(kind, region))
          ? regions.every(({ measure }) => !measure?.since)
            ? inBoth({
                zh: '各地区的登记库中都没有可计的记录。',
                en: "No region's registry holds anything it counts.",
              })
            : inBoth({
                zh: '各地区登记库在测算时期内均无记录。',
                en: "No region's registry counts anything in the period measured.",
              })
          : inBoth({ zh: '没有地区能统计该指标。', en: 'No region can count it.' }),
    };

  const weights = added.map(({ measure }) =>
    kind === 'COUNT'
      ? measure.value!
      : kind === 'RATIO'
        ? measure.denominator!
        : measure.numerator!,
  );
  const whole = sum(weights);
  // Weighted by each region's part; a total of 0 rests on every region's 0 alike (Ningxia's demo
  // postings, all ended, make a demo 0).
  const demoShare = whole
    ? sum(added.map(({ measure }, i) => weights[i]! * (measure.demoShare ?? 0))) / whole
    : added.some(({ measure }) => measure.demoShare != null)
      ? sum(added.map(({ measure }) => measure.demoShare ?? 0)) / added.length
      : null;
  const openEnded = added.some(({ measure }) => measure.openEndedRecords != null)
    ? sum(added.map(({ measure }) => measure.openEndedRecords ?? 0))
    : null;
  const undated = added.some(({ measure }) => measure.undatedRecords != null)
    ? sum(added.map(({ measure }) => measure.undatedRecords ?? 0))
    : null;
  const programmesLeftOut = added.some(({ measure }) => measure.programmesLeftOut != null)
    ? sum(added.map(({ measure }) => measure.programmesLeftOut ?? 0))
    : null;
  if (kind === 'COUNT')
    return {
      ...none,
      value: whole,
      demoShare,
      openEnded,
      undated,
      programmesLeftOut,
      asOf: day,
      included,
      leftOut,
      reason: null,
    };
  const numerator = sum(added.map(({ measure }) => measure.numerator!));
  const denominator = sum(added.map(({ measure }) => measure.denominator!));
  const scale = kind === 'RATIO' ? 100 : PER_RESIDENTS;
  return {
    value: (scale * numerator) / denominator,
    numerator,
    denominator,
    demoShare,
    openEnded: null,
    undated: null,
    programmesLeftOut: null,
    asOf: day,
    included,
    parts: added.map(({ region, measure }) => ({
      region,
      numerator: measure.numerator!,
      denominator: measure.denominator!,
    })),
    leftOut,
    reason: null,
  };
}

/**
 * What a total adds up, in the reader's language (both: Chinese, then English): never "national",
 * for the federation's regions are six of China's, and it says how many it leaves out.
 */
export function totalHeading(
  { included, leftOut }: Pick<NationalTotal, 'included' | 'leftOut'>,
  language: Language,
): string {
  const added = included.length;
  // Of no region, not "a total of 0 regions", which reads as a total that is 0.
  if (!added)
    return language === 'zh'
      ? `无可合计的地区（${leftOut.length} 个未纳入）`
      : `No region to total (${leftOut.length} left out)`;
  const zh = `${added} 个地区合计` + (leftOut.length ? `（${leftOut.length} 个未纳入）` : '');
  const regions = added === 1 ? 'region' : 'regions';
  const en = leftOut.length
    ? `Total of ${added} ${regions} (${leftOut.length} left out)`
    : `Total of the ${added} ${regions}`;
  return language === 'zh' ? zh : en;
}
