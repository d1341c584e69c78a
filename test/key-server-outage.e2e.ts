import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../shared/listen.js';
import type { SubgraphApp } from '../subgraphs/common/subgraph-app.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { pick, restore } from './environment.js';
import { useRegistryDatabase } from './harness.js';

/**
 * A registry whose tokens are verified with the keys of JWT_JWKS_URL, while nothing answers there:
 * a signed-in request is a 503 the caller may retry, and an anonymous one, which needs no key, is
 * served as ever.
 */
const opened = useRegistryDatabase('key_server_outage');
let subgraph: SubgraphApp;
let server: Listening;

beforeAll(async () => {
  const before = pick(process.env, ['JWT_JWKS_URL']);
  // The subgraph reads its token settings when it is built.
  process.env.JWT_JWKS_URL = 'http://127.0.0.1:9/.well-known/jwks.json';
  try {
    subgraph = await createRegistrySubgraph(regionBySlug('ningxia'), opened.dataSource);
  } finally {
    restore(before);
  }
  server = await listen(subgraph.app, 0);
});

afterAll(async () => {
  await server?.close();
  await subgraph?.stop();
});

const ask = (headers: Record<string, string>) =>
  fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ ningxia { code } }' }),
  });

describe('a key server that does not answer', () => {
  it('makes a signed-in request a 503 to retry, saying so in Chinese and English', async () => {
    // Any token of the right shape: its key is never fetched.
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'k' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ role: 'analyst' })).toString('base64url');
    const response = await ask({ authorization: `Bearer ${header}.${payload}.c2lnbmF0dXJl` });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    const { errors } = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(errors[0]!.extensions.code).toBe('AUTH_UNAVAILABLE');
    expect(errors[0]!.message).toMatch(/^暂时无法验证令牌：.+。Tokens cannot be verified for now/);
  });

  it('still serves an anonymous request', async () => {
    const response = await ask({});
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { ningxia: { code: 'NX' } } });
  });
});
