import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { chinaDay, chinaYear } from '../shared/china-day.js';
import { roundedNumber } from '../shared/rounded-number.js';
import { readable } from '../shared/value-words.js';
import { reasonText } from '../gateway/dashboard/src/reason-words.js';
import { fetchComparison } from '../scripts/report/comparison.js';
import { toCsv } from '../scripts/report/comparison-formats.js';
import { bearer, graphql, useStack } from './harness.js';

/**
 * Every number a target's progress shows agrees with its status and with its definition in the
 * SDL: a rate's trend, projection, gap and history keep the digits that tell them apart (not
 * hundredths: 0.0879 is no 0.09), a rate's progress says which count and which population it
 * divides, a progress without a trend gives none, and a flow's year without amounts is said as
 * such, not as a registry holding nothing. Each is set or asked through the gateway.
 */
const federation = useStack({ ownDatabases: 'progress_numbers' });

const RATE = 'CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS';
const GX_PLAN = 'gx-guangxi-medical-institution-social-work-plan';

async function setGuangxiTarget(indicator: string, targetValue: number, targetYear: number) {
  const response = await graphql(
    federation.stack.gatewayUrl,
    `
      mutation ($input: TargetInput!) {
        guangxi {
          setTarget(input: $input) {
            id
          }
        }
      }
    `,
    {
      input: {
        indicator,
        targetValue,
        targetYear,
        description: `测试目标：${indicator} ${targetValue}（${targetYear}）`,
        quote: `到${targetYear}年达到${targetValue}。`,
        source: { id: GX_PLAN },
      },
    },
    await bearer({ role: 'editor', region: 'GX', subject: 'editor-GX' }),
  );
  expect(response.errors).toBeUndefined();
  return response.data.guangxi.setTarget.id as string;
}

const progressFields = `value asOf gap trendPerYear projectedValue status yearsLeft
  requiredAnnualGrowth requiredAnnualGrowthPercent statusReason denominatorFigure { asOf value }
  history { year value basis evidence }
  reason { code value targetValue targetYear threshold projectedValue tolerancePercent reachedYear
    trendYears deadlineValue deadlineGap basicallyPercent scopeStart flowYear targetSetOn
    targetSetOnInferred }`;

async function guangxiProgress(id: string, asOf?: string) {
  const { guangxi } = await federation.query(
    `{ guangxi { targets { id progress${asOf ? `(asOf: "${asOf}")` : ''} { ${progressFields} } } } }`,
  );
  return guangxi.targets.find((t: { id: string }) => t.id === id).progress;
}

