/**
 * The rules that turn where a region stands into a status toward its target. They are pure so
 * that their boundaries can be tested exactly; the README states them in words.
 */
import { horizon, project, round, roundIn, type Bounds } from './projection.js';
import type { Trend, YearValue } from './trend.js';
import type { StatusReason, StatusReasonCode } from './status-reason.js';

export type TargetStatus =
  'ACHIEVED' | 'ACHIEVED_LATE' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA' | 'NOT_SET';

/** A projection that falls short of the target by at most this share of it is AT_RISK, beyond it OFF_TRACK. */
export const AT_RISK_SHORTFALL = 0.1;

/**
 * The share of a target that reaches a target to be met "basically" (基本实现), where the catalog
 * sets none for the indicator. Chinese planning reviews read 基本 as "nine tenths or more": a
 * coverage of 90% of secondary-and-above hospitals is basic full coverage, 80% is not.
 */
export const DEFAULT_BASICALLY_PERCENT = 90;

export interface Standing {
  targetValue: number;
  targetYear: number;
  /** How firmly the target is to be reached: BASICALLY is reached at `basicallyPercent` of it. */
  qualifier: 'EXACT' | 'BASICALLY';
  basicallyPercent: number;
  bounds: Bounds;
  /** Whether the value counts things that come whole (persons, stations), whose projection is whole too. */
  wholeThings?: boolean;
  /**
   * Whether the value is an amount given to a whole unit (a flow's: yuan, person-times), so that its
   * projection, gap and growth are given so too (roundIn).
   */
  wholeUnits?: boolean;
  /** The calendar year the assessment is made in. */
  year: number;
  /**
   * The last calendar year wholly over when judged: the year before today's, or a past day's own
   * year once that day is its last (as of 2025-12-31, 2025). A target is due at the end of its year.
   */
  yearOver: number;
  /** Today, in years on the calendar (as `current.at`): the time left is counted from it. */
  today: number;
  /**
   * Where the region stands now, and when: `at` in years on the calendar (the end of 2023-06-30 is
   * about 2023.5), or null when nothing is known.
   */
  current: Reading | null;
  /**
   * The year-end values and reported figures known, from which the year the threshold was reached
   * is read, and a passed target's value at the end of its year.
   */
  history: readonly (YearValue & Pick<Reading, 'atLeast'> & { basis?: string | null })[];
  /** The trend of the evidence, or null with fewer than two years of it. */
  trend: Trend | null;
  /** Of a rate, the years of evidence before the census's break, left out of the trend. */
  yearsBeforeCensus?: number[];
  /**
   * Of a flow (cases, funding: an amount over a period), the calendar year its value adds up
   * within, or null when it spans no one year; undefined for a stock. A flow's target is its year's
   * amount: only that year's reaches it, however much an earlier year did.
   */
  flowYear?: number | null;
  /** Without a value: the registry counts what the target counts and has registered none of it. */
  nothingRegistered?: boolean;
  /** Without a value, of a flow: the year judged, holding none while other years hold amounts. */
  noneInYear?: number | null;
  /** Without a value, of a rate: no population of the year-end it is over, so no denominator. */
  noPopulation?: boolean;
  /**
   * The start of the programme the target counts, where it began after the day judged: nothing of
   * it could be counted yet (a cohort before its first posting), which is not a lack of data.
   */
  scopeStart?: string | null;
}

export type { StatusReason, StatusReasonCode } from './status-reason.js';

export interface Assessment {
  gap: number | null;
  yearsLeft: number;
  requiredAnnualGrowth: number | null;
  requiredAnnualGrowthPercent: number | null;
  projectedValue: number | null;
  status: TargetStatus;
  reason: StatusReason;
}

/** A value the status is judged on: now (`at`), or of a year. */
export interface Reading {
  value: number;
  at: number;
  /**
   * The least value a published figure allows (近40 is short of 40); where absent, the value. A
   * target is reached only by all that a figure allows, and the gap is counted from it.
   */
  atLeast?: number;
}

const least = (reading: Pick<Reading, 'value' | 'atLeast'>) => reading.atLeast ?? reading.value;

/** Whether a value reaches a threshold by all it allows (least): 近40 does not reach 40. */
export const reaches = (reading: Pick<Reading, 'value' | 'atLeast'>, threshold: number) =>
  least(reading) >= threshold;

/** The value that reaches a target: all of it, or for one to be reached basically, its share. */
export const thresholdOf = (
  standing: Pick<Standing, 'targetValue' | 'qualifier' | 'basicallyPercent'>,
): number =>
  round(
    standing.qualifier === 'BASICALLY'
      ? (standing.targetValue * standing.basicallyPercent) / 100
      : standing.targetValue,
  );

