import { describe, expect, it } from 'vitest';
import { assess, type Standing } from '../subgraphs/registry/src/measures/status.js';

/** A target of 100 by 2028, assessed in 2026; each case changes one thing. */
const standing = (change: Partial<Standing>): Standing => ({
  targetValue: 100,
  targetYear: 2028,
  year: 2026,
  current: 50,
  trend: null,
  ...change,
});
/** A line through (2026, 50) reaching `valueIn2028` in the target year. */
const trendTo = (valueIn2028: number) => {
  const slope = (valueIn2028 - 50) / 2;
  return { slope, intercept: 50 - slope * 2026 };
};

describe('target status rules', () => {
  it('is NO_DATA without a current value, whatever the trend', () => {
    expect(assess(standing({ current: null, trend: trendTo(200) })).status).toBe('NO_DATA');
  });

  it('is ACHIEVED at exactly the target, and even after the target year', () => {
    expect(assess(standing({ current: 100 }))).toMatchObject({
      status: 'ACHIEVED',
      gap: 0,
      requiredAnnualGrowth: 0,
    });
    expect(assess(standing({ current: 100, year: 2030 })).status).toBe('ACHIEVED');
  });

  it('is OFF_TRACK once the target year has passed short of the target, even with a good trend', () => {
    expect(assess(standing({ current: 99.99, year: 2029, trend: trendTo(150) }))).toMatchObject({
      status: 'OFF_TRACK',
      yearsLeft: -1,
    });
  });

  it('still counts the target year itself as time left', () => {
    expect(assess(standing({ year: 2028, trend: trendTo(100) }))).toMatchObject({
      status: 'ON_TRACK',
      yearsLeft: 0,
      requiredAnnualGrowth: 50,
    });
  });

  it('is AT_RISK with a single year of history', () => {
    expect(assess(standing({ trend: null }))).toMatchObject({
      status: 'AT_RISK',
      projectedValue: null,
      reason: { code: 'NO_TREND' },
    });
  });

  it('projects a multi-year trend, not the last step: 31% in 2026 after 10% a year is short of 100% in 2027', () => {
    // Guangxi's shape: 11, 21, 31 over three years; the line reaches 41 in 2027.
    const slope = 10;
    const trend = { slope, intercept: 31 - slope * 2026 };
    expect(assess(standing({ current: 31, targetYear: 2027, trend }))).toMatchObject({
      status: 'OFF_TRACK',
      projectedValue: 41,
      requiredAnnualGrowth: 69,
      reason: {
        code: 'PROJECTED_SHORT',
        value: 31,
        targetValue: 100,
        targetYear: 2027,
        projectedValue: 41,
      },
    });
  });

  it('is ON_TRACK when the projection reaches the target exactly', () => {
    expect(assess(standing({ trend: trendTo(100) }))).toMatchObject({
      status: 'ON_TRACK',
      projectedValue: 100,
    });
  });

  it('is AT_RISK down to a projection 10% short, OFF_TRACK below', () => {
    expect(assess(standing({ trend: trendTo(99.99) })).reason.code).toBe(
      'PROJECTED_SHORT_WITHIN_TOLERANCE',
    );
    expect(assess(standing({ trend: trendTo(90) })).status).toBe('AT_RISK');
    expect(assess(standing({ trend: trendTo(89.99) }))).toMatchObject({
      status: 'OFF_TRACK',
      reason: { code: 'PROJECTED_SHORT', tolerancePercent: 10 },
    });
  });

  it('states the growth still needed, absolute and compound', () => {
    expect(assess(standing({ current: 25 }))).toMatchObject({
      gap: 75,
      yearsLeft: 2,
      requiredAnnualGrowth: 37.5,
      requiredAnnualGrowthPercent: 100,
    });
  });
});
