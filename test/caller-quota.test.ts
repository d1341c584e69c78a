import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallerQuota } from '../gateway/src/caller-quota.js';
import { createGateway } from '../gateway/src/gateway.js';
import { freePort, listen, type Listening } from '../shared/listen.js';
import { subgraphs } from '../subgraphs/regions.js';

describe('a quota of new cache entries per caller', () => {
  it('gives each caller its rate per minute, and a new minute a new rate', () => {
    let now = 0;
    const quota = new CallerQuota(2, () => now);
    expect([quota.take('a'), quota.take('a'), quota.take('a')]).toEqual([true, true, false]);
    // Another caller has its own.
    expect(quota.take('b')).toBe(true);
    now = 59_999;
    expect(quota.take('a')).toBe(false);
    now = 60_000;
    expect([quota.take('a'), quota.take('a'), quota.take('a')]).toEqual([true, true, false]);
  });
});

/**
 * A gateway listening on IPv6 and IPv4 alike, so that one machine is two callers: 127.0.0.1
 * and ::1. `{ __typename }` needs no subgraph, so none runs.
 */
let gateway: Listening;
let stop: () => Promise<void>;
beforeAll(async () => {
  const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
  const created = await createGateway({
    env: {
      ...process.env,
      LOG_LEVEL: 'silent',
      REDIS_URL: '',
      PERSISTED_QUERIES_PER_MINUTE: '3',
      ...Object.fromEntries(
        subgraphs.map(({ name }) => [`${name.toUpperCase()}_SUBGRAPH_URL`, nowhere]),
      ),
    },
  });
  gateway = await listen(created.app, 0, '::');
  stop = created.stop;
});
afterAll(async () => {
  await gateway?.close();
  await stop?.();
});

/** Sends a persisted query from one address, with its text or by its hash only. */
async function persisted(host: string, query: string, withText: boolean) {
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const response = await fetch(`http://${host}:${gateway.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...(withText ? { query } : {}),
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    }),
  });
  return (await response.json()) as {
    data?: unknown;
    errors?: { extensions: { code: string } }[];
  };
}
const known = async (host: string, query: string) =>
  (await persisted(host, query, false)).errors?.[0]?.extensions.code !==
  'PERSISTED_QUERY_NOT_FOUND';

describe('persisted queries registered by one caller', () => {
  it('are answered past the rate, but kept only up to it, and another caller still registers', async () => {
    const queries = Array.from({ length: 5 }, (_, i) => `query Flood${i} { __typename }`);
    for (const query of queries)
      expect(await persisted('127.0.0.1', query, true)).toEqual({
        data: { __typename: 'Query' },
      });
    const kept = await Promise.all(queries.map((query) => known('127.0.0.1', query)));
    expect(kept).toEqual([true, true, true, false, false]);
    // The other address registers its own, as many as its rate.
    const dashboard = 'query Dashboard { __typename }';
    expect(await persisted('[::1]', dashboard, true)).toEqual({ data: { __typename: 'Query' } });
    expect(await known('[::1]', dashboard)).toBe(true);
    const metrics = await (await fetch(`http://127.0.0.1:${gateway.port}/metrics`)).text();
    expect(metrics).toMatch(
      /^cache_entries_not_kept_total\{[^}]*cache="persisted_queries"[^}]*\} 2$/m,
    );
  });
});
