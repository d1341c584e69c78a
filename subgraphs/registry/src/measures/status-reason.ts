/**
 * Why a target has its status: the rule that gave it, with the numbers it was applied to
 * (status.ts), which the API gives as `Progress.reason` and every client words.
 */

/**
 * Which rule gave the status, as a code with its numbers, so that every client words it in its own
 * language: the dashboard and the report say it in Chinese or English.
 */
export type StatusReasonCode =
  | 'NO_VALUE'
  | 'TARGET_NOT_YET_SET'
  | 'SCOPE_NOT_BEGUN'
  | 'NOTHING_REGISTERED'
  | 'NOTHING_REGISTERED_IN_YEAR'
  | 'NO_POPULATION'
  | 'TARGET_REACHED'
  | 'TARGET_BASICALLY_REACHED'
  | 'TARGET_REACHED_LATE'
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
  /** The value that counts as reaching the target: all of it, or `basicallyPercent` of it. */
  threshold: number;
  /**
   * Of a target to be reached basically, the share of it that does, in percent: the catalog's
   * convention, which a reader is told, as no policy sentence says it; null for an exact target.
   */
  basicallyPercent: number | null;
  projectedValue: number | null;
  /** The share of the target a projection may fall short by and still be AT_RISK, in percent. */
  tolerancePercent: number;
  reachedYear: number | null;
  /** The years the trend was fitted on. */
  trendYears: number[];
  /**
   * Of a rate's target, the years of evidence left out of the trend because their population was
   * published before the census revised the series (Standing's `yearsBeforeCensus`).
   */
  trendYearsBeforeCensus: number[];
  /**
   * Of a target whose year is over, judged after that year: the registry's measure at the end of
   * the target year and how far it was short then (what the target missed by); null otherwise, or
   * where the registry does not measure that year.
   */
  deadlineValue: number | null;
  deadlineGap: number | null;
  /** Of a flow's target, the year whose whole is judged (or holds none); null for a stock's. */
  flowYear: number | null;
  /** Of SCOPE_NOT_BEGUN, the day (or month, or year) the programme the target counts began. */
  scopeStart: string | null;
  /** Of TARGET_NOT_YET_SET, when the target was set: its policy's date, and whether inferred. */
  targetSetOn: string | null;
  targetSetOnInferred: boolean | null;
}
