import { describe, expect, it } from 'vitest';
import { nationalLines, pastDayNote, uncheckedOf } from '../scripts/report/comparison-notes.js';
import { nearestTarget, type ComparisonRow } from '../scripts/report/comparison-row.js';
import { firstYearNotOver } from '../shared/years-over.js';
import { nationalTotal, type RegionMeasure } from '../shared/national-total.js';
import { rateAtBestYear } from '../shared/rate-years.js';

const today = '2026-12-01';
const measured = (
  region: string,
  values: Partial<NonNullable<RegionMeasure['measure']>>,
): RegionMeasure => ({
  region,
  measure: { computable: true, asOf: today, ...values },
});

describe('national totals, as a statistics office adds regions up', () => {
  it('sums counts, weighting the demo share by each count, and says who is left out and why', () => {
    const total = nationalTotal('COUNT', [
      measured('AA', { value: 300, demoShare: 1 }),
      measured('BB', { value: 100, demoShare: 0 }),
      { region: 'CC', measure: null },
      { region: 'DD', measure: { computable: false, reason: 'no records of it' } },
    ]);
    expect(total).toEqual({
      value: 400,
      numerator: null,
      denominator: null,
      demoShare: 0.75,
      // Neither region's measure says what it infers.
      openEnded: null,
      undated: null,
      programmesLeftOut: null,
      asOf: today,
      included: ['AA', 'BB'],
      leftOut: [
        { region: 'CC', reason: '该地区未应答。the region did not answer' },
        { region: 'DD', reason: 'no records of it' },
      ],
      reason: null,
    });
  });

  it("adds up zeros with the demo shares of the records they rest on, each region's alike", () => {
    // Ningxia's demo postings have all ended (0, demo); another region's real ones too (0, real).
    expect(
      nationalTotal('COUNT', [measured('AA', { value: 0, nothingRegistered: false, demoShare: 1 })])
        .demoShare,
    ).toBe(1);
    const both = nationalTotal('COUNT', [
      measured('AA', { value: 0, nothingRegistered: false, demoShare: 1 }),
      measured('BB', { value: 0, nothingRegistered: false, demoShare: 0 }),
    ]);
    expect(both).toMatchObject({ value: 0, demoShare: 0.5 });
    expect(
      nationalTotal('COUNT', [
        measured('AA', { value: 0, nothingRegistered: false, demoShare: null }),
      ]).demoShare,
    ).toBe(null);
  });

  it('takes a ratio as the sum of numerators over the sum of denominators, never an average of percentages', () => {
    const total = nationalTotal('RATIO', [
      measured('AA', { value: 50, numerator: 1, denominator: 2, demoShare: 0.5 }),
      measured('BB', { value: 10, numerator: 10, denominator: 100, demoShare: 1 }),
      measured('CC', { value: null, numerator: 0, denominator: 0, demoShare: null }),
    ]);
    // (1 + 10) / (2 + 100), not (50 + 10) / 2; demo weighted by the denominators: (0.5·2 + 1·100) / 102.
    expect(total.value).toBe((100 * 11) / 102);
    expect(total.demoShare).toBe(101 / 102);
    expect(total.leftOut).toEqual([
      { region: 'CC', reason: '没有可作分母的记录（0/0）。nothing to divide by (0 of 0)' },
    ]);
  });

  it('adds up rates as of one day only over populations of one year: the latest each region published before the day may differ', () => {
    const asOf = '2024-06-30';
    const total = nationalTotal('RATE', [
      measured('AA', { asOf, numerator: 30, denominator: 100_000, populationAsOf: '2023' }),
      measured('BB', { asOf, numerator: 10, denominator: 300_000, populationAsOf: '2023-12-31' }),
      measured('CC', { asOf, numerator: 99, denominator: 1_000, populationAsOf: '2019-12-31' }),
    ]);
    expect(total).toMatchObject({
      value: (40 * 10_000) / 400_000,
      included: ['AA', 'BB'],
      leftOut: [
        {
          region: 'CC',
          reason:
            '分母是 2019 年末的已公布常住人口数，而非 2023 年末的。divides by the published resident population of the end of 2019, not of the end of 2023',
        },
      ],
    });
  });

  it('takes a rate per 10,000 residents over the populations of the regions measured at the same year-end', () => {
    const total = nationalTotal('RATE', [
      measured('AA', { asOf: '2024-12-31', numerator: 30, denominator: 100_000, demoShare: 1 }),
      measured('BB', { asOf: '2024-12-31', numerator: 10, denominator: 300_000, demoShare: 0 }),
      measured('CC', { asOf: '2023-12-31', numerator: 99, denominator: 1_000 }),
      measured('DD', {
        value: null,
        numerator: 5,
        denominator: null,
        reason: 'The registry holds no resident population for this region.',
      }),
    ]);
    expect(total).toMatchObject({
      value: (40 * 10_000) / 400_000,
      numerator: 40,
      denominator: 400_000,
      demoShare: 0.75,
      asOf: '2024-12-31',
      included: ['AA', 'BB'],
      leftOut: [
        { region: 'DD', reason: 'The registry holds no resident population for this region.' },
        {
          region: 'CC',
          reason: '测算截至 2023-12-31，而非 2024-12-31。measured as of 2023-12-31, not 2024-12-31',
        },
      ],
    });
  });

  it('leaves out a count of nothing registered, as the API says it, and a rate of nothing registered', () => {
    const count = nationalTotal('COUNT', [
      measured('AA', { value: 264, demoShare: 1 }),
      measured('XA', { value: 0, demoShare: 0, reason: 'The registry holds no record it counts.' }),
    ]);
    expect(count).toMatchObject({
      value: 264,
      included: ['AA'],
      leftOut: [{ region: 'XA', reason: expect.stringMatching(/^登记库中没有可计的记录/) }],
    });
    const rate = nationalTotal('RATE', [
      measured('AA', { numerator: 30, denominator: 100_000 }),
      measured('BB', { numerator: 0, denominator: 300_000 }),
    ]);
    expect(rate).toMatchObject({ value: 3, included: ['AA'] });
    expect(rate.leftOut[0]!.reason).toMatch(/^登记库中没有可计的记录/);
    // Nothing registered anywhere is not "no region can count it".
    expect(
      nationalTotal('COUNT', [measured('AA', { value: 0 }), measured('BB', { value: 0 })]),
    ).toMatchObject({
      value: null,
      reason: "各地区的登记库中都没有可计的记录。No region's registry holds anything it counts.",
    });
    // A flow of nothing in its period: the registries may hold records of other periods.
    const flow = nationalTotal('COUNT', [
      measured('AA', { value: 0, since: '2026-01-01' }),
      measured('BB', { value: 0, since: '2026-01-01' }),
    ]);
    expect(flow.reason).toBe(
      "各地区登记库在测算时期内均无记录。No region's registry counts anything in the period measured.",
    );
    expect(flow.leftOut[0]!.reason).toBe(
      `登记库中没有测算时期（2026-01-01 至 ${today}）内的记录：0 只反映登记情况，不代表该地区这一时期实际为零。the registry counts nothing in the period measured (2026-01-01 to ${today}): 0 is what is registered, not a finding that the region had none`,
    );
    // A ratio of 0 registered of 20 registered is a finding about what is registered: it stays.
    const ratio = nationalTotal('RATIO', [
      measured('AA', { numerator: 0, denominator: 20 }),
      measured('BB', { numerator: 5, denominator: 20 }),
    ]);
    expect(ratio).toMatchObject({ value: 12.5, included: ['AA', 'BB'] });
  });

  it('adds a count that fell to 0, its records all ended, and a rate over one: a finding, not nothing registered', () => {
    const count = nationalTotal('COUNT', [
      measured('AA', { value: 39, demoShare: 0 }),
      measured('NX', { value: 0, demoShare: 0, nothingRegistered: false }),
      measured('XA', { value: 0, demoShare: 0, nothingRegistered: true }),
    ]);
    expect(count).toMatchObject({ value: 39, included: ['AA', 'NX'] });
    expect(count.leftOut.map((left) => left.region)).toEqual(['XA']);
    const rate = nationalTotal('RATE', [
      measured('AA', { numerator: 30, denominator: 100_000 }),
      measured('NX', { numerator: 0, denominator: 200_000, nothingRegistered: false }),
    ]);
    expect(rate).toMatchObject({ value: 1, included: ['AA', 'NX'], leftOut: [] });
  });

  it('never adds up amounts, and gives no total where no region counts', () => {
    expect(nationalTotal('AMOUNT', [measured('AA', { value: 3000 })])).toMatchObject({
      value: null,
      included: [],
      reason: expect.stringMatching(/does not add up/),
    });
    expect(nationalTotal('COUNT', [{ region: 'AA', measure: null }])).toMatchObject({
      value: null,
      reason: '没有地区能统计该指标。No region can count it.',
    });
  });

  it("prints the total under the report in the reader's language, regions by name, with those left out", () => {
    const total = nationalTotal('RATE', [
      measured('AA', { asOf: '2024-12-31', numerator: 30, denominator: 100_000, demoShare: 1 }),
      measured('DD', {
        numerator: 5,
        denominator: null,
        reason:
          '2024 年末的常住人口数未收录于登记库。The registry holds no resident population for the end of 2024.',
      }),
    ]);
    const names: Record<string, [string, string]> = {
      AA: ['甲地', 'Aland'],
      DD: ['丁地', 'Dland'],
    };
    expect(
      nationalLines(total, 'zh', { regionName: (code) => names[code]![0] }).split('\n'),
    ).toEqual([
      '1 个地区合计（1 个未纳入）：3 (30 / 100,000)，演示数据 100%，截至 2024-12-31',
      '  纳入：甲地（30 / 100,000）',
      '  未纳入：丁地：2024 年末的常住人口数未收录于登记库。',
    ]);
    expect(
      nationalLines(total, 'en', { regionName: (code) => names[code]![1] }).split('\n'),
    ).toEqual([
      'Total of 1 region (1 left out): 3 (30 / 100,000), demo 100%, as of 2024-12-31',
      '  regions added up: Aland (30 / 100,000)',
      '  left out: Dland: The registry holds no resident population for the end of 2024.',
    ]);
    // A registry that no published total checks is named under the total it is added into.
    expect(
      nationalLines(total, 'zh', {
        regionName: (code) => names[code]![0],
        unchecked: ['AA'],
      }).split('\n')[2],
    ).toBe('  其中登记库完整程度未知（未公布总数、无法对照，或仅与演示数据对照）：甲地');
    const everyRegion = nationalTotal('COUNT', [
      measured('AA', { asOf: '2024-12-31', value: 3, demoShare: 0 }),
      measured('BB', { asOf: '2024-12-31', value: 4, demoShare: 0 }),
    ]);
    expect(nationalLines(everyRegion, 'en').split('\n')[0]).toBe(
      'Total of the 2 regions: 7, demo 0%, as of 2024-12-31',
    );
    // With its unit, as the values above it have theirs.
    expect(nationalLines(everyRegion, 'zh', { unit: '人' }).split('\n')[0]).toBe(
      '2 个地区合计：7 人，演示数据 0%，截至 2024-12-31',
    );
    expect(nationalLines(total, 'en', { unit: 'per 10,000 residents' }).split('\n')[0]).toBe(
      'Total of 1 region (1 left out): 3 per 10,000 residents (30 / 100,000), demo 100%, as of 2024-12-31',
    );
    // Programmes counted as not ended only because they give no end: the inference in the total.
    const projects = nationalTotal('COUNT', [
      measured('AA', { asOf: '2024-12-31', value: 3, demoShare: 0, openEndedRecords: 2 }),
      measured('BB', { asOf: '2024-12-31', value: 4, demoShare: 0, openEndedRecords: 1 }),
    ]);
    expect(projects.openEnded).toBe(3);
    expect(nationalLines(projects, 'zh').split('\n')[0]).toBe(
      '2 个地区合计：7，演示数据 0%，其中 3 个未载明结束、按尚未结束计入（推定），截至 2024-12-31',
    );
    expect(nationalTotal('COUNT', [measured('AA', { value: 3 })]).openEnded).toBeNull();
    // Records counted from a day the registry inferred: a start not known, or of certified workers
    // a certificate without its day. A region that says 0 is added; one that says nothing is not.
    const certified = nationalTotal('COUNT', [
      measured('AA', { asOf: '2024-12-31', value: 3, demoShare: 0, undatedRecords: 2 }),
      measured('BB', { asOf: '2024-12-31', value: 4, demoShare: 0, undatedRecords: 0 }),
      measured('CC', { asOf: '2024-12-31', value: 5, demoShare: 0 }),
    ]);
    expect(certified.undated).toBe(2);
    expect(nationalLines(certified, 'zh', { certificates: true }).split('\n')[0]).toBe(
      '3 个地区合计：12，演示数据 0%，其中 2 个开始日期不详或证书未记取得日期、按推定日期计入（推定），截至 2024-12-31',
    );
    expect(nationalLines(certified, 'en').split('\n')[0]).toBe(
      'Total of the 3 regions: 12, demo 0%, of which 2 have no known start and are counted from an inferred day (inferred), as of 2024-12-31',
    );
    // Beside the open-ended programmes, after them.
    const both = nationalTotal('COUNT', [
      measured('AA', { asOf: '2024-12-31', value: 3, openEndedRecords: 2, undatedRecords: 1 }),
    ]);
    expect(nationalLines(both, 'zh').split('\n')[0]).toBe(
      '1 个地区合计：3，演示数据 0%，其中 2 个未载明结束、按尚未结束计入（推定），1 个开始日期不详、按推定日期计入（推定），截至 2024-12-31',
    );
    expect(nationalLines(both, 'en').split('\n')[0]).toBe(
      'Total of the 1 region: 3, demo 0%, of which 2 give no end and are counted as not ended (inferred), 1 has no known start and is counted from an inferred day (inferred), as of 2024-12-31',
    );
    expect(nationalTotal('COUNT', [measured('AA', { value: 3 })]).undated).toBeNull();
    // A flow's programmes left out, their start or end not known: besides the total, not of it.
    // A region whose 0 is of programmes left out (not nothing registered) is added up with them.
    const funding = nationalTotal('COUNT', [
      measured('AA', { asOf: '2024-12-31', value: 300, demoShare: 0, programmesLeftOut: 1 }),
      measured('BB', {
        asOf: '2024-12-31',
        value: 0,
        nothingRegistered: false,
        programmesLeftOut: 2,
      }),
      // Nothing registered at all: no programme to leave out either, as the API answers it.
      measured('CC', { asOf: '2024-12-31', value: 0, nothingRegistered: true }),
    ]);
    expect(funding).toMatchObject({ included: ['AA', 'BB'], programmesLeftOut: 3, undated: null });
    expect(nationalLines(funding, 'zh').split('\n')[0]).toBe(
      '2 个地区合计（1 个未纳入）：300，演示数据 0%，另有 3 个项目起止日期不详、未计入，截至 2024-12-31',
    );
    expect(nationalLines(funding, 'en').split('\n')[0]).toBe(
      'Total of 2 regions (1 left out): 300, demo 0%, besides 3 programmes that give no start or no end and are left out, as of 2024-12-31',
    );
    expect(nationalTotal('COUNT', [measured('AA', { value: 3 })]).programmesLeftOut).toBeNull();
    // A ratio's or a rate's total says none, as it says no open-ended programmes.
    expect(
      nationalTotal('RATIO', [
        measured('AA', { value: 50, numerator: 1, denominator: 2, undatedRecords: 1 }),
      ]).undated,
    ).toBeNull();
    // No total, and why, in each language's own brackets.
    const nothing = nationalTotal('COUNT', [measured('AA', { value: 0 })]);
    expect(nationalLines(nothing, 'en').split('\n')[0]).toBe(
      "No region to total (1 left out): — (No region's registry holds anything it counts.)",
    );
    expect(nationalLines(nothing, 'zh').split('\n')[0]).toBe(
      '无可合计的地区（1 个未纳入）：—（各地区的登记库中都没有可计的记录。）',
    );
  });
});

