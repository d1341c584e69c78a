import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { restoreDatabase } from '../subgraphs/common/backup.js';
import { createDataSource } from '../subgraphs/common/data-source.js';
import { dropDatabase, ensureDatabase } from '../subgraphs/common/database-server.js';
import { toolFor } from '../subgraphs/common/postgres-tools.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { openRegistryDatabase } from '../subgraphs/registry/src/database.js';
import { registryEntities } from '../subgraphs/registry/src/entities/index.js';
import { registryMigrations } from '../subgraphs/registry/src/migrations/index.js';
import { seedRegistry } from '../subgraphs/registry/src/seed/seed-registry.js';
import { testDatabasePrefix } from './database-prefix.js';
import { listen } from '../shared/listen.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { graphql, useRegistryDatabase } from './harness.js';

/**
 * `npm run backup` and `npm run restore` as an operator runs them, on a seeded registry of the
 * test's own: back up, write, restore into a scratch database; the restored one lacks the write
 * and has every other row of every table.
 *
 * pg_dump reads only servers of its own major version or older: where the one found (PG_BIN_DIR,
 * else the PATH) is older than the suite's server (the embedded PostgreSQL 17 next to Debian 12's
 * pg_dump 15), the round trip cannot run and the test says so when it skips.
 */
const run = promisify(execFile);
const serverUrl = inject('databaseServerUrl');
const registry = useRegistryDatabase('backup_source', { drop: true });
const restoredName = `${testDatabasePrefix}backup_restored`;
const olderName = `${testDatabasePrefix}backup_older_release`;
const restoredUrl = () => Object.assign(new URL(serverUrl), { pathname: `/${restoredName}` }).href;
const folder = mkdtempSync(path.join(tmpdir(), 'registry-backup-'));
const dumpFile = path.join(folder, 'tianjin.dump');

let cannotDump: string | null = null;
try {
  await toolFor('pg_dump', serverUrl);
} catch (error) {
  cannotDump = (error as Error).message;
  console.warn(`backup.e2e.ts skips its round trip: ${cannotDump}`);
}

const sourceUrl = () =>
  Object.assign(new URL(serverUrl), { pathname: `/${testDatabasePrefix}backup_source` }).href;
const tool = (script: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', script, ...args], {
    env: {
      ...process.env,
      DATABASE_URL: serverUrl,
      DATABASE_PREFIX: '',
      TIANJIN_DATABASE_URL: sourceUrl(),
      STACK_FILE: path.join(folder, 'no-stack.json'),
    },
    timeout: 120_000,
  });

/** Every table's rows, each table as one digest of its rows in a fixed order. */
/** The digests of every table but the one that records the backup itself, taken into its dump. */
const withoutBackupRecord = ({ personal_data_export: _, ...tables }: Record<string, string>) =>
  tables;

async function tableDigests(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    const digests: Record<string, string> = {};
    for (const { name } of tables) {
      const table = pg.escapeIdentifier(name);
      const { rows } = await client.query<{ digest: string; n: number }>(
        `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest, count(*)::int AS n FROM ${table} t`,
      );
      digests[name] = `${rows[0]!.n}:${rows[0]!.digest}`;
    }
    return digests;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (cannotDump) return;
  await dropDatabase(restoredUrl());
  await seedRegistry(registry.dataSource, regionBySlug('tianjin'));
}, 180_000);

afterAll(async () => {
  await dropDatabase(restoredUrl());
  rmSync(folder, { recursive: true, force: true });
});

describe('a backup that cannot be taken', () => {
  it('is refused before anything is on record, when pg_dump cannot read the server', async () => {
    // A pg_dump older than any server the registries run on: it cannot read this one.
    const bin = path.join(folder, 'old-bin');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n', {
      mode: 0o755,
    });
    const records = async () =>
      (await registry.dataSource.query(`SELECT count(*)::int AS n FROM personal_data_export`))[0]
        .n as number;
    const before = await records();
    const failed = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/backup.ts', '--region', 'tianjin', '--out', dumpFile],
      {
        env: {
          ...process.env,
          NODE_ENV: 'production',
          PG_BIN_DIR: bin,
          DATABASE_URL: serverUrl,
          DATABASE_PREFIX: '',
          TIANJIN_DATABASE_URL: sourceUrl(),
          STACK_FILE: path.join(folder, 'no-stack.json'),
        },
        timeout: 120_000,
      },
    ).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/^错误 Error: pg_dump 9（\S+）无法读取 PostgreSQL \d+ 服务器/);
    expect(await records()).toBe(before);
    expect(existsSync(dumpFile)).toBe(false);
  }, 120_000);
});

