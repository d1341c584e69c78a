import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../subgraphs/common/listen.js';
import type { SubgraphApp } from '../subgraphs/common/subgraph-app.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { snapshotMeasures } from '../subgraphs/registry/src/measures/measure.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { loadHandCountedPublications, loadHandCountedRegistry } from './fixtures/hand-counted-registry.js';
import { graphql, useRegistryDatabase } from './harness.js';

/**
 * The Beijing subgraph on a database holding only the hand-counted fixture, asked directly: the
 * gateway adds nothing to a measure, and the national comparison test covers the way through it.
 */
const year = new Date().getUTCFullYear();
const opened = useRegistryDatabase('hand_counted_registry');
let subgraph: SubgraphApp;
let server: Listening;

beforeAll(async () => {
  await loadHandCountedRegistry(opened.dataSource);
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
async function measured(indicator: string, by: string[] = []) {
  const response = await ask(`measure(indicator: "${indicator}", by: [${by.join(', ')}]) {
    computable value numerator denominator breakdown { keys { value } value numerator denominator } }`);
  expect(response.errors).toBeUndefined();
  const m = response.data.beijing.measure;
  return {
    total: m.value,
    numerator: m.numerator,
    denominator: m.denominator,
    cells: Object.fromEntries((m.breakdown as Cell[]).map((c) => [c.keys.map((k) => k.value ?? '-').join('/'), c.value])),
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
    ['MSW_INSTITUTIONS', ['CITY', 'HOSPITAL_GRADE'], 3, { '甲市/TERTIARY': 1, '甲市/SECONDARY': 1, '乙市/PRIMARY': 1 }],
    ['MSW_TERTIARY_INSTITUTIONS', [], 1, {}],
    ['PREFECTURES_COVERED', [], 2, {}],
    ['MEDICAL_SOCIAL_WORKERS', ['CERTIFICATE_LEVEL'], 4, { INTERMEDIATE: 1, ASSISTANT: 1, NONE: 2 }],
    ['MEDICAL_SOCIAL_WORKERS', ['INSTITUTION_KIND'], 4, { GENERAL_HOSPITAL: 3, PRIMARY_CARE: 1 }],
    ['MEDICAL_SOCIAL_WORKERS', ['SERVICE_FIELD'], 4, { MEDICAL: 3, ELDERLY: 2 }],
    ['MEDICAL_SOCIAL_WORKERS', ['PROVENANCE'], 4, { DEMO: 2, PUBLISHED: 1, REGISTERED: 1 }],
    ['MEDICAL_SOCIAL_WORKERS', ['CITY', 'SERVICE_FIELD'], 4, { '甲市/MEDICAL': 3, '甲市/ELDERLY': 1, '乙市/ELDERLY': 1 }],
    ['MEDICAL_SOCIAL_WORKERS', ['SERVICE_FIELD', 'CITY'], 4, { 'MEDICAL/甲市': 3, 'ELDERLY/甲市': 1, 'ELDERLY/乙市': 1 }],
    ['MEDICAL_MSW_COVERAGE', ['SERVICE_FIELD'], 75, { MEDICAL: 100, ELDERLY: 100, '-': 0 }],
    ['MEDICAL_SOCIAL_WORKERS', ['CITY'], 4, { 甲市: 3, 乙市: 1 }],
    ['MEDICAL_SOCIAL_WORKERS_TERTIARY', [], 2, {}],
    ['CERTIFIED_SOCIAL_WORKERS', ['COUNTY'], 4, { 一区: 2, 二区: 1, '-': 1 }],
    ['SOCIAL_WORK_PRACTITIONERS', [], 6, {}],
    ['DISPATCHED_WORKERS', [], 2, {}],
    ['SOCIAL_WORK_AGENCIES', [], 1, {}],
    ['SOCIAL_WORK_STATIONS', [], 1, {}],
    ['COUNTY_SW_GUIDANCE_CENTRES', [], 0, {}],
    ['SOCIAL_WORK_PROJECTS', ['INSTITUTION_KIND'], 3, { GENERAL_HOSPITAL: 1, SOCIAL_WORK_AGENCY: 1, '-': 1 }],
    ['SOCIAL_WORK_PROJECTS', ['PROGRAM_KIND'], 3, { DEMONSTRATION: 1, TRAINING: 1, OTHER: 1 }],
    ['FUNDING_YUAN', ['PROGRAM_KIND'], 120000, { DEMONSTRATION: 100000, TRAINING: 20000, OTHER: 0 }],
    ['SOCIAL_WORK_PROJECTS', ['SERVICE_FIELD'], 3, { MEDICAL: 1, CHILDREN: 1, ELDERLY: 1, '-': 1 }],
    ['FUNDING_YUAN', ['PROVENANCE'], 120000, { DEMO: 120000 }],
    ['BENEFICIARIES', [], 85, {}],
    ['INDIVIDUAL_CASES', [], 10, {}],
  ] as const)('%s by %j', async (indicator, by, total, cells) => {
    const result = await measured(indicator, [...by]);
    expect(result.total).toBe(total);
    expect(result.cells).toEqual(cells);
  });

  it('computes ratios with their numerator and denominator, in total and per cell', async () => {
    const secondaryPlus = await measured('SECONDARY_PLUS_MSW_COVERAGE', ['HOSPITAL_GRADE']);
    expect(secondaryPlus).toMatchObject({ numerator: 2, denominator: 3, cells: { TERTIARY: 100, SECONDARY: 50 } });
    expect(secondaryPlus.total).toBeCloseTo(66.667, 2);
    expect(await measured('MEDICAL_MSW_COVERAGE')).toMatchObject({ total: 75, numerator: 3, denominator: 4 });
  });

  it('says so for an indicator the registry cannot count, without a value', async () => {
    const response = await ask(`measure(indicator: "COUNTIES_COVERED") { computable reason value breakdown { value } }`);
    expect(response.data.beijing.measure).toMatchObject({ computable: false, value: null, breakdown: [] });
    expect(response.data.beijing.measure.reason).toContain('COUNTIES_COVERED');
  });

  it.each([
    ['an unknown indicator', `indicator: "MSW_INSTITUTION"`, 'indicator', 'not in the national catalog'],
    ['a dimension that does not apply', `indicator: "MSW_INSTITUTIONS", by: [CERTIFICATE_LEVEL]`, 'by[0]', 'CERTIFICATE_LEVEL does not apply'],
    ['a programme kind of institutions', `indicator: "MSW_INSTITUTIONS", by: [PROGRAM_KIND]`, 'by[0]', 'PROGRAM_KIND does not apply'],
    ['a dimension given twice', `indicator: "MSW_INSTITUTIONS", by: [CITY, CITY]`, 'by', 'twice'],
  ])('rejects %s as BAD_USER_INPUT', async (_, args, field, message) => {
    const response = await ask(`measure(${args}) { value }`);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(response.errors?.[0]?.message).toContain(message);
  });
});

