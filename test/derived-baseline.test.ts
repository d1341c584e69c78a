import { describe, expect, it } from 'vitest';
import {
  derivedBaseline,
  significantDigits,
} from '../subgraphs/registry/src/measures/derived-baseline.js';

describe('a baseline a growth rate implies', () => {
  it.each([
    // Beijing's 54 tertiary institutions at +184% over 2019: 19.01, to two digits.
    [54, 184, 19],
    // Beijing's 194 workers at +131%: 83.98, to three digits.
    [194, 131, 84],
    // Sichuan's 8.82万 certified at +172.2%: 32,402.65, to three digits.
    [88_200, 172.2, 32_400],
    [3, 200, 1],
    // A fall: 45 after −25% was 60.
    [45, -25, 60],
  ])('%d at %d%% implies %d', (value, changePercent, baseline) => {
    expect(derivedBaseline(value, changePercent)).toBe(baseline);
  });

  it('counts the digits a number was published with, not the zeros that place a whole one', () => {
    expect(significantDigits(88_200)).toBe(3);
    expect(significantDigits(9_300_000)).toBe(2);
    expect(significantDigits(45.5)).toBe(3);
    expect(significantDigits(172.2)).toBe(4);
    expect(significantDigits(0.05)).toBe(1);
    expect(significantDigits(100)).toBe(1);
  });
});
