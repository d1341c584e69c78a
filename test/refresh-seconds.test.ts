import { describe, expect, it } from 'vitest';
import { refreshSecondsOf } from '../gateway/dashboard/src/refresh.js';

describe("the dashboard's ?refresh=", () => {
  it('is 10 seconds to a day, and the default where it is no number', () => {
    expect(refreshSecondsOf(null)).toBe(60);
    expect(refreshSecondsOf('30')).toBe(30);
    expect(refreshSecondsOf('1')).toBe(10);
    // Past what a timer holds, it would fire at once, again and again.
    expect(refreshSecondsOf('3000000')).toBe(86_400);
    for (const asked of ['abc', 'Infinity', '', ' '])
      expect(refreshSecondsOf(asked), asked).toBe(60);
  });
});
