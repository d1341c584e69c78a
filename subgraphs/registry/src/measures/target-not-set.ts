import type { Target as TargetRow } from '../entities/Target.js';
import type { Loaders } from '../loaders.js';
import { AT_RISK_SHORTFALL, thresholdOf, type Assessment, type Standing } from './status.js';

/**
 * A target judged as of a day before it was set: on that day there was no target to be on track
 * for, so none is judged (NOT_SET), where before Guangxi's plan of 2025 was said to be "off track"
 * as of 2016. Where it stood then is still given, as `value`.
 */

/**
 * When a target was set, as far as the registry knows: its policy's issue date, else the year of
 * the source it was read from (a page reports a plan issued that year or before it: a day within
 * that year may precede the page and still follow the plan). Null where neither is dated.
 */
export async function targetSetOn(t: TargetRow, loaders: Loaders): Promise<string | null> {
  const policy = t.policyId ? await loaders.policy.load(t.policyId) : null;
  if (policy?.issuedOn) return policy.issuedOn;
  const source = t.sourceId ? await loaders.source.load(t.sourceId) : null;
  return source?.publishedOn?.slice(0, 4) ?? null;
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
  setOn: string,
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
      targetSetOn: setOn,
    },
  };
}
