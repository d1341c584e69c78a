import type { ChildProcess } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway/src/gateway.js';
import { freePort, listen, type Listening } from '../shared/listen.js';
import { bearer, graphql, useStack } from './harness.js';
import { hasRedisServer, killRedis, startRedis } from './redis.js';

// It writes, so it has databases of its own.
const federation = useStack({ ownDatabases: 'cache_outage' });
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function gatewayOn(
  redisUrl: string,
  extra: Record<string, string> = {},
): Promise<Listening & { stop(): Promise<void> }> {
  const urls = Object.fromEntries(
    [...federation.stack.subgraphs].map(([name, s]) => [name, s.url]),
  );
  const gateway = await createGateway({
    subgraphUrls: urls,
    env: {
      ...process.env,
      REDIS_URL: redisUrl,
      REDIS_NAMESPACE: `test-cache-outage-${process.pid}-${cleanups.length}`,
      CACHE_RETRY_MS: '50',
      ...extra,
    },
  });
  const listening = await listen(gateway.app, 0);
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await listening.close();
      await gateway.stop();
    })());
  cleanups.push(stop);
  return { ...listening, stop };
}

const base = (gateway: Listening) => gateway.url.replace(/\/graphql$/, '');
const cacheState = async (gateway: Listening) =>
  ((await (await fetch(`${base(gateway)}/ready`)).json()) as { cache: { circuit: string } }).cache
    .circuit;

const publicQuery = `{ registries { code measure(indicator: "MSW_INSTITUTIONS") { value } } }`;
const createInstitution = `mutation ($input: InstitutionInput!) {
  tianjin { createInstitution(input: $input) { id name } } }`;

/** Everything a caller does, which must be answered whatever the cache's state. */
async function everyKindOfRequest(gateway: Listening, name: string) {
  const anonymous = await graphql(gateway.url, publicQuery);
  expect(anonymous.errors).toBeUndefined();
  expect(anonymous.data.registries).toHaveLength(6);
  const signedIn = await graphql(
    gateway.url,
    `
      {
        tianjin {
          institutions(first: 1) {
            totalCount
          }
        }
      }
    `,
    undefined,
    await bearer({ role: 'analyst' }),
  );
  expect(signedIn.errors).toBeUndefined();
  const editor = await bearer({ role: 'editor', region: 'TJ' });
  const written = await graphql(
    gateway.url,
    createInstitution,
    { input: { name, kind: 'SOCIAL_WORK_AGENCY', city: '天津市' } },
    editor,
  );
  expect(written.errors).toBeUndefined();
  // Saved once: the caller got its answer, so it has no reason to retry.
  const saved = await graphql(
    gateway.url,
    `
      query ($name: String!) {
        tianjin {
          institutions(filter: { nameContains: $name }) {
            totalCount
          }
        }
      }
    `,
    { name },
    editor,
  );
  expect(saved.data.tianjin.institutions.totalCount).toBe(1);
}

describe('a gateway whose Redis fails', () => {
  it('starts and serves everything while nothing listens on REDIS_URL, saying so in /ready and /metrics', async () => {
    const gateway = await gatewayOn(`redis://127.0.0.1:${await freePort()}`);
    await everyKindOfRequest(gateway, `天津市缓存停机测试机构${Date.now()}`);
    expect(await cacheState(gateway)).toBe('open');
    const health = await fetch(`${base(gateway)}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base(gateway)}/ready`);
    expect(ready.status).toBe(200);
    const metrics = await (await fetch(`${base(gateway)}/metrics`)).text();
    expect(metrics).toMatch(/^cache_circuit_open\{[^}]*\} 1$/m);
    expect(metrics).toMatch(/^cache_fallback_operations_total\{operation="get"[^}]*\} [1-9]/m);
  });

  it('serves everything when Redis accepts connections but never answers', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    });
    const port = (silent.address() as { port: number }).port;
    const gateway = await gatewayOn(`redis://127.0.0.1:${port}`);
    await everyKindOfRequest(gateway, `天津市缓存无应答测试机构${Date.now()}`);
    expect(await cacheState(gateway)).toBe('open');
    // Stopping does not wait for the commands such a Redis will never answer (it did, for ever).
    await gateway.stop();
  });

  it.skipIf(!hasRedisServer)(
    'keeps answering when Redis is killed, and uses it again once it is back',
    async () => {
      const port = await freePort();
      let redis: ChildProcess = await startRedis(port);
      cleanups.push(() => killRedis(redis));
      // A healthy Redis on a busy machine may take longer than the default 20 ms: a generous
      // timeout keeps this test from depending on timing. A killed Redis fails at once anyway.
      const gateway = await gatewayOn(`redis://127.0.0.1:${port}`, { CACHE_TIMEOUT_MS: '5000' });
      await everyKindOfRequest(gateway, `天津市缓存恢复前测试机构${Date.now()}`);
      expect(await cacheState(gateway)).toBe('closed');

      await killRedis(redis);
      await everyKindOfRequest(gateway, `天津市缓存宕机测试机构${Date.now()}`);
      expect(await cacheState(gateway)).toBe('open');

      redis = await startRedis(port);
      // The circuit tries Redis again on a request once CACHE_RETRY_MS has passed; Redis's client
      // reconnects on its own schedule, so requests are sent until the circuit has closed.
      while ((await cacheState(gateway)) !== 'closed')
        expect((await graphql(gateway.url, publicQuery)).errors).toBeUndefined();
      await everyKindOfRequest(gateway, `天津市缓存恢复后测试机构${Date.now()}`);
    },
    60_000,
  );
});
