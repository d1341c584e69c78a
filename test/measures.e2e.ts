import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../shared/listen.js';
import type { SubgraphApp } from '../subgraphs/common/subgraph-app.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import {
  loadHandCountedPublications,
  loadHandCountedRegistry,
} from './fixtures/hand-counted-registry.js';
import { bearer, graphql, useRegistryDatabase } from './harness.js';
import { chinaYear } from '../shared/china-day.js';

/**
 * The Beijing subgraph on a database holding only the hand-counted fixture, asked directly: the
 * gateway adds nothing to a measure, and the national comparison test covers the way through it.
 */
const year = chinaYear();
const opened = useRegistryDatabase('hand_counted_registry');
let subgraph: SubgraphApp;
let server: Listening;

beforeAll(async () => {
  await loadHandCountedRegistry(opened.dataSource, year);
  await loadHandCountedPublications(opened.dataSource, year);
  subgraph = await createRegistrySubgraph(regionBySlug('beijing'), opened.dataSource);
  server = await listen(subgraph.app, 0);
});

afterAll(async () => {
  await server?.close();
  await subgraph?.stop();
});

async function ask(selection: string) {
  const response = await graphql(server.url, `{ beijing { ${selection} } }`);
  return response;
}

interface Cell {
  keys: { value: string | null }[];
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/** A measure and its breakdown as `{ total, cells: { 'key/key': value } }`, easy to compare with hand counts. */
async function measured(indicator: string, by: string[] = [], args = '') {
  const response = await ask(`measure(indicator: "${indicator}", by: [${by.join(', ')}] ${args}) {
    computable value numerator denominator breakdown { keys { value } value numerator denominator } }`);
  expect(response.errors).toBeUndefined();
  const m = response.data.beijing.measure;
  return {
    total: m.value,
    numerator: m.numerator,
    denominator: m.denominator,
    cells: Object.fromEntries(
      (m.breakdown as Cell[]).map((c) => [c.keys.map((k) => k.value ?? '-').join('/'), c.value]),
    ),
  };
}

describe('measures against hand counts', () => {
  it.each([
    ['MSW_INSTITUTIONS', [], 3, {}],
    ['MSW_INSTITUTIONS', ['INSTITUTION_KIND'], 3, { GENERAL_HOSPITAL: 2, PRIMARY_CARE: 1 }],
    ['MSW_INSTITUTIONS', ['HOSPITAL_GRADE'], 3, { TERTIARY: 1, SECONDARY: 1, PRIMARY: 1 }],
    ['MSW_INSTITUTIONS', ['CITY'], 3, { 甲市: 2, 乙市: 1 }],
    ['MSW_INSTITUTIONS', ['COUNTY'], 3, { 一区: 1, 二区: 1, 三区: 1 }],
    ['MSW_INSTITUTIONS', ['SERVICE_FIELD'], 3, { MEDICAL: 2, ELDERLY: 2 }],
    ['MSW_INSTITUTIONS', ['PROVENANCE'], 3, { DEMO: 1, PUBLISHED: 1, REGISTERED: 1 }],
    [
      'MSW_INSTITUTIONS',
      ['CITY', 'HOSPITAL_GRADE'],
      3,
      { '甲市/TERTIARY': 1, '甲市/SECONDARY': 1, '乙市/PRIMARY': 1 },
    ],
    ['MSW_TERTIARY_INSTITUTIONS', [], 1, {}],
    [
      'MEDICAL_SOCIAL_WORKERS',
      ['CERTIFICATE_LEVEL'],
      4,
      { INTERMEDIATE: 1, ASSISTANT: 1, NONE: 2 },
    ],
    ['MEDICAL_SOCIAL_WORKERS', ['INSTITUTION_KIND'], 4, { GENERAL_HOSPITAL: 3, PRIMARY_CARE: 1 }],
    ['MEDICAL_SOCIAL_WORKERS', ['SERVICE_FIELD'], 4, { MEDICAL: 3, ELDERLY: 2 }],
    ['MEDICAL_SOCIAL_WORKERS', ['PROVENANCE'], 4, { DEMO: 2, PUBLISHED: 1, REGISTERED: 1 }],
    [
      'MEDICAL_SOCIAL_WORKERS',
      ['CITY', 'SERVICE_FIELD'],
      4,
      { '甲市/MEDICAL': 3, '甲市/ELDERLY': 1, '乙市/ELDERLY': 1 },
    ],
    [
      'MEDICAL_SOCIAL_WORKERS',
      ['SERVICE_FIELD', 'CITY'],
      4,
      { 'MEDICAL/甲市': 3, 'ELDERLY/甲市': 1, 'ELDERLY/乙市': 1 },
    ],
    ['MEDICAL_MSW_COVERAGE', ['SERVICE_FIELD'], 75, { MEDICAL: 100, ELDERLY: 100, '-': 0 }],
    ['MEDICAL_SOCIAL_WORKERS', ['CITY'], 4, { 甲市: 3, 乙市: 1 }],
    ['MEDICAL_SOCIAL_WORKERS_TERTIARY', [], 2, {}],
    ['CERTIFIED_SOCIAL_WORKERS', ['COUNTY'], 4, { 一区: 2, 二区: 1, '-': 1 }],
    ['SOCIAL_WORK_PRACTITIONERS', [], 6, {}],
    ['DISPATCHED_WORKERS', [], 2, {}],
    ['SOCIAL_WORK_AGENCIES', [], 1, {}],
    ['SOCIAL_WORK_STATIONS', [], 1, {}],
    ['COUNTY_SW_GUIDANCE_CENTRES', [], 0, {}],
    [
      'SOCIAL_WORK_PROJECTS',
      ['INSTITUTION_KIND'],
      3,
      { GENERAL_HOSPITAL: 1, SOCIAL_WORK_AGENCY: 1, '-': 1 },
    ],
    ['SOCIAL_WORK_PROJECTS', ['PROGRAM_KIND'], 3, { DEMONSTRATION: 1, TRAINING: 1, OTHER: 1 }],
    ['SOCIAL_WORK_PROJECTS', ['SERVICE_FIELD'], 3, { MEDICAL: 1, CHILDREN: 1, ELDERLY: 1, '-': 1 }],
  ] as const)('%s by %j', async (indicator, by, total, cells) => {
    const result = await measured(indicator, [...by]);
    expect(result.total).toBe(total);
    expect(result.cells).toEqual(cells);
  });

  it("counts prefecture-level cities in a province's registry, and says a municipality has none", async () => {
    // The same hand-counted rows served as Guangxi's, an autonomous region divided into prefectures.
    const guangxi = await createRegistrySubgraph(regionBySlug('guangxi'), opened.dataSource);
    const asGuangxi = await listen(guangxi.app, 0);
    try {
      const response = await graphql(
        asGuangxi.url,
        `
          {
            guangxi {
              measure(indicator: "PREFECTURES_COVERED") {
                computable
                value
              }
            }
          }
        `,
      );
      expect(response.data.guangxi.measure).toEqual({ computable: true, value: 2 });
    } finally {
      await asGuangxi.close();
      await guangxi.stop();
    }
    const beijing = await ask(
      `measure(indicator: "PREFECTURES_COVERED") { computable value reason }`,
    );
    expect(beijing.data.beijing.measure).toEqual({
      computable: false,
      value: null,
      reason:
        '北京市是直辖市，下辖没有地级市：“覆盖地市”（PREFECTURES_COVERED）不适用于该地区。Beijing is a municipality, with no prefecture-level cities: PREFECTURES_COVERED does not apply to it.',
    });
  });

  it('says that a count of 0 is what is registered, and gives other counts no such reason', async () => {
    const none = await ask(`measure(indicator: "COUNTY_SW_GUIDANCE_CENTRES") { value reason }`);
    expect(none.data.beijing.measure).toEqual({
      value: 0,
      reason:
        '登记库中没有“县级社会工作指导中心”（COUNTY_SW_GUIDANCE_CENTRES）所计的记录：0 是登记在册的数量，不表示该地区实际没有。The registry holds no record that "County-level social work guidance centres" (COUNTY_SW_GUIDANCE_CENTRES) counts: 0 is what is registered, not a finding that the region has none.',
    });
    const some = await ask(`measure(indicator: "SOCIAL_WORK_STATIONS") { value reason }`);
    expect(some.data.beijing.measure).toEqual({ value: 1, reason: null });
  });

  it('computes ratios with their numerator and denominator, in total and per cell', async () => {
    const secondaryPlus = await measured('SECONDARY_PLUS_MSW_COVERAGE', ['HOSPITAL_GRADE']);
    expect(secondaryPlus).toMatchObject({
      numerator: 2,
      denominator: 3,
      cells: { TERTIARY: 100, SECONDARY: 50 },
    });
    expect(secondaryPlus.total).toBeCloseTo(66.667, 2);
    expect(await measured('MEDICAL_MSW_COVERAGE')).toMatchObject({
      total: 75,
      numerator: 3,
      denominator: 4,
    });
  });

  it('says so for an indicator the registry cannot count, without a value', async () => {
    const response = await ask(
      `measure(indicator: "INCUBATED_SOCIAL_WORK_AGENCIES") { computable reason value breakdown { value } }`,
    );
    expect(response.data.beijing.measure).toMatchObject({
      computable: false,
      value: null,
      breakdown: [],
    });
    expect(response.data.beijing.measure.reason).toContain('INCUBATED_SOCIAL_WORK_AGENCIES');
  });

  it('counts the counties reached by programme postings', async () => {
    expect((await measured('COUNTIES_COVERED')).total).toBe(1);
  });

  it.each([
    ['figures', 'figures(indicator: "NOPE") { id }'],
    ['targets', 'targets(indicator: "NOPE") { id }'],
    ['the latest figure', 'latestFigure(indicator: "NOPE") { id }'],
  ])(
    'refuses an indicator code outside the catalog in %s, as measure does, rather than answering nothing',
    async (_, selection) => {
      const response = await ask(selection);
      expect(response.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'indicator' },
      });
      expect(response.errors?.[0]?.message).toContain('not in the national catalog');
    },
  );

