import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listen } from '../shared/listen.js';
import { backupDatabase, backupMethod } from '../subgraphs/common/backup.js';
import { createDataSource } from '../subgraphs/common/data-source.js';
import { dropDatabase, withClient } from '../subgraphs/common/database-server.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { openRegistryDatabase } from '../subgraphs/registry/src/database.js';
import { registryMigrations } from '../subgraphs/registry/src/migrations/index.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { testDatabasePrefix } from './database-prefix.js';
import { graphql } from './harness.js';
import { copyDatabase, emptyRegistryTemplate } from './template-databases.js';
import { toolArguments } from './tool-command.js';

/**
 * A dump taken before this release's last migrations, restored with `--yes` under a subgraph of
 * this release that is running on the database: the subgraph migrated on start and does not
 * again, so the restored database is brought up to this release before it takes the old one's
 * place, and the subgraph reads the columns those migrations added. A dump of a later release is
 * refused, and the database left as it was. Each dump is in the format the machine's tools give
 * (pg_dump's where its pg_dump reads the server, as CI's does; else the registries' archive).
 */
const run = promisify(execFile);
const serverUrl = inject('databaseServerUrl');
const name = `${testDatabasePrefix}older_dump_guangxi`;
const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).href;
const folder = mkdtempSync(path.join(tmpdir(), 'restore-older-dump-'));
const dumpFile = path.join(folder, 'guangxi-older.dump');
/** The migrations undone before the dump: back to before `figure.period_start_inferred`. */
const firstUndone = registryMigrations.findIndex(
  (m) => m.name === 'AddInferredPeriodStarts1765400000000',
);
// A renamed migration would make it -1, and the slice undo the last migration only.
if (firstUndone < 0) throw new Error('AddInferredPeriodStarts1765400000000 is not a migration');
const undone = registryMigrations.slice(firstUndone).map((m) => m.name);

/** The format the machine's tools back up in: pg_dump's where its pg_dump reads the server. */
const method = await backupMethod(serverUrl);

