import { expect, it } from 'vitest';
import { differenceWords } from '../gateway/dashboard/src/difference-words.js';

const moreThan9000 = { lower: 9000, lowerInclusive: false, upper: 10000, upperInclusive: false };
const check = (measured: number, differencePercent: number, flagged: boolean) => ({
  compared: true,
  measured,
  differencePercent,
  flagged,
  interval: moreThan9000,
});

it("says a data-quality check's difference as the check judged it, by the end of the interval", () => {
  // The interval's ends are grouped by thousands, as the figure and the measure beside it are.
  expect(differenceWords(check(9500, 0, false), 'zh')).toBe('在 (9,000, 10,000) 之内');
  expect(differenceWords(check(65274, 552.74, true), 'zh')).toBe(
    '+552.74%（高于 (9,000, 10,000) 的上端）',
  );
  expect(differenceWords(check(8000, -11.11, true), 'en')).toBe(
    '-11.11% (below the lower end of (9,000, 10,000))',
  );
  // 9,000 against 超9000: no distance from the interval, and outside it all the same.
  expect(differenceWords(check(9000, 0, true), 'zh')).toBe(
    '在 (9,000, 10,000) 的端点上，不在区间内',
  );
  expect(differenceWords(check(10000, 0, true), 'en')).toBe(
    'at an end of (9,000, 10,000), which it leaves out',
  );
});

it("writes an interval's ends as the values beside it: 超过130,000 人 is within (130,000, 140,000)", () => {
  const moreThan130000 = {
    lower: 130000,
    lowerInclusive: false,
    upper: 140000,
    upperInclusive: false,
  };
  expect(
    differenceWords(
      {
        compared: true,
        measured: 131200,
        differencePercent: 0.92,
        flagged: false,
        interval: moreThan130000,
      },
      'zh',
    ),
  ).toBe('在 (130,000, 140,000) 之内');
  const roundedTo10000 = {
    lower: 9295000,
    lowerInclusive: true,
    upper: 9305000,
    upperInclusive: false,
  };
  expect(
    differenceWords(
      {
        compared: true,
        measured: 9300000,
        differencePercent: 0,
        flagged: false,
        interval: roundedTo10000,
      },
      'en',
    ),
  ).toBe('within [9,295,000, 9,305,000)');
});
