import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../shared/listen.js';
import type { SubgraphApp } from '../subgraphs/common/subgraph-app.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { graphql, useRegistryDatabase } from './harness.js';

/**
 * A registry of its own whose demo records hold far fewer certified social workers than the region
 * published: 100 at the end of 2015, 50 more each year to 300 at the end of 2019, and none since;
 * published, 2,000 at the end of 2023 and 近3000 (nearly 3,000) in June 2024. A target of 3,000 by
 * 2026 is judged on the figure, and on the figures' pace: a slope between the registry's year-ends
 * and the figures' would be the gap between two counts, on demo records at that.
 */
const registry = useRegistryDatabase('published_level_trend');
let subgraph: SubgraphApp;
let server: Listening;

const yearEnds = { 2015: 100, 2016: 150, 2017: 200, 2018: 250, 2019: 300 };

beforeAll(async () => {
  const db = registry.dataSource;
  await db.query(`INSERT INTO source (id, document, url, title, publisher, published_on) VALUES
    ('report', 'report.txt', NULL, '年度报告', '民政局', '2024-07')`);
  await db.query(
    `INSERT INTO social_worker (name, certificate_level, started_on, provenance)
     SELECT '社工' || n, 'ASSISTANT', make_date(CASE WHEN n <= 100 THEN 2015 ELSE 2015 + (n - 51) / 50 END, 6, 1), 'DEMO'
     FROM generate_series(1, 300) AS n`,
  );
  await db.query(`
    INSERT INTO figure (id, indicator, value, unit, as_of, qualifier, source_id, quote) VALUES
      ('end-2023', 'CERTIFIED_SOCIAL_WORKERS', 2000, 'persons', '2023-12-31', 'EXACT', 'report', '持证社工2000人'),
      ('june-2024', 'CERTIFIED_SOCIAL_WORKERS', 3000, 'persons', '2024-06', 'NEARLY', 'report', '持证社工近3000人')`);
  await db.query(`
    INSERT INTO target (id, indicator, target_value, unit, target_year, description) VALUES
      ('certified-2026', 'CERTIFIED_SOCIAL_WORKERS', 3000, 'persons', 2026, '持证社工3000人')`);
  subgraph = await createRegistrySubgraph(regionBySlug('tianjin'), registry.dataSource);
  server = await listen(subgraph.app, 0);
});

afterAll(async () => {
  await server?.close();
  await subgraph?.stop();
});

const progress = async (asOf: string) => {
  const { data, errors } = await graphql(
    server.url,
    `{ tianjin { targets { progress(asOf: "${asOf}") {
        value basis demoShare restsMostlyOnDemo trendPerYear status
        reason { code trendYears } history { year value basis evidence } } } } }`,
  );
  expect(errors).toBeUndefined();
  return data.tianjin.targets[0].progress;
};

describe('a target whose value is a published figure the registry falls short of', () => {
  it('holds the demo records that the test planned', async () => {
    const { history } = await progress('2024-12-31');
    const measured = history.filter((p: { basis: string }) => p.basis === 'MEASURED');
    for (const [year, value] of Object.entries(yearEnds))
      expect(measured.find((p: { year: number }) => p.year === Number(year))?.value).toBe(value);
  });

  it("fits its trend on the figures alone, and keeps the registry's years out of it", async () => {
    const judged = await progress('2024-12-31');
    expect(judged).toMatchObject({
      value: 3000,
      basis: 'PUBLISHED',
      demoShare: 0,
      restsMostlyOnDemo: false,
      // Theil–Sen of (2023, 2,000) and (2024, 3,000).
      trendPerYear: 1000,
      reason: { trendYears: [2023, 2024] },
    });
    expect(
      judged.history.filter(
        (p: { basis: string; evidence: boolean }) => p.basis === 'MEASURED' && p.evidence,
      ),
    ).toEqual([]);
    // From the least that 近3000 allows, 2,500, on at 1,000 a year from mid-2024: past 3,000.
    expect(judged.status).toBe('ON_TRACK');
  });

  it('has no trend where one figure is all the evidence of its level', async () => {
    const judged = await progress('2024-01');
    expect(judged).toMatchObject({
      value: 2000,
      basis: 'PUBLISHED',
      trendPerYear: null,
      status: 'AT_RISK',
      reason: { code: 'NO_TREND', trendYears: [] },
    });
  });
});