describe.skipIf(cannotDump !== null)('backup and restore', () => {
  /** Every table as the backup saw it. */
  let atBackup: Record<string, string>;

  it('backs a region up to a custom-format dump', async () => {
    atBackup = await tableDigests(sourceUrl());
    const { stdout } = await tool(
      'scripts/backup.ts',
      '--region',
      '天津',
      '--by',
      '李四',
      '--out',
      dumpFile,
    );
    expect(stdout).toContain(`Backed up ${testDatabasePrefix}backup_source to ${dumpFile}`);
    // A region's dump holds personal data: on record before it was taken, finished once written.
    expect(stdout).toContain('已记录本次备份（backup:李四）');
    const records = await registry.dataSource.query(
      `SELECT actor, kind, file, finished_at IS NOT NULL AS finished FROM personal_data_export`,
    );
    expect(records).toEqual([
      { actor: 'backup:李四', kind: 'backup', file: dumpFile, finished: true },
    ]);
    // pg_dump's custom format starts with its magic "PGDMP".
    expect(readFileSync(dumpFile).subarray(0, 5).toString()).toBe('PGDMP');
    expect(existsSync(`${dumpFile}.partial`)).toBe(false);
    // Its owner alone reads it: it holds the region's social workers' personal data.
    expect(statSync(dumpFile).mode & 0o777).toBe(0o600);
  }, 120_000);

  it('restores into a new database, without the write made after the backup', async () => {
    const [row] = await registry.dataSource.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM institution ORDER BY id LIMIT 1`,
    );
    await registry.dataSource.query(`UPDATE institution SET name = $1 WHERE id = $2`, [
      '备份之后改的名字',
      row!.id,
    ]);
    expect((await tableDigests(sourceUrl())).institution).not.toBe(atBackup.institution);

    const { stdout } = await tool(
      'scripts/restore.ts',
      '--file',
      dumpFile,
      '--database',
      restoredName,
    );
    expect(stdout).toContain(`Restored ${dumpFile} into ${restoredName}`);

    const restored = new pg.Client({ connectionString: restoredUrl() });
    await restored.connect();
    const { rows } = await restored.query<{ name: string }>(
      'SELECT name FROM institution WHERE id = $1',
      [row!.id],
    );
    await restored.end();
    expect(rows).toEqual([{ name: row!.name }]);
    // Every table, row for row, as it was when the backup was taken.
    const copy = await tableDigests(restoredUrl());
    expect(Object.keys(copy).length).toBeGreaterThan(5);
    expect(withoutBackupRecord(copy)).toEqual(withoutBackupRecord(atBackup));
    // The record of the backup went into the dump, unfinished, as it stood when the dump began.
    expect(
      [atBackup.personal_data_export, copy.personal_data_export].map((d) => d?.split(':')[0]),
    ).toEqual(['0', '1']);
  }, 180_000);

  it('a start backs a database up before a migration not yet applied to it', async () => {
    const url = Object.assign(new URL(serverUrl), { pathname: `/${olderName}` }).href;
    await dropDatabase(url);
    await ensureDatabase(url);
    // A registry as an older release left it: the first migration only.
    const older = createDataSource({
      url,
      entities: registryEntities,
      migrations: registryMigrations.slice(0, 1),
    });
    await older.dataSource.initialize();
    await older.dataSource.runMigrations();
    await older.dataSource.destroy();

    process.env.BACKUP_DIR = path.join(folder, 'before-migrate');
    const opened = await openRegistryDatabase(url, 1);
    const applied = await opened.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM migrations',
    );
    await opened.dataSource.destroy();
    expect(applied[0]!.n).toBe(registryMigrations.length);

    const backups = readdirSync(process.env.BACKUP_DIR);
    expect(backups).toEqual([expect.stringMatching(new RegExp(`^${olderName}-.+\\.dump$`))]);
    expect(statSync(path.join(process.env.BACKUP_DIR, backups[0]!)).mode & 0o777).toBe(0o600);
    // The backup holds the database as it was before: one migration applied.
    await dropDatabase(restoredUrl());
    await ensureDatabase(restoredUrl());
    await restoreDatabase(path.join(process.env.BACKUP_DIR, backups[0]!), restoredUrl());
    const restored = new pg.Client({ connectionString: restoredUrl() });
    await restored.connect();
    const { rows } = await restored.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM migrations',
    );
    await restored.end();
    await dropDatabase(url);
    expect(rows).toEqual([{ n: 1 }]);
  }, 180_000);

  it('replaces a database with --yes, and refuses to without it, leaving it as it was', async () => {
    await tool('scripts/restore.ts', '--file', dumpFile, '--database', restoredName, '--yes');
    const before = await tableDigests(restoredUrl());
    // --yes replaced what the previous test left there with the dump's contents.
    expect(withoutBackupRecord(before)).toEqual(withoutBackupRecord(atBackup));
    const failed = await tool(
      'scripts/restore.ts',
      '--file',
      dumpFile,
      '--database',
      restoredName,
    ).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain(`Database ${restoredName} exists`);
    expect(await tableDigests(restoredUrl())).toEqual(before);
  }, 120_000);

  it("restores a region's own database under its running subgraph: what it serves, what was lost, ids never given twice", async () => {
    const db = registry.dataSource;
    const subgraph = await createRegistrySubgraph(regionBySlug('tianjin'), db);
    const server = await listen(subgraph.app, 0);
    const stations = async () =>
      (
        await graphql(
          server.url,
          `
            {
              tianjin {
                measure(indicator: "SOCIAL_WORK_STATIONS") {
                  value
                }
              }
            }
          `,
        )
      ).data.tianjin.measure.value as number;
    const generation = async () =>
      Number((await db.query(`SELECT generation FROM write_generation`))[0].generation);
    try {
      const atDump = await stations();
      // Three stations after the dump, in the audit as the API would record them.
      const made: { id: string }[] = await db.query(`
        WITH made AS (
          INSERT INTO institution (key, name, kind, provenance, status)
          SELECT 'after-dump-' || n, '备份之后的社工站' || n, 'SOCIAL_WORK_STATION', 'REGISTERED', 'ACTIVE'
            FROM generate_series(1, 3) AS n RETURNING id)
        INSERT INTO audit (actor, role, action, entity, entity_id, after)
        SELECT 'test', 'editor', 'create', 'institution', id::text, jsonb_build_object('id', id)
          FROM made RETURNING entity_id AS id`);
      expect(await stations()).toBe(atDump + 3);
      const reached = await generation();

      const { stderr, stdout } = await tool(
        'scripts/restore.ts',
        '--file',
        dumpFile,
        '--region',
        'tianjin',
        '--yes',
      );
      expect(stderr).toContain(`有 3 项变更（审计记录）晚于该备份`);
      expect(stdout).toContain(`已将 ${dumpFile} 恢复到 ${testDatabasePrefix}backup_source`);
      // The restored counter starts behind; writes bring it back to the number the cache saw with
      // three more stations, which must not answer for the database that no longer has them.
      for (let behind = reached - (await generation()); behind > 0; behind -= 1)
        await db.query(`UPDATE institution SET name = name WHERE false`);
      expect(await generation()).toBe(reached);
      expect(await stations()).toBe(atDump);
      const [next] = await db.query(
        `INSERT INTO institution (name, kind, provenance, status)
         VALUES ('恢复之后的机构', 'SOCIAL_WORK_AGENCY', 'REGISTERED', 'ACTIVE') RETURNING id`,
      );
      expect(BigInt(next.id)).toBeGreaterThan(BigInt(made.at(-1)!.id));
    } finally {
      await server.close();
      await subgraph.stop();
    }
  }, 180_000);

  it('writes over a file only with --overwrite, as export does, and the file is its owner’s alone', async () => {
    const existing = path.join(folder, 'existing.dump');
    writeFileSync(existing, 'a file that was here first\n', { mode: 0o644 });
    const failed = await tool('scripts/backup.ts', '--region', 'tianjin', '--out', existing).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/^文件 \S+ 已存在：请换一个文件名，或加 --overwrite 覆盖。/);
    expect(failed?.stderr).toContain(
      `${existing} exists: give another file name, or add --overwrite`,
    );
    expect(readFileSync(existing, 'utf8')).toBe('a file that was here first\n');

    await tool('scripts/backup.ts', '--region', 'tianjin', '--out', existing, '--overwrite');
    expect(readFileSync(existing).subarray(0, 5).toString()).toBe('PGDMP');
    expect(statSync(existing).mode & 0o777).toBe(0o600);
  }, 120_000);
});