describe('the registries a total adds up unchecked', () => {
  it('names those no published total checks, or only their demo records do', () => {
    const total = nationalTotal('COUNT', [
      measured('AA', { asOf: '2024-12-31', value: 3, demoShare: 0 }),
      measured('BB', { asOf: '2024-12-31', value: 4, demoShare: 0 }),
      measured('CC', { asOf: '2024-12-31', value: 5, demoShare: 0 }),
      measured('DD', { asOf: '2024-12-31', value: 6, demoShare: 0 }),
    ]);
    const row = (
      region: string,
      checkedPublished: number | null,
      checkedDemoPercent: number | null,
      checkedNotCompared: string | null = null,
    ) => ({ region, checkedPublished, checkedDemoPercent, checkedNotCompared }) as ComparisonRow;
    expect(
      uncheckedOf(total, [
        row('AA', null, null),
        row('BB', 4, 100),
        row('CC', 5, 49),
        row('DD', 6, 0),
      ]),
    ).toEqual(['AA', 'BB']);
    // A published total that could not be compared (a flow since a start its page does not give)
    // checks nothing either.
    expect(
      uncheckedOf(total, [
        row('AA', 3, 0),
        row('BB', 4, 0),
        row('CC', 5, 0),
        row(
          'DD',
          7_000_000,
          null,
          '“投入资金”是一段时期内的累计量，而来源未说明这一时期从何时开始',
        ),
      ]),
    ).toEqual(['DD']);
  });
});

