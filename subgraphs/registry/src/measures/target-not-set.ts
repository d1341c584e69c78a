import type { Target as TargetRow } from '../entities/Target.js';
import type { Loaders } from '../loaders.js';
import type { Assessment } from './status.js';

/**
 * A target judged as of a day before its policy was issued: on that day there was no target to be
 * on track for, so none is judged (NOT_SET), where before Guangxi's plan of 2025 was said to be
 * "off track" as of 2016. Where it stood then is still given, as `value`.
 */

/**
 * When a target was set: its policy's issue date, printed or read from the page that reports it.
 * Null where none is known, and the target is judged on any day: a source's date is only the
 * latest the target can have been set (a page of 2025 may review a plan of 2021), and a revision
 * citing a newer page must not move the day a target began.
 */
export async function targetSetOn(
  t: TargetRow,
  loaders: Loaders,
): Promise<{ on: string; inferred: boolean } | null> {
  const policy = t.policyId ? await loaders.policy.load(t.policyId) : null;
  return policy?.issuedOn ? { on: policy.issuedOn, inferred: policy.issuedOnInferred } : null;
}

/** Whether a day (YYYY-MM-DD) is before a partial date: before 2025 or 2025-07, not within it. */
export const isBefore = (day: string, partial: string) => day.slice(0, partial.length) < partial;

/**
 * The assessment of a target not yet set on the day judged, from the one its rules would give
 * (status.ts): its value, target and threshold kept, and nothing that judges it.
 */
export function notYetSet(
  assessed: Assessment,
  setOn: { on: string; inferred: boolean },
): Assessment {
  return {
    ...assessed,
    gap: null,
    requiredAnnualGrowth: null,
    requiredAnnualGrowthPercent: null,
    projectedValue: null,
    status: 'NOT_SET',
    reason: {
      ...assessed.reason,
      code: 'TARGET_NOT_YET_SET',
      projectedValue: null,
      reachedYear: null,
      trendYears: [],
      trendYearsBeforeCensus: [],
      deadlineValue: null,
      deadlineGap: null,
      scopeStart: null,
      targetSetOn: setOn.on,
      targetSetOnInferred: setOn.inferred,
    },
  };
}
