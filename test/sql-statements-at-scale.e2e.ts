import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../shared/listen.js';
import type { SubgraphApp } from '../subgraphs/common/subgraph-app.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { loadPublishedData } from '../subgraphs/registry/src/seed/load-published.js';
import { seedScale } from '../subgraphs/registry/src/seed/scale.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { bearer, graphql, useRegistryDatabase } from './harness.js';

/**
 * Sichuan's subgraph on a registry of its own, first with 1,000 social workers, then with
 * 1,000,000: the statements each request sends must be the same number at both sizes.
 */
const region = regionBySlug('sichuan');
// A million rows are not worth keeping between runs.
const opened = useRegistryDatabase('sql_at_scale', { poolSize: 4, drop: true });
let subgraph: SubgraphApp;
let server: Listening;

beforeAll(async () => {
  await loadPublishedData(opened.dataSource, region.slug);
  subgraph = await createRegistrySubgraph(region, opened.dataSource);
  server = await listen(subgraph.app, 0);
}, 300_000);

afterAll(async () => {
  await server?.close();
  await subgraph?.stop();
});

const requests = {
  comparison: `{ sichuan { targets { id progress { status history { year } } }
    measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [CERTIFICATE_LEVEL]) { value breakdown { value } }
    figures { id value source { title } } } }`,
  page: `{ sichuan { institutions(first: 50) { totalCount edges { node { name socialWorkerCount
    socialWorkers(first: 20) { certificateLevel institution { name } } programs(first: 5) { name } } } } } }`,
  dataQuality: `{ sichuan { dataQuality { figure { id } measured flagged } } }`,
};

async function statementsPerRequest(): Promise<Record<string, number>> {
  const headers = await bearer({ role: 'analyst' });
  const counts: Record<string, number> = {};
  for (const [name, query] of Object.entries(requests)) {
    const before = opened.statements.count;
    const response = await graphql(server.url, query, undefined, headers);
    expect(response.errors, name).toBeUndefined();
    counts[name] = opened.statements.count - before;
  }
  return counts;
}

describe('SQL statements per request at scale', () => {
  it('are as many at 1,000,000 social workers as at 1,000', async () => {
    await seedScale(opened.dataSource, region, 1_000);
    const small = await statementsPerRequest();
    await seedScale(opened.dataSource, region, 1_000_000);
    const [{ workers }] = await opened.dataSource.query(
      'SELECT count(*)::int AS workers FROM social_worker',
    );
    expect(workers).toBeGreaterThanOrEqual(1_000_000);
    const large = await statementsPerRequest();
    expect(large).toEqual(small);
    // comparison: targets, the write generation (read once for the cached aggregates), the measure,
    // figures, one batch of their sources. page: the page, its count, worker lists, worker counts,
    // programme lists, one batch of the workers' institutions. dataQuality: the generation, the
    // comparable figures, then every measure they need, each as of its figure's date, in one.
    expect(small).toEqual({ comparison: 5, page: 6, dataQuality: 3 });
    // Asked again before any write, the aggregates come from memory: only the generation is read.
    const again = await statementsPerRequest();
    expect(again).toEqual({ comparison: 4, page: 6, dataQuality: 1 });
  }, 600_000);
});
