import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTool } from './tool-command.js';
import { startEmbeddedPostgres } from '../subgraphs/common/database-server.js';
import { freePort, listen } from '../shared/listen.js';
import { openSubgraph } from '../subgraphs/open.js';
import { graphql } from './harness.js';
import { startGatewayBefore, startStubSubgraphs, type StubSubgraphs } from './stub-subgraphs.js';

/**
 * Faults that need more than the gateway (slow and unreachable regions are in
 * gateway-error-paths.test.ts): a real PostgreSQL going away under a subgraph, and the processes'
 * shutdown. The subgraphs a test does not look at are stubs.
 */
let stubs: StubSubgraphs;
const cleanups: (() => Promise<unknown>)[] = [];
beforeAll(async () => {
  stubs = await startStubSubgraphs({ fields: { targets: () => [{ id: 'target-1' }] } });
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await stubs?.close();
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
    const gateway = await startGatewayBefore({ ...stubs.urls, tianjin: served.url });
    cleanups.push(() => gateway.close());
    const query = `{ tianjin { measure(indicator: "SOCIAL_WORK_STATIONS") { value } } }`;
    const before = await graphql(gateway.url, query);
    expect(before.data.tianjin.measure.value).toBeGreaterThan(0);

    await database.stop();
    const during = await graphql(gateway.url, query);
    expect(during.errors![0]).toMatchObject({
      extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: 'tianjin' },
    });
    expect(during.errors![0]!.message).toBe(
      "天津市登记库子图的数据库暂不可用，请稍后重试。The Tianjin subgraph's database is unavailable; retry in a moment.",
    );
    expect((await fetch(served.url.replace('/graphql', '/ready'))).status).toBe(503);
    // Counted as what the caller got, not as an internal error an alert would fire on.
    const metrics = await (await fetch(served.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/^graphql_errors_total\{code="DATABASE_UNAVAILABLE".* 1$/m);
    expect(metrics).not.toMatch(/^graphql_errors_total\{code="INTERNAL_SERVER_ERROR"/m);

    database = await startEmbeddedPostgres({ dataDir: path.join(folder, 'data'), port });
    const after = await graphql(gateway.url, query);
    expect(after.errors).toBeUndefined();
    expect(after.data.tianjin.measure.value).toBe(before.data.tianjin.measure.value);
  });
});

describe('graceful shutdown', () => {
  it('finishes the request in flight on SIGTERM, refuses new ones, and exits cleanly', async () => {
    const { url, child, exited } = await startTool('subgraphs/main.ts', ['tianjin'], {
      env: {
        DATABASE_URL: inject('databaseServerUrl'),
        DATABASE_PREFIX: 'test_',
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
    await waitFor('new connections are refused', async () => !(await acceptsConnections(url)));
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
    const guangxi = stubs.subgraph('guangxi');
    const urls = Object.fromEntries(
      Object.entries(stubs.urls).map(([name, url]) => [`${name.toUpperCase()}_SUBGRAPH_URL`, url]),
    );
    const { url, child, exited } = await startTool('gateway/src/main.ts', [], {
      env: { ...urls, RESPONSE_CACHE: 'off', LOG_LEVEL: 'warn' },
    });
    cleanups.push(async () => child.exitCode === null && child.kill('SIGKILL'));

    guangxi.hold();
    const received = guangxi.received.length;
    const inFlight = graphql(url, '{ guangxi { targets { id } } }');
    await waitFor(
      'the query reaches the held subgraph',
      async () => guangxi.received.length > received,
    );
    child.kill('SIGTERM');
    await waitFor('new connections are refused', async () => !(await acceptsConnections(url)));
    guangxi.release();

    const answer = await inFlight;
    expect(answer).toEqual({ data: { guangxi: { targets: [{ id: 'target-1' }] } } });
    expect(await exited).toBe(0);
  });
});

/** Whether a new TCP connection to the URL's port is accepted (a fetch could reuse a kept-alive one). */
function acceptsConnections(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
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
