import type { StatusReason } from './status.js';
import { conventionOf } from '../../../../shared/basically.js';
import { trendBeforeCensus } from '../../../../shared/census.js';
import { dateWords } from '../../../../shared/date-words.js';
import { formatDifference, formatFigure, formatValue } from '../../../../shared/value-words.js';
import { trendNamed } from '../../../../shared/trend-years.js';

/**
 * The reason in English, for clients of the deprecated `statusReason`, its numbers in the target's
 * unit as the dashboard writes them (35.71%, 64.29 percentage points short of 100%), with the
 * qualifier of the published figure its value is, where it is one: "nearly 40 ... of 40" is not 40
 * of 40.
 */
export function reasonInEnglish(
  reason: StatusReason,
  unit: string | null,
  qualifier?: string | null,
): string {
  // A rate's years before the census, left out of its trend, are said after the rule that rests on it.
  const leftOut = trendBeforeCensus(reason);
  // The threshold of 基本实现 is the catalog's, not the policy's: a reader who sees it is told so.
  const convention = conventionOf(reason);
  return [ruleInEnglish(reason, unit, qualifier), leftOut?.en, convention?.en]
    .filter(Boolean)
    .join(' ');
}

function ruleInEnglish(
  reason: StatusReason,
  unit: string | null,
  qualifier?: string | null,
): string {
  const { targetYear, tolerancePercent } = reason;
  const inUnit = (value: number | null) => formatValue(value, unit, 'en');
  const [targetValue, threshold, projectedValue] = [
    reason.targetValue,
    reason.threshold,
    reason.projectedValue,
  ].map(inUnit);
  const value =
    reason.value == null || !qualifier
      ? inUnit(reason.value)
      : formatFigure(reason.value, unit, qualifier, 'en');
  // "More than 40 has reached…": a sentence that starts with the value starts with a capital.
  const Value = value[0]!.toUpperCase() + value.slice(1);
  // The years the trend was fitted on: a projection says how old its evidence is.
  const trend = trendNamed(reason.trendYears).en;
  switch (reason.code) {
    case 'NO_VALUE':
      return 'No measured value, and no published figure counts it (a plan or a launch is not a count).';
    case 'TARGET_NOT_YET_SET':
      return `The policy setting the target was issued ${dateWords(reason.targetSetOn, 'en')}${reason.targetSetOnInferred ? ' (inferred)' : ''}, after the day judged: there was no target to judge then.`;
    case 'SCOPE_NOT_BEGUN':
      return `The programme the target counts began ${dateWords(reason.scopeStart, 'en')}, after the day judged: there was nothing of it to count yet.`;
    case 'NOTHING_REGISTERED':
      return 'The registry holds none of what the target counts, and no published figure counts it (a plan or a launch is not a count): 0 is what is registered, not a finding that the region has none.';
    case 'NOTHING_REGISTERED_IN_YEAR':
      return `The registry holds nothing the target counts within ${reason.flowYear}, the year whose whole it is judged on, though it holds amounts of other years, and no published figure gives that year's: its 0 is what is registered, not a finding that the region had none that year, so nothing is judged on it.`;
    case 'NO_POPULATION':
      return "The registry holds no resident population for the year-end the rate per 10,000 residents is over (the day judged, where it is a year-end, else any year-end before it): the registry's count has no denominator, and no published figure gives the rate, so there is no rate to judge.";
    case 'TARGET_REACHED':
      return `${Value} has reached the target of ${targetValue}.`;
    case 'TARGET_BASICALLY_REACHED':
      return `${Value} has basically reached the target of ${targetValue} (from ${threshold} on).`;
    case 'TARGET_REACHED_LATE':
      return `${Value} reached the target of ${targetValue} in ${reason.reachedYear}, after ${targetYear}.`;
    case 'TARGET_YEAR_PASSED':
      return reason.deadlineValue == null
        ? `The target year ${targetYear} has passed with ${value} of ${targetValue}.`
        : `The target year ${targetYear} has passed: ${inUnit(reason.deadlineValue)} at its end, ${formatDifference(reason.deadlineGap ?? 0, unit, 'en')} short of ${targetValue}; ${value} now.`;
    case 'NO_TREND':
      return 'Not reached, and the evidence holds a single year: no trend to project.';
    case 'PROJECTED_TO_REACH':
      return `${trend} projects ${projectedValue} by ${targetYear}, at or above ${threshold}.`;
    case 'PROJECTED_SHORT_WITHIN_TOLERANCE':
      return `${trend} projects ${projectedValue} by ${targetYear}, short of ${threshold} by at most ${tolerancePercent}% of it.`;
    case 'PROJECTED_SHORT':
      return `${trend} projects ${projectedValue} by ${targetYear}, short of ${threshold} by more than ${tolerancePercent}% of it.`;
  }
}
