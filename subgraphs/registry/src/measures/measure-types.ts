import type { Dimension } from './dimensions.js';

export interface MeasureValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The share (0 to 1) of the value that generated demo records make; null where nothing was counted. */
  demoShare: number | null;
}

export interface MeasureCell extends MeasureValue {
  keys: { dimension: Dimension; value: string | null }[];
  /** The YEAR cell of a year not over on the day measured: its value is to date. */
  toDate: boolean;
}

export interface Measure extends MeasureValue {
  indicator: { code: string };
  computable: boolean;
  reason: string | null;
  /** The day the registry was measured as of. */
  asOf: string | null;
  /** For a flow, the first day from which records were counted. */
  since: string | null;
  /**
   * How many records the value counts from a day the registry inferred, their start not being
   * known; of a flow of amounts, how many programmes it leaves out, their period not being known.
   */
  undatedRecords: number | null;
  /** How many programmes counted give no end, so count as not ended: an inference. */
  openEndedRecords: number | null;
  /**
   * A count of 0 where no record it counts had been registered by the day (of a flow, none adds to
   * its period): what the registry holds, not a finding. False where records counted and ended.
   */
  nothingRegistered: boolean;
  breakdown: MeasureCell[];
}

/** Fewer records than the whole indicator, as a target's policy counts them. */
export interface MeasureScope {
  /** Only the records of this programme and of the projects under it: its postings, its hosts. */
  programId?: string | null;
  /** Only institutions of these kinds (for social workers and programmes, of their institution). */
  kinds?: readonly string[] | null;
}

export interface MeasureQuery {
  indicator: string;
  by?: readonly Dimension[];
  /** A year, year-month or day: the registry as it stood at its end. Today when omitted. */
  asOf?: string | null;
  /**
   * A year, year-month or day from whose start every record that counted at any time up to `asOf`
   * is counted: a flow ("465 postings since 2013"), not the stock at one date. Counts only.
   */
  since?: string | null;
  /** First and last year of a YEAR breakdown. */
  from?: number | null;
  to?: number | null;
  scope?: MeasureScope;
}

/** The first and last year of a YEAR series; without a first, from the earliest year that counts. */
export interface SeriesYears {
  from: number | null;
  to: number;
}
