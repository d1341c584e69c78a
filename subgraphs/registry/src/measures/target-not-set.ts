import type { Target as TargetRow } from '../entities/Target.js';
import type { Loaders } from '../loaders.js';
import { AT_RISK_SHORTFALL, thresholdOf, type Assessment, type Standing } from './status.js';

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

/** The assessment of a target not yet set on the day judged, with where it stood (`value`). */
export function notYetSet(
  standing: Pick<
    Standing,
    'targetValue' | 'targetYear' | 'qualifier' | 'basicallyPercent' | 'year'
  >,
  value: number | null,
  setOn: { on: string; inferred: boolean },
): Assessment {
  return {
    gap: null,
    yearsLeft: standing.targetYear - standing.year,
    requiredAnnualGrowth: null,
    requiredAnnualGrowthPercent: null,
    projectedValue: null,
    status: 'NOT_SET',
    reason: {
      code: 'TARGET_NOT_YET_SET',
      value: value == null ? null : Math.round(value * 100) / 100,
      targetValue: standing.targetValue,
      targetYear: standing.targetYear,
      threshold: thresholdOf(standing),
      basicallyPercent: standing.qualifier === 'BASICALLY' ? standing.basicallyPercent : null,
      projectedValue: null,
      tolerancePercent: AT_RISK_SHORTFALL * 100,
      reachedYear: null,
      trendYears: [],
      deadlineValue: null,
      deadlineGap: null,
      scopeStart: null,
      targetSetOn: setOn.on,
      targetSetOnInferred: setOn.inferred,
    },
  };
}
