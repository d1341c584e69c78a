import { expect, it } from 'vitest';
import { dayAsked } from '../scripts/report/day-asked.js';

it('reads a day asked for as Chinese users write one, and nothing else', () => {
  expect(
    [
      '2023',
      '2023年',
      '2023-6',
      '2023-06',
      '2023年6月',
      '2023/6/30',
      '2023-6-30',
      '2023.06.30',
    ].map(dayAsked),
  ).toEqual([
    '2023',
    '2023',
    '2023-06',
    '2023-06',
    '2023-06',
    '2023-06-30',
    '2023-06-30',
    '2023-06-30',
  ]);
  expect(dayAsked('2023年6月30日')).toBe('2023-06-30');
  // Typed full-width by a Chinese input method.
  expect(dayAsked('２０２３／６／３０')).toBe('2023-06-30');
  // Digits run together say no day for sure (2023630: June 30th, or the 63rd month?).
  for (const typed of ['2023630', '202306', '23-6-30', '2023-6-30T00:00', 'today', ''])
    expect(dayAsked(typed), typed).toBeNull();
});
