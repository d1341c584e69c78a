import { createHash } from 'node:crypto';
import { get, type IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { bearer } from './harness.js';
import { cachingGatewaysBefore, useStubSubgraphs } from './stub-subgraphs.js';

/**
 * A dashboard's persisted GET revalidated with If-None-Match, before stub subgraphs, through
 * node:http as a dashboard's browser or a load generator sends it: Node's fetch adds
 * `cache-control: no-cache` to a conditional request, which hides a 304 made by anyone but the
 * class cache.
 */
const stubs = useStubSubgraphs({ fields: { institutions: () => ({ totalCount: 3, edges: [] }) } });
const gateways = cachingGatewaysBefore(stubs);

function request(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      get(url, { headers }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body }),
        );
      }).on('error', reject);
    },
  );
}

const query = 'query Dashboard { registries { code institutions(first: 2) { totalCount } } }';
const extensions = {
  persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') },
};

/** Registers the persisted query with a POST; the function it gives asks for it over GET. */
async function dashboard(url: string) {
  const headers = {
    ...(await bearer({ role: 'analyst' })),
    'content-type': 'application/json',
    'apollo-require-preflight': 'true',
  };
  const registered = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, extensions }),
  });
  expect(registered.status).toBe(200);
  const getUrl = `${url}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`;
  return (extra: Record<string, string> = {}) => request(getUrl, { ...headers, ...extra });
}

describe('a persisted GET with If-None-Match', () => {
  it('is answered 304 by the class cache, asking no subgraph', async () => {
    const url = await gateways.start(120);
    const ask = await dashboard(url);
    const first = await ask();
    expect(first.status).toBe(200);
    expect(first.headers.etag).toMatch(/^"[0-9a-f]{32}"$/);
    const before = stubs().received();
    const unchanged = await ask({ 'if-none-match': first.headers.etag! });
    expect([unchanged.status, unchanged.body]).toEqual([304, '']);
    expect(stubs().received()).toBe(before);
  });

  it('has no ETag to send when the class cache did not keep the answer', async () => {
    const url = await gateways.start(1);
    // The caller's one new entry of the minute goes to another answer.
    const headers = { ...(await bearer({ role: 'analyst' })), 'content-type': 'application/json' };
    await fetch(url, { method: 'POST', headers, body: '{"query":"{ beijing { code } }"}' });
    const ask = await dashboard(url);
    const first = await ask();
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toHaveProperty('data.registries');
    // Express's own weak ETag stood here, and its 304 came after the pipeline and every subgraph.
    expect(first.headers.etag).toBeUndefined();
  });
});

describe('a cached answer asked with a persisted-query hash that is not its text', () => {
  it('is refused with 400 as Apollo refuses it, not served from the cache', async () => {
    const url = await gateways.start(120);
    const headers = { ...(await bearer({ role: 'analyst' })), 'content-type': 'application/json' };
    const post = (body: object) =>
      fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    expect((await post({ query })).status).toBe(200);
    const before = stubs().received();
    expect((await post({ query })).status).toBe(200);
    // The second was the cache's: no subgraph was asked.
    expect(stubs().received()).toBe(before);
    for (const persistedQuery of [
      { version: 1, sha256Hash: '1'.repeat(64) },
      { version: 7, sha256Hash: extensions.persistedQuery.sha256Hash },
    ]) {
      const refused = await post({ query, extensions: { persistedQuery } });
      expect(refused.status, JSON.stringify(persistedQuery)).toBe(400);
      const { errors } = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(errors[0]!.extensions.code).toBe('BAD_REQUEST');
    }
    // The hash alone, as a persisted query is sent, of a version there is none of.
    const byHash = await post({
      extensions: { persistedQuery: { ...extensions.persistedQuery, version: 7 } },
    });
    expect(byHash.status).toBe(400);
  });
});
