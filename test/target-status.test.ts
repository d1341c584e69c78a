import { describe, expect, it } from 'vitest';
import { reasonInEnglish } from '../subgraphs/registry/src/measures/reason-in-english.js';
import { project, roundIn } from '../subgraphs/registry/src/measures/projection.js';
import { assess, type Standing } from '../subgraphs/registry/src/measures/status.js';
import { notYetSet } from '../subgraphs/registry/src/measures/target-not-set.js';
import {
  measuredEvidence,
  theilSenSlope,
  trendOf,
  yearsBeforeBreak,
  type Trend,
} from '../subgraphs/registry/src/measures/trend.js';

/** A value as it stood at the end of `year`'s first half. */
const at = (value: number, year = 2026) => ({ value, year, at: year + 0.5 });
/** A target of 100 by 2028, assessed in mid-2026 on a value of 50; each case changes one thing. */
const standing = (change: Partial<Standing>): Standing => ({
  targetValue: 100,
  targetYear: 2028,
  qualifier: 'EXACT',
  basicallyPercent: 90,
  bounds: 'STOCK',
  year: 2026,
  yearOver: 2025,
  today: 2026.5,
  current: at(50),
  history: [],
  trend: null,
  ...change,
});
/** A slope from 50 in mid-2026 reaching `valueIn2028` at the end of the target year. */
const trendTo = (valueIn2028: number): Trend => ({
  slope: (valueIn2028 - 50) / 2.5,
  years: [2024, 2025, 2026],
});

