import type { Target as TargetRow } from '../entities/Target.js';
import type { Figure } from '../entities/Figure.js';
import type { Loaders } from '../loaders.js';
import type { HistoryPoint } from './history.js';
import type { Measure } from './measure-types.js';
import { reaches, thresholdOf } from './status.js';
import { stockCurrent } from './stock-standing.js';
import { standingOf, type Current, type JudgedOn, type ValueFound } from './target-standing.js';

/**
 * Where a region stands on a target of a flow (cases, funding): what it added up within the year
 * the target is judged on, or so far in its target year once that reaches it. Apart from a
 * stock's (stock-standing.ts): a flow's value is a year's, and a part of a year is no whole.
 */

/**
 * The year a flow's target is judged on, and what the flow added up in it: a target of cases in
 * 2023 is judged on 2023's whole, measured where the registry counts it, else as published; one of a
 * year not over yet on the last year that is (a year to date would be judged as if it were whole).
 * Null when neither the registry nor a figure says that year's flow.
 */
function flowYearJudged(points: HistoryPoint[], year: number): HistoryPoint | null {
  const ofYear = points.filter((point) => point.year === year && !point.derived);
  const published = ofYear.filter((point) => point.basis === 'PUBLISHED');
  // A registered 0 is what the registry holds, not a finding: neither against what the region
  // published, nor, alone, the year's amount.
  return (
    ofYear.find((point) => point.basis === 'MEASURED' && point.value > 0) ??
    published.find((point) => !point.baseline) ??
    published[0] ??
    null
  );
}

/** A flow's value for its target: the year judged, over that year or the period its figure gives. */
function flowCurrent(point: HistoryPoint | null, figure: Figure | null): Current | null {
  if (!point) return null;
  // A baseline is of its year, not of the figure that states it.
  const own = figure && !point.baseline ? figure : null;
  return {
    value: point.value,
    atLeast: point.atLeast,
    basis: point.basis,
    asOf: own?.asOf ?? `${point.year}-12-31`,
    since: own?.periodStart ?? `${point.year}-01-01`,
    demoShare: point.demoShare,
    flowYear: point.year,
  };
}

/** The calendar year a figure's period lies within (9,000 from 2023 to 2023-09: 2023), or null. */
function periodYear(figure: Figure): number | null {
  const year = figure.asOf.slice(0, 4);
  return figure.periodStart?.slice(0, 4) === year ? Number(year) : null;
}

/**
 * What the registry counts of a flow's target year so far, once it reaches the target's threshold:
 * a flow only adds up within its year, so a year to date at the threshold has reached it (the year
 * not over, where its whole is not known yet). Null otherwise: short of it, a part of the year
 * says nothing of its whole. The year is not over by the rule of judgement (yearOver), not by the
 * cell's `toDate`: today's 31 December is the whole year's cell, and the year not over yet.
 */
function reachedSoFar(t: TargetRow, measured: Measure | null, judgedOn: JudgedOn): Current | null {
  if (t.targetYear <= judgedOn.yearOver) return null;
  const soFar = measured?.breakdown.find((cell) => Number(cell.keys[0]!.value) === t.targetYear);
  if (soFar?.value == null || soFar.value < thresholdOf(standingOf(t))) return null;
  return {
    value: soFar.value,
    basis: 'MEASURED',
    asOf: measured!.asOf,
    since: `${t.targetYear}-01-01`,
    demoShare: soFar.demoShare,
    flowYear: t.targetYear,
    soFar: true,
  };
}

/**
 * A flow's value: its target year's so far where the registry counts it reached (reachedSoFar),
 * else a year's whole (flowYearJudged). Where no year's whole is known and the registry
 * cannot count the flow, the latest figure as published (孵化社会组织8家, whose period its page does
 * not give), its date and start said beside it; where the registry counts it, nothing, rather than
 * this year to date.
 */
export async function flowStanding(
  t: TargetRow,
  measured: Measure | null,
  points: HistoryPoint[],
  judgedOn: JudgedOn,
  loaders: Loaders,
): Promise<ValueFound> {
  const soFar = reachedSoFar(t, measured, judgedOn);
  if (soFar) return { current: soFar, figure: null };
  const year = Math.min(t.targetYear, judgedOn.yearOver);
  const judged = flowYearJudged(points, year);
  if (judged) {
    const figure = judged.figureId ? await loaders.figure.load(judged.figureId) : null;
    return { current: flowCurrent(judged, figure), figure };
  }
  if (measured?.value != null) {
    // A year of 0 registered is no value, and no point of the history: read from the YEAR series.
    // Where the registry holds amounts of other years (or this year so far), it is that year that
    // holds none, not the registry: said as such.
    const cells = measured.breakdown;
    const none = cells.some((cell) => Number(cell.keys[0]!.value) === year && cell.value === 0);
    const holdsAmounts = measured.value > 0 || cells.some((cell) => (cell.value ?? 0) > 0);
    return {
      current: null,
      figure: null,
      nothingRegistered: none && !holdsAmounts,
      noneInYear: none && holdsAmounts ? year : null,
    };
  }
  // A target that counts fewer records than the indicator (some kinds) is not what a figure of the
  // whole counts: it has no published value.
  if (t.scopeKinds?.length) return { current: null, figure: null };
  const figure = await loaders.latestFigure.load({
    indicator: t.indicator,
    asOf: judgedOn.knownOn,
  });
  const current = stockCurrent(t, null, figure, null);
  const flowYear = figure && periodYear(figure);
  // Once its year is over, a target is judged on that year's amount, or on nothing: a part of the
  // year (no whole was found) tells only that it was reached, never that it was missed.
  if (
    !current ||
    (judgedOn.yearOver >= t.targetYear &&
      (flowYear !== t.targetYear || !reaches(current, thresholdOf(standingOf(t)))))
  )
    return { current: null, figure: null };
  return { current: { ...current, flowYear }, figure };
}