const recorded = (database = url) =>
  withClient(database, async (client) =>
    (await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map(
      (r) => r.name,
    ),
  );

beforeAll(async () => {
  await copyDatabase(serverUrl, emptyRegistryTemplate, name);
  // The database as the older release left it, dumped; then migrated by this release, as its
  // subgraph does on start.
  const { dataSource } = createDataSource({
    url,
    entities: [],
    migrations: [...registryMigrations],
    poolSize: 1,
  });
  await dataSource.initialize();
  try {
    for (const _ of undone) await dataSource.undoLastMigration();
    await backupDatabase(url, dumpFile);
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}, 120_000);

afterAll(async () => {
  await dropDatabase(url);
  rmSync(folder, { recursive: true, force: true });
});

describe('a dump from before a migration, restored under a running subgraph', () => {
  it('is migrated to this release before it takes the database’s place, and served at once', async () => {
    const opened = await openRegistryDatabase(url, 2);
    const subgraph = await createRegistrySubgraph(regionBySlug('guangxi'), opened.dataSource);
    const server = await listen(subgraph.app, 0);
    // Reads `figure.period_start_inferred`, which the undone migrations added.
    const figures = () =>
      graphql(
        server.url,
        `
          {
            guangxi {
              figures {
                periodStartInferred
              }
            }
          }
        `,
      );
    try {
      expect(await figures()).toEqual({ data: { guangxi: { figures: [] } } });
      const { stdout } = await run(
        process.execPath,
        [
          ...toolArguments('scripts/restore.ts'),
          '--file',
          dumpFile,
          '--region',
          'guangxi',
          '--yes',
        ],
        {
          env: {
            ...process.env,
            DATABASE_URL: serverUrl,
            DATABASE_PREFIX: '',
            GUANGXI_DATABASE_URL: url,
            STACK_FILE: path.join(folder, 'no-stack.json'),
          },
          timeout: 120_000,
        },
      );
      // Served at once, in the schema the running subgraph was built for.
      expect(await figures()).toEqual({ data: { guangxi: { figures: [] } } });
      expect(await recorded()).toEqual(registryMigrations.map((m) => m.name));
      expect(stdout).toContain(
        `该备份早于本版本，已将恢复的 ${name} 迁移到本版本（未另作备份，该备份即是）：${undone.join('、')}。`,
      );
      expect(stdout).toContain(`the restored ${name} is migrated to it`);
      expect(stdout).toContain(`已将 ${dumpFile} 恢复到 ${name}`);
    } finally {
      await server.close();
      await subgraph.stop();
      await opened.dataSource.destroy().catch(() => undefined);
    }
  }, 180_000);
});

/** `npm run restore --region guangxi --yes` of a file onto a database; its failure, or null. */
const restore = (file: string, database: string) =>
  run(
    process.execPath,
    [...toolArguments('scripts/restore.ts'), '--file', file, '--region', 'guangxi', '--yes'],
    {
      env: {
        ...process.env,
        DATABASE_URL: serverUrl,
        DATABASE_PREFIX: '',
        GUANGXI_DATABASE_URL: database,
        STACK_FILE: path.join(folder, 'no-stack.json'),
      },
      timeout: 120_000,
    },
  ).then(
    () => null,
    (error: { code: number; stderr: string }) => error,
  );

/**
 * A database of this release, named for one test, and a dump of it as `prepare` changed it; the
 * database is then made again as this release makes it, for the dump to be restored onto.
 */
function databaseAndDump(suffix: string, prepare: (dbUrl: string) => Promise<unknown>) {
  const dbName = `${testDatabasePrefix}${suffix}_guangxi`;
  const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).href;
  const dump = path.join(folder, `guangxi-${suffix}.dump`);
  beforeAll(async () => {
    await copyDatabase(serverUrl, emptyRegistryTemplate, dbName);
    await prepare(dbUrl);
    await backupDatabase(dbUrl, dump);
    await dropDatabase(dbUrl);
    await copyDatabase(serverUrl, emptyRegistryTemplate, dbName);
  }, 120_000);
  afterAll(() => dropDatabase(dbUrl));
  return { dbName, dbUrl, dump };
}

/** A refused restore left the database at this release, open to writes, and no copy beside it. */
async function leftAsItWas(dbName: string, dbUrl: string) {
  expect(await recorded(dbUrl)).toEqual(registryMigrations.map((m) => m.name));
  await withClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT d.datname FROM pg_database d
        LEFT JOIN pg_db_role_setting s ON s.setdatabase = d.oid
        WHERE d.datname LIKE $1
          AND (d.datname <> $2 OR array_to_string(s.setconfig, ',') LIKE '%default_transaction_read_only%')`,
      [`${dbName}%`, dbName],
    );
    expect(rows).toEqual([]);
  });
}

describe('a dump of a later release', () => {
  /** A migration no release of this one's has: what a later release would have recorded. */
  const later = 'AddSomethingLater1799999999999';
  const { dbName, dbUrl, dump } = databaseAndDump('later_dump', (dbUrl) =>
    withClient(dbUrl, (client) =>
      client.query(`INSERT INTO migrations (timestamp, name) VALUES ($1, $2)`, [
        1799999999999,
        later,
      ]),
    ),
  );

  it('is refused, naming the migration this release lacks, and the database is left as it was', async () => {
    const failed = await restore(dump, dbUrl);
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain(
      `该备份来自较新的版本，本版本没有它的迁移 ${later}（共 1 项）：请用不早于备份时的版本恢复。`,
    );
    await leftAsItWas(dbName, dbUrl);
  }, 180_000);
});

/**
 * From before `AuditPostsEndedByMigration`, with the column the next one, `AddProgramWithdrawals`,
 * adds already made by hand (an operator's repair, say): on the restored copy the first runs, and
 * the second's `ADD COLUMN withdrawn_at` fails; the message names the second. Only a pg_dump file
 * brings a schema of its own; the registries' archive is restored into the schema this release's
 * migrations build, where the column is this release's.
 */
describe.runIf(method.kind === 'pg_dump')(
  'a pg_dump file whose migration to this release fails',
  () => {
    const runs = 'AuditPostsEndedByMigration1766100000000';
    const failing = 'AddProgramWithdrawals1766200000000';
    const { dbName, dbUrl, dump } = databaseAndDump('failing_migration', async (dbUrl) => {
      const { dataSource } = createDataSource({
        url: dbUrl,
        entities: [],
        migrations: [...registryMigrations],
        poolSize: 1,
      });
      await dataSource.initialize();
      try {
        const from = registryMigrations.findIndex((m) => m.name === runs);
        expect(registryMigrations[from + 1]?.name).toBe(failing);
        // A renamed migration would make it -1, and the loop undo every migration.
        expect(from).toBeGreaterThanOrEqual(0);
        for (const _ of registryMigrations.slice(from)) await dataSource.undoLastMigration();
        await dataSource.query(`ALTER TABLE program ADD COLUMN withdrawn_at timestamptz`);
      } finally {
        await dataSource.destroy();
      }
    });

    it('fails, naming the migration, and the database is left as it was', async () => {
      const failed = await restore(dump, dbUrl);
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toMatch(/^恢复失败，未做任何改动/);
      expect(failed?.stderr).toContain(
        `将恢复的 ${dbName} 迁移到本版本时，迁移 ${failing} 失败。Migrating the restored ${dbName} to this release failed at ${failing}:\ncolumn "withdrawn_at" of relation "program" already exists`,
      );
      await leftAsItWas(dbName, dbUrl);
    }, 180_000);
  },
);
