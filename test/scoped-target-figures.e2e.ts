import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../shared/listen.js';
import type { SubgraphApp } from '../subgraphs/common/subgraph-app.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { graphql, useRegistryDatabase } from './harness.js';

/**
 * A registry of its own, with figures of two whole indicators the registry cannot count (a stock
 * and a flow) and, of each, a target of the whole and one that counts some kinds of institution
 * only. A figure of the whole is the value of the first and never of the second: it does not count
 * what the second counts.
 *
 * And two cohorts of a dispatch programme, both begun July 2025, each with a target of 30 placed by
 * 2025 and fewer registered (2 and 1): the first with its own figure of 30 at the end of 2025, the
 * second with one of 30 placed since September only (a part of it). A figure of the whole indicator
 * (500 dispatched) is beside them.
 */
const registry = useRegistryDatabase('scoped_target_figures');
let subgraph: SubgraphApp;
let server: Listening;

beforeAll(async () => {
  const db = registry.dataSource;
  await db.query(`INSERT INTO source (id, document, url, title, publisher, published_on) VALUES
    ('report', 'report.txt', NULL, '年度报告', '民政局', '2024-01')`);
  await db.query(`
    INSERT INTO figure (id, indicator, value, unit, as_of, period_start, qualifier, source_id, quote) VALUES
      ('volunteers', 'COMMUNITY_HEALTH_VOLUNTEERS', 300, 'persons', '2023-12-31', NULL, 'EXACT', 'report', '志愿者300人'),
      ('person-times', 'COMMUNITY_SERVICE_PERSON_TIMES', 52000, 'person-times', '2023-12-31', '2023', 'EXACT', 'report', '全年服务52000人次')`);
  await db.query(`
    INSERT INTO target (id, indicator, target_value, unit, target_year, description, scope_kinds) VALUES
      ('volunteers-whole', 'COMMUNITY_HEALTH_VOLUNTEERS', 400, 'persons', 2030, '全部', NULL),
      ('volunteers-hospitals', 'COMMUNITY_HEALTH_VOLUNTEERS', 400, 'persons', 2030, '仅医院', '{GENERAL_HOSPITAL}'),
      ('person-times-whole', 'COMMUNITY_SERVICE_PERSON_TIMES', 50000, 'person-times', 2023, '全部', NULL),
      ('person-times-hospitals', 'COMMUNITY_SERVICE_PERSON_TIMES', 50000, 'person-times', 2023, '仅医院', '{GENERAL_HOSPITAL}')`);
  await db.query(`INSERT INTO program (key, name, kind, period_start, year, provenance, known_from) VALUES
    ('cohort', '2025年选派', 'DISPATCHED_WORKER', '2025-07', 2025, 'PUBLISHED', '2025-07-19'),
    ('cohort-b', '2025年另一批', 'DISPATCHED_WORKER', '2025-07', 2025, 'PUBLISHED', '2025-07-19')`);
  await db.query(`INSERT INTO social_worker (name, employment, program_id, started_on, provenance)
    SELECT w.name, 'DISPATCHED', (SELECT id FROM program WHERE key = w.cohort), '2025-08-01', 'DEMO'
    FROM (VALUES ('甲', 'cohort'), ('乙', 'cohort'), ('丙', 'cohort-b')) AS w(name, cohort)`);
  await db.query(`
    INSERT INTO figure (id, indicator, value, unit, as_of, period_start, qualifier, source_id, quote, scope_program_id) VALUES
      ('dispatched-whole', 'DISPATCHED_WORKERS', 500, 'persons', '2025-12-31', NULL, 'EXACT', 'report', '全省选派500人', NULL),
      ('cohort-placed', 'DISPATCHED_WORKERS', 30, 'persons', '2025-12-31', NULL, 'EXACT', 'report', '已选派30人',
        (SELECT id FROM program WHERE key = 'cohort')),
      ('cohort-b-since-september', 'DISPATCHED_WORKERS', 30, 'persons', '2025-12-31', '2025-09', 'EXACT', 'report',
        '9月以来选派30人', (SELECT id FROM program WHERE key = 'cohort-b'))`);
  await db.query(`
    INSERT INTO target (id, indicator, target_value, unit, target_year, description, scope_program_id)
    SELECT 'placed-' || key, 'DISPATCHED_WORKERS', 30, 'persons', 2025, '选派30人', id FROM program`);
  subgraph = await createRegistrySubgraph(regionBySlug('beijing'), registry.dataSource);
  server = await listen(subgraph.app, 0);
});

afterAll(async () => {
  await server?.close();
  await subgraph?.stop();
});

describe('a target that counts some kinds of institution only', () => {
  it('never takes a figure of the whole indicator for its value, a stock or a flow', async () => {
    const { data, errors } = await graphql(
      server.url,
      '{ beijing { targets { id progress { value basis status } } } }',
    );
    expect(errors).toBeUndefined();
    const ofKinds = data.beijing.targets.filter((t: { id: string }) => !t.id.startsWith('placed-'));
    const byId = Object.fromEntries(
      ofKinds.map((t: { id: string; progress: unknown }) => [t.id, t.progress]),
    );
    expect(byId).toEqual({
      'volunteers-whole': { value: 300, basis: 'PUBLISHED', status: expect.any(String) },
      'volunteers-hospitals': { value: null, basis: null, status: 'NO_DATA' },
      'person-times-whole': { value: 52000, basis: 'PUBLISHED', status: 'ACHIEVED' },
      'person-times-hospitals': { value: null, basis: null, status: 'NO_DATA' },
    });
  });
});

describe('a target of one cohort of a programme', () => {
  it("is judged on its programme's own figure where the registry holds fewer, never on the whole indicator's or a part's", async () => {
    const { data, errors } = await graphql(
      server.url,
      `
        {
          beijing {
            targets(indicator: "DISPATCHED_WORKERS") {
              id
              progress(asOf: "2026-06-30") {
                value
                basis
                asOf
                status
                figure {
                  id
                }
                history {
                  year
                  basis
                  value
                }
              }
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    const byId = Object.fromEntries(
      data.beijing.targets.map((t: { id: string; progress: unknown }) => [t.id, t.progress]),
    );
    expect(byId['placed-cohort']).toEqual({
      value: 30,
      basis: 'PUBLISHED',
      asOf: '2025-12-31',
      status: 'ACHIEVED',
      figure: { id: 'cohort-placed' },
      history: [
        { year: 2025, basis: 'MEASURED', value: 2 },
        { year: 2025, basis: 'PUBLISHED', value: 30 },
        { year: 2026, basis: 'MEASURED', value: 2 },
      ],
    });
    // Its figure counts those placed since September, not the cohort begun in July.
    expect(byId['placed-cohort-b']).toMatchObject({
      value: 1,
      basis: 'MEASURED',
      figure: null,
      history: [
        { year: 2025, basis: 'MEASURED', value: 1 },
        { year: 2026, basis: 'MEASURED', value: 1 },
      ],
    });
    expect(byId['placed-cohort-b'].status).not.toBe('ACHIEVED');
  });
});