describe('target status rules', () => {
  it('is NO_DATA without a current value, whatever the trend', () => {
    expect(assess(standing({ current: null, trend: trendTo(200) }))).toMatchObject({
      status: 'NO_DATA',
      reason: { code: 'NO_VALUE' },
    });
    // A count of nothing registered is no value either, and says so.
    expect(assess(standing({ current: null, nothingRegistered: true }))).toMatchObject({
      status: 'NO_DATA',
      reason: { code: 'NOTHING_REGISTERED', value: null },
    });
    // Before the programme a target counts began, there was nothing of it to count, and it says when.
    expect(
      assess(standing({ current: null, nothingRegistered: true, scopeStart: '2025-03' })),
    ).toMatchObject({
      status: 'NO_DATA',
      reason: { code: 'SCOPE_NOT_BEGUN', value: null, scopeStart: '2025-03' },
    });
    // A rate without a population for its year-end has no value, and says the population is missing.
    const noPopulation = assess(standing({ current: null, noPopulation: true }));
    expect(noPopulation).toMatchObject({
      status: 'NO_DATA',
      reason: { code: 'NO_POPULATION', value: null },
    });
    expect(reasonInEnglish(noPopulation.reason, 'per 10,000 residents')).toMatch(
      /^The registry holds no resident population/,
    );
  });

  it("gives a basic target's share of it, which is the catalog's, and none for an exact one", () => {
    const short = { current: at(50), trend: trendTo(60) };
    const basic = assess(standing({ ...short, qualifier: 'BASICALLY', basicallyPercent: 90 }));
    expect(basic.reason).toMatchObject({ threshold: 90, basicallyPercent: 90, scopeStart: null });
    // In the catalog's unit, as the dashboard writes it: a tolerance of a percentage is of it, not points.
    expect(reasonInEnglish(basic.reason, 'percent')).toMatch(
      /^The 2024–2026 trend projects 60% by 2028, short of 90% by more than 10% of it\. "Basically" \(基本实现\) is taken as 90% of the target, the catalog's convention\.$/,
    );
    const exact = assess(standing(short));
    expect(exact.reason).toMatchObject({ threshold: 100, basicallyPercent: null });
    expect(reasonInEnglish(exact.reason, 'percent')).not.toMatch(/Basically/);
  });

  it('names the years of a trend one by one where years between them were left out, as the dashboard does', () => {
    // A flow's years with nothing registered are not evidence: 2021–2023 are not in its trend.
    const gapped = { slope: 4, years: [2019, 2020, 2024, 2025] };
    const reason = assess(standing({ current: at(50), trend: gapped })).reason;
    expect(reasonInEnglish(reason, 'percent')).toMatch(
      /^The trend of 2019, 2020, 2024 and 2025 projects /,
    );
  });

  it('is ACHIEVED at exactly the target, in or before its year', () => {
    expect(assess(standing({ current: at(100) }))).toMatchObject({
      status: 'ACHIEVED',
      gap: 0,
      requiredAnnualGrowth: 0,
      reason: { code: 'TARGET_REACHED', reachedYear: 2026 },
    });
    const reachedInTime = standing({
      current: at(100, 2030),
      year: 2030,
      history: [at(99, 2027), at(100, 2028), at(100, 2030)],
    });
    expect(assess(reachedInTime)).toMatchObject({
      status: 'ACHIEVED',
      reason: { reachedYear: 2028 },
    });
  });

  it('is ACHIEVED_LATE when the target was first reached after its year', () => {
    const late = standing({
      current: at(100, 2030),
      year: 2030,
      history: [at(99.99, 2028), at(100, 2029), at(100, 2030)],
    });
    expect(assess(late)).toMatchObject({
      status: 'ACHIEVED_LATE',
      reason: { code: 'TARGET_REACHED_LATE', reachedYear: 2029 },
    });
  });

  it('reaches a target only by all that a published figure allows: 近100 falls short of 100, 超100 reaches it', () => {
    // 近100 is [95, 100): short of the target, by up to 5, however the page rounds it.
    const nearly = assess(standing({ current: { ...at(100), atLeast: 95 }, trend: trendTo(120) }));
    expect(nearly).toMatchObject({ status: 'ON_TRACK', gap: 5, requiredAnnualGrowth: 2 });
    expect(nearly.reason.reachedYear).toBeNull();
    // Past its year, a 近 figure of it is a target missed, and no later year's 近 reached it.
    const missed = standing({
      current: { ...at(100, 2030), atLeast: 95 },
      year: 2030,
      yearOver: 2029,
      history: [{ ...at(100, 2028), atLeast: 95 }],
    });
    expect(assess(missed)).toMatchObject({
      status: 'OFF_TRACK',
      reason: { code: 'TARGET_YEAR_PASSED', reachedYear: null },
    });
    // The deprecated English reason says the figure as published, not as the target it missed.
    expect(reasonInEnglish(assess(missed).reason, 'persons', 'NEARLY')).toBe(
      'The target year 2028 has passed with nearly 100\u00a0persons of 100\u00a0persons.',
    );
    expect(reasonInEnglish(assess(missed).reason, 'persons', 'ODD')).toContain(
      'with 100-odd\u00a0persons of 100\u00a0persons.',
    );
    expect(reasonInEnglish(assess(missed).reason, 'persons', 'EXACT')).toContain(
      'with 100\u00a0persons of 100\u00a0persons.',
    );
    // Projected on from all it allows: a flat trend leaves 近100 short of 100, at 95.
    const flat = { slope: 0, years: [2024, 2025, 2026] };
    expect(assess(standing({ current: { ...at(100), atLeast: 95 }, trend: flat }))).toMatchObject({
      status: 'AT_RISK',
      projectedValue: 95,
    });
    // 超100 is (100, 110): above it whatever the true value.
    expect(assess(standing({ current: { ...at(100), atLeast: 100 } }))).toMatchObject({
      status: 'ACHIEVED',
      reason: { code: 'TARGET_REACHED' },
    });
  });

  it('reaches a BASICALLY target at the catalog share of it, not one unit below', () => {
    const basically = (value: number) =>
      assess(standing({ qualifier: 'BASICALLY', basicallyPercent: 90, current: at(value) }));
    expect(basically(90)).toMatchObject({
      status: 'ACHIEVED',
      reason: { code: 'TARGET_BASICALLY_REACHED', threshold: 90 },
    });
    expect(basically(89.99).status).not.toBe('ACHIEVED');
    expect(basically(100).reason.code).toBe('TARGET_REACHED');
  });

  it('projects toward the threshold of a BASICALLY target', () => {
    const projected = standing({
      qualifier: 'BASICALLY',
      basicallyPercent: 90,
      trend: trendTo(90),
    });
    expect(assess(projected)).toMatchObject({ status: 'ON_TRACK', projectedValue: 90 });
  });

  it('projects nothing to the end of a year already over', () => {
    const over = standing({ yearOver: 2028, year: 2029, today: 2029.5, trend: trendTo(200) });
    expect(assess(over)).toMatchObject({ status: 'OFF_TRACK', projectedValue: null });
    expect(assess(over).reason.projectedValue).toBeNull();
  });

  it('is OFF_TRACK once the target year has passed short of the target, even with a good trend', () => {
    expect(
      assess(
        standing({
          current: at(99.99, 2029),
          year: 2029,
          yearOver: 2028,
          today: 2029.5,
          trend: trendTo(150),
        }),
      ),
    ).toMatchObject({
      status: 'OFF_TRACK',
      yearsLeft: -1,
      gap: 0.01,
      // No year is left to grow in: no growth per year is asked for.
      requiredAnnualGrowth: null,
      requiredAnnualGrowthPercent: null,
    });
  });

  it("is due at the end of its year's last day: short of it then, OFF_TRACK with no growth asked", () => {
    // As of 2028-12-31, the day ends at 2029.0: no time is left, though the calendar year is 2028.
    const onTheDay = standing({
      year: 2028,
      yearOver: 2028,
      today: 2029,
      current: { value: 99, at: 2029 },
    });
    expect(assess({ ...onTheDay, trend: trendTo(150) })).toMatchObject({
      status: 'OFF_TRACK',
      yearsLeft: 0,
      requiredAnnualGrowth: null,
      reason: { code: 'TARGET_YEAR_PASSED' },
    });
    expect(assess({ ...onTheDay, current: { value: 100, at: 2029 } })).toMatchObject({
      status: 'ACHIEVED',
      reason: { code: 'TARGET_REACHED', reachedYear: 2028 },
    });
  });

  it('says where a passed target stood at the end of its year, and how far short, as well as now', () => {
    // 100 by 2028, judged in mid-2030: 60 measured at the end of 2028 (a figure of 2028 said 70), 80 now.
    const later = standing({
      year: 2030,
      yearOver: 2029,
      today: 2030.5,
      current: { value: 80, at: 2030.5 },
      history: [
        { year: 2027, value: 50, basis: 'MEASURED' },
        { year: 2028, value: 70, basis: 'PUBLISHED' },
        { year: 2028, value: 60, basis: 'MEASURED' },
      ],
    });
    const judged = assess(later);
    expect(judged).toMatchObject({
      status: 'OFF_TRACK',
      gap: 20,
      reason: { code: 'TARGET_YEAR_PASSED', value: 80, deadlineValue: 60, deadlineGap: 40 },
    });
    // In the target's unit, as the dashboard and the report say it: a percentage's gap in points.
    expect(reasonInEnglish(judged.reason, 'percent')).toBe(
      'The target year 2028 has passed: 60% at its end, 40\u00a0percentage points short of 100%; 80% now.',
    );
    expect(reasonInEnglish(judged.reason, 'yuan')).toBe(
      'The target year 2028 has passed: 60\u00a0yuan at its end, 40\u00a0yuan short of 100\u00a0yuan; 80\u00a0yuan now.',
    );
    // A published point of the year may be of a day within it: not the year's end, so not said.
    const published = assess({
      ...later,
      history: [{ year: 2028, value: 70, atLeast: 65, basis: 'PUBLISHED' }],
    });
    expect(published.reason).toMatchObject({ deadlineValue: null, deadlineGap: null });
    // Judged at the end of its year, the value is that of the deadline: said once.
    const onTheDay = assess({ ...later, today: 2029, current: { value: 60, at: 2029 } });
    expect(onTheDay.reason).toMatchObject({ deadlineValue: null, deadlineGap: null });
    // A year not known: nothing said of it.
    expect(assess({ ...later, history: [] }).reason.deadlineValue).toBeNull();
    // Not yet due: none.
    expect(assess(standing({})).reason.deadlineValue).toBeNull();
  });

  it("reaches a flow's target only by its own year's amount, however much an earlier year did", () => {
    // 2025's whole is 120 cases, of a target of 100 cases in 2028: on course, not achieved.
    const earlier = standing({ flowYear: 2025, current: { value: 120, at: 2026 } });
    expect(assess({ ...earlier, trend: { slope: 0, years: [2024, 2025] } })).toMatchObject({
      status: 'ON_TRACK',
      requiredAnnualGrowth: 0,
      requiredAnnualGrowthPercent: 0,
      reason: { code: 'PROJECTED_TO_REACH', reachedYear: null },
    });
    expect(assess(earlier)).toMatchObject({ status: 'AT_RISK', reason: { code: 'NO_TREND' } });
    // 2028's own whole, once 2028 is over.
    const own = standing({ flowYear: 2028, year: 2029, yearOver: 2028, today: 2029.5 });
    expect(assess({ ...own, current: { value: 100, at: 2029 } })).toMatchObject({
      status: 'ACHIEVED',
      reason: { reachedYear: 2028 },
    });
    expect(assess({ ...own, current: { value: 99, at: 2029 } })).toMatchObject({
      status: 'OFF_TRACK',
      reason: { code: 'TARGET_YEAR_PASSED', reachedYear: null },
    });
  });

  it('still counts the target year itself as time left, a year at least', () => {
    // Half a year left, or a day: the whole gap within the year, never thousands of percent a year.
    for (const today of [2028.5, 2028.999])
      expect(
        assess(
          standing({
            year: 2028,
            yearOver: 2027,
            today,
            current: at(50, 2028),
            trend: { slope: 100, years: [2027, 2028] },
          }),
        ),
      ).toMatchObject({
        status: 'ON_TRACK',
        projectedValue: 100,
        yearsLeft: 0,
        requiredAnnualGrowth: 50,
        requiredAnnualGrowthPercent: 100,
      });
  });

  it('counts the time left from today, however old the value', () => {
    // A value of mid-2023 asked in mid-2026: 2.5 years are left to 2028's end, not 5.5.
    expect(assess(standing({ current: at(25, 2023) }))).toMatchObject({
      requiredAnnualGrowth: 30,
      requiredAnnualGrowthPercent: 74.11,
    });
  });

  it('is AT_RISK with a single year of evidence', () => {
    expect(assess(standing({ trend: null }))).toMatchObject({
      status: 'AT_RISK',
      projectedValue: null,
      reason: { code: 'NO_TREND' },
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

  it('keeps a rate per 10,000 residents to three significant digits, and judges it as it reads', () => {
    // A target of 0.1 by 2030 in mid-2026: 0.0826 now, 0.0013 a year, 0.0885 at the end of 2030.
    const rate = {
      targetValue: 0.1,
      targetYear: 2030,
      current: { value: 0.0826, at: 2026.5 },
      trend: { slope: 0.0013, years: [2021, 2022] },
    };
    const judged = assess(standing(rate));
    expect(judged).toMatchObject({
      status: 'OFF_TRACK',
      projectedValue: 0.0885,
      gap: 0.0174,
      requiredAnnualGrowth: 0.00387,
      reason: { code: 'PROJECTED_SHORT', value: 0.0826, threshold: 0.1 },
    });
    // 0.09 of 0.1 reads 0.01 short, within its 0.01: AT_RISK, as the words say, not OFF_TRACK.
    const atTolerance = assess(
      standing({ ...rate, trend: { slope: 0.0074 / 4.5, years: [2021, 2022] } }),
    );
    expect(atTolerance).toMatchObject({ projectedValue: 0.09, status: 'AT_RISK' });
  });

  it('asks no growth of a target reached once its year has passed: none is asked any more', () => {
    const passed = { year: 2030, yearOver: 2029, today: 2030.5 };
    expect(
      assess(standing({ ...passed, current: at(100, 2030), history: [at(100, 2028)] })),
    ).toMatchObject({
      status: 'ACHIEVED',
      requiredAnnualGrowth: null,
      requiredAnnualGrowthPercent: null,
    });
    const late = standing({ ...passed, current: at(100, 2030), history: [at(100, 2029)] });
    expect(assess(late)).toMatchObject({
      status: 'ACHIEVED_LATE',
      requiredAnnualGrowth: null,
      requiredAnnualGrowthPercent: null,
    });
  });

  it('gives no data no trend years, whatever the trend', () => {
    const none = assess(standing({ current: null, trend: trendTo(200) }));
    expect(none.reason.trendYears).toEqual([]);
  });

  it("states the growth still needed, absolute and compound, over the projection's time", () => {
    // From mid-2026 to the end of 2028: 2.5 years, though 2028 is 2 calendar years away.
    expect(assess(standing({ current: at(25) }))).toMatchObject({
      gap: 75,
      yearsLeft: 2,
      requiredAnnualGrowth: 30,
      requiredAnnualGrowthPercent: 74.11,
    });
  });

  it('asks a target to be reached basically for the growth to its threshold, which achieves it', () => {
    const basically = (change: Partial<Standing>) =>
      assess(standing({ qualifier: 'BASICALLY', ...change }));
    // 90 of 100: 40 more over 2.5 years, not 50; the gap to the target value stays 50.
    expect(basically({})).toMatchObject({ gap: 50, requiredAnnualGrowth: 16 });
    // The trend of that growth reaches the threshold: on track, as the status judges it.
    expect(basically({ trend: trendTo(90) }).status).toBe('ON_TRACK');
    // No step where the status turns: just short of the threshold, a little is still needed.
    expect(basically({ current: at(89.9) }).requiredAnnualGrowth).toBe(0.04);
    expect(basically({ current: at(90) }).requiredAnnualGrowth).toBe(0);
  });

  it('asks for the growth per year that the trend would have to be to reach the target', () => {
    // The slope that reaches exactly 100 is the growth still needed: one rate, two names.
    const reaching = assess(standing({ trend: trendTo(100) }));
    expect(reaching.requiredAnnualGrowth).toBe(trendTo(100).slope);
    expect(reaching.projectedValue).toBe(100);
  });
});

describe('projections never contradict what is known', () => {
  const falling: Trend = { slope: -5, years: [2024, 2025] };
  it('keeps a percentage within 0–100 and never below today', () => {
    expect(project(at(31.12, 2026), falling, 2027, 'PERCENTAGE')).toBe(31.12);
    expect(project(at(90, 2026), { slope: 20, years: [2025, 2026] }, 2027, 'PERCENTAGE')).toBe(100);
  });

  it('keeps a cumulative count at or above today, a count on a day at or above zero', () => {
    expect(project(at(30, 2026), falling, 2027, 'CUMULATIVE')).toBe(30);
    expect(project(at(30, 2026), falling, 2027, 'STOCK')).toBe(22.5);
    expect(project(at(3, 2026), falling, 2028, 'STOCK')).toBe(0);
  });

  it('starts from today and follows the slope to the end of the target year', () => {
    const rising = { slope: 10, years: [2024, 2025, 2026] };
    expect(project(at(31, 2026), rising, 2027, 'PERCENTAGE')).toBe(46);
    expect(project({ value: 31, at: 2027 }, rising, 2027, 'PERCENTAGE')).toBe(41);
  });

  it('projects persons and institutions as whole ones: those the line has reached', () => {
    // 2,999 persons in mid-2024 on a pace of 49.13 a year: 2,999 + 49.13 × 2.5.
    const pace = { slope: 49.13, years: [2023, 2024] };
    expect(project(at(2999, 2024), pace, 2026, 'STOCK')).toBe(3121.83);
    expect(project(at(2999, 2024), pace, 2026, 'STOCK', true)).toBe(3121);
    // Never below what is known: 近15 is at least 14.5, so 15 whole, whatever its line's fraction;
    // a line a hair short of 3,000 by arithmetic's error is on it, one short by 0.004 is not.
    const flat = { slope: 0, years: [2023, 2024] };
    expect(project(at(14.5, 2024), flat, 2026, 'CUMULATIVE', true)).toBe(15);
    expect(project(at(14.5, 2024), { slope: 0.16, years: [2023, 2024] }, 2026, 'STOCK', true)).toBe(
      15,
    );
    expect(project(at(3000 - 1e-12, 2024), flat, 2026, 'STOCK', true)).toBe(3000);
    expect(
      project(at(2999, 2024), { slope: 0.3984, years: [2023, 2024] }, 2026, 'STOCK', true),
    ).toBe(2999);
    // A line that falls is the line: 14.5 falling 1 a year is 12 by the end of 2026.
    expect(project(at(14.5, 2024), { slope: -1, years: [2023, 2024] }, 2026, 'STOCK', true)).toBe(
      12,
    );
    // A line short of 100 by 0.4 has not reached 100 persons, and the status says what the value says.
    const short = standing({ trend: trendTo(99.6), wholeThings: true });
    expect(assess(short)).toMatchObject({ projectedValue: 99, status: 'AT_RISK' });
    expect(assess(standing({ trend: trendTo(99.6) }))).toMatchObject({ projectedValue: 99.6 });
    expect(assess(standing({ trend: trendTo(100), wholeThings: true }))).toMatchObject({
      projectedValue: 100,
      status: 'ON_TRACK',
    });
  });
});

describe("a flow's amounts are given in whole units", () => {
  it('projects, and asks for growth, in whole yuan, where a percentage keeps its decimals', () => {
    const trend = { slope: 1234.567, years: [2024, 2025] };
    const funding = { targetValue: 900_000, current: at(850_001), trend };
    // From mid-2026 to the end of 2028, 2.5 years: 850,001 + 3,086.42, and 49,999 over 2.5 years.
    expect(assess(standing({ ...funding, wholeUnits: true }))).toMatchObject({
      projectedValue: 853_087,
      gap: 49_999,
      requiredAnnualGrowth: 20_000,
    });
    expect(assess(standing(funding))).toMatchObject({
      projectedValue: 853_087.42,
      requiredAnnualGrowth: 19_999.6,
    });
    // A line falling to 49.8 yuan has not kept 50: down to a whole yuan, as whole things are.
    expect(
      project(at(50, 2026), { slope: -0.4, years: [2025, 2026] }, 2026, 'STOCK', false, true),
    ).toBe(49);
  });
});

describe('the trend is fitted on evidence', () => {
  it('leaves out the years after the last change (a flat tail)', () => {
    const series = [at(5, 2019), at(10, 2020), at(12, 2021), at(12, 2022), at(12, 2023)];
    expect(measuredEvidence(series).map((p) => p.year)).toEqual([2019, 2020, 2021]);
  });

  it('keeps a flat tail up to the last year the registry changed a record it counts: evidence of no growth', () => {
    const series = [at(5, 2019), at(8, 2020), at(8, 2021), at(8, 2022), at(8, 2023)];
    expect(measuredEvidence(series, 2022).map((p) => p.year)).toEqual([2019, 2020, 2021, 2022]);
    // A change of some other record of an earlier year leaves the last change of the value.
    expect(measuredEvidence(series, 2019).map((p) => p.year)).toEqual([2019, 2020]);
    // The flat tail lowers the slope it would otherwise leave out.
    expect(trendOf(series, [], 2023)?.slope).toBe(0);
    expect(trendOf(series, [])).toEqual({ slope: 3, years: [2019, 2020] });
  });

  it('keeps a flat stretch between changes: it is evidence of no growth', () => {
    const series = [at(5, 2019), at(5, 2020), at(8, 2021)];
    expect(measuredEvidence(series).map((p) => p.year)).toEqual([2019, 2020, 2021]);
  });

  it('takes the median of the pairwise slopes, so one jump does not make the line', () => {
    // Three years of +1, then a jump of 20 in one year: least squares gives 4.8, Theil–Sen 1.
    const series = [at(10, 2021), at(11, 2022), at(12, 2023), at(13, 2024), at(33, 2025)];
    expect(theilSenSlope(series)).toBe(1);
  });

  it('needs two distinct years', () => {
    expect(theilSenSlope([at(5, 2020)])).toBeNull();
    expect(trendOf([at(5, 2020), at(5, 2021)], [])).toBeNull();
  });

  it('fits measured evidence and published points together, naming the years', () => {
    const trend = trendOf([at(10, 2022), at(14, 2023), at(14, 2024)], [at(6, 2021)]);
    expect(trend).toEqual({ slope: 4, years: [2021, 2022, 2023] });
  });

  it("fits a rate's trend from the census's break on, where its evidence reaches past it", () => {
    // Tianjin's flat count over 1561.83万 (2019) and 1364万 (2024): the rise is the revision.
    const rate = [at(0.32, 2019), at(0.36, 2021), at(0.367, 2024)];
    expect(trendOf(rate, [], null, 2020)?.years).toEqual([2021, 2024]);
    expect(yearsBeforeBreak(rate, [], null, 2020)).toEqual([2019]);
    const tianjin = [at(0.32, 2019), at(0.367, 2024)];
    expect(trendOf(tianjin, [])?.years).toEqual([2019, 2024]);
    expect(trendOf(tianjin, [], null, 2020)).toBeNull();
    expect(yearsBeforeBreak(tianjin, [], null, 2020)).toEqual([2019]);
    // A published rate before the break is on the old basis too.
    expect(trendOf([at(0.367, 2024)], [at(0.32, 2019)], null, 2020)).toBeNull();
    // Evidence all before the break is on one basis, and nothing is left out.
    const before = [at(0.3, 2018), at(0.32, 2019)];
    expect(trendOf(before, [], null, 2020)?.years).toEqual([2018, 2019]);
    expect(yearsBeforeBreak(before, [], null, 2020)).toEqual([]);
    // Left out, the years are said with the status that rests on the trend: none here.
    const none = assess(standing({ trend: null, yearsBeforeCensus: [2019] }));
    expect(none).toMatchObject({
      status: 'AT_RISK',
      projectedValue: null,
      reason: { code: 'NO_TREND', trendYears: [], trendYearsBeforeCensus: [2019] },
    });
    expect(reasonInEnglish(none.reason, 'per 10,000 residents')).toBe(
      "Not reached, and the evidence holds a single year: no trend to project. The rate of 2019 is over a population published before the Seventh National Population Census, on another basis than the later years', so it is left out of the trend.",
    );
    // Nor said where no status rests on it: without a value, there is no trend.
    const noValue = assess(standing({ current: null, yearsBeforeCensus: [2019] }));
    expect(noValue.reason.trendYearsBeforeCensus).toEqual([]);
    // Nor of a target not yet set, which is judged on no trend.
    const notSet = notYetSet(none, { on: '2025', inferred: true });
    expect(notSet.reason).toMatchObject({ trendYears: [], trendYearsBeforeCensus: [] });
  });

  it("rounds a flow's amounts as whole things are judged: a projection down, what is still to make up up", () => {
    // A line at 899,999.5 yuan has not reached 900,000; half a yuan still short is not 0 short.
    const line = project(
      { value: 899_000, at: 2026 },
      { slope: 999.5, years: [2025, 2026] },
      2026,
      'STOCK',
      false,
      true,
    );
    expect(line).toBe(899_999);
    expect(roundIn(0.5, true, 'up')).toBe(1);
    // Less than a yuan short of the target is a yuan still to make up, not 0, which says reached.
    expect(
      assess(standing({ targetValue: 900_000, current: at(899_999.6), wholeUnits: true })),
    ).toMatchObject({ gap: 1 });
    expect(roundIn(0.4, true, 'up')).toBe(1);
    expect(roundIn(3_000 - 1e-12, true, 'down')).toBe(3_000);
    expect(roundIn(-57_916.67, true)).toBe(-57_917);
    // A percentage keeps its decimals whichever way.
    expect(roundIn(31.125, false, 'down')).toBe(31.13);
  });

  it('looks back at most ten years before the latest evidence', () => {
    const trend = trendOf([at(0, 2000), at(100, 2001), at(101, 2015), at(102, 2016)], []);
    expect(trend?.years).toEqual([2015, 2016]);
  });
});