describe('progress toward targets', () => {
  async function progress() {
    const response = await ask(`targets { id progress { value basis figure { id } gap yearsLeft projectedValue trendPerYear
      status statusReason history { year value basis derived } } }`);
    expect(response.errors).toBeUndefined();
    return Object.fromEntries(response.data.beijing.targets.map((t: { id: string; progress: unknown }) => [t.id, t.progress]));
  }

  it('projects the measured history to the target year', async () => {
    const { coverage } = await progress();
    expect(coverage).toMatchObject({ value: 75, basis: 'MEASURED', gap: 25, yearsLeft: 1, trendPerYear: 25, projectedValue: 100, status: 'ON_TRACK' });
    expect(coverage.history).toEqual([
      { year: year - 2, value: 25, basis: 'MEASURED', derived: false },
      { year: year - 1, value: 50, basis: 'MEASURED', derived: false },
      { year, value: 75, basis: 'MEASURED', derived: false },
    ]);
  });

  it('counts a baseline implied by a growth rate in the history, marked derived', async () => {
    const { msw } = await progress();
    expect(msw).toMatchObject({ value: 3, basis: 'MEASURED', status: 'ACHIEVED', gap: 0 });
    expect(msw.history).toContainEqual({ year: 2019, value: 1, basis: 'PUBLISHED', derived: true });
    expect(msw.history).toContainEqual({ year: year - 1, value: 3, basis: 'PUBLISHED', derived: false });
  });

  it('falls back to the latest published figure where the registry cannot measure, and says which', async () => {
    const { counties, trainings } = await progress();
    expect(counties).toMatchObject({ value: 8, basis: 'PUBLISHED', figure: { id: 'counties' }, gap: 2, status: 'AT_RISK' });
    expect(trainings).toMatchObject({ value: null, basis: null, status: 'NO_DATA' });
  });
});

describe('data quality', () => {
  async function checks(tolerancePercent: number) {
    const response = await ask(`dataQuality(tolerancePercent: ${tolerancePercent}) { figure { id } published measured difference flagged }`);
    expect(response.errors).toBeUndefined();
    return Object.fromEntries(response.data.beijing.dataQuality.map((c: { figure: { id: string } }) => [c.figure.id, c]));
  }

  it('compares each measurable figure with its measure and flags differences beyond the tolerance', async () => {
    const at5 = await checks(5);
    expect(Object.keys(at5).sort()).toEqual(['certified', 'msw', 'msw-general', 'workers']);
    expect(at5.msw).toMatchObject({ published: 3, measured: 3, difference: 0, flagged: false });
    expect(at5['msw-general']).toMatchObject({ published: 2, measured: 2, flagged: false });
    expect(at5.workers).toMatchObject({ published: 5, measured: 4, difference: -1, flagged: true });
    expect(at5.certified).toMatchObject({ published: 3, measured: 4, flagged: false });
    expect((await checks(20)).workers.flagged).toBe(false);
    expect((await checks(19.9)).workers.flagged).toBe(true);
  });

  it('rejects a tolerance outside 0 to 100', async () => {
    const response = await ask(`dataQuality(tolerancePercent: -1) { flagged }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tolerancePercent' });
  });
});

describe('measure snapshots', () => {
  it('record every computable indicator in one statement, with the values the measures give', async () => {
    const db = opened.dataSource;
    const before = opened.statements.count;
    const written = await snapshotMeasures(db);
    expect(opened.statements.count - before).toBe(1);
    const rows: { indicator: string; value: string }[] = await db.query(
      `SELECT indicator, value FROM measure_snapshot WHERE taken_at >= now() - interval '1 minute' ORDER BY indicator`,
    );
    expect(rows).toHaveLength(written);
    expect(Object.fromEntries(rows.map((r) => [r.indicator, Number(r.value)]))).toMatchObject({
      MSW_INSTITUTIONS: 3,
      MEDICAL_MSW_COVERAGE: 75,
      SOCIAL_WORK_PRACTITIONERS: 6,
      FUNDING_YUAN: 120000,
    });
  });
});