  it.each([
    [
      'an unknown indicator',
      `indicator: "MSW_INSTITUTION"`,
      'indicator',
      'not in the national catalog',
    ],
    [
      'an indicator in lower case',
      `indicator: "msw_institutions"`,
      'indicator',
      '指标代码须大写：应写作“开展医务社会工作的医疗卫生机构”（MSW_INSTITUTIONS），不能写作 msw_institutions。',
    ],
    [
      'a dimension that does not apply',
      `indicator: "MSW_INSTITUTIONS", by: [CERTIFICATE_LEVEL]`,
      'by[0]',
      'CERTIFICATE_LEVEL does not apply',
    ],
    [
      'a programme kind of institutions',
      `indicator: "MSW_INSTITUTIONS", by: [PROGRAM_KIND]`,
      'by[0]',
      'PROGRAM_KIND does not apply',
    ],
    ['a dimension given twice', `indicator: "MSW_INSTITUTIONS", by: [CITY, CITY]`, 'by', 'twice'],
    // What since counts (every record that counted in the period, not an increment), which a
    // percentage or a rate has not, in Chinese and English.
    [
      'a percentage as a flow',
      `indicator: "MEDICAL_MSW_COVERAGE", since: "2020"`,
      'since',
      '期间任一时刻曾被计入的所有记录',
    ],
    [
      'a rate as a flow',
      `indicator: "SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS", since: "2020"`,
      'since',
      'every record that counted at any time from the start of since to the end of the day measured, and a flow adds up that period; a percentage or a rate has no such count',
    ],
  ])('rejects %s as BAD_USER_INPUT', async (_, args, field, message) => {
    const response = await ask(`measure(${args}) { value }`);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(response.errors?.[0]?.message).toContain(message);
  });
});

