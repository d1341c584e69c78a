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
    const byId = Object.fromEntries(
      data.beijing.targets.map((t: { id: string; progress: unknown }) => [t.id, t.progress]),
    );
    expect(byId).toEqual({
      'volunteers-whole': { value: 300, basis: 'PUBLISHED', status: expect.any(String) },
      'volunteers-hospitals': { value: null, basis: null, status: 'NO_DATA' },
      'person-times-whole': { value: 52000, basis: 'PUBLISHED', status: 'ACHIEVED' },
      'person-times-hospitals': { value: null, basis: null, status: 'NO_DATA' },
    });
  });
});
