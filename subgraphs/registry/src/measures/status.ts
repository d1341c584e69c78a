/**
 * The rules that turn where a region stands into a status toward its target. They are pure so
 * that their boundaries can be tested exactly; the README states them in words.
 */

export type TargetStatus = 'ACHIEVED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';

/** A projection that falls short of the target by at most this share of it is AT_RISK, beyond it OFF_TRACK. */
export const AT_RISK_SHORTFALL = 0.1;

export interface Standing {
  targetValue: number;
  targetYear: number;
  /** The calendar year the assessment is made in. */
  year: number;
  /** Where the region stands now, or null when nothing is known. */
  current: number | null;
  /** The linear trend of the history, or null with fewer than two distinct years. */
  trend: { slope: number; intercept: number } | null;
}

/**
 * Which rule gave the status, as a code with its numbers, so that every client words it in its own
 * language: the dashboard and the report say it in Chinese or English.
 */
export type StatusReasonCode =
  | 'NO_VALUE'
  | 'TARGET_REACHED'
  | 'TARGET_YEAR_PASSED'
  | 'NO_TREND'
  | 'PROJECTED_TO_REACH'
  | 'PROJECTED_SHORT_WITHIN_TOLERANCE'
  | 'PROJECTED_SHORT';

export interface StatusReason {
  code: StatusReasonCode;
  value: number | null;
  targetValue: number;
  targetYear: number;
  projectedValue: number | null;
  /** The share of the target a projection may fall short by and still be AT_RISK, in percent. */
  tolerancePercent: number;
}

export interface Assessment {
  gap: number | null;
  yearsLeft: number;
  requiredAnnualGrowth: number | null;
  requiredAnnualGrowthPercent: number | null;
  projectedValue: number | null;
  status: TargetStatus;
  reason: StatusReason;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function assess({ targetValue, targetYear, year, current, trend }: Standing): Assessment {
  const yearsLeft = targetYear - year;
  const projectedValue = trend ? round(trend.intercept + trend.slope * targetYear) : null;
  const because = (code: StatusReasonCode): StatusReason => ({
    code,
    value: current == null ? null : round(current),
    targetValue,
    targetYear,
    projectedValue,
    tolerancePercent: AT_RISK_SHORTFALL * 100,
  });
  const unknown = { gap: null, requiredAnnualGrowth: null, requiredAnnualGrowthPercent: null };
  if (current == null)
    return {
      ...unknown,
      yearsLeft,
      projectedValue,
      status: 'NO_DATA',
      reason: because('NO_VALUE'),
    };
  const gap = round(Math.max(targetValue - current, 0));
  if (current >= targetValue) {
    return {
      gap,
      yearsLeft,
      requiredAnnualGrowth: 0,
      requiredAnnualGrowthPercent: 0,
      projectedValue,
      status: 'ACHIEVED',
      reason: because('TARGET_REACHED'),
    };
  }
  // A target is due at the end of its year; in that year the whole gap is still to close within it.
  const years = Math.max(yearsLeft, 1);
  const requiredAnnualGrowth = round(gap / years);
  const requiredAnnualGrowthPercent =
    current > 0 ? round((Math.pow(targetValue / current, 1 / years) - 1) * 100) : null;
  const needed = {
    gap,
    yearsLeft,
    requiredAnnualGrowth,
    requiredAnnualGrowthPercent,
    projectedValue,
  };
  if (yearsLeft < 0)
    return { ...needed, status: 'OFF_TRACK', reason: because('TARGET_YEAR_PASSED') };
  if (projectedValue == null) return { ...needed, status: 'AT_RISK', reason: because('NO_TREND') };
  if (projectedValue >= targetValue)
    return { ...needed, status: 'ON_TRACK', reason: because('PROJECTED_TO_REACH') };
  if (projectedValue >= targetValue * (1 - AT_RISK_SHORTFALL)) {
    return { ...needed, status: 'AT_RISK', reason: because('PROJECTED_SHORT_WITHIN_TOLERANCE') };
  }
  return { ...needed, status: 'OFF_TRACK', reason: because('PROJECTED_SHORT') };
}

/** The reason in English, for clients of the deprecated `statusReason`. */
export function reasonInEnglish({
  code,
  value,
  targetValue,
  targetYear,
  projectedValue,
  tolerancePercent,
}: StatusReason): string {
  switch (code) {
    case 'NO_VALUE':
      return 'No measured value and no published figure.';
    case 'TARGET_REACHED':
      return `${value} has reached the target of ${targetValue}.`;
    case 'TARGET_YEAR_PASSED':
      return `The target year ${targetYear} has passed with ${value} of ${targetValue}.`;
    case 'NO_TREND':
      return 'Not reached, and the history holds a single year: no trend to project.';
    case 'PROJECTED_TO_REACH':
      return `The trend projects ${projectedValue} by ${targetYear}, at or above ${targetValue}.`;
    case 'PROJECTED_SHORT_WITHIN_TOLERANCE':
      return `The trend projects ${projectedValue} by ${targetYear}, short of ${targetValue} by at most ${tolerancePercent}%.`;
    case 'PROJECTED_SHORT':
      return `The trend projects ${projectedValue} by ${targetYear}, short of ${targetValue} by more than ${tolerancePercent}%.`;
  }
}
