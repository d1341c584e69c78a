import { describe, expect, it } from 'vitest';
import { readPublishedData } from '../subgraphs/registry/src/seed/published-data.js';
import { regions } from '../subgraphs/regions.js';
import { graphql, useStack } from './harness.js';

const federation = useStack();

const comparison = `{ registries { code name
  targets { id indicator { code } targetYear targetValue progress { value basis status } }
  measure(indicator: "MSW_INSTITUTIONS", by: [INSTITUTION_KIND]) { value breakdown { keys { value } value } } } }`;

/** That the API refuses the date `field` of `query` with a message holding `words`. */
async function expectDateRefused(query: string, words: string, field = 'asOf') {
  const answer = await graphql(federation.stack.gatewayUrl, query);
  expect(answer.errors?.[0]).toMatchObject({
    message: expect.stringContaining(words),
    extensions: { code: 'BAD_USER_INPUT', field },
  });
}

describe('national comparison through the gateway', () => {
  it('answers targets with progress and a measure for every region in one query', async () => {
    const { registries } = await federation.query(comparison);
    expect(registries.map((r: { code: string }) => r.code).sort()).toEqual(
      regions.map((r) => r.code).sort(),
    );
    for (const region of regions) {
      const registry = registries.find((r: { code: string }) => r.code === region.code);
      const targets = readPublishedData(region.slug).targets;
      expect(registry.targets.map((t: { id: string }) => t.id).sort()).toEqual(
        targets.map((t) => t.id).sort(),
      );
      for (const target of registry.targets) {
        expect(['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA']).toContain(
          target.progress.status,
        );
      }
      // The measure through the gateway is the one the region's own subgraph gives.
      const direct = await federation.query(
        `{ ${region.slug} { measure(indicator: "MSW_INSTITUTIONS") { value } } }`,
      );
      expect(registry.measure.value).toBe(direct[region.slug].measure.value);
    }
  });

  it('says where a passed target stood when due, beside where it stands now', async () => {
    const { beijing } =
      await federation.query(`{ beijing { targets(indicator: "MEDICAL_MSW_COVERAGE") {
      targetValue targetYear progress { value gap status reason { code deadlineValue deadlineGap }
        history { year value basis } } } } }`);
    const [target] = beijing.targets;
    expect(target).toMatchObject({ targetYear: 2025, progress: { status: 'OFF_TRACK' } });
    const due = target.progress.history.find(
      (point: { year: number; basis: string }) => point.year === 2025 && point.basis === 'MEASURED',
    );
    const rounded = (value: number) => Math.round(value * 100) / 100;
    expect(target.progress.reason).toEqual({
      code: 'TARGET_YEAR_PASSED',
      deadlineValue: rounded(due.value),
      deadlineGap: rounded(target.targetValue - due.value),
    });
  });

  it('gives the latest published figure known on a past day', async () => {
    const { xiongan, sichuan } = await federation.query(`{
      xiongan {
        now: latestFigure(indicator: "CERTIFIED_SOCIAL_WORKERS") { value asOf }
        onTheDay: latestFigure(indicator: "CERTIFIED_SOCIAL_WORKERS", asOf: "2023-10-24") { value }
        dayBefore: latestFigure(indicator: "CERTIFIED_SOCIAL_WORKERS", asOf: "2023-10-23") { value }
      }
      sichuan {
        now: latestFigure(indicator: "CERTIFIED_SOCIAL_WORKERS") { value asOf }
        in2022: latestFigure(indicator: "CERTIFIED_SOCIAL_WORKERS", asOf: "2022") { value }
        dayAfter: latestFigure(indicator: "CERTIFIED_SOCIAL_WORKERS", asOf: "2025-07-20") { value asOf }
        dayBefore: latestFigure(indicator: "CERTIFIED_SOCIAL_WORKERS", asOf: "2025-07-18") { value }
      }
    }`);
    // Xiong'an's 550 is dated 2023-10-24: known that day, not the day before.
    expect(xiongan).toEqual({
      now: { value: 550, asOf: '2023-10-24' },
      onTheDay: { value: 550 },
      dayBefore: null,
    });
    // Sichuan's 8.82万 is 目前 on a page printed on or after 2025-07-19, dated that day: known from
    // then (a year, read as its last day, hid it until 2025-12-31), not beside a measure of 2022.
    expect(sichuan).toEqual({
      now: { value: 88200, asOf: '2025-07-19' },
      in2022: null,
      dayAfter: { value: 88200, asOf: '2025-07-19' },
      dayBefore: null,
    });
    await expectDateRefused(
      '{ sichuan { latestFigure(indicator: "CERTIFIED_SOCIAL_WORKERS", asOf: "去年") { value } } }',
      '"去年" 不是日期',
    );
  });

  it("checks each region's registry against its latest published total, a rate by its count, and says where none was published", async () => {
    const { registries } = await federation.query(`{ registries { code
      rate: measure(indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS", asOf: "2023") {
        checkedAgainst { figure { id indicator { code } asOf } published measured measuredAsOf }
      }
      count: measure(indicator: "CERTIFIED_SOCIAL_WORKERS") {
        checkedAgainst { figure { id } published measured }
      }
      latestFigure(indicator: "CERTIFIED_SOCIAL_WORKERS") { id } } }`);
    const byCode = new Map(registries.map((r: { code: string }) => [r.code, r]));
    for (const registry of registries) {
      // A rate is checked by its count, whatever asOf it is asked for: the same check.
      expect(registry.rate.checkedAgainst).toEqual(
        registry.count.checkedAgainst &&
          expect.objectContaining({ ...registry.count.checkedAgainst, figure: expect.anything() }),
      );
      // Checked exactly where the region published a total of certified workers.
      expect(registry.count.checkedAgainst?.figure.id ?? null).toBe(
        registry.latestFigure?.id ?? null,
      );
    }
    // Sichuan published 8.82万 certified workers; its registry measured on that figure's date.
    const sichuan = byCode.get('SC') as {
      rate: { checkedAgainst: Record<string, unknown> };
    };
    expect(sichuan.rate.checkedAgainst).toMatchObject({
      figure: {
        id: 'sc-certified-social-workers',
        indicator: { code: 'CERTIFIED_SOCIAL_WORKERS' },
      },
      published: 88_200,
    });
    const { sichuan: direct } = await federation.query(
      `{ sichuan { measure(indicator: "CERTIFIED_SOCIAL_WORKERS", asOf: "${sichuan.rate.checkedAgainst.measuredAsOf}") { value } } }`,
    );
    expect(sichuan.rate.checkedAgainst.measured).toBe(direct.measure.value);
    // Beijing published none: nothing says how complete its registry of them is.
    expect((byCode.get('BJ') as { count: unknown }).count).toEqual({ checkedAgainst: null });
  });
});

