/**
 * Where a target's value is carried by its trend: to the end of the target year, and no further
 * than the value can go. Apart from the status rules (status.ts), which judge on it.
 */
import type { Trend } from './trend.js';
import { roundedNumber } from '../../../../shared/rounded-number.js';

/**
 * A value as targets' values, gaps, trends and projections are given, and as the report and the
 * dashboard print them (roundedNumber): to hundredths, and under 1 to three significant digits. A
 * rate per 10,000 residents of 0.0879 is never 0.09, which read beside a threshold of 0.1 said a
 * shortfall of 0.01 that the status, judged on 0.0879, did not.
 */
export const round = roundedNumber;

/**
 * A value in its target's unit: an amount of a flow (yuan, person-times) to a whole unit, as its
 * measure gives it (flow-sql.ts), since its hundredths claim a precision no record holds (a
 * projection of 804,166.67 yuan, a trend of -57,916.67 a year); anything else as `round`, so that a
 * percentage and a rate keep their decimals. `toward` says which whole unit, as whole things are
 * judged (wholeOf): a projection down, so that a line at 899,999.5 has not reached 900,000; a gap
 * or a growth still to make up, so that half a yuan short is never 0, which says reached; a pace
 * to the nearest.
 */
export const roundIn = (
  value: number,
  wholeUnits = false,
  toward: 'nearest' | 'down' | 'up' = 'nearest',
): number => {
  if (!wholeUnits) return round(value);
  // Within arithmetic's error of a whole unit (2,999.9999999) is on it.
  const whole =
    toward === 'down'
      ? Math.floor(value + 1e-9)
      : toward === 'up'
        ? Math.ceil(value - 1e-9)
        : Math.round(value);
  return whole + 0;
};

/**
 * How far a projection may go. A percentage of records doing something (a coverage) lies within
 * 0–100 and, as records only take social work up, does not fall; a count of everything placed so
 * far (a programme's postings) does not fall either; a count on a day can, but not below zero.
 */
export type Bounds = 'PERCENTAGE' | 'CUMULATIVE' | 'STOCK';

/** Years from `at` (on the calendar) to the end of the target year, when a target is due. */
export const horizon = (at: number, targetYear: number) => targetYear + 1 - at;

/**
 * The trend carried on from today's value to the end of the target year, within what the value can
 * be: a projection starts where the region stands, so it never contradicts what is known.
 */
export function project(
  current: { value: number; at: number },
  trend: Trend,
  targetYear: number,
  bounds: Bounds,
  wholeThings = false,
  wholeUnits = false,
): number {
  const line = current.value + trend.slope * Math.max(horizon(current.at, targetYear), 0);
  const bounded =
    bounds === 'PERCENTAGE'
      ? Math.min(Math.max(line, current.value), 100)
      : bounds === 'CUMULATIVE'
        ? Math.max(line, current.value)
        : Math.max(line, 0);
  return wholeThings ? wholeOf(bounded, current.value) : roundIn(bounded, wholeUnits, 'down');
}

/**
 * Persons and institutions come whole: a line at 2,622.63 persons has reached 2,622 of them, and one
 * at 2,999.6 has not reached 3,000, so the status judged on it says what the value says. A line that
 * has not fallen keeps what is known: 近15 is at least 14.5, so 15 whole, and its line at 14.9 is 15.
 */
function wholeOf(line: number, least: number): number {
  // Above the floor by less than arithmetic's error (2,999.9999999) is on it.
  const reached = Math.floor(line + 1e-9);
  return line >= least ? Math.max(reached, Math.ceil(least - 1e-9)) : reached;
}
