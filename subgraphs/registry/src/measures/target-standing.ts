import type { ValueBasis } from '../__generated__/schema-types.js';
import type { Target as TargetRow } from '../entities/Target.js';
import type { Figure } from '../entities/Figure.js';
import { indicatorCatalog } from '../../../indicator-catalog.js';
import { registersNothing } from '../../../../shared/regions-left-out.js';
import { countsWholeThings } from '../../../../shared/unit-words.js';
import type { Measure } from './measure-types.js';
import type { Bounds } from './projection.js';
import { DEFAULT_BASICALLY_PERCENT } from './status.js';

/**
 * What a target is judged on, whether it counts a stock or a flow: what it asks (standingOf), how
 * far its projection may go (boundsOf), the day it is judged as of (JudgedOn) and the value found
 * for it (Current, ValueFound). The stock's and the flow's ways of finding that value are apart
 * (stock-standing.ts, flow-standing.ts); the status it earns is status.ts's, from all of these
 * together (its Standing).
 */

const catalog = new Map(indicatorCatalog.map((indicator) => [indicator.code, indicator]));

/** How far a target's projection may go: a percentage, everything a programme placed, or a count on a day. */
export function boundsOf(t: TargetRow): Bounds {
  if (catalog.get(t.indicator)?.kind === 'RATIO') return 'PERCENTAGE';
  // A programme's records count once placed, however long ago: its count only grows.
  return t.scopeProgramId ? 'CUMULATIVE' : 'STOCK';
}

/** Whether a target's indicator counts things that come whole (persons, stations). */
export function countsWholeThingsOf(t: TargetRow): boolean {
  const indicator = catalog.get(t.indicator);
  return indicator?.kind === 'COUNT' && countsWholeThings(indicator.unit);
}

export interface Current {
  value: number;
  /** The least value a published figure allows (HistoryPoint.atLeast); absent for a measured one. */
  atLeast?: number;
  basis: ValueBasis;
  asOf: string | null;
  since: string | null;
  demoShare: number | null;
  /** Of a flow, the calendar year its value adds up within, or null (status.ts, `flowYear`). */
  flowYear?: number | null;
  /** A flow's target year so far (reachedSoFar): a part of a year, which no yearly trend projects. */
  soFar?: boolean;
}

/**
 * A count of 0 where the registry had registered nothing the target counts by the day
 * (`Measure.nothingRegistered`): what the registry holds, not a finding that the region has none
 * (Ningxia's cohort before its first posting was registered), so no value a target is judged on. A
 * count that fell to 0 (stations closed, postings ended, within a year too) is a finding, and so is
 * a coverage of 0% over the institutions registered: it has a denominator.
 */
export function isNothingRegistered(t: TargetRow, measured: Measure | null) {
  const kind = catalog.get(t.indicator)?.kind;
  return (
    measured?.value != null &&
    kind != null &&
    registersNothing(kind, measured) &&
    measured.nothingRegistered
  );
}

/**
 * A target's value and the figure it comes from, if published; without a value, whether the registry
 * counted it and registered nothing (NOTHING_REGISTERED, rather than NO_VALUE).
 */
export type ValueFound = {
  current: Current | null;
  figure: Figure | null;
  nothingRegistered?: boolean;
  /** Of a flow without a value: the year judged, which holds none while other years hold amounts. */
  noneInYear?: number | null;
};

/** What a target asks: its value and year, and how firmly (the threshold, status.ts). */
export const standingOf = (t: TargetRow) => ({
  targetValue: Number(t.targetValue),
  targetYear: t.targetYear,
  qualifier: t.qualifier,
  basicallyPercent: catalog.get(t.indicator)?.basicallyPercent ?? DEFAULT_BASICALLY_PERCENT,
});

/**
 * The day a target is judged as of (measuredOn), the day figures must have ended by (null for
 * today), and the last calendar year wholly over by then (firstYearNotOver's year before).
 */
export interface JudgedOn {
  day: string;
  knownOn: string | null;
  yearOver: number;
}
