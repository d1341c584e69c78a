import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createGateway } from '../gateway/src/gateway.js';
import { startProgram } from '../scripts/programs.js';
import { startEmbeddedPostgres } from '../subgraphs/common/database-server.js';
import { freePort, listen, type Listening } from '../shared/listen.js';
import { openSubgraph } from '../subgraphs/open.js';
import { graphql, useStack } from './harness.js';
import { startProxy } from './proxy.js';

const federation = useStack();
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A gateway of its own in front of the stack's subgraphs, some of them replaced. */
async function gatewayWith(
  overrides: Record<string, string>,
  env: Record<string, string> = {},
): Promise<Listening> {
  const urls = Object.fromEntries(
    [...federation.stack.subgraphs].map(([name, s]) => [name, overrides[name] ?? s.url]),
  );
  // No response cache: these tests watch each answer come from the subgraphs as they are now.
  const gateway = await createGateway({
    subgraphUrls: urls,
    env: { ...process.env, RESPONSE_CACHE: 'off', ...env },
  });
  const listening = await listen(gateway.app, 0);
  cleanups.push(async () => {
    await listening.close();
    await gateway.stop();
  });
  return listening;
}

const national = `{ registries { code name measure(indicator: "SOCIAL_WORK_STATIONS") { value } } }`;

function byCode(registries: { code: string; measure: unknown }[]) {
  return Object.fromEntries(registries.map((r) => [r.code, r.measure]));
}

describe('a region down or slow', () => {
  it('starts and answers with the other regions when one is down, naming the failed one', async () => {
    const gateway = await gatewayWith({ tianjin: 'http://127.0.0.1:9/graphql' });
    const response = await graphql(gateway.url, national);
    const measures = byCode(response.data.registries);
    expect(measures.TJ).toBeNull();
    for (const code of ['BJ', 'GX', 'SC', 'NX', 'XA']) expect(measures[code]).not.toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({
      message: 'The tianjin subgraph is unreachable.',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'tianjin' },
    });
  });

  it('gives up on a region that does not answer within the timeout, and answers with the others', async () => {
    const proxy = await startProxy(federation.stack.subgraphs.get('sichuan')!.url);
    cleanups.push(() => proxy.close());
    // Only the held region has a short timeout: the others keep the default, however busy the
    // machine, so the test depends on no timing.
    const gateway = await gatewayWith(
      { sichuan: proxy.url },
      { SICHUAN_SUBGRAPH_TIMEOUT_MS: '300' },
    );
    proxy.hold();
    // The proxy holds Sichuan's answer until released after the response: the answer came without it.
    const response = await graphql(gateway.url, national);
    proxy.release();
    expect(byCode(response.data.registries).SC).toBeNull();
    expect(byCode(response.data.registries).BJ).not.toBeNull();
    expect(response.errors![0]).toMatchObject({
      message: 'The sichuan subgraph did not answer within 300 ms.',
      extensions: { code: 'SUBGRAPH_TIMEOUT' },
    });
  });

  it('forwards the request id to the subgraphs and returns it', async () => {
    const proxy = await startProxy(federation.stack.subgraphs.get('ningxia')!.url);
    cleanups.push(() => proxy.close());
    const gateway = await gatewayWith({ ningxia: proxy.url });
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'dashboard-42-abcdef' },
      body: JSON.stringify({ query: '{ ningxia { code } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('dashboard-42-abcdef');
    expect(proxy.received.at(-1)!['x-request-id']).toBe('dashboard-42-abcdef');
  });
});

