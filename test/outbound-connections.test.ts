import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { elsewhere, recordConnections } from './connections.js';
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

const telemetrySetting = process.env.APOLLO_TELEMETRY_DISABLED;
afterEach(() => {
  vi.restoreAllMocks();
  process.env.APOLLO_TELEMETRY_DISABLED = telemetrySetting;
});

describe('connections the gateway opens', () => {
  it('go to its subgraphs and its own listener only, with no setting of Apollo’s given', async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    const opened = recordConnections();
    const gateway = await startGatewayBefore(stubs.urls);
    try {
      const response = await graphql(gateway.url, '{ registries { code targets { id } } }');
      expect(response.errors).toBeUndefined();
      expect(response.data.registries).toHaveLength(6);
    } finally {
      await gateway.close();
    }
    expect(elsewhere(opened, [gateway.url, ...Object.values(stubs.urls)])).toEqual([]);
    // The recording saw the query's own connections: to the gateway, and from it to the stubs.
    expect(opened.length).toBeGreaterThan(1);
  });
});
