import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestListener } from 'node:http';
import { freePort, listen } from '../shared/listen.js';
import { graphql } from './harness.js';
import { startGatewayBefore, startStubSubgraphs, type StubSubgraphs } from './stub-subgraphs.js';

/**
 * What the gateway answers when a region is down or slow, before stub subgraphs: the other regions,
 * and an error naming the one that failed, on the field it could not serve.
 */
let stubs: StubSubgraphs;
const gateways: Awaited<ReturnType<typeof startGatewayBefore>>[] = [];
beforeAll(async () => {
  stubs = await startStubSubgraphs({
    fields: { measure: (region) => ({ value: region.provinceCode.length }), targets: () => [] },
  });
});
afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  await stubs?.close();
});

/** What production asks of a gateway: a signing secret, and a secret per subgraph. */
const productionSecrets = () => ({
  JWT_SECRET: 'gateway-error-paths-test-secret-of-32-bytes',
  ...Object.fromEntries(
    Object.keys(stubs.urls).map((name) => [
      `${name.toUpperCase()}_GATEWAY_SECRET`,
      `secret-${name}`.padEnd(32, '-'),
    ]),
  ),
});

async function gatewayWith(overrides: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const gateway = await startGatewayBefore({ ...stubs.urls, ...overrides }, env);
  gateways.push(gateway);
  return gateway;
}

const national = `{ registries { code name measure(indicator: "SOCIAL_WORK_STATIONS") { value } } }`;
const byCode = (registries: { code: string; measure: unknown }[]) =>
  Object.fromEntries(registries.map((r) => [r.code, r.measure]));

describe('a region down or slow', () => {
  it('answers with the other regions when one is down, naming the failed one', async () => {
    const gateway = await gatewayWith({
      tianjin: `http://127.0.0.1:${await freePort()}/graphql`,
    });
    const response = await graphql(gateway.url, national);
    const measures = byCode(response.data.registries);
    expect(measures.TJ).toBeNull();
    for (const code of ['BJ', 'GX', 'SC', 'NX', 'XA']) expect(measures[code]).toEqual({ value: 2 });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({
      message: '无法连接天津市登记库子图。The Tianjin subgraph is unreachable.',
      path: [
        'registries',
        response.data.registries.findIndex((r: { code: string }) => r.code === 'TJ'),
      ],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'tianjin' },
    });
  });

  it('gives up on a region that does not answer within its timeout, and answers with the others', async () => {
    // Only the held region has a short timeout; it is held until after the answer, so the test
    // depends on no timing.
    const gateway = await gatewayWith({}, { SICHUAN_SUBGRAPH_TIMEOUT_MS: '300' });
    stubs.subgraph('sichuan').hold();
    const response = await graphql(gateway.url, national);
    stubs.subgraph('sichuan').release();
    expect(byCode(response.data.registries).SC).toBeNull();
    expect(byCode(response.data.registries).BJ).toEqual({ value: 2 });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({
      message:
        '四川省登记库子图未在 300 毫秒内应答。The Sichuan subgraph did not answer within 300 ms.',
      extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'sichuan' },
    });
  });

  it('passes on a region that cannot verify tokens for now as that, not as an internal error', async () => {
    // A subgraph whose key server (JWT_JWKS_URL) is down answers every signed-in request so.
    const keysDown: RequestListener = (_, res) =>
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '5' }).end(
        JSON.stringify({
          errors: [
            {
              message: '暂时无法验证令牌。Tokens cannot be verified for now.',
              extensions: { code: 'AUTH_UNAVAILABLE' },
            },
          ],
        }),
      );
    const listening = await listen(keysDown, 0);
    try {
      const gateway = await gatewayWith(
        { tianjin: listening.url },
        { NODE_ENV: 'production', ...productionSecrets() },
      );
      const response = await graphql(gateway.url, national);
      expect(byCode(response.data.registries).TJ).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]).toMatchObject({
        message: '暂时无法验证令牌。Tokens cannot be verified for now.',
        extensions: { code: 'AUTH_UNAVAILABLE', serviceName: 'tianjin' },
      });
    } finally {
      await listening.close();
    }
  });

  it('forwards the request id to the subgraphs and returns it', async () => {
    const gateway = await gatewayWith({});
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'dashboard-42-abcdef' },
      body: JSON.stringify({ query: '{ ningxia { code } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('dashboard-42-abcdef');
    expect(stubs.subgraph('ningxia').received.at(-1)!.headers['x-request-id']).toBe(
      'dashboard-42-abcdef',
    );
  });
});