describe('a ratio with nothing below its line', () => {
  it('has no value, and says why in Chinese and English', async () => {
    // No medical institution of the fixture is known before 2010.
    const response = await ask(
      `measure(indicator: "MEDICAL_MSW_COVERAGE", asOf: "2009") { computable value denominator reason }`,
    );
    expect(response.data.beijing.measure).toEqual({
      computable: true,
      value: null,
      denominator: 0,
      reason:
        '登记库中没有可计入“医疗机构医务社会工作覆盖率”（MEDICAL_MSW_COVERAGE）分母的记录，该比率没有值。The registry holds nothing to count in the denominator of "Share of medical institutions with social work" (MEDICAL_MSW_COVERAGE), so the ratio has no value.',
    });
  });
});

describe('how much of a measure is demo', () => {
  it.each([
    // Hand counts: institutions 1 demo of 3; medical workers 2 of 4; funding all demo; practitioners 4 of 6.
    ['MSW_INSTITUTIONS', 0.3333],
    ['MEDICAL_SOCIAL_WORKERS', 0.5],
    ['FUNDING_YUAN', 1],
    ['SOCIAL_WORK_PRACTITIONERS', 0.6667],
  ])(
    "%s is %f demo, in total, by provenance and in this year's cell of its series",
    async (indicator, share) => {
      const response = await ask(`total: measure(indicator: "${indicator}") { value demoShare }
      byProvenance: measure(indicator: "${indicator}", by: [PROVENANCE]) { breakdown { keys { value } value demoShare } }
      series: measure(indicator: "${indicator}", by: [YEAR]) { breakdown { keys { value } demoShare } }`);
      const { total, byProvenance, series } = response.data.beijing;
      expect(total.demoShare).toBe(share);
      for (const cell of byProvenance.breakdown)
        expect(cell.demoShare, cell.keys[0].value).toBe(cell.keys[0].value === 'DEMO' ? 1 : 0);
      expect(series.breakdown.at(-1)).toEqual({
        keys: [{ value: String(year) }],
        demoShare: share,
      });
    },
  );

  it("is of a ratio's denominator", async () => {
    const { measure } = (
      await ask(
        `measure(indicator: "MEDICAL_MSW_COVERAGE", by: [PROVENANCE]) { denominator demoShare breakdown { keys { value } denominator } }`,
      )
    ).data.beijing;
    const demo =
      measure.breakdown.find((c: { keys: { value: string }[] }) => c.keys[0]!.value === 'DEMO')
        ?.denominator ?? 0;
    expect(measure.demoShare).toBe(Math.round((10_000 * demo) / measure.denominator) / 10_000);
  });
});