export function assess(standing: Standing): Assessment {
  const { targetValue, targetYear, year, current, trend } = standing;
  const yearsLeft = targetYear - year;
  const passed = standing.yearOver >= targetYear;
  const ownYear = standing.flowYear === undefined || standing.flowYear === targetYear;
  const threshold = thresholdOf(standing);
  // A year over is known, or was: a projection to its end would be a figure of nothing.
  // From the least value a figure allows: 近100 is short of 100, and projects on from below it.
  const projectedValue =
    current && trend && !passed
      ? project(
          { value: least(current), at: current.at },
          trend,
          targetYear,
          standing.bounds,
          standing.wholeThings,
          standing.wholeUnits,
        )
      : null;
  const reachedYear =
    standing.flowYear !== undefined
      ? ownYear && current && reaches(current, threshold)
        ? targetYear
        : null
      : (standing.history
          .filter((point) => reaches(point, threshold))
          .reduce<number | null>(
            (first, point) => Math.min(first ?? point.year, point.year),
            null,
          ) ?? (current && reaches(current, threshold) ? Math.ceil(current.at) - 1 : null));
  // Judged after its year, a passed target says where it stood at its deadline too: today's value
  // alone says how far it is now, not how far it missed. The registry's measure at the year's end
  // only: a published point of the year may be of a day within it (2025-09), or a baseline derived
  // from a growth rate, and neither is the year's end.
  const deadline =
    passed && current && current.at > targetYear + 1
      ? (standing.history.find(
          (point) => point.year === targetYear && point.basis === 'MEASURED',
        ) ?? null)
      : null;
  const because = (code: StatusReasonCode): StatusReason => ({
    code,
    value: current == null ? null : round(current.value),
    targetValue,
    targetYear,
    threshold,
    basicallyPercent: standing.qualifier === 'BASICALLY' ? standing.basicallyPercent : null,
    projectedValue,
    tolerancePercent: AT_RISK_SHORTFALL * 100,
    reachedYear,
    // A target whose year has passed is judged on its value then and now, never on a projection:
    // it rests on no trend, and shows none (a passed target with ten years of evidence had one).
    trendYears: passed ? [] : (trend?.years ?? []),
    trendYearsBeforeCensus: passed ? [] : (standing.yearsBeforeCensus ?? []),
    deadlineValue: deadline && round(deadline.value),
    deadlineGap: deadline && round(Math.max(targetValue - deadline.value, 0)),
    flowYear: current ? (standing.flowYear ?? null) : (standing.noneInYear ?? null),
    scopeStart: current == null ? (standing.scopeStart ?? null) : null,
    targetSetOn: null,
    targetSetOnInferred: null,
  });
  const unknown = { gap: null, requiredAnnualGrowth: null, requiredAnnualGrowthPercent: null };
  if (current == null) {
    // No value, no trend of it: a status of no data rests on none (`trendYears` empty).
    const none = (code: StatusReasonCode) => ({
      ...because(code),
      trendYears: [],
      trendYearsBeforeCensus: [],
    });
    return {
      ...unknown,
      yearsLeft,
      projectedValue,
      status: 'NO_DATA',
      reason: none(
        (standing.scopeStart && 'SCOPE_NOT_BEGUN') ||
          (standing.noneInYear != null && 'NOTHING_REGISTERED_IN_YEAR') ||
          (standing.nothingRegistered && 'NOTHING_REGISTERED') ||
          (standing.noPopulation && 'NO_POPULATION') ||
          'NO_VALUE',
      ),
    };
  }
  const gap = roundIn(Math.max(targetValue - least(current), 0), standing.wholeUnits, 'up');
  if (reaches(current, threshold) && ownYear) {
    // Reached, no growth is needed: 0, or past its year, none asked at all (null), as the SDL says.
    const growth = passed ? null : 0;
    const reached = {
      gap,
      yearsLeft,
      requiredAnnualGrowth: growth,
      requiredAnnualGrowthPercent: growth,
    };
    if (reachedYear != null && reachedYear > targetYear) {
      return {
        ...reached,
        projectedValue,
        status: 'ACHIEVED_LATE',
        reason: because('TARGET_REACHED_LATE'),
      };
    }
    const code = reaches(current, targetValue) ? 'TARGET_REACHED' : 'TARGET_BASICALLY_REACHED';
    return { ...reached, projectedValue, status: 'ACHIEVED', reason: because(code) };
  }
  // Past its year, no year is left to grow in: a growth per year would be a figure of nothing.
  if (passed)
    return {
      gap,
      yearsLeft,
      requiredAnnualGrowth: null,
      requiredAnnualGrowthPercent: null,
      projectedValue,
      status: 'OFF_TRACK',
      reason: because('TARGET_YEAR_PASSED'),
    };
  // Over the time left, from today to the end of the target year (in mid-2026 a target of 2027 has
  // 1.5 years, not 1), as the trend runs per year. The time before today is gone, however old the
  // value. In the target year itself the whole gap is to close within it: a year at least, so that
  // December never asks for a growth of thousands of percent a year.
  // The growth is to the threshold, which achieves the target as its status is judged: to 90 of a
  // target of 100 to be reached basically, so that it falls to 0 where the status turns ACHIEVED,
  // and the trend of that growth is the one that is ON_TRACK.
  const years = Math.max(horizon(standing.today, targetYear), 1);
  const needed = {
    gap,
    yearsLeft,
    // A flow whose last whole year met its target is asked for no growth, only for its own year.
    requiredAnnualGrowth: roundIn(
      Math.max(threshold - least(current), 0) / years,
      standing.wholeUnits,
      'up',
    ),
    requiredAnnualGrowthPercent:
      least(current) > 0
        ? round(Math.max(Math.pow(threshold / least(current), 1 / years) - 1, 0) * 100)
        : null,
    projectedValue,
  };
  if (projectedValue == null) return { ...needed, status: 'AT_RISK', reason: because('NO_TREND') };
  if (projectedValue >= threshold) {
    return { ...needed, status: 'ON_TRACK', reason: because('PROJECTED_TO_REACH') };
  }
  // The shortfall as read against the tolerance as read: 0.09 of 0.1 is 0.01 short, within its
  // 0.01, where the arithmetic's 0.09000000000000001 put it beyond.
  if (round(threshold - projectedValue) <= round(threshold * AT_RISK_SHORTFALL)) {
    return { ...needed, status: 'AT_RISK', reason: because('PROJECTED_SHORT_WITHIN_TOLERANCE') };
  }
  return { ...needed, status: 'OFF_TRACK', reason: because('PROJECTED_SHORT') };
}
