import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway/src/gateway.js';
import { freePort, listen, type Listening } from '../shared/listen.js';
import { subgraphs } from '../subgraphs/regions.js';
import { startProxy, type Proxy } from './proxy.js';

/**
 * A gateway that may work on one request at once and keep one waiting. Guangxi is behind a proxy
 * that holds its answers, so the test decides when the running request ends: nothing depends on
 * timing.
 */
let gateway: Listening;
let stop: () => Promise<void>;
let proxy: Proxy;
beforeAll(async () => {
  const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
  proxy = await startProxy(nowhere);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'silent',
    RESPONSE_CACHE: 'off',
    MAX_CONCURRENT_REQUESTS: '1',
    MAX_QUEUED_REQUESTS: '1',
    CORS_ORIGINS: 'https://dash.example.org',
  };
  for (const subgraph of subgraphs)
    env[`${subgraph.name.toUpperCase()}_SUBGRAPH_URL`] =
      subgraph.name === 'guangxi' ? proxy.url : nowhere;
  const created = await createGateway({ env });
  gateway = await listen(created.app, 0);
  stop = created.stop;
});
afterAll(async () => {
  proxy?.release();
  await gateway?.close();
  await stop?.();
  await proxy?.close();
});

const ask = (headers: Record<string, string> = {}) =>
  fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ guangxi { name } }' }),
  });
const busy = {
  errors: [
    {
      message: '网关繁忙，请一秒后重试。The gateway is busy; retry in a second.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    },
  ],
};
const gaugeValue = async (name: string) => {
  const text = await (await fetch(gateway.url.replace(/\/graphql$/, '/metrics'))).text();
  return Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+)$`, 'm').exec(text)?.[1]);
};
/** Waits for a state of the gateway by asking it, never by sleeping. */
async function until(condition: () => Promise<boolean>) {
  while (!(await condition())) await new Promise((resolve) => setImmediate(resolve));
}

describe('overload', () => {
  it('answers 503 with Retry-After when every place and the queue are taken, and serves the rest', async () => {
    proxy.hold();
    const running = ask();
    await until(async () => proxy.received.length === 1);
    const queued = ask();
    await until(async () => (await gaugeValue('gateway_requests_queued')) === 1);

    // A caller's own request id comes back on its refusal, as on any answer.
    const refused = await ask({ 'x-request-id': 'caller-chosen-id-1' });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('x-request-id')).toBe('caller-chosen-id-1');
    expect(await refused.json()).toEqual(busy);
    // A page of an allowed origin is refused too, with the CORS headers that let it read why.
    const fromPage = await ask({ origin: 'https://dash.example.org' });
    expect(fromPage.status).toBe(503);
    expect(fromPage.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
    expect(fromPage.headers.get('access-control-expose-headers')).toBe(
      'retry-after,www-authenticate,x-request-id',
    );
    expect(fromPage.headers.get('retry-after')).toBe('1');
    expect(fromPage.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await fromPage.json()).toEqual(busy);
    // The preflight of such a page is answered by the CORS middleware, full or not.
    const preflight = await fetch(gateway.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://dash.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    // Other routes are not limited.
    expect((await fetch(gateway.url.replace(/\/graphql$/, '/health'))).status).toBe(200);

    proxy.release();
    expect((await running).status).toBe(200);
    expect((await queued).status).toBe(200);
    expect(await gaugeValue('gateway_requests_running')).toBe(0);
    expect(await gaugeValue('gateway_requests_queued')).toBe(0);
    // Both refusals counted: the one answered before Express, and the page's, answered in it.
    expect(await gaugeValue('gateway_requests_refused_total')).toBe(2);
  });

  it('gives a request 10 s for its headers and 30 s for all of it, not Node’s 300 s', () => {
    expect(gateway.server.headersTimeout).toBe(10_000);
    expect(gateway.server.requestTimeout).toBe(30_000);
  });
});