/**
 * The demo registries were planned to agree with the published totals where the documents give
 * them; the data-quality check of each region compares the two. Of the programme figures, Beijing's
 * projects by kind and its demonstration projects' 4000余 cases, and Ningxia's since-2013 totals
 * (its 超9000 beneficiaries too) are planned into the demo; other funding and beneficiaries are not.
 */
describe('demo registry against the published totals', () => {
  const plannedTotals: Record<string, Record<string, number>> = {
    beijing: {
      MSW_INSTITUTIONS: 101,
      MSW_TERTIARY_INSTITUTIONS: 54,
      MEDICAL_SOCIAL_WORKERS: 306,
      MEDICAL_SOCIAL_WORKERS_TERTIARY: 194,
    },
    sichuan: { SOCIAL_WORK_PRACTITIONERS: 131200, CERTIFIED_SOCIAL_WORKERS: 88200 },
    xiongan: {
      SOCIAL_WORK_AGENCIES: 24,
      SOCIAL_WORK_STATIONS: 35,
      CERTIFIED_SOCIAL_WORKERS: 550,
      COUNTY_SW_GUIDANCE_CENTRES: 1,
    },
  };

  /**
   * Where the registry knew less on a figure's date than the document counted: Beijing's four
   * named hospitals with social work posts, whose start no document gives, count from the page of
   * 2023-10-24 that names them (and reprints the 101), so the registry of 2023-09-01 holds 97 of
   * the 101 of that day, and all 101 from the day the page names them.
   */
  const knownLater: Record<
    string,
    [code: string, day: string, measured: number, reachedOn: string][]
  > = {
    beijing: [['MSW_INSTITUTIONS', '2023-09-01', 97, '2023-10-24']],
  };

  it.each(Object.entries(plannedTotals))(
    '%s measures exactly what was published',
    async (slug, totals) => {
      const result = await federation.query(`{ ${slug} { dataQuality(tolerancePercent: 0) {
      indicator { code } figure { breakdown { value } } published measured measuredAsOf flagged } } }`);
      const whole = (
        result[slug].dataQuality as {
          indicator: { code: string };
          figure: { breakdown: unknown };
          measured: number;
          measuredAsOf: string;
          flagged: boolean;
        }[]
      ).filter((check) => check.figure.breakdown === null && check.indicator.code in totals);
      const later = knownLater[slug] ?? [];
      const flagged = whole.filter((check) => check.flagged);
      expect(
        flagged.map((check) => [check.indicator.code, check.measuredAsOf, check.measured]),
      ).toEqual(later.map(([code, day, measured]) => [code, day, measured]));
      expect(
        Object.fromEntries(
          whole
            .filter((check) => !check.flagged)
            .map((check) => [check.indicator.code, check.measured]),
        ),
      ).toEqual(
        Object.fromEntries(
          Object.entries(totals).filter(([code]) => !later.some(([known]) => known === code)),
        ),
      );
      for (const [code, , , reachedOn] of later) {
        const reached = await federation.query(
          `{ ${slug} { measure(indicator: "${code}", asOf: "${reachedOn}") { value } } }`,
        );
        expect(reached[slug].measure.value).toBe(totals[code]);
      }
    },
  );

  /** Cumulative figures the demo was planned on: the flow from the start of each one's period to its date. */
  const plannedFlows: Record<string, Record<string, number>> = {
    ningxia: {
      DISPATCHED_WORKERS: 465,
      COUNTIES_COVERED: 21,
      SOCIAL_WORK_PROJECTS: 60,
      FUNDING_YUAN: 9_300_000,
    },
    xiongan: { SOCIAL_WORK_PROJECTS: 16 },
  };

  it.each(Object.entries(plannedFlows))(
    '%s measures the published cumulative figures since their periods began',
    async (slug, totals) => {
      const result = await federation.query(`{ ${slug} { dataQuality(tolerancePercent: 0) {
      indicator { code } figure { periodStart qualifier } measuredSince measured flagged } } }`);
      const flows = (
        result[slug].dataQuality as {
          indicator: { code: string };
          figure: { periodStart: string | null; qualifier: string };
          measuredSince: string | null;
          measured: number;
          flagged: boolean;
        }[]
      ).filter((check) => check.figure.periodStart != null && check.figure.qualifier === 'EXACT');
      expect(
        Object.fromEntries(flows.map((check) => [check.indicator.code, check.measured])),
      ).toEqual(totals);
      for (const check of flows)
        expect(check).toMatchObject({
          measuredSince: expect.stringMatching(new RegExp(`^${check.figure.periodStart}`)),
          flagged: false,
        });
    },
  );

  /** Baselines the demo's dates were planned on: the measure as of the baseline's year reproduces each. */
  const plannedBaselines: [slug: string, figure: string][] = [
    ['beijing', 'bj-msw-tertiary-institutions-54'],
    ['beijing', 'bj-medical-social-workers-tertiary-194'],
    ['sichuan', 'sc-certified-social-workers'],
  ];

  it.each(plannedBaselines)(
    '%s: the measure as of the baseline year of %s agrees with it within 5 percent, and grows to the figure within its own year, not before',
    async (slug, id) => {
      const { [slug]: registry } = await federation.query(
        `{ ${slug} { figures { id value asOf indicator { code } baseline { value year } } } }`,
      );
      const figure = registry.figures.find((f: { id: string }) => f.id === id);
      const measureAsOf = async (day: string) =>
        (
          await federation.query(
            `{ ${slug} { measure(indicator: "${figure.indicator.code}", asOf: "${day}") { value asOf } } }`,
          )
        )[slug].measure;
      const baseline = await measureAsOf(String(figure.baseline.year));
      expect(baseline.asOf).toBe(`${figure.baseline.year}-12-31`);
      expect(Math.abs(baseline.value - figure.baseline.value)).toBeLessThanOrEqual(
        figure.baseline.value * 0.05,
      );
      // A figure that grew over years reached its value in its own year: at the end of the year
      // before, the registry was below it (a demo reaching Sichuan's 88,200 of 2025 in 2024 would
      // contradict the page's 近 3年增长).
      const yearBefore = Number(figure.asOf.slice(0, 4)) - 1;
      expect((await measureAsOf(String(yearBefore))).value).toBeLessThan(figure.value);
    },
  );

  it("measures Ningxia's 2025 cohort targets, 30 workers in 10 counties, against the 2025 programme's own postings, which are demo", async () => {
    const { ningxia } = await federation.query(
      `{ ningxia { targets { id scope { program { id name periodStart year } } progress { value status demoShare restsMostlyOnDemo since } } } }`,
    );
    const byId = Object.fromEntries(ningxia.targets.map((t: { id: string }) => [t.id, t]));
    // The document says the cohort will be sent (今年将选派): the demo is not planned to reach the plan.
    for (const [id, value] of [
      ['nx-three-areas-2025-dispatched-workers', 26],
      ['nx-three-areas-2025-counties', 8],
    ] as const) {
      const { program } = byId[id].scope;
      expect(program.name).toMatch(/^2025年宁夏/);
      // Everyone the cohort placed, since the programme began, as the programme gives it: not
      // those in post today.
      const start = program.periodStart ?? String(program.year);
      expect(start).toMatch(/^2025/);
      expect(byId[id].progress).toEqual({
        value,
        status: 'OFF_TRACK',
        demoShare: 1,
        restsMostlyOnDemo: true,
        since: start,
      });
    }
    // Judged before its policy of 2025 set it, there was no target: none is judged, not "no data".
    const before = await federation.query(
      `{ ningxia { targets { id progress(asOf: "2023") { value since status restsMostlyOnDemo reason { code targetSetOn } } } } }`,
    );
    const dispatched = before.ningxia.targets.find(
      (t: { id: string }) => t.id === 'nx-three-areas-2025-dispatched-workers',
    );
    expect(dispatched.progress).toEqual({
      value: null,
      since: null,
      status: 'NOT_SET',
      restsMostlyOnDemo: false,
      reason: { code: 'TARGET_NOT_YET_SET', targetSetOn: '2025-07' },
    });
    // Its plan "于日前启动", reported on 2025-07-19: set in July 2025 as far as the page says, so
    // on the year's first day it was not set yet either, though its programme is of 2025.
    const january = await federation.query(
      `{ ningxia { targets { id progress(asOf: "2025-01-01") { status reason { targetSetOn targetSetOnInferred } } } } }`,
    );
    expect(
      january.ningxia.targets.find(
        (t: { id: string }) => t.id === 'nx-three-areas-2025-dispatched-workers',
      ).progress,
    ).toEqual({
      status: 'NOT_SET',
      reason: { targetSetOn: '2025-07', targetSetOnInferred: true },
    });
    // Once it began, before its first posting was registered, the registry counts 0: what it
    // holds, not a finding that none was sent, so nothing is judged on it either.
    const begun = await federation.query(
      `{ ningxia { targets { id progress(asOf: "2025-07-01") { value status demoShare reason { code } } } } }`,
    );
    for (const id of ['nx-three-areas-2025-dispatched-workers', 'nx-three-areas-2025-counties'])
      expect(begun.ningxia.targets.find((t: { id: string }) => t.id === id).progress).toEqual({
        value: null,
        status: 'NO_DATA',
        demoShare: null,
        reason: { code: 'NOTHING_REGISTERED' },
      });
  });

  it("measures Beijing's full coverage over medical institutions without public health, as its policy counts it", async () => {
    const { beijing } = await federation.query(`{ beijing {
      targets { id scope { kinds } progress { value since } }
      measure(indicator: "MEDICAL_MSW_COVERAGE", by: [INSTITUTION_KIND]) { value breakdown { keys { value } numerator denominator } } } }`);
    const target = beijing.targets.find(
      (t: { id: string }) => t.id === 'bj-msw-full-coverage-2025',
    );
    expect(target.scope.kinds).not.toContain('PUBLIC_HEALTH');
    const counted = beijing.measure.breakdown.filter((c: { keys: { value: string }[] }) =>
      target.scope.kinds.includes(c.keys[0]!.value),
    );
    const sum = (field: 'numerator' | 'denominator') =>
      counted.reduce((n: number, c: Record<string, number>) => n + c[field]!, 0);
    expect(target.progress.value).toBeCloseTo((100 * sum('numerator')) / sum('denominator'), 6);
    expect(target.progress.value).not.toBeCloseTo(beijing.measure.value, 1);
    // A coverage on the day measured adds nothing up.
    expect(target.progress.since).toBeNull();
  });

  it("counts Guangxi's pilot cities as the cities of the plan's pilot units, which start in 2025", async () => {
    const { guangxi } =
      await federation.query(`{ guangxi { targets { id qualifier scope { program { name } }
      progress { value history { year value basis } } } } }`);
    const pilots = guangxi.targets.find(
      (t: { id: string }) => t.id === 'gx-msw-pilot-prefectures-2025',
    );
    expect(pilots.scope.program.name).toBe('广西推进医疗机构社会工作实施方案');
    expect(pilots.progress.value).toBe(11);
    const measured = (year: number) =>
      pilots.progress.history.find(
        (p: { year: number; basis: string }) => p.year === year && p.basis === 'MEASURED',
      )?.value ?? 0;
    expect([measured(2024), measured(2025)]).toEqual([0, 11]);
    const coverage = guangxi.targets.find(
      (t: { id: string }) => t.id === 'gx-secondary-plus-msw-coverage-2027',
    );
    expect(coverage.qualifier).toBe('BASICALLY');
    expect(
      coverage.progress.history.filter((p: { basis: string }) => p.basis === 'MEASURED').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it("fits Guangxi's trend mid-2025 on year-ends only: 2025 so far is in the history, not the evidence", async () => {
    const { guangxi } = await federation.query(`{ guangxi { targets { id
      progress(asOf: "2025-06-30") { reason { trendYears } history { year basis value evidence } } } } }`);
    const { progress } = guangxi.targets.find(
      (t: { id: string }) => t.id === 'gx-secondary-plus-msw-coverage-2027',
    );
    const measured = progress.history.filter((p: { basis: string }) => p.basis === 'MEASURED');
    const soFar = measured.find((p: { year: number }) => p.year === 2025);
    // 2025's value changed from 2024's (it would be evidence as a year-end), but is of 30 June.
    const endOf2024 = measured.find((p: { year: number }) => p.year === 2024);
    expect(soFar.value).not.toBe(endOf2024.value);
    expect(soFar.evidence).toBe(false);
    expect(progress.reason.trendYears).not.toContain(2025);
    expect(Math.max(...progress.reason.trendYears)).toBe(2024);
  });

  it("judges Beijing's 2025 coverage from 2020, the year its opinion is read to be of, and not before", async () => {
    const { beijing } = await federation.query(`{ beijing { targets { id
      before: progress(asOf: "2016") { status reason { code targetSetOn targetSetOnInferred } }
      since: progress(asOf: "2020-12-31") { status reason { code } } } } }`);
    const [coverage] = beijing.targets;
    expect(coverage.id).toBe('bj-msw-full-coverage-2025');
    // The opinion prints no date; five departments issued it, as a page of 2023 says, since 2020.
    expect(coverage.before).toMatchObject({
      status: 'NOT_SET',
      reason: { code: 'TARGET_NOT_YET_SET', targetSetOn: '2020', targetSetOnInferred: true },
    });
    expect(coverage.since.status).not.toBe('NOT_SET');
  });

  it("judges Guangxi's 2027 coverage as things stood at the end of 2025, and not before its plan", async () => {
    const { guangxi } = await federation.query(`{ guangxi { targets { id
      now: progress { history { year value basis } }
      then: progress(asOf: "2025") { value basis asOf yearsLeft requiredAnnualGrowth
        reason { threshold } history { year basis } }
      early: progress(asOf: "2023") { value status gap projectedValue requiredAnnualGrowth
        restsMostlyOnDemo reason { code targetSetOn targetSetOnInferred } } } } }`);
    const coverage = guangxi.targets.find(
      (t: { id: string }) => t.id === 'gx-secondary-plus-msw-coverage-2027',
    );
    const years = (history: { year: number }[]) => history.map((p) => p.year);
    // Today's history goes past 2025: the one as of 2025 stops there.
    expect(Math.max(...years(coverage.now.history))).toBeGreaterThan(2025);
    expect(Math.max(...years(coverage.then.history))).toBe(2025);
    const endOf = (year: number) =>
      coverage.now.history.find(
        (p: { year: number; basis: string }) => p.year === year && p.basis === 'MEASURED',
      ).value;
    expect(coverage.then).toMatchObject({ basis: 'MEASURED', asOf: '2025-12-31', yearsLeft: 2 });
    expect(coverage.then.value).toBeCloseTo(endOf(2025), 2);
    // The growth still needed is over the two years from the end of 2025 to the end of 2027.
    expect(coverage.then.requiredAnnualGrowth).toBeCloseTo(
      (coverage.then.reason.threshold - coverage.then.value) / 2,
      1,
    );
    // The plan was issued in 2025: at the end of 2023 there was no target to be off track for.
    // Where the region stood is still given.
    expect(coverage.early).toMatchObject({
      status: 'NOT_SET',
      gap: null,
      projectedValue: null,
      requiredAnnualGrowth: null,
      restsMostlyOnDemo: false,
      // 近日…联合印发《广西推进医疗机构社会工作实施方案》, on a page of 2025: its date is read from it.
      reason: { code: 'TARGET_NOT_YET_SET', targetSetOn: '2025', targetSetOnInferred: true },
    });
    expect(coverage.early.value).toBeCloseTo(endOf(2023), 2);
    await expectDateRefused(
      '{ guangxi { targets { progress(asOf: "2999") { value } } } }',
      '2999 晚于今天',
    );
    // Year 0 is no date PostgreSQL reads: refused as every date before the registry's first year.
    await expectDateRefused(
      '{ guangxi { targets { progress(asOf: "0000") { value } } } }',
      '0000 早于 1800 年',
    );
    await expectDateRefused(
      '{ guangxi { measure(indicator: "INDIVIDUAL_CASES", since: "0999") { value } } }',
      '0999 早于 1800 年',
      'since',
    );
  });

  it("grows Xiong'an's certified workers from the New Area's first year to the 550 published", async () => {
    const { xiongan } = await federation.query(
      `{ xiongan { measure(indicator: "CERTIFIED_SOCIAL_WORKERS", by: [YEAR], to: 2023) { breakdown { keys { value } value } } } }`,
    );
    const series = xiongan.measure.breakdown.map(
      (c: { keys: { value: string }[]; value: number }) => [c.keys[0]!.value, c.value],
    );
    expect(series[0]![0]).toBe('2017');
    expect(series.at(-1)).toEqual(['2023', 550]);
    for (let i = 1; i < series.length; i++) expect(series[i][1]).toBeGreaterThan(series[i - 1][1]);
  });

  it("ends Ningxia's one-year postings after their year: serving at a date are the last year's, not all 465", async () => {
    const serving = async (asOf: string) =>
      (
        await federation.query(
          `{ ningxia { measure(indicator: "DISPATCHED_WORKERS", asOf: "${asOf}") { value } } }`,
        )
      ).ningxia.measure.value;
    // 465 postings spread over 2013–2024, a year each: about 39 serve at any date of those years.
    for (const year of ['2016', '2020', '2024'])
      expect(Math.abs((await serving(year)) - 465 / 12)).toBeLessThanOrEqual(2);
    // The demo's 2025 cohort: 26 postings, not the 30 the plan says will be sent.
    expect(await serving('2025-12-31')).toBe(26);
  });

  it('reads each rounded figure as its interval, at its own scope, and leaves out what cannot be compared', async () => {
    const checks = async (slug: string) =>
      (
        await federation.query(`{ ${slug} { dataQuality {
          figure { id qualifier qualifierWord interval { lower lowerInclusive upper upperInclusive } }
          measured flagged compared notComparedReason } } }`)
      )[slug].dataQuality as {
        figure: { id: string; qualifier: string; qualifierWord: string | null; interval: object };
        measured: number | null;
        flagged: boolean;
        compared: boolean;
        notComparedReason: string | null;
      }[];
    const [beijing, ningxia, xiongan, sichuan] = [
      await checks('beijing'),
      await checks('ningxia'),
      await checks('xiongan'),
      await checks('sichuan'),
    ];
    // 8.82万 certified workers: 88,200 to the hundred the page prints, not an exact count.
    expect(
      sichuan.find((c) => c.figure.id === 'sc-certified-social-workers')!.figure.interval,
    ).toEqual({ lower: 88150, lowerInclusive: true, upper: 88250, upperInclusive: false });
    const find = (list: Awaited<ReturnType<typeof checks>>, id: string) =>
      list.find((c) => c.figure.id === id)!;
    // 4000余 cases of the demonstration projects, beside the demonstration projects' own cases.
    const { beijing: demonstration } = await federation.query(`{ beijing {
      measure(indicator: "INDIVIDUAL_CASES", by: [PROGRAM_KIND], asOf: "2023-09-01") { value breakdown { keys { value } value } } } }`);
    const cases = find(beijing, 'bj-msw-individual-casework-4000');
    expect(cases).toMatchObject({
      figure: {
        qualifier: 'ODD',
        qualifierWord: '余',
        interval: { lower: 4000, lowerInclusive: false, upper: 5000, upperInclusive: false },
      },
      compared: true,
    });
    expect(cases.measured).toBe(
      demonstration.measure.breakdown.find(
        (cell: { keys: { value: string }[] }) => cell.keys[0]!.value === 'DEMONSTRATION',
      ).value,
    );
    expect(cases.measured).not.toBe(demonstration.measure.value);
    expect(cases.flagged).toBe(!(cases.measured! > 4000 && cases.measured! < 5000));
    // 超9000 beneficiaries of the 'three areas' plan: the demo's projects were planned inside it.
    const beneficiaries = find(ningxia, 'nx-three-areas-cumulative-beneficiaries');
    expect(beneficiaries).toMatchObject({
      figure: { qualifier: 'MORE_THAN', qualifierWord: '超' },
      compared: true,
      flagged: false,
    });
    expect(beneficiaries.measured).toBeGreaterThan(9000);
    expect(beneficiaries.measured).toBeLessThan(10000);
    // The 2025 cohort's counties are a plan, not a count.
    expect(find(ningxia, 'nx-three-areas-2025-key-assistance-counties')).toMatchObject({
      compared: false,
      flagged: false,
      notComparedReason: expect.stringMatching(/^该数字是计划，不是计数.*a plan/),
    });
    // 近700万 spent since the programme began, with no start date: a flow not set beside a stock.
    expect(find(xiongan, 'xa-funding-fiscal-and-charity')).toMatchObject({
      figure: { qualifier: 'NEARLY', qualifierWord: '近' },
      compared: false,
      flagged: false,
      measured: null,
      notComparedReason: expect.stringMatching(
        /^“投入资金”（FUNDING_YUAN）是一段时期内的累计量.*adds up over a period/,
      ),
    });
  });

  it("counts Beijing's 25 demonstration and 45 cultivation projects as published", async () => {
    const { beijing } = await federation.query(`{ beijing { dataQuality(tolerancePercent: 0) {
      indicator { code } figure { breakdown { dimension value } } published measured flagged } } }`);
    const projects = beijing.dataQuality.filter(
      (check: { indicator: { code: string } }) => check.indicator.code === 'SOCIAL_WORK_PROJECTS',
    );
    // Each of 2023 to its page's date (since 2023): the 25 of September, the 45 of 24 October.
    expect(projects).toEqual([
      {
        indicator: { code: 'SOCIAL_WORK_PROJECTS' },
        figure: { breakdown: { dimension: 'PROGRAM_KIND', value: 'DEMONSTRATION' } },
        published: 25,
        measured: 25,
        flagged: false,
      },
      {
        indicator: { code: 'SOCIAL_WORK_PROJECTS' },
        figure: { breakdown: { dimension: 'PROGRAM_KIND', value: 'CULTIVATION' } },
        published: 45,
        measured: 45,
        flagged: false,
      },
    ]);
  });

  it("breaks Beijing's 101 institutions down by kind as published", async () => {
    const { beijing } =
      await federation.query(`{ beijing { measure(indicator: "MSW_INSTITUTIONS", by: [INSTITUTION_KIND]) {
      breakdown { keys { value } value } } } }`);
    const byKind = Object.fromEntries(
      beijing.measure.breakdown.map((c: { keys: { value: string }[]; value: number }) => [
        c.keys[0]!.value,
        c.value,
      ]),
    );
    expect(byKind).toEqual({
      GENERAL_HOSPITAL: 33,
      SPECIALTY_HOSPITAL: 27,
      TCM_HOSPITAL: 7,
      PRIMARY_CARE: 33,
      PUBLIC_HEALTH: 1,
    });
  });

  it('says its units and breakdown keys in Chinese and English, not as codes alone', async () => {
    const { indicator, beijing, sichuan, guangxi } = await federation.query(`{
      indicator(code: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS") { unit unitZh }
      sichuan { figures(indicator: "CERTIFIED_SOCIAL_WORKERS") { unit unitZh } }
      beijing {
        targets { unit unitZh }
        measure(indicator: "MSW_INSTITUTIONS", by: [INSTITUTION_KIND]) { breakdown { keys { value labelZh labelEn } } }
      }
      guangxi { measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [CITY]) { breakdown { keys { value nameEn labelZh labelEn } } } }
    }`);
    expect(indicator).toEqual({ unit: 'per 10,000 residents', unitZh: '每万常住人口' });
    expect(sichuan.figures[0]).toEqual({ unit: 'persons', unitZh: '人' });
    expect(beijing.targets[0]).toEqual({ unit: 'percent', unitZh: '%' });
    type Key = { value: string | null; nameEn?: string; labelZh: string; labelEn: string };
    const kinds: Key[] = beijing.measure.breakdown.map((c: { keys: Key[] }) => c.keys[0]);
    expect(kinds).toContainEqual({
      value: 'GENERAL_HOSPITAL',
      labelZh: '综合医院',
      labelEn: 'General hospital',
    });
    // A code is never its own label, by the enum of its dimension (NONE is 无证书 as a certificate
    // level); a city is its name, in English its English name.
    const { sichuan: coded } = await federation.query(`{ sichuan {
      levels: measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [CERTIFICATE_LEVEL]) { breakdown { keys { value labelZh labelEn } } }
      fields: measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [SERVICE_FIELD]) { breakdown { keys { value labelZh labelEn } } }
      provenances: measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [PROVENANCE]) { breakdown { keys { value labelZh labelEn } } } } }`);
    const levels: Key[] = coded.levels.breakdown.map((c: { keys: Key[] }) => c.keys[0]);
    const provenances: Key[] = coded.provenances.breakdown.map((c: { keys: Key[] }) => c.keys[0]);
    expect(levels).toContainEqual({ value: 'NONE', labelZh: '无证书', labelEn: 'None' });
    expect(provenances).toContainEqual({ value: 'DEMO', labelZh: '演示', labelEn: 'Demo' });
    // The dashboard's bars are labelled so: a service field by its label, an unset one 未填写.
    const fields: Key[] = coded.fields.breakdown.map((c: { keys: Key[] }) => c.keys[0]);
    expect(fields).toContainEqual({ value: 'ELDERLY', labelZh: '老年人', labelEn: 'Elderly' });
    for (const key of [...kinds, ...levels, ...provenances])
      expect([key.labelZh, key.labelEn]).not.toContain(key.value);
    const cities: Key[] = guangxi.measure.breakdown.map((c: { keys: Key[] }) => c.keys[0]);
    expect(cities).toContainEqual({
      value: '南宁市',
      nameEn: 'Nanning',
      labelZh: '南宁市',
      labelEn: 'Nanning',
    });
    for (const key of cities)
      expect([key.labelZh, key.labelEn]).toEqual(
        key.value == null ? ['未填写', 'Not recorded'] : [key.value, key.nameEn],
      );
  });
});
