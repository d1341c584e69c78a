import { describe, expect, it } from 'vitest';
import { derivedBaseline, lastDigit } from '../subgraphs/registry/src/measures/derived-baseline.js';

describe('a baseline a growth rate implies', () => {
  it.each([
    // Beijing's 54 tertiary institutions at +184% over 2019: 19.01 ± 0.21.
    [54, 184, 19],
    // Beijing's 194 workers at +131%: 83.98 ± 0.4.
    [194, 131, 84],
    // Sichuan's 8.82万 certified at +172.2%: 32,402.65 ± 24.
    [88_200, 172.2, 32_400],
    [3, 200, 1],
    // A fall: 45 after −25% was 60.
    [45, -25, 60],
    // No change: the value itself, to its last digit.
    [306, 0, 306],
    // A rate of 100% is known to the percent.
    [194, 100, 97],
    [97, 100, 48.5],
    // 120 is known to ten, 114.29 ± 5.3: not 100, which would say +20%.
    [120, 5, 114],
    // 300 may be rounded to the hundred: its baseline is known no better than 295.57 ± 49.
    [300, 1.5, 300],
    // Near −100% the rate's last digit is most of the answer.
    [88_200, -99.99, 900_000_000],
  ])('%s at %s percent implies %s', (value, changePercent, baseline) => {
    expect(derivedBaseline(value, changePercent)).toBe(baseline);
  });

  it('reads the place of the last digit a number was published with', () => {
    expect(lastDigit(88_200)).toBe(100);
    expect(lastDigit(9_300_000)).toBe(100_000);
    expect(lastDigit(45.5)).toBeCloseTo(0.1, 12);
    expect(lastDigit(172.2)).toBeCloseTo(0.1, 12);
    expect(lastDigit(0.05)).toBeCloseTo(0.01, 12);
    expect(lastDigit(1e-7)).toBeCloseTo(1e-7, 20);
    expect(lastDigit(1.5e-7)).toBeCloseTo(1e-8, 20);
    expect(lastDigit(1e21)).toBe(1e21);
    expect(lastDigit(0)).toBe(1);
  });
});
