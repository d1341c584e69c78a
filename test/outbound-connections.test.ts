import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { apolloReporting, elsewhere, recordConnections } from './connections.js';
import { pick, restore } from './environment.js';
import { graphql } from './harness.js';
import { startGatewayBefore, startStubSubgraphs, type StubSubgraphs } from './stub-subgraphs.js';

/**
 * The gateway connects to its subgraphs and to nothing else: no cloud's metadata service, no
 * vendor's usage reporting (test/outbound-connections.e2e.ts: the subgraphs, to their database).
 */
let stubs: StubSubgraphs;
beforeAll(async () => {
  stubs = await startStubSubgraphs({ fields: { targets: () => [] } });
});
afterAll(async () => {
  await stubs?.close();
});

const settings = pick(process.env, ['APOLLO_TELEMETRY_DISABLED', ...Object.keys(apolloReporting)]);
afterEach(() => {
  vi.restoreAllMocks();
  restore(settings);
});

describe('connections the gateway opens', () => {
  it('go to its subgraphs, its cache and its own listener only, whatever Apollo’s settings say', async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    const opened = recordConnections();
    Object.assign(process.env, apolloReporting);
    const gateway = await startGatewayBefore(stubs.urls);
    try {
      const response = await graphql(gateway.url, '{ registries { code targets { id } } }');
      expect(response.errors).toBeUndefined();
      expect(response.data.registries).toHaveLength(6);
    } finally {
      await gateway.close();
    }
    // Its cache, where one is configured (CI's Redis), is part of the system.
    const cache = process.env.REDIS_URL ? [process.env.REDIS_URL] : [];
    expect(elsewhere(opened, [gateway.url, ...Object.values(stubs.urls), ...cache])).toEqual([]);
    // The recording saw the query's own connections: to the gateway, and from it to the stubs.
    expect(opened.length).toBeGreaterThan(1);
  });
});