describe('PostgreSQL restarted under a subgraph', () => {
  it('fails with a clear error while the database is down and recovers by itself', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'registry-restart-'));
    chmodSync(folder, 0o755);
    const port = await freePort();
    let database = await startEmbeddedPostgres({ dataDir: path.join(folder, 'data'), port });
    cleanups.push(async () => rmSync(folder, { recursive: true, force: true }));
    const tianjin = await openSubgraph('tianjin', database.url, { poolSize: 2 });
    const served = await listen(tianjin.app.app, 0);
    cleanups.push(async () => {
      await served.close();
      await tianjin.close();
      await database.stop();
    });
    const gateway = await gatewayWith({ tianjin: served.url });
    const query = `{ tianjin { measure(indicator: "SOCIAL_WORK_STATIONS") { value } } }`;
    const before = await graphql(gateway.url, query);
    expect(before.data.tianjin.measure.value).toBeGreaterThan(0);

    await database.stop();
    const during = await graphql(gateway.url, query);
    expect(during.errors![0]).toMatchObject({
      extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: 'tianjin' },
    });
    expect(during.errors![0]!.message).toBe(
      "The tianjin registry's database is unavailable; retry in a moment.",
    );
    expect((await fetch(served.url.replace('/graphql', '/ready'))).status).toBe(503);

    database = await startEmbeddedPostgres({ dataDir: path.join(folder, 'data'), port });
    const after = await graphql(gateway.url, query);
    expect(after.errors).toBeUndefined();
    expect(after.data.tianjin.measure.value).toBe(before.data.tianjin.measure.value);
  });
});

describe('graceful shutdown', () => {
  it('finishes the request in flight on SIGTERM, refuses new ones, and exits cleanly', async () => {
    const port = await freePort();
    const { url, child, exited } = await startProgram('subgraphs/main.ts', ['tianjin'], {
      env: {
        DATABASE_URL: inject('databaseServerUrl'),
        DATABASE_PREFIX: 'test_',
        PORT: String(port),
        LOG_LEVEL: 'warn',
      },
    });
    cleanups.push(async () => child.exitCode === null && child.kill('SIGKILL'));

    // A lock that the query must wait for keeps it in flight for as long as the test needs.
    const locker = new pg.Client({
      connectionString: `${inject('databaseServerUrl').replace(/\/[^/]*$/, '')}/test_registry_tianjin`,
    });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE target IN ACCESS EXCLUSIVE MODE');
    let answered = false;
    const inFlight = graphql(url, '{ tianjin { targets { id } } }').finally(
      () => (answered = true),
    );
    await waitFor('the request waits for the lock', async () => {
      if (answered)
        throw new Error(`The request did not wait for the lock: ${JSON.stringify(await inFlight)}`);
      return (
        (
          await locker.query(
            `SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = 'target'::regclass`,
          )
        ).rows[0].n > 0
      );
    });

    child.kill('SIGTERM');
    await waitFor('new connections are refused', async () => !(await acceptsConnections(port)));
    await locker.query('COMMIT');
    await locker.end();

    const answer = await inFlight;
    expect(answer.errors).toBeUndefined();
    expect(answer.data.tianjin.targets).toEqual([]);
    expect(await exited).toBe(0);
  });
});

describe('graceful shutdown of the gateway', () => {
  it('answers the query in flight on SIGTERM, then exits cleanly', async () => {
    const proxy = await startProxy(federation.stack.subgraphs.get('guangxi')!.url);
    cleanups.push(() => proxy.close());
    const port = await freePort();
    const urls = Object.fromEntries(
      [...federation.stack.subgraphs].map(([name, s]) => [
        `${name.toUpperCase()}_SUBGRAPH_URL`,
        name === 'guangxi' ? proxy.url : s.url,
      ]),
    );
    const { url, child, exited } = await startProgram('gateway/src/main.ts', [], {
      env: { ...urls, PORT: String(port), RESPONSE_CACHE: 'off', LOG_LEVEL: 'warn' },
    });
    cleanups.push(async () => child.exitCode === null && child.kill('SIGKILL'));

    proxy.hold();
    const received = proxy.received.length;
    const inFlight = graphql(url, '{ guangxi { targets { id } } }');
    await waitFor(
      'the query reaches the held subgraph',
      async () => proxy.received.length > received,
    );
    child.kill('SIGTERM');
    await waitFor('new connections are refused', async () => !(await acceptsConnections(port)));
    proxy.release();

    const answer = await inFlight;
    expect(answer.errors).toBeUndefined();
    expect(answer.data.guangxi.targets.length).toBeGreaterThan(0);
    expect(await exited).toBe(0);
  });
});

/** Whether a new TCP connection to the port is accepted (a fetch could reuse a kept-alive one). */
function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Polls a condition: for states of other processes, which no event reports. Generous, for a busy machine. */
async function waitFor(
  what: string,
  condition: () => Promise<boolean>,
  attempts = 600,
): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Still not true after ${(attempts * 50) / 1000} s: ${what}`);
}
