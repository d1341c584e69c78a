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

export interface Assessment {
  gap: number | null;
  yearsLeft: number;
  requiredAnnualGrowth: number | null;
  requiredAnnualGrowthPercent: number | null;
  projectedValue: number | null;
  status: TargetStatus;
  statusReason: string;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function assess({ targetValue, targetYear, year, current, trend }: Standing): Assessment {
  const yearsLeft = targetYear - year;
  const projectedValue = trend ? round(trend.intercept + trend.slope * targetYear) : null;
  const unknown = { gap: null, requiredAnnualGrowth: null, requiredAnnualGrowthPercent: null };
  if (current == null) {
    return { ...unknown, yearsLeft, projectedValue, status: 'NO_DATA', statusReason: 'No measured value and no published figure.' };
  }
  const gap = round(Math.max(targetValue - current, 0));
  if (current >= targetValue) {
    return { gap, yearsLeft, requiredAnnualGrowth: 0, requiredAnnualGrowthPercent: 0, projectedValue, status: 'ACHIEVED', statusReason: `${round(current)} has reached the target of ${targetValue}.` };
  }
  // A target is due at the end of its year; in that year the whole gap is still to close within it.
  const years = Math.max(yearsLeft, 1);
  const requiredAnnualGrowth = round(gap / years);
  const requiredAnnualGrowthPercent = current > 0 ? round((Math.pow(targetValue / current, 1 / years) - 1) * 100) : null;
  const needed = { gap, yearsLeft, requiredAnnualGrowth, requiredAnnualGrowthPercent, projectedValue };
  if (yearsLeft < 0) {
    return { ...needed, status: 'OFF_TRACK', statusReason: `The target year ${targetYear} has passed with ${round(current)} of ${targetValue}.` };
  }
  if (projectedValue == null) {
    return { ...needed, status: 'AT_RISK', statusReason: 'Not reached, and the history holds a single year: no trend to project.' };
  }
  if (projectedValue >= targetValue) {
    return { ...needed, status: 'ON_TRACK', statusReason: `The trend projects ${projectedValue} by ${targetYear}, at or above ${targetValue}.` };
  }
  if (projectedValue >= targetValue * (1 - AT_RISK_SHORTFALL)) {
    return { ...needed, status: 'AT_RISK', statusReason: `The trend projects ${projectedValue} by ${targetYear}, short of ${targetValue} by at most ${AT_RISK_SHORTFALL * 100}%.` };
  }
  return { ...needed, status: 'OFF_TRACK', statusReason: `The trend projects ${projectedValue} by ${targetYear}, short of ${targetValue} by more than ${AT_RISK_SHORTFALL * 100}%.` };
}
