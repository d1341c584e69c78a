import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MigrationInterface } from 'typeorm';
import { createDataSource } from '../subgraphs/common/data-source.js';
import { migrationName } from '../subgraphs/common/archive-restore.js';
import { dropDatabase, ensureDatabase, withClient } from '../subgraphs/common/database-server.js';
import { openNationalDatabase } from '../subgraphs/national/src/database.js';
import { nationalMigrations } from '../subgraphs/national/src/migrations/index.js';
import { openRegistryDatabase } from '../subgraphs/registry/src/database.js';
import { registryMigrations } from '../subgraphs/registry/src/migrations/index.js';
import { testDatabasePrefix } from './database-prefix.js';
import { pick, restore } from './environment.js';

/**
 * A database a newer release migrated, started by this one (a rollback): refused before anything
 * is written. Each database is one migration behind this release as well, so that a start that
 * went on would show it: a backup taken before migrating, that migration run.
 */
const serverUrl = inject('databaseServerUrl');
const urlOf = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).href;
const backups = mkdtempSync(path.join(tmpdir(), 'newer-migrations-'));
const saved = pick(process.env, ['BACKUP_DIR', 'BACKUP_BEFORE_MIGRATE']);
/** Migrations a newer release ran, timed after this release's last. */
const later = ['AddSomethingLater1799999999999', 'AddAnotherThingLater1799999999998'];

/** A database at this release's migrations but the last, and two a newer release added. */
async function migratedByNewerRelease(
  name: string,
  migrations: readonly (new () => MigrationInterface)[],
): Promise<string[]> {
  const url = urlOf(name);
  await dropDatabase(url);
  await ensureDatabase(url);
  const { dataSource } = createDataSource({
    url,
    entities: [],
    migrations: [...migrations.slice(0, -1)],
    poolSize: 1,
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    for (const migration of later)
      await dataSource.query(`INSERT INTO migrations (timestamp, name) VALUES ($1, $2)`, [
        Number(migration.slice(-13)),
        migration,
      ]);
  } finally {
    await dataSource.destroy();
  }
  return recorded(name);
}

const recorded = (name: string) =>
  withClient(urlOf(name), async (client) =>
    (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map(
      (r) => r.name,
    ),
  );

const registryName = `${testDatabasePrefix}newer_registry`;
const nationalName = `${testDatabasePrefix}newer_national`;

beforeAll(() => {
  process.env.BACKUP_DIR = backups;
  process.env.BACKUP_BEFORE_MIGRATE = 'on';
});

afterAll(async () => {
  restore(saved);
  await dropDatabase(urlOf(registryName));
  await dropDatabase(urlOf(nationalName));
  rmSync(backups, { recursive: true, force: true });
});

/** What the refusal says, Chinese first, naming the database and what this release lacks. */
function expectRefusal(error: unknown, database: string) {
  expect(error, 'the start was not refused').toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message).toMatch(
    new RegExp(
      `^数据库 ${database} 已由较新的版本迁移（本版本没有其中 2 项迁移：AddSomethingLater1799999999999、AddAnotherThingLater1799999999998），本版本不得写入，未启动`,
    ),
  );
  expect(message).toContain('npm run restore');
  expect(message).toContain(
    `Database ${database} was migrated by a newer release (2 migrations this release lacks: AddSomethingLater1799999999999, AddAnotherThingLater1799999999998); this release must not write to it`,
  );
}

describe('a database a newer release migrated', () => {
  it('is refused to a registry subgraph, with no backup taken and no migration run', async () => {
    const before = await migratedByNewerRelease(registryName, registryMigrations);
    const refused = await openRegistryDatabase(urlOf(registryName), 1).then(
      () => null,
      (error: unknown) => error,
    );
    expectRefusal(refused, registryName);
    expect(readdirSync(backups)).toEqual([]);
    expect(await recorded(registryName)).toEqual(before);
  });

  it('is refused to the national directory, with no backup taken and no migration run', async () => {
    const before = await migratedByNewerRelease(nationalName, nationalMigrations);
    const refused = await openNationalDatabase(urlOf(nationalName), 1).then(
      () => null,
      (error: unknown) => error,
    );
    expectRefusal(refused, nationalName);
    expect(readdirSync(backups)).toEqual([]);
    expect(await recorded(nationalName)).toEqual(before);
  });
});

describe('a database this release migrated, one migration behind', () => {
  it('is migrated as before, the start naming the migration it ran', async () => {
    await migratedByNewerRelease(registryName, registryMigrations);
    await withClient(urlOf(registryName), (client) =>
      client.query(`DELETE FROM migrations WHERE name LIKE '%Later%'`),
    );
    const logged: string[] = [];
    const log = console.log;
    console.log = (...words: unknown[]) => logged.push(words.join(' '));
    try {
      const opened = await openRegistryDatabase(urlOf(registryName), 1);
      await opened.dataSource.destroy();
    } finally {
      console.log = log;
    }
    // The release's last migration, the one migratedByNewerRelease left out.
    const last = migrationName(registryMigrations[registryMigrations.length - 1]!);
    expect(logged).toContainEqual(
      `已迁移 ${registryName}：${last}。Migrated ${registryName}: ${last}.`,
    );
    expect(await recorded(registryName)).toHaveLength(registryMigrations.length);
    // The backup a start takes before migrating was taken here: the refusals' empty folder above
    // says that they took none, not that none could be taken.
    expect(readdirSync(backups)).toHaveLength(1);
  });
});
