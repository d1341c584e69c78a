import { describe, expect, it } from 'vitest';
import { bearer } from './harness.js';
import { cachingGatewaysBefore, useStubSubgraphs } from './stub-subgraphs.js';

/**
 * The class cache keys an answer by its variables as JSON writes them: a value JSON writes as
 * another (`1e999` reads as Infinity, written null) must not find the answer to that other value.
 */
const stubs = useStubSubgraphs({ fields: { institutions: () => ({ totalCount: 3, edges: [] }) } });
const gateways = cachingGatewaysBefore(stubs);
const query = 'query Page($first: Int) { beijing { institutions(first: $first) { totalCount } } }';

async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return {
    status: response.status,
    age: response.headers.get('age'),
    body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] },
  };
}

describe('variables the class cache cannot tell apart as JSON', () => {
  it('are checked by the pipeline, not answered from the cache', async () => {
    const url = await gateways.start(1000);
    const headers = await bearer({ role: 'analyst' });
    const nullPage = JSON.stringify({ query, variables: { first: null } });
    expect((await post(url, nullPage, headers)).status).toBe(200);
    const hit = await post(url, nullPage, headers);
    expect(hit.age).not.toBeNull();
    // JSON.stringify cannot write this body: 1e999 is past the largest number, read as Infinity.
    const infinite = `{"query":${JSON.stringify(query)},"variables":{"first":1e999}}`;
    const refused = await post(url, infinite, headers);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
