import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusingWhenFull, type ConcurrencyLimit } from '../gateway/src/concurrency.js';

/**
 * A full gateway refuses GraphQL requests before Express; everything else (other routes, a page's
 * requests and preflights, and any request while there is room) reaches the application.
 */
let full = true;
let refusals = 0;
const limit: ConcurrencyLimit = {
  full: () => full,
  refused: () => (refusals += 1),
  middleware: (_req, _res, next) => next(),
};
const reached: string[] = [];
const app: RequestListener = (req, res) => {
  reached.push(`${req.method} ${req.url}`);
  res.end('app');
};
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer(refusingWhenFull(limit, '/graphql', app));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function status(path: string, init: RequestInit = {}) {
  reached.length = 0;
  const response = await fetch(`${base}${path}`, { method: 'POST', body: '{}', ...init });
  return { status: response.status, reachedApp: reached.length > 0, response };
}

describe('refusals before Express', () => {
  it('refuse a GraphQL request when the limit is full, with Retry-After and a request id, and count it', async () => {
    refusals = 0;
    for (const path of ['/graphql', '/graphql?query=%7B__typename%7D', '/graphql/']) {
      const { status: code, reachedApp, response } = await status(path);
      expect({ path, code, reachedApp }).toEqual({ path, code: 503, reachedApp: false });
      expect(response.headers.get('retry-after')).toBe('1');
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(refusals).toBe(3);
  });

  it('leave other routes, pages and preflights to the application', async () => {
    expect(await status('/health', { method: 'GET', body: null })).toMatchObject({ status: 200 });
    expect(await status('/graphqlx')).toMatchObject({ status: 200, reachedApp: true });
    expect(
      await status('/graphql', { headers: { origin: 'https://dash.example.org' } }),
    ).toMatchObject({ status: 200, reachedApp: true });
    expect(await status('/graphql', { method: 'OPTIONS', body: null })).toMatchObject({
      status: 200,
      reachedApp: true,
    });
  });

  it('let every request through while there is room', async () => {
    full = false;
    expect(await status('/graphql')).toMatchObject({ status: 200, reachedApp: true });
    full = true;
  });
});
