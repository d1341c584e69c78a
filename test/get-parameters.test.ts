import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from './harness.js';
import { startGatewayBefore, useStubSubgraphs } from './stub-subgraphs.js';

/**
 * A GraphQL GET is read as Apollo Server reads it, every parameter of its URL, by the gateway's own
 * layers too (the class cache, the query length limit): Express's `req.query` stops at 1,000
 * parameters, so a URL padded with 1,000 others showed them another request than the pipeline ran.
 */
const stubs = useStubSubgraphs({});
let gateway: Awaited<ReturnType<typeof startGatewayBefore>>;
beforeAll(async () => {
  gateway = await startGatewayBefore(stubs().urls, {
    RESPONSE_CACHE: 'on',
    REDIS_URL: '',
    MAX_QUERY_LENGTH: '200',
  });
});
afterAll(async () => {
  await gateway?.close();
});

const padding = Array.from({ length: 1000 }, (_, i) => `p${i}=`).join('&');
const names =
  'query Names($named: Boolean = false) { registries { code name @include(if: $named) } }';

/** Asked by an analyst, whose answers the class cache keeps. */
async function get(parameters: string) {
  const response = await fetch(`${gateway.url}?${parameters}`, {
    headers: { 'apollo-require-preflight': 'true', ...(await bearer({ role: 'analyst' })) },
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: { registries: Record<string, unknown>[] };
      errors?: { message: string; extensions: { code: string } }[];
    },
  };
}

describe('a GraphQL GET padded with 1,000 other parameters', () => {
  it('stores no answer under the key of a request without its variables', async () => {
    const query = `query=${encodeURIComponent(names)}`;
    const variables = `variables=${encodeURIComponent('{"named":true}')}`;
    const padded = await get(`${query}&${padding}&${variables}`);
    expect(padded.body.data?.registries[0]).toEqual({ code: 'BJ', name: 'Beijing' });
    const plain = await get(query);
    expect(plain.body.data?.registries[0]).toEqual({ code: 'BJ' });
  });

  it('is held to the query length limit', async () => {
    const long = `{ __typename }#${'x'.repeat(300)}`;
    const refused = await get(`${padding}&query=${encodeURIComponent(long)}`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.message).toBe(
      `查询长 ${long.length} 个字符（含注释与空白），最多读取 200 个（MAX_QUERY_LENGTH）。The query is ${long.length} characters long, comments included; at most 200 are read (MAX_QUERY_LENGTH).`,
    );
  });

  it('is refused by the pipeline when a parameter is repeated, never answered from the cache', async () => {
    const query = `query=${encodeURIComponent(names)}`;
    expect((await get(query)).status).toBe(200);
    const repeated = await get(`${query}&${query}`);
    expect(repeated.status).toBe(400);
  });
});
