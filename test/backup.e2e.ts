import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrationName } from '../subgraphs/common/archive-restore.js';
import { backupMethod, restoreDatabase } from '../subgraphs/common/backup.js';
import { createDataSource } from '../subgraphs/common/data-source.js';
import {
  databaseExists,
  dropDatabase,
  ensureDatabase,
  withClient,
} from '../subgraphs/common/database-server.js';
import { nationalMigrations } from '../subgraphs/national/src/migrations/index.js';
import { regionBySlug, subgraphs } from '../subgraphs/regions.js';
import { openRegionDatabase } from '../subgraphs/open.js';
import { openRegistryDatabase } from '../subgraphs/registry/src/database.js';
import { claimRegistry } from '../subgraphs/registry/src/registry-identity.js';
import { registryEntities } from '../subgraphs/registry/src/entities/index.js';
import { registryMigrations } from '../subgraphs/registry/src/migrations/index.js';
import { seedRegistry } from '../subgraphs/registry/src/seed/seed-registry.js';
import { testDatabasePrefix } from './database-prefix.js';
import { listen } from '../shared/listen.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { graphql, useRegistryDatabase } from './harness.js';
import { pick, restore } from './environment.js';
import { toolArguments } from './tool-command.js';
import { backupObjects } from '../scripts/kubernetes-backups.js';

/**
 * `npm run backup` and `npm run restore` as an operator runs them, on a seeded registry of the
 * test's own: back up, write, restore into a scratch database; the restored one lacks the write
 * and has every other row of every table.
 *
 * pg_dump reads only servers of its own major version or older: where the one found (PG_BIN_DIR,
 * else the PATH) reads the suite's server, the backups are pg_dump's; where none does (the
 * embedded PostgreSQL 17 next to Debian 12's pg_dump 15, or no PostgreSQL installed), they are the
 * registries' own archive, and every test runs on it. The archive is also tested on its own,
 * with a pg_dump that cannot read the server put in its way.
 */
const run = promisify(execFile);
const serverUrl = inject('databaseServerUrl');
const registry = useRegistryDatabase('backup_source', { drop: true });
const restoredName = `${testDatabasePrefix}backup_restored`;
const olderName = `${testDatabasePrefix}backup_older_release`;
const restoredUrl = () => Object.assign(new URL(serverUrl), { pathname: `/${restoredName}` }).href;
const folder = mkdtempSync(path.join(tmpdir(), 'registry-backup-'));
const dumpFile = path.join(folder, 'tianjin.dump');

const method = await backupMethod(serverUrl);
/** How a backup begins: pg_dump's custom format with "PGDMP", the archive as gzip does. */
const magic = method.kind === 'pg_dump' ? Buffer.from('PGDMP') : Buffer.from([0x1f, 0x8b]);
const beginsAsBackup = (file: string) => readFileSync(file).subarray(0, magic.length).equals(magic);
/** The migrations a restore rebuilds an archive's schema with, as `npm run restore` gives them. */
const schemas = [registryMigrations, nationalMigrations];
const migrationNames = registryMigrations.map(migrationName);

const urlOf = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).href;
const sourceName = `${testDatabasePrefix}backup_source`;
const sourceUrl = () => urlOf(sourceName);
/** Guangxi's database, as the tools are told of it: the target a Tianjin dump must never replace. */
const guangxiName = `${testDatabasePrefix}backup_guangxi`;
const tool = (script: string, ...args: string[]) =>
  run(process.execPath, [...toolArguments(script), ...args], {
    env: {
      ...process.env,
      DATABASE_URL: serverUrl,
      DATABASE_PREFIX: '',
      TIANJIN_DATABASE_URL: sourceUrl(),
      GUANGXI_DATABASE_URL: urlOf(guangxiName),
      STACK_FILE: path.join(folder, 'no-stack.json'),
    },
    timeout: 120_000,
  });
