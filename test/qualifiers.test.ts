import { describe, expect, it } from 'vitest';
import { compare } from '../subgraphs/registry/src/measures/data-quality.js';
import {
  contains,
  intervalOf,
  roundingStep,
} from '../subgraphs/registry/src/measures/qualifiers.js';

describe('a figure rounds to its last significant digit', () => {
  it.each([
    [4000, 1000],
    [9000, 1000],
    [130000, 10000],
    [88200, 100],
    [7000000, 1000000],
    [10, 10],
    [465, 1],
    [2.5, 0.1],
  ])('%d rounds to steps of %d', (value, step) => {
    expect(roundingStep(value)).toBe(step);
  });
});

describe('each qualifier is an interval, tested at its ends', () => {
  it('余 ("4,000-odd"): 4000余 is (4,000, 5,000), since exactly 4,000 is printed without 余', () => {
    const odd = intervalOf(4000, 'ODD');
    expect(odd).toEqual({ lower: 4000, lowerInclusive: false, upper: 5000, upperInclusive: false });
    expect([4000, 4001, 4999, 5000].map((v) => contains(odd, v))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('十余 is (10, 20)', () => {
    expect(intervalOf(10, 'ODD')).toMatchObject({ lower: 10, lowerInclusive: false, upper: 20 });
  });

  it('超 ("more than"): 超9000 is (9,000, 10,000)', () => {
    const more = intervalOf(9000, 'MORE_THAN');
    expect([9000, 9001, 9999, 10000].map((v) => contains(more, v))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('近 ("nearly"): 近700万 is [6.5 M, 7 M)', () => {
    const nearly = intervalOf(7_000_000, 'NEARLY');
    expect(nearly).toEqual({
      lower: 6_500_000,
      lowerInclusive: true,
      upper: 7_000_000,
      upperInclusive: false,
    });
    expect([6_499_999, 6_500_000, 6_999_999, 7_000_000].map((v) => contains(nearly, v))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('约 ("about"): 约500 is [450, 550]', () => {
    const about = intervalOf(500, 'ABOUT');
    expect([449, 450, 550, 551].map((v) => contains(about, v))).toEqual([false, true, true, false]);
  });

  it('以上 ("or more") has no upper end; an exact figure is the value itself', () => {
    expect(contains(intervalOf(2000, 'AT_LEAST'), 1e9)).toBe(true);
    expect(contains(intervalOf(2000, 'AT_LEAST'), 1999)).toBe(false);
    expect(intervalOf(306, 'EXACT')).toMatchObject({ lower: 306, upper: 306 });
  });
});

describe('data quality reads a rounded figure as its interval', () => {
  it('flags 65,274 beneficiaries against "more than 9,000", not 9,500', () => {
    const published = { value: '9000', qualifier: 'MORE_THAN' as const };
    expect(compare(published, 65274, 5)).toMatchObject({ flagged: true });
    expect(compare(published, 9500, 5)).toMatchObject({ flagged: false });
    expect(compare(published, 65274, 5).rule).toContain('(9000, 10000)');
    // Said in Chinese first, with the word the page printed.
    expect(compare({ ...published, qualifierWord: '超' }, 65274, 5).rule).toBe(
      '公布值 9000 带修饰词“超”：测算值不在 (9000, 10000) 之内时标记。published as MORE_THAN: flagged when the measure lies outside (9000, 10000)',
    );
  });

  it("reads a figure printed rounded, with no word, to its last printed digit: Sichuan's 8.82万", () => {
    expect(intervalOf(88200, 'EXACT', 100)).toEqual({
      lower: 88150,
      lowerInclusive: true,
      upper: 88250,
      upperInclusive: false,
    });
    const printed = { value: '88200', qualifier: 'EXACT' as const, roundedTo: '100' };
    expect(compare(printed, 88249, 5)).toMatchObject({ flagged: false });
    // 5% of 88,200 would have let 92,000 pass as agreeing.
    expect(compare(printed, 92000, 5)).toMatchObject({ flagged: true });
    expect(compare(printed, 88250, 5).rule).toBe(
      '公布值 88200 为取整数（精确到 100）：测算值不在 [88150, 88250) 之内时标记。published rounded to 100: flagged when the measure lies outside [88150, 88250)',
    );
    // The printed step, not the value's zeros: 930万 is to the ten thousand, not the hundred thousand.
    expect(intervalOf(9_300_000, 'ODD', 10_000)).toMatchObject({
      lower: 9_300_000,
      upper: 9_310_000,
    });
  });

  it('measures the difference from the end of the interval the measure passes, 0 within it', () => {
    const moreThan = { value: '9000', qualifier: 'MORE_THAN' as const };
    // 55,274 above 10,000: not 56,274 above 9,000, as if 超9000 were the number 9,000.
    expect(compare(moreThan, 65274, 5)).toMatchObject({
      difference: 55274,
      differencePercent: 552.74,
    });
    expect(compare({ value: '10', qualifier: 'ODD' }, 16, 5)).toMatchObject({
      difference: 0,
      differencePercent: 0,
    });
    // 近700万 is [6.5 M, 7 M): 6 M is 500,000 below its lower end.
    expect(compare({ value: '7000000', qualifier: 'NEARLY' }, 6_000_000, 5)).toMatchObject({
      difference: -500000,
      differencePercent: -7.69,
    });
    const printed = { value: '88200', qualifier: 'EXACT' as const, roundedTo: '100' };
    expect(compare(printed, 92000, 5)).toMatchObject({ difference: 3750, differencePercent: 4.25 });
    // At an end the interval leaves out: no distance from it, and flagged all the same.
    expect(compare(moreThan, 9000, 5)).toMatchObject({ difference: 0, flagged: true });
    // An exact figure is the number itself.
    expect(compare({ value: '100', qualifier: 'EXACT' }, 105, 5)).toMatchObject({
      difference: 5,
      differencePercent: 5,
    });
  });

  it('flags an exact figure beyond the tolerance only', () => {
    const published = { value: '100', qualifier: 'EXACT' as const };
    expect(compare(published, 105, 5).flagged).toBe(false);
    expect(compare(published, 105.01, 5).flagged).toBe(true);
    expect(compare(published, 105, 5).rule).toMatch(
      /^测算值与 100 之差超过 100 的 5% 时标记。flagged when/,
    );
  });
});