describe("a target's progress", () => {
  it('keeps the digits of a rate, so that its trend, projection, gap and history agree with its status', async () => {
    const id = await setGuangxiTarget(RATE, 0.1, 2030);
    const progress = await guangxiProgress(id);
    const today = chinaDay();
    // The rate's year-ends and today's, unrounded, as `measure` gives them.
    const { guangxi } = await federation.query(
      `{ guangxi { measure(indicator: "${RATE}", by: [YEAR], asOf: "${today}") { value breakdown { keys { value } value } } } }`,
    );
    const cells = new Map<number, number>(
      guangxi.measure.breakdown
        .filter((cell: { value: number | null }) => cell.value != null)
        .map((cell: { keys: { value: string }[]; value: number }) => [
          Number(cell.keys[0]!.value),
          cell.value,
        ]),
    );
    expect(progress.value).toBeCloseTo(guangxi.measure.value, 12);
    expect(progress.history.map((p: { year: number; value: number }) => [p.year, p.value])).toEqual(
      [...cells].map(([year, value]) => [year, roundedNumber(value)]),
    );
    // Two year-ends with a population (2021, 2022): the slope between them, a few thousandths.
    expect(progress.reason.trendYears).toEqual([2021, 2022]);
    const slope = cells.get(2022)! - cells.get(2021)!;
    expect(Math.abs(slope)).toBeGreaterThan(0.0005);
    expect(progress.trendPerYear).toBe(roundedNumber(slope));
    // Carried from today to the end of 2030: between 2030 − this year and one more year of it.
    const thisYear = chinaYear();
    const [low, high] = [2030 - thisYear, 2031 - thisYear]
      .map((years) => progress.value + slope * years)
      .sort((a, b) => a - b);
    expect(progress.projectedValue).toBeGreaterThanOrEqual(roundedNumber(low!));
    expect(progress.projectedValue).toBeLessThanOrEqual(roundedNumber(high!));
    expect(progress.gap).toBe(roundedNumber(0.1 - progress.value));
    expect(progress.reason.value).toBe(roundedNumber(progress.value));
    // The status is what the numbers shown say: short by more than 10% of 0.1, or not.
    const short = roundedNumber(0.1 - progress.projectedValue);
    expect(progress.status).toBe(short > 0.01 ? 'OFF_TRACK' : 'AT_RISK');
    // And so do the words the report and the dashboard print: never 低 0.01 beside 超过…（0.01）.
    const words = reasonText(progress.reason, 'per 10,000 residents', 'zh');
    const unit = '\u00a0每万常住人口';
    expect(words).toContain(`仅达 ${readable(progress.projectedValue)}${unit}`);
    expect(words).toContain(`低 ${readable(short)}${unit}`);
    expect(words).not.toContain(`低 0.01${unit}，差距超过`);
  });

  it("of a rate says its count's day and its population's year, in the API, the report and its words", async () => {
    const id = await setGuangxiTarget(RATE, 0.2, 2031);
    const today = chinaDay();
    const progress = await guangxiProgress(id);
    // As `measure` of the day says it: the count of today over the latest year-end population before it.
    const { guangxi } = await federation.query(
      `{ guangxi { measure(indicator: "${RATE}", asOf: "${today}") { asOf denominator denominatorFigure { asOf value } } } }`,
    );
    expect(guangxi.measure.denominatorFigure.asOf.slice(0, 4)).toBe('2022');
    expect(progress.asOf).toBe(today);
    expect(progress.denominatorFigure).toEqual(guangxi.measure.denominatorFigure);
    expect(progress.statusReason).toContain(
      `The value is the registry's count of ${today} over the resident population at the end of 2022.`,
    );
    // As of a year-end, that year-end's population.
    const asOf2021 = await guangxiProgress(id, '2021');
    expect(asOf2021.asOf).toBe('2021-12-31');
    expect(asOf2021.denominatorFigure.asOf.slice(0, 4)).toBe('2021');
    // The report's row says it, in its status note and its own column.
    const comparison = await fetchComparison(federation.stack.gatewayUrl, RATE, 'zh');
    const rows = parse(toCsv(comparison, 'zh'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const row = rows.find((r) => r['地区代码'] === 'GX')!;
    expect(row['进展值分母常住人口的日期']).toBe(guangxi.measure.denominatorFigure.asOf);
    expect(row['状态依据']).toContain(`当前进展值为${today} 的登记计数 ÷ 2022 年末常住人口。`);
  });

  it('gives no growth once the target year has passed, no trend where none is judged on, and no history point where it has no value', async () => {
    // GX's 2027 coverage as of 2023, before its plan: NOT_SET, with no trend and no evidence.
    const { guangxi } = await federation.query(
      `{ guangxi { targets(indicator: "SECONDARY_PLUS_MSW_COVERAGE") { progress(asOf: "2023-12-31") { ${progressFields} } } } }`,
    );
    const notSet = guangxi.targets[0].progress;
    expect(notSet).toMatchObject({
      status: 'NOT_SET',
      trendPerYear: null,
      reason: { trendYears: [] },
    });
    expect(notSet.value).not.toBeNull();
    expect(notSet.history.filter((p: { evidence: boolean }) => p.evidence)).toEqual([]);
    // A target reached after its year, judged later: no growth asked, as the SDL says.
    const lateId = await setGuangxiTarget('SECONDARY_PLUS_MSW_COVERAGE', 30, 2023);
    const late = await guangxiProgress(lateId);
    expect(late).toMatchObject({ status: 'ACHIEVED_LATE', requiredAnnualGrowth: null });
    expect(late.requiredAnnualGrowthPercent).toBeNull();
    expect(late.yearsLeft).toBeLessThan(0);
    // Beijing's coverage of 2025, passed and short, with ten years of evidence: judged on its value
    // then and now, it rests on no trend, and no history point is evidence.
    const { beijing } = await federation.query(
      `{ beijing { targets(indicator: "MEDICAL_MSW_COVERAGE") { progress { ${progressFields} } } } }`,
    );
    const passed = beijing.targets[0].progress;
    expect(passed).toMatchObject({
      status: 'OFF_TRACK',
      trendPerYear: null,
      projectedValue: null,
      reason: { code: 'TARGET_YEAR_PASSED', trendYears: [] },
    });
    expect(
      passed.history.filter((p: { basis: string }) => p.basis === 'MEASURED').length,
    ).toBeGreaterThan(1);
    expect(passed.history.filter((p: { evidence: boolean }) => p.evidence)).toEqual([]);
    expect(late).toMatchObject({ trendPerYear: null, reason: { trendYears: [] } });
    // Ningxia's cohort before its first posting was registered: no value, and no point of 0.
    const { ningxia } = await federation.query(
      `{ ningxia { targets(indicator: "DISPATCHED_WORKERS") { scope { program { id } }
        early: progress(asOf: "2025-06-30") { value status history { year value basis } }
        now: progress { value history { year value basis } } } } }`,
    );
    const cohort = ningxia.targets.find((t: { scope: unknown }) => t.scope);
    expect(cohort.early).toMatchObject({ value: null, status: 'NOT_SET' });
    expect(cohort.early.history.filter((p: { basis: string }) => p.basis === 'MEASURED')).toEqual(
      [],
    );
    // Once it has placed some, its history holds them.
    expect(cohort.now.value).toBeGreaterThan(0);
    expect(cohort.now.history.some((p: { basis: string; value: number }) => p.value > 0)).toBe(
      true,
    );
  });

  it('of a flow whose year judged holds no amount says so, not that the registry holds nothing, and gives no trend', async () => {
    await setGuangxiTarget('FUNDING_YUAN', 1_000_000, 2024);
    await setGuangxiTarget('FUNDING_YUAN', 1_000_000, 2027);
    const { guangxi } = await federation.query(
      `{ guangxi { measure(indicator: "FUNDING_YUAN", asOf: "2024-03-31", by: [YEAR]) { value breakdown { keys { value } value } }
        targets(indicator: "FUNDING_YUAN") { targetYear progress(asOf: "2024-03-31") { ${progressFields} } } } }`,
    );
    // The registry holds amounts: this year so far, and earlier years; none in 2023.
    expect(guangxi.measure.value).toBeGreaterThan(0);
    const amounts = guangxi.measure.breakdown.map(
      (c: { keys: { value: string }[]; value: number }) => [Number(c.keys[0]!.value), c.value],
    );
    expect(amounts).toContainEqual([2023, 0]);
    expect(amounts.some(([year, value]: number[]) => year! < 2023 && value! > 0)).toBe(true);
    expect(guangxi.targets).toHaveLength(2);
    for (const { progress } of guangxi.targets) {
      expect(progress).toMatchObject({
        value: null,
        status: 'NO_DATA',
        trendPerYear: null,
        reason: { code: 'NOTHING_REGISTERED_IN_YEAR', flowYear: 2023, trendYears: [] },
      });
      const zh = reasonText(progress.reason, 'yuan', 'zh');
      expect(zh).toContain('登记库中 2023 年内没有目标所计的量（其他年份有登记）');
      expect(zh).not.toContain('登记库中尚无');
      expect(progress.statusReason).toContain('within 2023');
      expect(progress.statusReason).not.toContain(
        'The registry holds none of what the target counts',
      );
      // Nor is its 0 a point of the history: the years with amounts are, and only they.
      const measured = progress.history
        .filter((p: { basis: string }) => p.basis === 'MEASURED')
        .map((p: { year: number; value: number }) => [p.year, p.value]);
      expect(measured).toEqual(
        amounts.filter(([year, value]: number[]) => year! < 2024 && value !== 0),
      );
      expect(measured.length).toBeGreaterThan(0);
    }
  });

  it('of a flow gives its trend, projection, gap and growth in whole yuan, as its measure gives amounts', async () => {
    const response = await graphql(
      federation.stack.gatewayUrl,
      `mutation ($input: TargetInput!) { tianjin { setTarget(input: $input) { progress { ${progressFields} } } } }`,
      {
        input: {
          indicator: 'FUNDING_YUAN',
          targetValue: 900_000,
          targetYear: 2027,
          description: '测试目标：FUNDING_YUAN 900000（2027）',
          quote: '到2027年达到900000。',
          source: { id: 'tj-statistical-communique-2024' },
        },
      },
      await bearer({ role: 'editor', region: 'TJ', subject: 'editor-TJ' }),
    );
    expect(response.errors).toBeUndefined();
    const progress = response.data.tianjin.setTarget.progress;
    // The slope of the years fitted, which falls between whole yuan (-57,916.67 a year).
    const evidence = progress.history.filter((p: { evidence: boolean }) => p.evidence);
    expect(evidence.map((p: { year: number }) => p.year)).toEqual(progress.reason.trendYears);
    const slopes = evidence.flatMap((a: { year: number; value: number }, i: number) =>
      evidence
        .slice(i + 1)
        .filter((b: { year: number }) => b.year !== a.year)
        .map((b: { year: number; value: number }) => (b.value - a.value) / (b.year - a.year)),
    );
    const sorted = slopes.sort((x: number, y: number) => x - y);
    const middle = Math.floor(sorted.length / 2);
    const slope = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    expect(Number.isInteger(slope)).toBe(false);
    expect(progress.trendPerYear).toBe(Math.round(slope));
    // Carried from the end of the last whole year to the end of 2027, down to a whole yuan: the
    // yuan a line has not reached are not projected.
    const from = Number(progress.asOf.slice(0, 4)) + 1;
    expect(progress.projectedValue).toBe(
      Math.floor(Math.max(progress.value + slope * (2028 - from), 0)),
    );
    for (const field of ['projectedValue', 'gap', 'requiredAnnualGrowth', 'trendPerYear']) {
      expect(Number.isInteger(progress[field]), field).toBe(true);
    }
    expect(progress.reason.projectedValue).toBe(progress.projectedValue);
    // The words say the whole yuan, with no hundredths.
    expect(reasonText(progress.reason, 'yuan', 'zh')).not.toMatch(/\d\.\d{2}\u00a0元/);
  });
});