describe('a comparison as of a past day', () => {
  it('shows the nearest target not yet due in the year judged, else the one due last', () => {
    const targets = [{ targetYear: 2027 }, { targetYear: 2025 }, { targetYear: 2030 }];
    expect(nearestTarget(targets, 2026)).toEqual({ targetYear: 2027 });
    expect(nearestTarget(targets, 2025)).toEqual({ targetYear: 2025 });
    expect(nearestTarget(targets, 2031)).toEqual({ targetYear: 2030 });
    expect(nearestTarget([], 2026)).toBeUndefined();
    // The year it is chosen in: as of a year's last day, that year is over and its target due.
    const today = '2026-12-04';
    expect(firstYearNotOver(null, today)).toBe(2026);
    expect(firstYearNotOver('2026', today)).toBe(2026);
    expect(firstYearNotOver('2025-06-30', today)).toBe(2025);
    for (const asOf of ['2025', '2025-12', '2025-12-31'])
      expect(firstYearNotOver(asOf, today), asOf).toBe(2026);
  });

  it('says what of a past day is of that day and what is not, in both languages, and nothing as of today', () => {
    expect(pastDayNote('2024-12-31', 'zh', '2026-12-04')).toBe(
      '测算值和最新公开数据截至 2024-12-31，目标按该日所知判定（流量目标按截至该日最近一个已结束的完整年度的量，目标年份已过的按目标年份，登记库测算的目标年份截至该日已达目标的即为实现）；登记库与公布总数的对照按各地区最新的公布总数在其自身日期对照，不是截至 2024-12-31 的。',
    );
    expect(pastDayNote('2024-12-31', 'en', '2026-12-04')).toBe(
      "Measures and latest published figures are as of 2024-12-31, and the targets are judged as things stood then (a flow's on the last year wholly over by then, its own year once that is over, or its own year so far where the registry counts it reached); the registry check is against each region's latest published total, on that total's own date, not as of 2024-12-31.",
    );
    expect(pastDayNote('2026-12-04', 'zh', '2026-12-04')).toBeNull();
    expect(pastDayNote('2026', 'zh', '2026-12-04')).toBeNull();
    expect(pastDayNote('2026-11', 'en', '2026-12-04')).not.toBeNull();
    expect(pastDayNote(null, 'en', '2026-12-04')).toBeNull();
  });
});

