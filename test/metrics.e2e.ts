import { afterAll, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway/src/gateway.js';
import { freePort, listen, type Listening } from '../shared/listen.js';
import { subgraphs } from '../subgraphs/regions.js';

const scraper = 'metrics-test-scraper-secret-of-32-bytes-at-least';

/** Gateways in production mode; their subgraphs are unreachable, as `{ __typename }` needs none. */
const gateways: { listening: Listening; stop: () => Promise<void> }[] = [];
afterAll(async () => {
  for (const gateway of gateways) {
    await gateway.listening.close();
    await gateway.stop();
  }
});

async function productionGateway(extra: Record<string, string>): Promise<string> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: 'metrics-test-secret-of-thirty-two-bytes-at-least',
    LOG_LEVEL: 'silent',
    ...extra,
  };
  const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
  for (const subgraph of subgraphs) {
    env[`${subgraph.name.toUpperCase()}_GATEWAY_SECRET`] = `secret-${subgraph.name}`.padEnd(
      32,
      '-',
    );
    env[`${subgraph.name.toUpperCase()}_SUBGRAPH_URL`] = nowhere;
  }
  const gateway = await createGateway({ env });
  const listening = await listen(gateway.app, 0);
  gateways.push({ listening, stop: gateway.stop });
  return listening.url;
}

const metricsOf = (url: string, headers: Record<string, string> = {}) =>
  fetch(url.replace(/\/graphql$/, '/metrics'), { headers });
const ask = (url: string, query: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });

describe("the gateway's metrics, in production mode", () => {
  it('are served to nobody without METRICS_SECRET', async () => {
    const url = await productionGateway({});
    const refused = await metricsOf(url);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/METRICS_SECRET/);
  });

  it('are served only with METRICS_SECRET, and label only the operations the federation knows', async () => {
    const url = await productionGateway({
      METRICS_SECRET: scraper,
      OPERATION_NAMES: 'AnalystWeekly',
    });
    const wrong: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { 'x-gateway-secret': 'no' },
      { authorization: `Bearer ${'secret-beijing'.padEnd(32, '-')}` },
      { 'x-gateway-secret': scraper },
    ];
    for (const headers of wrong) {
      const refused = await metricsOf(url, headers);
      expect(refused.status).toBe(403);
      expect(await refused.text()).not.toMatch(/graphql_requests_total/);
    }
    // A caller sending hundreds of names of its own first, then the dashboard and an allow-listed name.
    for (let i = 0; i < 250; i++) await ask(url, `query Junk${i} { __typename }`);
    await ask(url, 'query DashboardNational { __typename }');
    await ask(url, 'query AnalystWeekly { __typename }');
    const served = await metricsOf(url, { authorization: `Bearer ${scraper}` });
    expect(served.status).toBe(200);
    const text = await served.text();
    const labels = new Set(
      [...text.matchAll(/^graphql_requests_total\{operation="([^"]*)"/gm)].map((m) => m[1]),
    );
    expect(labels).toEqual(new Set(['other', 'DashboardNational', 'AnalystWeekly']));
    expect(text).toMatch(/^graphql_requests_total\{operation="other",outcome="ok"[^}]*\} 250$/m);
  });

  it('count a request whose token is refused as a request with an error', async () => {
    const url = await productionGateway({ METRICS_SECRET: scraper });
    const refused = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(refused.status).toBe(401);
    const text = await (await metricsOf(url, { authorization: `Bearer ${scraper}` })).text();
    expect(text).toMatch(/^graphql_errors_total\{code="UNAUTHENTICATED"[^}]*\} 1$/m);
    expect(text).toMatch(/^graphql_requests_total\{operation="other",outcome="error"[^}]*\} 1$/m);
  });

  it('refuse to start with a METRICS_SECRET that is short or another secret, naming it', async () => {
    await expect(productionGateway({ METRICS_SECRET: 'scraper-secret' })).rejects.toThrow(
      /^METRICS_SECRET 只有 14 字节，至少须 32 字节。METRICS_SECRET is 14 bytes; use at least 32/,
    );
    await expect(
      productionGateway({ METRICS_SECRET: 'secret-guangxi'.padEnd(32, '-') }),
    ).rejects.toThrow(
      /^METRICS_SECRET 与 GUANGXI_GATEWAY_SECRET 相同.*METRICS_SECRET is GUANGXI_GATEWAY_SECRET/,
    );
  });
});
