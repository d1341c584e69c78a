import type { TargetResolvers, ValueBasis } from '../__generated__/resolvers-types.js';
import type { RegistryContext } from '../context.js';
import type { Target as TargetRow } from '../entities/Target.js';
import { indicatorCatalog, isFlowIndicator } from '../../../indicator-catalog.js';
import { yearsAt } from '../dates.js';
import { registersNothing } from '../../../../shared/national-total.js';
import { firstYearNotOver } from '../../../../shared/years-over.js';
import { figuresKnownOn, measuredOn } from '../measures/measure-arguments.js';
import { restsMostlyOnDemo } from '../../../../shared/mostly-demo.js';
import { leastValue } from '../measures/qualifiers.js';
import { unitWord } from '../../../../shared/unit-words.js';
import type { HistoryPoint, IndicatorHistory } from '../measures/history.js';
import type { Measure } from '../measures/measure-types.js';
import type { Figure } from '../entities/Figure.js';
import {
  assess,
  DEFAULT_BASICALLY_PERCENT,
  thresholdOf,
  reaches,
  type Bounds,
} from '../measures/status.js';
import { reasonInEnglish } from '../measures/reason-in-english.js';

const catalog = new Map(indicatorCatalog.map((indicator) => [indicator.code, indicator]));

/** How far a target's projection may go: a percentage, everything a programme placed, or a count on a day. */
function boundsOf(t: TargetRow): Bounds {
  if (catalog.get(t.indicator)?.kind === 'RATIO') return 'PERCENTAGE';
  // A programme's records count once placed, however long ago: its count only grows.
  return t.scopeProgramId ? 'CUMULATIVE' : 'STOCK';
}

interface Current {
  value: number;
  /** The least value a published figure allows (HistoryPoint.atLeast); absent for a measured one. */
  atLeast?: number;
  basis: ValueBasis;
  asOf: string | null;
  since: string | null;
  demoShare: number | null;
  /** Of a flow, the calendar year its value adds up within, or null (status.ts, `flowYear`). */
  flowYear?: number | null;
  /** A flow's target year so far (reachedSoFar): a part of a year, which no yearly trend projects. */
  soFar?: boolean;
}

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

/**
 * A count of 0 where the registry had registered nothing the target counts by the day
 * (`Measure.nothingRegistered`): what the registry holds, not a finding that the region has none
 * (Ningxia's cohort before its first posting was registered), so no value a target is judged on. A
 * count that fell to 0 (stations closed, postings ended, within a year too) is a finding, and so is
 * a coverage of 0% over the institutions registered: it has a denominator.
 */
function isNothingRegistered(t: TargetRow, measured: Measure | null) {
  const kind = catalog.get(t.indicator)?.kind;
  return (
    measured?.value != null &&
    kind != null &&
    registersNothing(kind, measured) &&
    measured.nothingRegistered
  );
}

/**
 * A stock's value for its target: measured where the registry counts something registered, over
 * everyone its programme placed since the programme began for a cohort (else on its day, `since`
 * null); otherwise the latest reported figure.
 */
function stockCurrent(
  t: TargetRow,
  measured: Measure | null,
  figure: Figure | null,
  programmeStart: string | null,
): Current | null {
  if (measured?.value != null)
    return {
      value: measured.value,
      basis: 'MEASURED',
      asOf: measured.asOf,
      since: t.scopeProgramId ? programmeStart : null,
      demoShare: measured.demoShare,
    };
  return figure
    ? {
        value: Number(figure.value),
        atLeast: leastValue(
          Number(figure.value),
          figure.qualifier,
          figure.roundedTo == null ? null : Number(figure.roundedTo),
        ),
        basis: 'PUBLISHED',
        asOf: figure.asOf,
        since: figure.periodStart,
        demoShare: 0,
      }
    : null;
}

/**
 * A target's value and the figure it comes from, if published; without a value, whether the registry
 * counted it and registered nothing (NOTHING_REGISTERED, rather than NO_VALUE).
 */
type Standing = { current: Current | null; figure: Figure | null; nothingRegistered?: boolean };

/** What a target asks: its value and year, and how firmly (the threshold, status.ts). */
const standingOf = (t: TargetRow) => ({
  targetValue: Number(t.targetValue),
  targetYear: t.targetYear,
  qualifier: t.qualifier,
  basicallyPercent: catalog.get(t.indicator)?.basicallyPercent ?? DEFAULT_BASICALLY_PERCENT,
});