describe('a rate of today added up', () => {
  const year = (y: number, numerator: number | null, denominator: number | null) => ({
    year: y,
    numerator,
    denominator,
    demoShare: 0,
    populationAsOf: denominator == null ? null : `${y}-12-31`,
  });
  const latest = (value: number | null, reason: string | null = null) => ({
    computable: true,
    value,
    reason,
  });

  it('is over the year-end most regions have a population for, the later of two as many', () => {
    const regions = rateAtBestYear([
      { region: 'AA', measure: latest(2), years: [year(2023, 10, 50_000), year(2024, 12, 60_000)] },
      { region: 'BB', measure: latest(3), years: [year(2023, 20, 80_000), year(2024, 24, 80_000)] },
      { region: 'CC', measure: latest(1), years: [year(2023, 30, 300_000), year(2024, 31, null)] },
      { region: 'DD', measure: latest(4), years: [year(2022, 5, 10_000), year(2023, 6, null)] },
      { region: 'EE', measure: latest(null, 'no population at all'), years: [year(2023, 7, null)] },
    ]);
    const total = nationalTotal('RATE', regions);
    expect(total).toMatchObject({
      asOf: '2023-12-31',
      included: ['AA', 'BB', 'CC'],
      numerator: 60,
      denominator: 430_000,
      value: (10_000 * 60) / 430_000,
    });
    expect(total.leftOut).toEqual([
      {
        region: 'DD',
        reason:
          '2023 年末的常住人口数未收录于登记库。The registry holds no resident population for the end of 2023.',
      },
      { region: 'EE', reason: 'no population at all' },
    ]);
    // A count of 0 over a population is nothing registered: it does not vote for its year.
    const zero = rateAtBestYear([
      { region: 'AA', measure: latest(2), years: [year(2023, 1, 10), year(2024, 0, 10)] },
      { region: 'BB', measure: latest(2), years: [year(2023, 1, 10), year(2024, 1, 10)] },
      { region: 'CC', measure: latest(2), years: [year(2023, 1, 10), year(2024, 0, 10)] },
    ]);
    expect(nationalTotal('RATE', zero)).toMatchObject({
      asOf: '2023-12-31',
      included: ['AA', 'BB', 'CC'],
    });
    // Two years with as many regions: the later.
    expect(
      rateAtBestYear([
        { region: 'AA', measure: latest(2), years: [year(2023, 1, 10), year(2024, 1, 10)] },
      ])[0]!.measure,
    ).toMatchObject({ asOf: '2024-12-31' });
  });
});
