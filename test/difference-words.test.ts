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
  expect(differenceWords(check(9500, 0, false), 'zh')).toBe('在 (9000, 10000) 之内');
  expect(differenceWords(check(65274, 552.74, true), 'zh')).toBe(
    '+552.74%（高于 (9000, 10000) 的上端）',
  );
  expect(differenceWords(check(8000, -11.11, true), 'en')).toBe(
    '-11.11% (below the lower end of (9000, 10000))',
  );
  // 9,000 against 超9000: no distance from the interval, and outside it all the same.
  expect(differenceWords(check(9000, 0, true), 'zh')).toBe('在 (9000, 10000) 的端点上，不在区间内');
  expect(differenceWords(check(10000, 0, true), 'en')).toBe(
    'at an end of (9000, 10000), which it leaves out',
  );
});
