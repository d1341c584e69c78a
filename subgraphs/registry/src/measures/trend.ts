/**
 * The trend a target's projection follows, fitted only on the years that hold evidence. Pure, so
 * that the rules can be tested at their boundaries; the README states them in words.
 */

export interface YearValue {
  year: number;
  value: number;
}

export interface Trend {
  /** Change per year: the Theil–Sen slope of the evidence. */
  slope: number;
  /** The years the slope was fitted on. */
  years: number[];
}

/** The trend looks back at most this many years before the latest evidence. */
export const TREND_YEARS = 10;

/**
 * The registry's year-end values that are evidence of change: every year up to the last one in
 * which the registry recorded a change of the records the indicator counts (`lastChangeYear`: one
 * began or stopped counting, by a founding, closing, dated change, start, move or end), or whose
 * value differs from the year before. A flat year up to then is evidence: the registry was kept,
 * and the count did not move. The years after repeat the last value only because no record has
 * changed since (the demo's timelines ended, or no one wrote): they say nothing about the pace of
 * change, and fitting them would bend the line down toward today's value.
 */
export function measuredEvidence(
  measured: readonly YearValue[],
  lastChangeYear: number | null = null,
): YearValue[] {
  const sorted = [...measured].sort((a, b) => a.year - b.year);
  let lastChange = 0;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.value !== sorted[i - 1]!.value) lastChange = i;
  }
  const valueChanged = sorted[lastChange]?.year ?? -Infinity;
  return sorted.filter((p) => p.year <= Math.max(valueChanged, lastChangeYear ?? -Infinity));
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * The Theil–Sen slope: the median of the slopes between every two points of different years. Unlike
 * a least-squares line, one jump (a batch of records entered in one year, a census revision) moves
 * it little: it stays put until more than 29% of the pairs disagree. Null with fewer than two years.
 */
export function theilSenSlope(points: readonly YearValue[]): number | null {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [a, b] = [points[i]!, points[j]!];
      if (a.year !== b.year) slopes.push((b.value - a.value) / (b.year - a.year));
    }
  }
  return slopes.length ? median(slopes) : null;
}

/** Whether points reach a break in their series, so that only those from it on are fitted. */
const reachesBreak = (
  breakYear: number | null,
  points: readonly YearValue[],
): breakYear is number => breakYear != null && points.some((p) => p.year >= breakYear);

/**
 * The trend of the evidence: the registry's years of change and the published points, within the
 * last TREND_YEARS years before the latest of them. Where the series breaks in `breakYear` (a rate's
 * population, revised by the census for the year-ends from 2020 on) and the points reach past it,
 * only those from it on: a slope across the break would measure the revision, not a pace. Null
 * with fewer than two distinct years.
 */
export function trendOf(
  measured: readonly YearValue[],
  published: readonly YearValue[],
  lastChangeYear: number | null = null,
  breakYear: number | null = null,
): Trend | null {
  const crossed = reachesBreak(breakYear, [...measured, ...published]);
  const latestBasis = (points: readonly YearValue[]) =>
    crossed ? points.filter((p) => p.year >= breakYear) : points;
  const evidence = [
    ...measuredEvidence(latestBasis(measured), lastChangeYear),
    ...latestBasis(published),
  ];
  if (!evidence.length) return null;
  const latest = Math.max(...evidence.map((p) => p.year));
  const recent = evidence.filter((p) => p.year > latest - TREND_YEARS);
  const slope = theilSenSlope(recent);
  if (slope == null) return null;
  return { slope, years: [...new Set(recent.map((p) => p.year))].sort((a, b) => a - b) };
}

/**
 * The years a trend would have been fitted on but for a break in the series (trendOf's
 * `breakYear`): the evidence before it, on another basis than the latest. Empty where none is.
 */
export function yearsBeforeBreak(
  measured: readonly YearValue[],
  published: readonly YearValue[],
  lastChangeYear: number | null,
  breakYear: number | null,
): number[] {
  if (!reachesBreak(breakYear, [...measured, ...published])) return [];
  const across = trendOf(measured, published, lastChangeYear);
  return (across?.years ?? []).filter((year) => year < breakYear);
}
