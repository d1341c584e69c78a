/**
 * What a published figure's qualifier allows, as an interval of values. Chinese reports round a
 * number to its last significant digit and say which way with one word; the interval runs to the
 * next step of that digit. Pure, so that each rule is tested at its ends; the README lists them.
 */
import type { Qualifier } from '../__generated__/schema-types.js';
import type { Interval } from '../../../../shared/intervals.js';

export { intervalText, type Interval } from '../../../../shared/intervals.js';

/**
 * The place value of the last significant digit of a figure: 4000 → 1000, 9000 → 1000,
 * 130000 (13万) → 10000, 88200 (8.82万) → 100, 7000000 (700万) → 1000000, 10 (十) → 10.
 */
export function roundingStep(value: number): number {
  const magnitude = Math.abs(value);
  if (!Number.isFinite(magnitude) || magnitude === 0) return 1;
  let step = 1;
  if (Number.isInteger(magnitude)) {
    while (magnitude % (step * 10) === 0) step *= 10;
    return step;
  }
  while (!Number.isInteger(Number((magnitude / step).toFixed(9)))) step /= 10;
  return step;
}

const round = (value: number) => Number(value.toPrecision(12));

/**
 * The interval each qualifier stands for, with `step` the figure's rounding step: the place of the
 * last digit the page prints (`roundedTo`, where the data say it), else the value's last significant
 * digit:
 * - EXACT: the value itself; printed rounded (8.82万, to the hundred), [value − step / 2, value + step / 2);
 * - ODD (余, 多: "4,000-odd"): (value, value + step), 4000余 → (4,000, 5,000), 十余 → (10, 20): a
 *   number that was the round one itself would be printed without 余;
 * - MORE_THAN (超, 逾): (value, value + step), 超9000 → (9,000, 10,000);
 * - AT_LEAST (以上, 不少于): [value, no upper end);
 * - NEARLY (近): [value − step / 2, value), 近700万 → [6.5 M, 7 M): short of it, by less than half a step;
 * - ABOUT (约, 左右) and the older APPROXIMATELY: [value − step / 2, value + step / 2], 约500 → [450, 550].
 */
export function intervalOf(
  value: number,
  qualifier: Qualifier,
  roundedTo: number | null = null,
): Interval {
  const step = roundedTo ?? roundingStep(value);
  const half = step / 2;
  switch (qualifier) {
    case 'EXACT':
      return roundedTo == null
        ? { lower: value, lowerInclusive: true, upper: value, upperInclusive: true }
        : {
            lower: round(value - half),
            lowerInclusive: true,
            upper: round(value + half),
            upperInclusive: false,
          };
    case 'ODD':
      return {
        lower: value,
        lowerInclusive: false,
        upper: round(value + step),
        upperInclusive: false,
      };
    case 'MORE_THAN':
      return {
        lower: value,
        lowerInclusive: false,
        upper: round(value + step),
        upperInclusive: false,
      };
    case 'AT_LEAST':
      return { lower: value, lowerInclusive: true, upper: null, upperInclusive: false };
    case 'NEARLY':
      return {
        lower: round(value - half),
        lowerInclusive: true,
        upper: value,
        upperInclusive: false,
      };
    case 'ABOUT':
    case 'APPROXIMATELY':
      return {
        lower: round(value - half),
        lowerInclusive: true,
        upper: round(value + half),
        upperInclusive: true,
      };
  }
}

/**
 * The least value a figure allows, the lower end of its qualifier's interval: 近40 from 35, 超9000
 * above 9,000; a value without a qualifier, itself. What a target is reached by (status.ts).
 */
export function leastValue(
  value: number,
  qualifier: Qualifier | null,
  roundedTo: number | null,
): number {
  return qualifier ? (intervalOf(value, qualifier, roundedTo).lower ?? value) : value;
}

export function contains(interval: Interval, value: number): boolean {
  const { lower, upper } = interval;
  const aboveLower = lower == null || (interval.lowerInclusive ? value >= lower : value > lower);
  const belowUpper = upper == null || (interval.upperInclusive ? value <= upper : value < upper);
  return aboveLower && belowUpper;
}

/**
 * How far a value lies outside an interval, from the end it passes (0 inside it), and that end:
 * 12,000 against 超9000, (9000, 10000), is 2,000 beyond 10,000, not 3,000 beyond 9,000, which
 * would read the words as one exact number.
 */
export function beyond(
  interval: Interval,
  value: number,
): { difference: number; from: number | null } {
  if (contains(interval, value)) return { difference: 0, from: null };
  const { lower, upper } = interval;
  if (upper != null && value >= upper) return { difference: round(value - upper), from: upper };
  return { difference: round(value - lower!), from: lower };
}

/** A rounding step is the place of a printed digit: 1, 10, 100, 0.1, … (10⁻⁶ to 10¹²). */
export function isPowerOfTen(step: number): boolean {
  const exponent = Math.round(Math.log10(step));
  return exponent >= -6 && exponent <= 12 && Math.abs(step / 10 ** exponent - 1) < 1e-9;
}

/** A value printed to a step is a whole number of steps: 8.82万 is 882 hundreds. */
export const isMultipleOf = (value: number, step: number) =>
  Number.isInteger(Number((value / step).toFixed(9)));