/**
 * The day a target is judged as of (measuredOn), the day figures must have ended by (null for
 * today), and the last calendar year wholly over by then (firstYearNotOver's year before).
 */
interface JudgedOn {
  day: string;
  knownOn: string | null;
  yearOver: number;
}

/** The calendar year a figure's period lies within (9,000 from 2023 to 2023-09: 2023), or null. */
function periodYear(figure: Figure): number | null {
  const year = figure.asOf.slice(0, 4);
  return figure.periodStart?.slice(0, 4) === year ? Number(year) : null;
}

/** A year's own value (not one derived from a growth rate) that reaches the threshold by all it allows. */
const reachesOwnYear = (point: HistoryPoint, threshold: number) =>
  !point.derived && reaches(point, threshold);

/**
 * A stock's target whose year is over, judged on the first year-end from `from` to `to` that reached
 * it, else null. Of the target year itself: met by its deadline, since a target is due
 * at the end of its year, and judged on that year's value, which stays ACHIEVED however the count
 * moves after (70 projects by 2023, 79 running at its end and 2 today). Of a later year, where today
 * is short of it: reached late, ACHIEVED_LATE on that year's value, rather than passed short of it.
 * The registry's year-end first, else a figure of that year that reached it.
 */
async function firstReached(
  t: TargetRow,
  points: HistoryPoint[],
  [from, to]: [number, number],
  programmeStart: string | null,
  loaders: RegistryContext['loaders'],
): Promise<Standing | null> {
  const threshold = thresholdOf(standingOf(t));
  const reached = points.filter(
    (point) => point.year >= from && point.year <= to && reachesOwnYear(point, threshold),
  );
  const year = Math.min(...reached.map((point) => point.year));
  const ofYear = reached.filter((point) => point.year === year);
  const point = ofYear.find((p) => p.basis === 'MEASURED') ?? ofYear[0];
  if (!point) return null;
  const figure =
    point.basis === 'PUBLISHED' && point.figureId
      ? await loaders.figure.load(point.figureId)
      : null;
  // A baseline is of its year, not of the figure that states it.
  const own = figure && !point.baseline ? figure : null;
  return {
    current: {
      value: point.value,
      atLeast: point.atLeast,
      basis: point.basis,
      asOf: own?.asOf ?? `${point.year}-12-31`,
      since: own ? own.periodStart : t.scopeProgramId ? programmeStart : null,
      demoShare: point.demoShare,
    },
    figure,
  };
}

/**
 * A stock's value and the figure it comes from, if it is published (stockCurrent); of a target year
 * over, that year's where it reached the target, else a later year's that did where today is short
 * of it (firstReached).
 */