describe('the registry as it stood on a date', () => {
  it.each([
    ['MEDICAL_SOCIAL_WORKERS', '2020', 3, '2020-12-31'],
    ['MEDICAL_SOCIAL_WORKERS', '2023', 3, '2023-12-31'],
    ['MEDICAL_SOCIAL_WORKERS', '2024-01', 2, '2024-01-31'],
    ['MEDICAL_SOCIAL_WORKERS', '2017-12-31', 1, '2017-12-31'],
    ['MSW_INSTITUTIONS', `${year - 3}-06-30`, 1, `${year - 3}-06-30`],
    ['MSW_INSTITUTIONS', `${year - 3}-07`, 0, `${year - 3}-07-31`],
    ['SOCIAL_WORK_PROJECTS', '2018', 1, '2018-12-31'],
    ['SOCIAL_WORK_PROJECTS', '2019', 2, '2019-12-31'],
  ] as const)('%s as of %s is %i', async (indicator, asOf, value, day) => {
    const response = await ask(
      `measure(indicator: "${indicator}", asOf: "${asOf}") { value asOf }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.beijing.measure).toEqual({ value, asOf: day });
  });

  it('counts a ratio as of a date, the numerator from the day social work started', async () => {
    const response = await ask(
      `measure(indicator: "MEDICAL_MSW_COVERAGE", asOf: "${year - 1}-02") { value numerator denominator }`,
    );
    expect(response.data.beijing.measure).toEqual({ value: 25, numerator: 1, denominator: 4 });
  });

  it('gives the year-end series from the earliest dated record, this year as of today, in one statement', async () => {
    const before = opened.statements.count;
    // `to` spelt out: a question no other test asks, so that it is computed here, not found in the cache.
    const series = await measured('MEDICAL_SOCIAL_WORKERS', ['YEAR'], `to: ${year}`);
    // The series, and the read of the write generation its answer is cached under.
    expect(opened.statements.count - before).toBe(2);
    const expected: Record<string, number> = {
      2018: 2,
      2019: 3,
      2020: 3,
      2021: 3,
      2022: 3,
      2023: 3,
    };
    for (let y = 2024; y <= year; y++) expected[y] = y === year ? 4 : y === year - 1 ? 3 : 2;
    expect(series).toMatchObject({ total: 4, cells: expected });
  });

  it('gives a coverage no part in a year with nothing in its whole, and a part of 0 where none of its whole is in it', async () => {
    const response =
      await ask(`measure(indicator: "MEDICAL_MSW_COVERAGE", by: [YEAR], from: 2008, to: ${year - 3}) {
      breakdown { keys { value } value numerator denominator } }`);
    expect(response.errors).toBeUndefined();
    const cells = Object.fromEntries(
      (response.data.beijing.measure.breakdown as Cell[]).map((c) => [
        c.keys[0]!.value,
        [c.numerator, c.denominator, c.value],
      ]),
    );
    // The registry knew of no medical institution before 2010; in Y-3, none of the four left had
    // social work (E, 1 of 5 until then, closed in the middle of it).
    expect(cells['2008']).toEqual([null, null, null]);
    expect(cells['2009']).toEqual([null, null, null]);
    expect(cells['2010']).toEqual([1, 5, 20]);
    expect(cells[String(year - 3)]).toEqual([0, 4, 0]);
  });

  it('combines YEAR with other dimensions, and with ratios', async () => {
    // E (乙市), whose start is not known, from 2010, when the registry first knew of it, until it closed in Y-3.
    const e = Object.fromEntries(
      Array.from({ length: year - 4 - 2010 + 1 }, (_, i) => [`${2010 + i}/乙市`, 1]),
    );
    expect((await measured('MSW_INSTITUTIONS', ['YEAR', 'CITY'])).cells).toEqual({
      ...e,
      [`${year - 2}/甲市`]: 1,
      [`${year - 1}/甲市`]: 2,
      [`${year}/甲市`]: 2,
      [`${year}/乙市`]: 1,
    });
    // E's department, with no start given, counts from 2010 as E does: 1 of the 5 medical
    // institutions until it closed, then none of 4 in Y-3.
    const eOfFive = Object.fromEntries(
      Array.from({ length: year - 4 - 2010 + 1 }, (_, i) => [2010 + i, 20]),
    );
    expect((await measured('MEDICAL_MSW_COVERAGE', ['YEAR'])).cells).toEqual({
      ...eOfFive,
      [year - 3]: 0,
      [year - 2]: 25,
      [year - 1]: 50,
      [year]: 75,
    });
    expect((await measured('SOCIAL_WORK_PROJECTS', ['SERVICE_FIELD', 'YEAR'])).cells).toMatchObject(
      { [`MEDICAL/${year}`]: 1, [`CHILDREN/${year}`]: 1, [`-/2019`]: 1 },
    );
  });

  it('takes the years of a series from `from` and `to`, and counts a year with nothing as 0', async () => {
    const response =
      await ask(`measure(indicator: "MEDICAL_SOCIAL_WORKERS", by: [YEAR], from: 2015, to: 2019) {
      value asOf breakdown { keys { value } value } }`);
    expect(
      response.data.beijing.measure.breakdown.map((c: Cell) => [c.keys[0]!.value, c.value]),
    ).toEqual([
      ['2015', 1],
      ['2016', 1],
      ['2017', 1],
      ['2018', 2],
      ['2019', 3],
    ]);
    const asOf = await ask(
      `measure(indicator: "MEDICAL_SOCIAL_WORKERS", by: [YEAR], asOf: "2020-06") { value breakdown { keys { value } value } }`,
    );
    expect(asOf.data.beijing.measure.value).toBe(3);
    expect(asOf.data.beijing.measure.breakdown.at(-1)).toEqual({
      keys: [{ value: '2020' }],
      value: 3,
    });
  });

  it('counts a flow since a date: every record that counted at any time from its start, a stock does not', async () => {
    const flow = async (args: string) =>
      (await ask(`measure(indicator: "MEDICAL_SOCIAL_WORKERS", ${args}) { value since }`)).data
        .beijing.measure;
    // w3 worked until 2024-01-01: gone from the stock of 2024-06, still in the flow since 2024.
    expect(await flow('asOf: "2024-06"')).toEqual({ value: 2, since: null });
    expect(await flow('asOf: "2024-06", since: "2024"')).toEqual({ value: 3, since: '2024-01-01' });
    expect(await flow('asOf: "2024-06", since: "2024-02"')).toEqual({
      value: 2,
      since: '2024-02-01',
    });
  });

  it("gives a flow's yearly series from the year of `since`, each year counting everyone since then", async () => {
    const series = await measured('MEDICAL_SOCIAL_WORKERS', ['YEAR'], 'since: "2023"');
    const expected: Record<string, number> = {};
    for (let y = 2023; y <= year; y++) expected[y] = y === year ? 5 : y === year - 1 ? 4 : 3;
    expect(series).toMatchObject({ total: 5, cells: expected });
  });

  it.each([
    ['a flow since a day that is not one', 'since: "2023-13"', 'since', 'not a date'],
    [
      'a flow that starts after the day measured',
      'asOf: "2020", since: "2021"',
      'since',
      'starts after 2020-12-31',
    ],
    [
      'a flow series from before its start',
      'by: [YEAR], since: "2020", from: 2019',
      'from',
      'before 2020',
    ],
    ['a date that is not one', 'asOf: "2023-02-30"', 'asOf', 'not a date'],
    ['words', 'asOf: "yesterday"', 'asOf', 'not a date'],
    ['the future', `asOf: "${year + 1}"`, 'asOf', 'after today'],
    ['a series that runs backwards', 'by: [YEAR], from: 2020, to: 2019', 'from', 'after 2019'],
    ['a series past the day measured', `by: [YEAR], asOf: "2020", to: 2021`, 'to', 'after 2020'],
    ['a series of more than 100 years', 'by: [YEAR], from: 1900', 'from', 'at most 100 years'],
    ['a series before 1800', 'by: [YEAR], from: 1799, to: 1850', 'from', 'from 1800 on'],
    ['a day before 1800', 'asOf: "1799"', 'asOf', 'from 1800 on'],
    // Bounds of no series: read as nothing, they would pass today's value off as a series.
    ['years without a series', 'from: 2020', 'from', 'add by: [YEAR]'],
    ['an end year without a series', 'by: [CITY], to: 2024', 'to', 'add by: [YEAR]'],
  ])('rejects %s as BAD_USER_INPUT naming the argument', async (_, args, field, message) => {
    const response = await ask(`measure(indicator: "MEDICAL_SOCIAL_WORKERS", ${args}) { value }`);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(response.errors?.[0]?.message).toContain(message);
  });
});

describe('progress toward targets', () => {
  async function progress() {
    const response =
      await ask(`targets { id progress { value basis figure { id } gap yearsLeft projectedValue trendPerYear
      status statusReason history { year value basis derived } } }`);
    expect(response.errors).toBeUndefined();
    return Object.fromEntries(
      response.data.beijing.targets.map((t: { id: string; progress: unknown }) => [
        t.id,
        t.progress,
      ]),
    );
  }

  it('projects the measured history to the target year', async () => {
    const { coverage } = await progress();
    // E's department, with no start given, counts from 2010 as E does (1 of 5 until it closed in
    // Y-3): the trend of the ten years before the current one is flat, seven years at 20, then 0,
    // 25 and 50, and its median slope is 0, so the projection stays at today's 75.
    expect(coverage).toMatchObject({
      value: 75,
      basis: 'MEASURED',
      gap: 25,
      yearsLeft: 1,
      trendPerYear: 0,
      projectedValue: 75,
      status: 'OFF_TRACK',
    });
    expect(coverage.history).toEqual([
      ...Array.from({ length: year - 4 - 2010 + 1 }, (_, i) => ({
        year: 2010 + i,
        value: 20,
        basis: 'MEASURED',
        derived: false,
      })),
      { year: year - 3, value: 0, basis: 'MEASURED', derived: false },
      { year: year - 2, value: 25, basis: 'MEASURED', derived: false },
      { year: year - 1, value: 50, basis: 'MEASURED', derived: false },
      { year, value: 75, basis: 'MEASURED', derived: false },
    ]);
  });

  it('counts a baseline implied by a growth rate in the history, marked derived', async () => {
    const { msw } = await progress();
    expect(msw).toMatchObject({ value: 3, basis: 'MEASURED', status: 'ACHIEVED', gap: 0 });
    expect(msw.history).toContainEqual({ year: 2019, value: 1, basis: 'PUBLISHED', derived: true });
    expect(msw.history).toContainEqual({ year, value: 3, basis: 'PUBLISHED', derived: false });
    // E, whose start is not known, counts from 2010, when the registry first knew of it, until it
    // closed in the middle of Y-3.
    const e = Array.from({ length: year - 4 - 2010 + 1 }, (_, i) => ({
      year: 2010 + i,
      value: 1,
      basis: 'MEASURED',
      derived: false,
    }));
    expect(msw.history.filter((p: { basis: string }) => p.basis === 'MEASURED')).toEqual([
      ...e,
      { year: year - 3, value: 0, basis: 'MEASURED', derived: false },
      { year: year - 2, value: 1, basis: 'MEASURED', derived: false },
      { year: year - 1, value: 2, basis: 'MEASURED', derived: false },
      { year, value: 3, basis: 'MEASURED', derived: false },
    ]);
  });

  it('falls back to the latest reported figure where the registry cannot measure, and says which: never a plan', async () => {
    const { incubated, trainings } = await progress();
    expect(incubated).toMatchObject({
      value: 8,
      basis: 'PUBLISHED',
      figure: { id: 'incubated' },
      gap: 2,
      status: 'AT_RISK',
    });
    expect(trainings).toMatchObject({ value: null, basis: null, status: 'NO_DATA' });
  });
});

describe('targets that count fewer records than their indicator', () => {
  async function progressOf(id: string) {
    const response = await ask(
      `targets { id scope { program { name } kinds } progress { value basis status history { year value basis } } }`,
    );
    expect(response.errors).toBeUndefined();
    return response.data.beijing.targets.find((t: { id: string }) => t.id === id);
  }

  it('counts only the postings of its programme, not every dispatched worker', async () => {
    const cohort = await progressOf('cohort');
    // p2 is demo: a caller without a token sees no demo record through a target, as in no list.
    expect(cohort.scope).toEqual({ program: null, kinds: [] });
    expect(cohort.progress).toMatchObject({ value: 1, basis: 'MEASURED', status: 'ACHIEVED' });
    expect((await measured('DISPATCHED_WORKERS')).total).toBe(2);
  });

  it('counts only the kinds its policy names, and leaves figures of the whole indicator out of its history', async () => {
    const hospitals = await progressOf('hospitals');
    expect(hospitals.scope.kinds).toEqual([
      'GENERAL_HOSPITAL',
      'SPECIALTY_HOSPITAL',
      'TCM_HOSPITAL',
    ]);
    expect(hospitals.progress.value).toBeCloseTo(66.67, 2);
    expect(
      hospitals.progress.history.map((p: { year: number; value: number }) => [p.year, p.value]),
    ).toEqual([
      // E, a hospital whose department has no start given, 1 of the 4 hospitals from 2010 until it
      // closed in Y-3.
      ...Array.from({ length: year - 4 - 2010 + 1 }, (_, i) => [2010 + i, 25]),
      [year - 3, 0],
      [year - 2, 33.33],
      [year - 1, 66.67],
      [year, 66.67],
    ]);
  });
});

describe('aggregates cached until the next write', () => {
  const ask = async (selection: string, headers: Record<string, string> = {}) => {
    const before = opened.statements.count;
    const response = await graphql(server.url, `{ beijing { ${selection} } }`, undefined, headers);
    expect(response.errors).toBeUndefined();
    return { data: response.data.beijing, statements: opened.statements.count - before };
  };
  const coverage =
    'measure(indicator: "MEDICAL_MSW_COVERAGE", by: [CITY]) { value breakdown { keys { value } value } }';

  it('computes a measure once per write generation, and again after any write, by whatever means', async () => {
    const first = await ask(coverage);
    const again = await ask(coverage);
    expect(first.statements).toBe(2);
    // Only the generation is read: the measure comes from memory.
    expect(again).toEqual({ data: first.data, statements: 1 });

    // A write by hand, outside the API, is a write too: the next read computes afresh and sees it.
    await opened.dataSource.query(
      `UPDATE institution SET social_work_setup = 'POSTS', social_work_since = '2020' WHERE key = 'C'`,
    );
    const after = await ask(coverage);
    expect(after.statements).toBe(2);
    expect(after.data.measure.value).toBeGreaterThan(first.data.measure.value);
    await opened.dataSource.query(
      `UPDATE institution SET social_work_setup = 'NONE', social_work_since = NULL WHERE key = 'C'`,
    );
    expect((await ask(coverage)).data).toEqual(first.data);
  });

  it('never shares an entry between anonymous and signed-in callers', async () => {
    const byCounty = 'measure(indicator: "MEDICAL_MSW_COVERAGE", by: [COUNTY]) { value }';
    const analyst = await bearer({ role: 'analyst' });
    expect((await ask(byCounty)).statements).toBe(2);
    expect((await ask(byCounty, analyst)).statements).toBe(2);
    expect((await ask(byCounty, analyst)).statements).toBe(1);
    expect((await ask(byCounty)).statements).toBe(1);
  });

  it('computes every aggregate afresh, reading no generation, with AGGREGATE_CACHE=off', async () => {
    const uncached = await createRegistrySubgraph(regionBySlug('beijing'), opened.dataSource, {
      AGGREGATE_CACHE: 'off',
    });
    const listening = await listen(uncached.app, 0);
    try {
      for (let i = 0; i < 2; i++) {
        const before = opened.statements.count;
        const response = await graphql(listening.url, `{ beijing { ${coverage} } }`);
        expect(response.errors).toBeUndefined();
        expect(opened.statements.count - before).toBe(1);
      }
    } finally {
      await listening.close();
      await uncached.stop();
    }
  });

  it('caches data quality and the progress of targets as well', async () => {
    const question =
      'dataQuality(tolerancePercent: 7) { measured } targets { id progress { status history { year } } }';
    const first = await ask(question);
    const again = await ask(question);
    expect(again.data).toEqual(first.data);
    // Left: the generation, the list of targets and the published figures that progress rests on
    // where the registry cannot measure; the checks and the standings come from memory.
    expect(again.statements).toBe(3);
    expect(first.statements).toBeGreaterThan(again.statements);
  });
});

describe('data quality', () => {
  async function checks(tolerancePercent: number) {
    const response = await ask(
      `dataQuality(tolerancePercent: ${tolerancePercent}) { figure { id } published measured measuredAsOf measuredSince difference flagged }`,
    );
    expect(response.errors).toBeUndefined();
    return Object.fromEntries(
      response.data.beijing.dataQuality.map((c: { figure: { id: string } }) => [c.figure.id, c]),
    );
  }

  it('compares each measurable figure with its measure and flags differences beyond the tolerance', async () => {
    const at5 = await checks(5);
    expect(Object.keys(at5).sort()).toEqual([
      'certified',
      'dispatched',
      'dispatched-now',
      'msw',
      'msw-general',
      'workers',
      'workers-2020',
    ]);
    expect(at5['dispatched-now']).toMatchObject({
      published: 2,
      measured: 2,
      measuredSince: null,
      flagged: false,
    });
    // "累计一百名" since 2013: the two dispatched workers who served at any time from 2013 to its date.
    expect(at5.dispatched).toMatchObject({
      published: 100,
      measured: 2,
      measuredAsOf: `${year - 1}-06-30`,
      measuredSince: '2013-01-01',
      flagged: true,
    });
    expect(at5.msw.measuredSince).toBeNull();
    expect(at5['workers-2020']).toMatchObject({
      published: 3,
      measured: 3,
      measuredAsOf: '2020-12-31',
      flagged: false,
    });
    expect(at5.msw).toMatchObject({ published: 3, measured: 3, difference: 0, flagged: false });
    expect(at5['msw-general']).toMatchObject({ published: 2, measured: 2, flagged: false });
    expect(at5.workers).toMatchObject({ published: 5, measured: 4, difference: -1, flagged: true });
    expect(at5.certified).toMatchObject({ published: 3, measured: 4, flagged: false });
    expect((await checks(20)).workers.flagged).toBe(false);
    expect((await checks(19.9)).workers.flagged).toBe(true);
  });

  it('says how much of each measure is demo records, so that an agreement built on them confirms nothing', async () => {
    const response = await ask(
      `dataQuality(tolerancePercent: 5) { figure { id } flagged demoShare restsMostlyOnDemo }`,
    );
    const byId = Object.fromEntries(
      response.data.beijing.dataQuality.map((c: { figure: { id: string } }) => [c.figure.id, c]),
    );
    // Hand counts: with social work in January, A (demo), B and D, of which the general hospitals A
    // and B; dispatched in the June before, w2 and w6 (demo).
    expect(byId.msw).toMatchObject({ flagged: false, demoShare: 0.3333, restsMostlyOnDemo: false });
    expect(byId['msw-general']).toMatchObject({
      flagged: false,
      demoShare: 0.5,
      restsMostlyOnDemo: true,
    });
    expect(byId['dispatched-now']).toMatchObject({
      flagged: false,
      demoShare: 0.5,
      restsMostlyOnDemo: true,
    });
  });

  it('takes as the latest figure, on one date, the count at that date, not the count since an earlier date', async () => {
    // "dispatched" (since 2013) sorts before "dispatched-now": only the rule puts the count at the date first.
    const response = await ask(`latestFigure(indicator: "DISPATCHED_WORKERS") { id periodStart }`);
    expect(response.data.beijing.latestFigure).toEqual({ id: 'dispatched-now', periodStart: null });
  });

  it('rejects a tolerance outside 0 to 100', async () => {
    const response = await ask(`dataQuality(tolerancePercent: -1) { flagged }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'tolerancePercent',
    });
  });
});
