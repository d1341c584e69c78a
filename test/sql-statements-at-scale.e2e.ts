import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../shared/listen.js';
import type { SubgraphApp } from '../subgraphs/common/subgraph-app.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { loadPublishedData } from '../subgraphs/registry/src/seed/load-published.js';
import { seedScale } from '../subgraphs/registry/src/seed/scale.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { statementsPerRequest } from '../scripts/bench/statements-per-request.js';
import { bearer, useRegistryDatabase } from './harness.js';

/**
 * Sichuan's subgraph on a registry of its own, first with 1,000 social workers, then with 100,000:
 * the statements each request sends must be the same number at both sizes. Nothing in a request
 * reads its rows in batches, so a hundred times the rows shows any statement that grows with them;
 * `npm run bench:measures` counts the same requests in every region on the registries as they are
 * (BENCHMARKS.md, after `npm run seed -- --scale 1000000`). A million here took a minute to seed.
 */
const region = regionBySlug('sichuan');
// A hundred thousand rows are not worth keeping between runs.
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

/** The statements of each request, asked as an analyst. */
async function counted(): Promise<Record<string, number>> {
  return statementsPerRequest(
    server.url,
    region,
    opened.statements,
    await bearer({ role: 'analyst' }),
  );
}

describe('SQL statements per request at scale', () => {
  it('are as many at 100,000 social workers as at 1,000', async () => {
    await seedScale(opened.dataSource, region, 1_000);
    const small = await counted();
    await seedScale(opened.dataSource, region, 100_000);
    const [{ workers }] = await opened.dataSource.query(
      'SELECT count(*)::int AS workers FROM social_worker',
    );
    expect(workers).toBeGreaterThanOrEqual(100_000);
    const large = await counted();
    expect(large).toEqual(small);
    // comparison: targets, the write generation (read once for the cached aggregates), the measure,
    // figures, one batch of their sources. page: the page, its count, worker lists, worker counts,
    // programme lists, one batch of the workers' institutions. dataQuality: the generation, the
    // comparable figures, then every measure they need, each as of its figure's date, in one.
    expect(small).toEqual({ comparison: 5, page: 6, dataQuality: 3 });
    // Asked again before any write, the aggregates come from memory: only the generation is read.
    const again = await counted();
    expect(again).toEqual({ comparison: 4, page: 6, dataQuality: 1 });
  }, 600_000);
});
