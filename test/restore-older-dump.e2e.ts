import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listen } from '../shared/listen.js';
import { backupDatabase } from '../subgraphs/common/backup.js';
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
 * place, and the subgraph reads the columns those migrations added.
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

const recorded = () =>
  withClient(url, async (client) =>
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