/** A tool's run that fails: its exit code and what it said; null where it succeeded. */
const failure = (running: Promise<unknown>) =>
  running.then(
    () => null,
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
/**
 * What a restore may leave on the server when it stops: a database left closed to writes, a copy
 * restored beside its place. Neither may outlive a restore, done or failed.
 */
async function leftovers() {
  return withClient(serverUrl, async (client) => ({
    readOnly: (
      await client.query<{ datname: string }>(
        `SELECT d.datname FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase
          WHERE array_to_string(s.setconfig, ',') LIKE '%default_transaction_read_only%'`,
      )
    ).rows.map((r) => r.datname),
    restoring: (
      await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE '%\\_restoring'`,
      )
    ).rows.map((r) => r.datname),
  }));
}

/** The digests of every table but the one that records the backup itself, taken into its dump. */
const withoutBackupRecord = ({ personal_data_export: _, ...tables }: Record<string, string>) =>
  tables;

/** Every table's rows, each table as one digest of its rows in a fixed order. */
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

/**
 * A registry as an older release left it (its first migration only) opened by this one: it is
 * backed up to `backups` before it migrates, and the backup restores the older schema.
 */
async function backsUpBeforeMigrating(backups: string) {
  const url = urlOf(olderName);
  await dropDatabase(url);
  await ensureDatabase(url);
  const older = createDataSource({
    url,
    entities: registryEntities,
    migrations: registryMigrations.slice(0, 1),
  });
  await older.dataSource.initialize();
  await older.dataSource.runMigrations();
  await older.dataSource.destroy();

  process.env.BACKUP_DIR = backups;
  const opened = await openRegistryDatabase(url, 1);
  const applied = await opened.dataSource.query<{ n: number }[]>(
    'SELECT count(*)::int AS n FROM migrations',
  );
  // Its social workers' personal data left the database: on record, as npm run backup's is.
  const recorded = await opened.dataSource.query(
    `SELECT actor, kind, file, finished_at IS NOT NULL AS finished FROM personal_data_export`,
  );
  await opened.dataSource.destroy();
  expect(applied[0]!.n).toBe(registryMigrations.length);

  const taken = readdirSync(backups);
  expect(taken).toEqual([expect.stringMatching(new RegExp(`^${olderName}-.+\\.dump$`))]);
  const backup = path.join(backups, taken[0]!);
  expect(recorded).toEqual([
    { actor: 'subgraph:before-migration', kind: 'backup', file: backup, finished: true },
  ]);
  expect(statSync(backup).mode & 0o777).toBe(0o600);
  // The backup holds the database as it was before: one migration applied.
  await dropDatabase(restoredUrl());
  await ensureDatabase(restoredUrl());
  await restoreDatabase(backup, restoredUrl(), schemas);
  const rows = await withClient(
    restoredUrl(),
    async (client) => (await client.query<{ name: string }>('SELECT name FROM migrations')).rows,
  );
  await dropDatabase(url);
  expect(rows).toEqual([{ name: migrationNames[0] }]);
  return backup;
}

beforeAll(async () => {
  await dropDatabase(restoredUrl());
  await seedRegistry(registry.dataSource, regionBySlug('tianjin'));
}, 180_000);

afterAll(async () => {
  await dropDatabase(restoredUrl());
  rmSync(folder, { recursive: true, force: true });
});

describe(`backup and restore, by ${method.kind}`, () => {
  /** Every table as the backup saw it. */
  let atBackup: Record<string, string>;

  it('backs a region up, on record with who took it, for its owner alone to read', async () => {
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
    expect(beginsAsBackup(dumpFile)).toBe(true);
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
    // The record of the backup went into the dump, unfinished, as it stood when the dump began;
    // the restore marks it finished, since the dump it restored is whole.
    expect(
      [atBackup.personal_data_export, copy.personal_data_export].map((d) => d?.split(':')[0]),
    ).toEqual(['0', '1']);
    const [own] = await withClient(
      restoredUrl(),
      async (client) =>
        (
          await client.query(
            `SELECT actor, finished_at IS NOT NULL AS finished FROM personal_data_export`,
          )
        ).rows,
    );
    expect(own).toEqual({ actor: 'backup:李四', finished: true });
  }, 180_000);

  it('a start backs a database up before a migration not yet applied to it', async () => {
    await backsUpBeforeMigrating(path.join(folder, 'before-migrate'));
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
      // Asked without --yes, the restore refuses, saying what --yes would lose.
      const refused = await failure(
        tool('scripts/restore.ts', '--file', dumpFile, '--region', 'tianjin'),
      );
      expect(refused?.stderr).toContain(
        '或加 --yes 覆盖（其中有 3 项变更（审计记录）晚于该备份，覆盖后不再存在）。',
      );
      expect(refused?.stderr).toContain('(3 changes (audit records) in it came after the dump');

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
      expect(stdout).toContain(
        '网关在缓存有效期内（CACHE_MAX_AGE，默认 30 秒）可能仍给出恢复前的答复。',
      );
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
    expect(beginsAsBackup(existing)).toBe(true);
    expect(statSync(existing).mode & 0o777).toBe(0o600);
  }, 120_000);
});

describe('a restore that is refused, or fails, changes nothing', () => {
  const foreignName = `${testDatabasePrefix}backup_foreign`;
  const sabotagedName = `${testDatabasePrefix}backup_sabotaged`;
  const csvName = `${testDatabasePrefix}backup_from_csv`;
  const scratch = [guangxiName, foreignName, sabotagedName, csvName];

  beforeAll(async () => {
    for (const name of scratch) await dropDatabase(urlOf(name));
    // Guangxi's registry, as far as a restore can tell: a database the subgraph migrated.
    await ensureDatabase(urlOf(guangxiName));
    await withClient(urlOf(guangxiName), (client) =>
      client.query(`
        CREATE TABLE migrations (id serial PRIMARY KEY, timestamp bigint, name text);
        CREATE TABLE institution (id bigint PRIMARY KEY, name text);
        INSERT INTO institution VALUES (1, '南宁市某社会工作服务中心')`),
    );
    // Another application's database on the same server: no registry's.
    await ensureDatabase(urlOf(foreignName));
    await withClient(urlOf(foreignName), (client) =>
      client.query(`CREATE TABLE notes (body text); INSERT INTO notes VALUES ('not a registry')`),
    );
  });

  afterAll(async () => {
    for (const name of scratch) await dropDatabase(urlOf(name));
  });

  it("refuses one region's backup for another region's database, naming both, before anything is changed", async () => {
    const before = await tableDigests(urlOf(guangxiName));
    for (const target of [
      ['--region', 'guangxi'],
      ['--database', guangxiName],
    ]) {
      const failed = await failure(
        tool('scripts/restore.ts', '--file', dumpFile, ...target, '--yes'),
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toMatch(
        new RegExp(
          `^此备份是天津市登记库的（${sourceName}），不能恢复到广西壮族自治区（${guangxiName}）。`,
        ),
      );
      expect(failed?.stderr).toContain(
        `This backup is of Tianjin's registry (${sourceName}); it cannot be restored into Guangxi's (${guangxiName}).`,
      );
    }
    expect(await tableDigests(urlOf(guangxiName))).toEqual(before);
    expect(await leftovers()).toEqual({ readOnly: [], restoring: [] });
  }, 120_000);

  it('says a file that is no backup is not one, in Chinese first, before any tool reads it', async () => {
    const csv = path.join(folder, 'institutions.csv');
    writeFileSync(csv, '名称,类型\n某社工站,SOCIAL_WORK_STATION\n');
    const failed = await failure(tool('scripts/restore.ts', '--file', csv, '--database', csvName));
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/^无法恢复 \S+：它不是 npm run backup 生成的备份/);
    expect(failed?.stderr).toContain(`${csv} is not a backup made by npm run backup`);
    expect(failed?.stderr).toContain(
      '它的开头既不是 PGDMP 也不是 gzip。It begins as neither PGDMP nor gzip.',
    );
    expect(await databaseExists(urlOf(csvName))).toBe(false);
    expect(await leftovers()).toEqual({ readOnly: [], restoring: [] });
  }, 120_000);

  it('a restore that fails once the database is closed to writes leaves it open, as it was, and no copy beside it', async () => {
    await tool('scripts/restore.ts', '--file', dumpFile, '--database', sabotagedName);
    // An audit the restore cannot read: it fails after closing the database to writes.
    await withClient(urlOf(sabotagedName), (client) =>
      client.query(`
        DROP TABLE audit CASCADE;
        CREATE FUNCTION unreadable() RETURNS bigint LANGUAGE plpgsql
          AS $$ BEGIN RAISE EXCEPTION 'this audit cannot be read'; END $$;
        CREATE VIEW audit AS SELECT unreadable() AS id`),
    );
    const before = await tableDigests(urlOf(sabotagedName));
    const failed = await failure(
      tool('scripts/restore.ts', '--file', dumpFile, '--database', sabotagedName, '--yes'),
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/^恢复失败，未做任何改动/);
    expect(failed?.stderr).toContain('this audit cannot be read');
    expect(await tableDigests(urlOf(sabotagedName))).toEqual(before);
    expect(await leftovers()).toEqual({ readOnly: [], restoring: [] });
    // Open to writes again.
    await withClient(urlOf(sabotagedName), (client) =>
      client.query(`CREATE TABLE written_after_the_failed_restore (x int)`),
    );
  }, 120_000);

  it("keeps the personal-data exports made after the backup, and the backup's own record finished", async () => {
    const log = (url: string) =>
      withClient(
        url,
        async (client) =>
          (
            await client.query(
              `SELECT id::text, at, actor, kind, file, records, finished_at
                 FROM personal_data_export ORDER BY id`,
            )
          ).rows,
      );
    const laterDump = path.join(folder, 'tianjin-before-an-export.dump');
    await tool('scripts/backup.ts', '--region', 'tianjin', '--by', '王五', '--out', laterDump);
    // An export of the social workers after the backup, as `npm run export` records one.
    await withClient(sourceUrl(), (client) =>
      client.query(
        `INSERT INTO personal_data_export (actor, kind, file, records, finished_at)
         VALUES ('export:赵六', 'social-workers', '/tmp/天津社工.csv', 12, now())`,
      ),
    );
    const before = await log(sourceUrl());
    expect(before.at(-2)).toMatchObject({ actor: 'backup:王五', finished_at: expect.any(Date) });

    const { stdout } = await tool(
      'scripts/restore.ts',
      '--file',
      laterDump,
      '--region',
      'tianjin',
      '--yes',
    );
    // Every row as it was: the export after the backup, the backup finished when it finished.
    expect(await log(sourceUrl())).toEqual(before);
    expect(stdout).toContain('个人信息导出记录中有 1 条晚于该备份，已保留在恢复后的数据库中');

    // Into a scratch database, with no log to carry on: the backup's record is finished there too.
    await tool('scripts/restore.ts', '--file', laterDump, '--database', restoredName, '--yes');
    const restored = await log(restoredUrl());
    expect(restored.at(-1)).toMatchObject({
      actor: 'backup:王五',
      kind: 'backup',
      finished_at: expect.any(Date),
    });
    expect(restored.map((r) => r.actor)).not.toContain('export:赵六');
  }, 180_000);

  it('refuses the maintenance and template databases, and a database that is no registry', async () => {
    const before = await tableDigests(urlOf(foreignName));
    for (const name of ['postgres', 'template1', 'template0']) {
      const failed = await failure(
        tool('scripts/restore.ts', '--file', dumpFile, '--database', name, '--yes'),
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toMatch(new RegExp(`^不能恢复到 ${name}：`));
      expect(failed?.stderr).toContain(`Cannot restore into ${name}:`);
    }
    const failed = await failure(
      tool('scripts/restore.ts', '--file', dumpFile, '--database', foreignName, '--yes'),
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(
      new RegExp(`^不能恢复到 ${foreignName}：它已存在，且不是登记库`),
    );
    expect(await tableDigests(urlOf(foreignName))).toEqual(before);
    expect(await leftovers()).toEqual({ readOnly: [], restoring: [] });
  }, 120_000);
});

describe('the archive, where no pg_dump reads the server', () => {
  const archive = path.join(folder, 'tianjin-archive.dump');
  const archivedName = `${testDatabasePrefix}backup_from_archive`;
  const archivedUrl = () => urlOf(archivedName);
  const handMadeName = `${testDatabasePrefix}backup_hand_made`;
  const snapshotName = `${testDatabasePrefix}backup_snapshot`;
  // A pg_dump older than any server the registries run on: it cannot read this one.
  const oldBin = path.join(folder, 'old-bin');
  const sequences = (url: string) =>
    withClient(
      url,
      async (client) =>
        (
          await client.query(
            `SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
          )
        ).rows,
    );

  /** Every index and constraint of the tables, by its definition. */
  const schemaObjects = (url: string) =>
    withClient(url, async (client) =>
      (
        await client.query<{ definition: string }>(
          `SELECT indexdef AS definition FROM pg_indexes WHERE schemaname = 'public'
           UNION ALL
           SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
             FROM pg_constraint WHERE connamespace = 'public'::regnamespace
           ORDER BY 1`,
        )
      ).rows.map((r) => r.definition),
    );

  beforeAll(async () => {
    mkdirSync(oldBin, { recursive: true });
    writeFileSync(path.join(oldBin, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n', {
      mode: 0o755,
    });
    await dropDatabase(archivedUrl());
  });

  afterAll(async () => {
    for (const name of [archivedName, handMadeName, snapshotName]) await dropDatabase(urlOf(name));
  });

  /** `npm run backup` with a pg_dump that cannot read the server, as a person typed it in `cwd`. */
  const archiveBackup = (out: string, by: string, env: NodeJS.ProcessEnv = {}) =>
    run(
      process.execPath,
      [...toolArguments('scripts/backup.ts'), '--region', 'tianjin', '--by', by, '--out', out],
      {
        env: {
          ...process.env,
          PG_BIN_DIR: oldBin,
          DATABASE_URL: serverUrl,
          DATABASE_PREFIX: '',
          TIANJIN_DATABASE_URL: sourceUrl(),
          STACK_FILE: path.join(folder, 'no-stack.json'),
          // Where the person ran `npm run backup`: npm runs the script from the project's root.
          INIT_CWD: folder,
          ...env,
        },
        timeout: 120_000,
      },
    );

  it('is written instead, saying why, and restores every row and every sequence as they were', async () => {
    // Text COPY must carry as it is: a null and an empty string apart, a backslash, a tab, a line.
    await registry.dataSource.query(
      `UPDATE institution SET name_en = CASE WHEN id % 2 = 0 THEN '' ELSE NULL END
        WHERE id IN (SELECT id FROM institution ORDER BY id LIMIT 4)`,
    );
    await registry.dataSource.query(
      `UPDATE source SET note = coalesce(note, '') || $1 WHERE id = (SELECT min(id) FROM source)`,
      ['\\N 反斜杠\\ 制表\t换行\n末尾'],
    );
    const atBackup = await tableDigests(sourceUrl());
    const sequencesAtBackup = await sequences(sourceUrl());
    // Typed as a name in the folder the person is in.
    const { stdout } = await archiveBackup(path.basename(archive), '周七');
    expect(stdout).toMatch(/^备份格式：登记库自己的归档（gzip 压缩的 tar；npm run restore 可恢复/);
    expect(stdout).toContain('  pg_dump: pg_dump 9（');
    expect(stdout).toContain(
      `已将 ${sourceName} 备份到 ${archive}（登记库自己的归档）。Backed up ${sourceName} to ${archive} (the registries' own archive).`,
    );
    const [record] = await registry.dataSource.query(
      `SELECT file FROM personal_data_export WHERE actor = 'backup:周七'`,
    );
    expect(record).toEqual({ file: archive });
    expect(stdout).toContain('已记录本次备份（backup:周七）');
    expect(readFileSync(archive).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(statSync(archive).mode & 0o777).toBe(0o600);
    // Nothing of its making is left beside it: no partial file, no folder of tables.
    expect(readdirSync(folder).filter((name) => name.startsWith('tianjin-archive'))).toEqual([
      'tianjin-archive.dump',
    ]);
    // Any tar reads it: the manifest first, then a file per table.
    const { stdout: listing } = await run('tar', ['-tzf', archive]);
    expect(listing.split('\n')[0]).toBe('manifest.json');
    expect(listing).toContain('-social_worker.copy');

    await registry.dataSource.query(`UPDATE institution SET name = name || '（备份之后）'`);
    const { stdout: restored } = await tool(
      'scripts/restore.ts',
      '--file',
      archive,
      '--database',
      archivedName,
    );
    expect(restored).toContain(`Restored ${archive} into ${archivedName}`);
    const copy = await tableDigests(archivedUrl());
    expect(Object.keys(copy).length).toBeGreaterThan(5);
    expect(withoutBackupRecord(copy)).toEqual(withoutBackupRecord(atBackup));
    // Every sequence where it was, that of the exports' log one on: the backup's own record.
    expect(await sequences(archivedUrl())).toEqual(
      sequencesAtBackup.map((s) =>
        s.sequencename === 'personal_data_export_id_seq'
          ? { ...s, last_value: String(Number(s.last_value) + 1) }
          : s,
      ),
    );
    // The indexes and keys set aside while the rows went in are made again, each as it was.
    expect(await schemaObjects(archivedUrl())).toEqual(await schemaObjects(sourceUrl()));
    // The triggers were off while the rows went in, and are on again.
    const { rows: triggers } = await withClient(archivedUrl(), (client) =>
      client.query(
        `SELECT count(*)::int AS off FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'`,
      ),
    );
    expect(triggers).toEqual([{ off: 0 }]);
  }, 180_000);

  it('leaves out a table or column made outside the migrations, saying which, and restores the rest', async () => {
    const db = registry.dataSource;
    await db.query(`CREATE TABLE team_notes (body text)`);
    await db.query(`INSERT INTO team_notes VALUES ('天津团队的手工表')`);
    await db.query(`ALTER TABLE institution ADD COLUMN team_note text`);
    await db.query(`UPDATE institution SET team_note = '手工加的列'`);
    const rows = (url: string) =>
      withClient(
        url,
        async (client) =>
          (await client.query(`SELECT id, name, version, kind FROM institution ORDER BY id`)).rows,
      );
    try {
      const handMade = path.join(folder, 'tianjin-hand-made.dump');
      await archiveBackup(handMade, '周七');
      const { stdout, stderr } = await tool(
        'scripts/restore.ts',
        '--file',
        handMade,
        '--database',
        handMadeName,
      );
      expect(stderr).toContain(
        '该归档中有迁移之外建立的表或列，本版本的结构中没有，未恢复：team_notes、institution.team_note。',
      );
      expect(stdout).toContain(`Restored ${handMade} into ${handMadeName}`);
      expect(await rows(urlOf(handMadeName))).toEqual(await rows(sourceUrl()));
    } finally {
      await db.query(`DROP TABLE team_notes`);
      await db.query(`ALTER TABLE institution DROP COLUMN team_note`);
    }
  }, 180_000);

  it('reads every table in the one snapshot it began with, as pg_dump does', async () => {
    // The test holds one table, so that the backup waits on it after its snapshot is taken: the
    // targets, which a new institution's triggers do not read (they read the sources).
    const holder = new pg.Client({ connectionString: sourceUrl() });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE target IN ACCESS EXCLUSIVE MODE');
    const snapshot = path.join(folder, 'tianjin-snapshot.dump');
    const backingUp = archiveBackup(snapshot, '周七');
    try {
      // The backup's LOCK of its tables, queued behind the test's.
      const waiting = async () =>
        (
          await registry.dataSource.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock'
                AND query LIKE 'LOCK TABLE %IN ACCESS SHARE MODE'`,
          )
        )[0].n as number;
      while ((await waiting()) === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      // Written while the backup waits: after its snapshot, so not in it.
      await registry.dataSource.query(
        `INSERT INTO institution (name, kind, provenance, status)
         VALUES ('快照之后的机构', 'SOCIAL_WORK_AGENCY', 'REGISTERED', 'ACTIVE')`,
      );
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    await backingUp;
    await tool('scripts/restore.ts', '--file', snapshot, '--database', snapshotName);
    const named = (url: string) =>
      withClient(
        url,
        async (client) =>
          (
            await client.query(`SELECT count(*)::int AS n FROM institution WHERE name = $1`, [
              '快照之后的机构',
            ])
          ).rows[0].n as number,
      );
    expect([await named(sourceUrl()), await named(urlOf(snapshotName))]).toEqual([1, 0]);
  }, 180_000);

  it('is not a way round a server that cannot be reached: that is said as it is', async () => {
    const failed = await failure(
      archiveBackup(path.join(folder, 'unreachable.dump'), '周七', {
        TIANJIN_DATABASE_URL: urlOf(`${testDatabasePrefix}backup_no_such_database`),
      }),
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('backup_no_such_database');
    expect(failed?.stdout).not.toContain('备份格式');
    expect(existsSync(path.join(folder, 'unreachable.dump'))).toBe(false);
  }, 120_000);

  it('is written by a start before a migration, and restores the older release’s schema', async () => {
    const before = process.env.PG_BIN_DIR;
    process.env.PG_BIN_DIR = oldBin;
    try {
      const backup = await backsUpBeforeMigrating(path.join(folder, 'archive-before-migrate'));
      expect(readFileSync(backup).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    } finally {
      if (before === undefined) delete process.env.PG_BIN_DIR;
      else process.env.PG_BIN_DIR = before;
    }
  }, 180_000);

  it('of a later release is refused, naming the migrations this one lacks', async () => {
    await dropDatabase(restoredUrl());
    await ensureDatabase(restoredUrl());
    await expect(
      restoreDatabase(archive, restoredUrl(), [registryMigrations.slice(0, 5), nationalMigrations]),
    ).rejects.toThrow(
      /该备份来自较新的版本，本版本没有它的迁移 AddWorkerMeasureColumns1764300000000、/,
    );
  }, 120_000);

  it('cut short, fails to restore and changes nothing', async () => {
    const cut = path.join(folder, 'tianjin-archive-cut.dump');
    const whole = readFileSync(archive);
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)), { mode: 0o600 });
    const before = await tableDigests(archivedUrl());
    const failed = await failure(
      tool('scripts/restore.ts', '--file', cut, '--database', archivedName, '--yes'),
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/^恢复失败，未做任何改动/);
    expect(failed?.stderr).toContain('未能恢复');
    expect(await tableDigests(archivedUrl())).toEqual(before);
    expect(await leftovers()).toEqual({ readOnly: [], restoring: [] });
  }, 120_000);
});

describe("the cluster's nightly backup", () => {
  it("writes the day's dump on record as the CronJob's, and removes the region's older than two weeks", async () => {
    const tianjin = subgraphs.find((s) => s.name === 'tianjin')!;
    const cronJob = backupObjects(tianjin).find(
      (o) => (o as { kind: string }).kind === 'CronJob',
    ) as { spec: { jobTemplate: { spec: { template: { spec: { containers: any[] } } } } } };
    const [command, flag, script] = cronJob.spec.jobTemplate.spec.template.spec.containers[0]
      .command as string[];
    expect([command, flag]).toEqual(['sh', '-c']);
    // The claim's mount, /backups in the pod, is a folder of the test's own here.
    const backups = mkdtempSync(path.join(tmpdir(), 'registry-nightly-'));
    const aged = (name: string, days: number) => {
      const file = path.join(backups, name);
      writeFileSync(file, 'an earlier dump', { mode: 0o600 });
      const when = new Date(Date.now() - days * 86_400_000);
      utimesSync(file, when, when);
    };
    aged('tianjin-old.dump', 20);
    aged('tianjin-recent.dump', 13);
    aged('guangxi-old.dump', 20);
    // As in its pod: the region's database and nothing else, no server or stack to look for.
    const { DATABASE_URL: _none, ...environment } = process.env;
    await run(command!, [flag!, script!.replaceAll('/backups', backups)], {
      env: {
        ...environment,
        DATABASE_PREFIX: '',
        TIANJIN_DATABASE_URL: sourceUrl(),
        STACK_FILE: path.join(folder, 'no-stack.json'),
        EMBEDDED_POSTGRES_DIR: path.join(folder, 'no-embedded-postgres'),
      },
      timeout: 120_000,
    });
    const today = (await run('date', ['+%F'])).stdout.trim();
    expect(readdirSync(backups).sort()).toEqual([
      'guangxi-old.dump',
      `tianjin-${today}.dump`,
      'tianjin-recent.dump',
    ]);
    expect(beginsAsBackup(path.join(backups, `tianjin-${today}.dump`))).toBe(true);
    const [record] = await registry.dataSource.query(
      `SELECT actor, file FROM personal_data_export ORDER BY id DESC LIMIT 1`,
    );
    expect(record).toEqual({
      actor: 'backup:cronjob/tianjin-backup',
      file: path.join(backups, `tianjin-${today}.dump`),
    });
    rmSync(backups, { recursive: true });
  }, 120_000);
});

describe("a registry's region, which no name can get wrong", () => {
  const otherName = `${testDatabasePrefix}identity_other`;
  const tianjin = regionBySlug('tianjin');
  const guangxi = regionBySlug('guangxi');

  afterAll(async () => {
    await dropDatabase(urlOf(otherName));
  });

  it("is refused to another region's subgraph or tool, whatever its <SLUG>_DATABASE_URL says", async () => {
    await ensureDatabase(urlOf(otherName));
    const saved = pick(process.env, ['GUANGXI_DATABASE_URL', 'TIANJIN_DATABASE_URL']);
    process.env.TIANJIN_DATABASE_URL = urlOf(otherName);
    process.env.GUANGXI_DATABASE_URL = urlOf(otherName);
    try {
      // Tianjin's, once Tianjin has opened it; Guangxi, pointed at it by mistake, is refused.
      await (await openRegionDatabase(serverUrl, tianjin, 1)).dataSource.destroy();
      await expect(openRegionDatabase(serverUrl, guangxi, 1)).rejects.toThrow(
        `数据库 ${otherName} 是天津市的登记库，不是广西壮族自治区的：请检查 GUANGXI_DATABASE_URL 指向的数据库。`,
      );
    } finally {
      restore(saved);
    }
  });

  it("refuses a region's dump over another region's registry, named as no region's, changing nothing", async () => {
    // The dump: Tianjin's registry, claimed by Tianjin.
    await claimRegistry(registry.dataSource, tianjin);
    const dump = path.join(folder, 'tianjin-claimed.dump');
    await tool('scripts/backup.ts', '--region', 'tianjin', '--out', dump, '--overwrite');
    // The target: Guangxi's registry under a name that says no region's.
    await dropDatabase(urlOf(otherName));
    await ensureDatabase(urlOf(otherName));
    const target = await openRegistryDatabase(urlOf(otherName), 1);
    await claimRegistry(target.dataSource, guangxi);
    await target.dataSource.destroy();
    const before = await tableDigests(urlOf(otherName));
    const failed = await failure(
      tool('scripts/restore.ts', '--file', dump, '--database', otherName, '--yes'),
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain(
      `此备份是天津市的登记库，不能恢复到广西壮族自治区的数据库 ${otherName}。`,
    );
    expect(await tableDigests(urlOf(otherName))).toEqual(before);
    expect(await leftovers()).toEqual({ readOnly: [], restoring: [] });
  }, 120_000);
});
