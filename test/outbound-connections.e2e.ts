import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { listen } from '../shared/listen.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { loadPublishedData } from '../subgraphs/registry/src/seed/load-published.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { apolloReporting, elsewhere, recordConnections } from './connections.js';
import { pick, restore } from './environment.js';
import { graphql, useRegistryDatabase } from './harness.js';

/**
 * A regional subgraph connects to its database and to nothing else (test/outbound-connections.test.ts:
 * the gateway, to its subgraphs): it is built, asked, and stopped while every TCP connection the
 * process opens is recorded.
 */
const region = regionBySlug('ningxia');
const opened = useRegistryDatabase('outbound_connections', { drop: true });
const settings = pick(process.env, Object.keys(apolloReporting));
afterEach(() => {
  vi.restoreAllMocks();
  restore(settings);
});

describe('connections a subgraph opens', () => {
  it('go to its database only, whatever Apollo’s settings say', async () => {
    await loadPublishedData(opened.dataSource, region.slug);
    Object.assign(process.env, apolloReporting);
    const connections = recordConnections();
    const subgraph = await createRegistrySubgraph(region, opened.dataSource);
    const server = await listen(subgraph.app, 0);
    try {
      // More requests at once than the pool has connections: the pool opens what it may.
      const answers = await Promise.all(
        Array.from({ length: 4 }, () =>
          graphql(server.url, '{ ningxia { institutions(first: 5) { totalCount } } }'),
        ),
      );
      for (const answer of answers) expect(answer.errors).toBeUndefined();
    } finally {
      await server.close();
      await subgraph.stop();
    }
    expect(elsewhere(connections, [inject('databaseServerUrl'), server.url])).toEqual([]);
    expect(connections.length).toBeGreaterThan(0);
  });
});
