import type { Target as TargetRow } from '../entities/Target.js';
import type { Figure } from '../entities/Figure.js';
import type { Loaders } from '../loaders.js';
import type { HistoryPoint, IndicatorHistory } from './history.js';
import type { Measure } from './measure-types.js';
import { leastValue } from './qualifiers.js';
import { reaches, thresholdOf } from './status.js';
import {
  isNothingRegistered,
  standingOf,
  type Current,
  type JudgedOn,
  type ValueFound,
} from './target-standing.js';

/**
 * Where a region stands on a target of a stock (a count on a day, a coverage, everything a
 * programme placed): the value now, or, of a target year over, the year-end that reached it. Apart
 * from a flow's (flow-standing.ts), which adds up within a year and is judged on a year's whole.
 */

/**
 * A stock's value for its target: measured where the registry counts something registered, over
 * everyone its programme placed since the programme began for a cohort (else on its day, `since`
 * null); otherwise the latest reported figure.
 */
export function stockCurrent(
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
 * Whether the registry holds less than the region published of the whole indicator, and held less
 * already when it was published: its count then says what it lacks, not that the number fell (a
 * coverage published as 超50% in June, 31% registered since and before). The published figure is
 * then what the target is judged on, so that neither the value nor a projection from it is below
 * what is known. A registry that once held the published number and holds less now is taken at its
 * word: stations close.
 */
function registryShort(measured: Measure | null, history: IndicatorHistory): boolean {
  // The latest figure is its year's point of the history, which holds its least value.
  const published = history.points.find(
    (point) => point.figureId === history.latestFigureId && !point.baseline,
  );
  if (measured?.value == null || !published || measured.value >= published.atLeast) return false;
  const then = history.points.find(
    (point) => point.basis === 'MEASURED' && point.year === published.year,
  );
  return then == null || then.value < published.atLeast;
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
  loaders: Loaders,
): Promise<ValueFound | null> {
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
export async function stockStanding(
  t: TargetRow,
  measured: Measure | null,
  history: IndicatorHistory,
  judgedOn: JudgedOn,
  programmeStart: string | null,
  loaders: Loaders,
): Promise<ValueFound> {
  const over = t.targetYear <= judgedOn.yearOver;
  const reachedOnTime =
    over &&
    (await firstReached(t, history.points, [t.targetYear, t.targetYear], programmeStart, loaders));
  if (reachedOnTime) return reachedOnTime;
  const nothingRegistered = isNothingRegistered(t, measured);
  const counted = nothingRegistered || registryShort(measured, history) ? null : measured;
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