async function stockStanding(
  t: TargetRow,
  measured: Measure | null,
  history: IndicatorHistory,
  judgedOn: JudgedOn,
  programmeStart: string | null,
  loaders: RegistryContext['loaders'],
): Promise<Standing> {
  const over = t.targetYear <= judgedOn.yearOver;
  const reachedOnTime =
    over &&
    (await firstReached(t, history.points, [t.targetYear, t.targetYear], programmeStart, loaders));
  if (reachedOnTime) return reachedOnTime;
  const nothingRegistered = isNothingRegistered(t, measured);
  const counted = nothingRegistered ? null : measured;
  const figure =
    counted?.value == null && history.latestFigureId
      ? await loaders.figure.load(history.latestFigureId)
      : null;
  const current = stockCurrent(t, counted, figure, programmeStart);
  const threshold = thresholdOf(standingOf(t));
  const short = !current || !reaches(current, threshold);
  // Reached late only if never reached by its year: one reached before, short at its year's end and
  // short again today was missed (status.ts counts a reach from its first year).
  const reachedBy = history.points.some(
    (point) => point.year <= t.targetYear && reachesOwnYear(point, threshold),
  );
  const reachedLate =
    over &&
    short &&
    !reachedBy &&
    (await firstReached(
      t,
      history.points,
      [t.targetYear + 1, judgedOn.yearOver],
      programmeStart,
      loaders,
    ));
  if (reachedLate) return reachedLate;
  return { current, figure, nothingRegistered: !current && nothingRegistered };
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
async function flowStanding(
  t: TargetRow,
  measured: Measure | null,
  points: HistoryPoint[],
  judgedOn: JudgedOn,
  loaders: RegistryContext['loaders'],
): Promise<Standing> {
  const soFar = reachedSoFar(t, measured, judgedOn);
  if (soFar) return { current: soFar, figure: null };
  const year = Math.min(t.targetYear, judgedOn.yearOver);
  const judged = flowYearJudged(points, year);
  if (judged) {
    const figure = judged.figureId ? await loaders.figure.load(judged.figureId) : null;
    return { current: flowCurrent(judged, figure), figure };
  }
  if (measured?.value != null)
    return {
      current: null,
      figure: null,
      nothingRegistered: points.some(
        (point) => point.year === year && point.basis === 'MEASURED' && point.value === 0,
      ),
    };
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

export const Target: TargetResolvers = {
  indicator: (t: TargetRow) => ({ code: t.indicator }),
  targetValue: (t: TargetRow) => Number(t.targetValue),
  unitZh: (t: TargetRow) => unitWord(t.unit, 'zh'),
  policy: (t: TargetRow, _: unknown, { loaders }: RegistryContext) =>
    t.policyId ? loaders.policy.load(t.policyId) : null,
  source: (t: TargetRow, _: unknown, { loaders }: RegistryContext) =>
    t.sourceId ? loaders.source.load(t.sourceId) : null,
  scope: (t: TargetRow) => (t.scopeProgramId || t.scopeKinds?.length ? t : null),
  withdrawnAt: (t: TargetRow) => t.withdrawnAt?.toISOString() ?? null,

  /** Where the region stands: a stock's value (stockCurrent), a flow's of a year (flowCurrent). */
  async progress(t: TargetRow, { asOf }, { loaders }: RegistryContext) {
    // measuredOn first: it refuses a date that is none before anything reads it.
    const judgedOn = {
      day: measuredOn(asOf),
      knownOn: figuresKnownOn(asOf),
      yearOver: firstYearNotOver(asOf ?? null) - 1,
    };
    const { measured, history, programmeStart } = await loaders.standing.load({
      indicator: t.indicator,
      scope: { programId: t.scopeProgramId, kinds: t.scopeKinds },
      asOf: judgedOn.knownOn,
    });
    // A programme's target of a flow counts what it did since it began (CUMULATIVE), not a year's.
    const flow = isFlowIndicator(t.indicator) && !t.scopeProgramId;
    // A cohort judged before its programme began had placed no one: there is nothing to judge.
    const begun = !programmeStart || programmeStart <= judgedOn.day.slice(0, programmeStart.length);
    const { current, figure, nothingRegistered } = !begun
      ? { current: null, figure: null }
      : flow
        ? await flowStanding(t, measured, history.points, judgedOn, loaders)
        : await stockStanding(t, measured, history, judgedOn, programmeStart, loaders);
    const assessment = assess({
      ...standingOf(t),
      bounds: boundsOf(t),
      year: Number(judgedOn.day.slice(0, 4)),
      yearOver: judgedOn.yearOver,
      today: yearsAt(judgedOn.day),
      current: current && {
        value: current.value,
        atLeast: current.atLeast,
        at: yearsAt(current.asOf ?? judgedOn.day),
      },
      history: history.points,
      // A year so far carried on by a slope between whole years would be neither: no projection.
      trend: current?.soFar ? null : history.trend,
      flowYear: flow ? (current?.flowYear ?? null) : undefined,
      nothingRegistered: nothingRegistered ?? false,
    });
    return {
      value: current?.value ?? null,
      basis: current?.basis ?? null,
      asOf: current?.asOf ?? null,
      since: current?.since ?? null,
      demoShare: current?.demoShare ?? null,
      restsMostlyOnDemo: restsMostlyOnDemo(current?.demoShare),
      figure,
      trendPerYear: history.trend ? Math.round(history.trend.slope * 100) / 100 : null,
      history: history.points,
      ...assessment,
      statusReason: `${restsMostlyOnDemo(current?.demoShare) ? 'Judged on mostly demo records, so it says nothing about the region: ' : ''}${reasonInEnglish(assessment.reason, figure?.qualifier)}`,
    };
  },
};
