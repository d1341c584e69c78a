import type { Target as TargetRow } from '../entities/Target.js';
import type { Loaders } from '../loaders.js';
import { isFlowIndicator } from '../../../indicator-catalog.js';
import { yearsAt } from '../dates.js';
import { firstYearNotOver } from '../../../../shared/years-over.js';
import { restsMostlyOnDemo } from '../../../../shared/mostly-demo.js';
import { rateBasisWords } from '../../../../shared/rate-years.js';
import { figuresKnownOn, measuredOn } from './measure-arguments.js';
import { assess } from './status.js';
import { roundIn } from './projection.js';
import { reasonInEnglish } from './reason-in-english.js';
import { boundsOf, countsWholeThingsOf, standingOf } from './target-standing.js';
import { stockStanding } from './stock-standing.js';
import { flowStanding } from './flow-standing.js';
import { onPublishedLevel } from './history.js';
import { isBefore, notYetSet, targetSetOn } from './target-not-set.js';
import { isRateMeasure } from './rates.js';
import type { Measure } from './measure-types.js';
import type { Current } from './target-standing.js';
import type { Figure } from '../entities/Figure.js';

/**
 * The population a rate's measured value is over, as `measure` says it (`denominatorFigure`): the
 * day's, or of a year-end value (a target reached at its year's end), that year-end's. Null for any
 * other value: a count, a published figure.
 */
function populationOf(current: Current | null, measured: Measure | null): Figure | null {
  if (current?.basis !== 'MEASURED' || !measured || !isRateMeasure(measured)) return null;
  if (current.asOf === measured.asOf) return measured.denominatorFigure;
  const year = current.asOf?.slice(0, 4);
  const cell = measured.breakdown.find((c) => !c.toDate && c.keys[0]?.value === year);
  return cell?.denominatorFigure ?? null;
}

/**
 * A target's progress (`Target.progress`) as of a day: where the region stands, found as a stock's
 * or a flow's, and the status status.ts gives it, with its reason in English. Apart from the
 * resolver, which only hands it the target, the day and the request's loaders.
 */

/** Where the region stands: a stock's value (stockCurrent), a flow's of a year (flowCurrent). */
export async function targetProgress(
  t: TargetRow,
  asOf: string | null | undefined,
  loaders: Loaders,
) {
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
  const { current, figure, nothingRegistered, noneInYear } = !begun
    ? { current: null, figure: null }
    : flow
      ? await flowStanding(t, measured, history.points, judgedOn, loaders)
      : await stockStanding(t, measured, history, judgedOn, programmeStart, loaders);
  // A value published where the registry counts less, or nothing, is judged on the figures' pace.
  const judgedHistory =
    current?.basis === 'PUBLISHED' && measured?.value != null ? onPublishedLevel(history) : history;
  const setOn = await targetSetOn(t, loaders);
  const standing = {
    ...standingOf(t),
    bounds: boundsOf(t),
    wholeThings: countsWholeThingsOf(t),
    // A flow's amounts are given to a whole unit, as its measure gives them.
    wholeUnits: isFlowIndicator(t.indicator),
    year: Number(judgedOn.day.slice(0, 4)),
    yearOver: judgedOn.yearOver,
    today: yearsAt(judgedOn.day),
    current: current && {
      value: current.value,
      atLeast: current.atLeast,
      at: yearsAt(current.asOf ?? judgedOn.day),
    },
    history: judgedHistory.points,
    // A year so far carried on by a slope between whole years would be neither: no projection.
    trend: current?.soFar ? null : judgedHistory.trend,
    yearsBeforeCensus: current?.soFar ? [] : judgedHistory.yearsBeforeBreak,
    flowYear: flow ? (current?.flowYear ?? null) : undefined,
    nothingRegistered: nothingRegistered ?? false,
    noneInYear: noneInYear ?? null,
    // A rate with neither a value nor a figure: said as the missing population, not as no count.
    noPopulation: !current && measured != null && isRateMeasure(measured) && !measured.denominator,
    scopeStart: begun ? null : programmeStart,
  };
  const assessed = assess(standing);
  const assessment =
    setOn && isBefore(judgedOn.day, setOn.on) ? notYetSet(assessed, setOn) : assessed;
  // A target not yet set is judged on no value, demo or not: its status rests on dates.
  const onDemo = assessment.status !== 'NOT_SET' && restsMostlyOnDemo(current?.demoShare);
  // The trend the status rests on, or none: a target not yet set, one without a value or a year so
  // far (status.ts gives them no `trendYears`) has no trend, and no point is its evidence.
  const trend = assessment.reason.trendYears.length ? judgedHistory.trend : null;
  const population = populationOf(current, measured);
  // A rate says what it divides, as its measure's reason does.
  const over =
    population && current?.asOf
      ? ` The value is ${rateBasisWords(current.asOf, population.asOf, 'en')}.`
      : '';
  return {
    value: current?.value ?? null,
    basis: current?.basis ?? null,
    asOf: current?.asOf ?? null,
    since: current?.since ?? null,
    demoShare: current?.demoShare ?? null,
    restsMostlyOnDemo: onDemo,
    figure,
    denominatorFigure: population,
    trendPerYear: trend ? roundIn(trend.slope, standing.wholeUnits) : null,
    history: trend
      ? judgedHistory.points
      : judgedHistory.points.map((point) => ({ ...point, evidence: false })),
    ...assessment,
    statusReason: `${onDemo ? 'Judged on mostly demo records, so it says nothing about the region: ' : ''}${reasonInEnglish(assessment.reason, t.unit, figure?.qualifier)}${over}`,
  };
}
