import type { DataSource } from 'typeorm';
import { type MigrationList, migrationName } from './archive-restore.js';
import { createDataSource } from './data-source.js';
import { firstFew, fromLaterRelease } from './later-release.js';

/**
 * The names in a database's `migrations` table, in the order they ran; none where it has no such
 * table (a new database, or one no subgraph ever migrated).
 */
export async function recordedMigrations(dataSource: DataSource): Promise<string[]> {
  const [table] = await dataSource.query<{ exists: string | null }[]>(
    `SELECT to_regclass('migrations') AS exists`,
  );
  if (!table?.exists) return [];
  const rows = await dataSource.query<{ name: string }[]>(
    `SELECT name FROM migrations ORDER BY id`,
  );
  return rows.map((row) => row.name);
}

/**
 * Refuses a database that a newer release migrated: its `migrations` table names a migration this
 * release lacks. Such a release writes under rules the newer one has changed (an institution
 * closed without ending its workers' posts), and the newer one, started again, has no migration
 * left to repair it; so the older one does not start on it at all. Asked before the backup and
 * the migrations, so that a refused start writes nothing.
 */
export async function refuseNewerDatabase(
  dataSource: DataSource,
  database: string,
): Promise<string[]> {
  // As TypeORM records them: a migration's `name`, else its class's (MigrationExecutor).
  const known = new Set(dataSource.migrations.map((m) => m.name ?? m.constructor.name));
  const recorded = await recordedMigrations(dataSource);
  const unknown = recorded.filter((name) => !known.has(name));
  if (!unknown.length) return recorded;
  throw new Error(
    `数据库 ${database} 已由较新的版本迁移（本版本没有其中 ${unknown.length} 项迁移：${firstFew(unknown, '、')}），本版本不得写入，未启动：请运行较新的版本，或用 npm run restore 恢复该版本迁移前所作的备份（见 README）。` +
      `Database ${database} was migrated by a newer release (${unknown.length === 1 ? 'one migration' : `${unknown.length} migrations`} this release lacks: ${firstFew(unknown, ', ')}); this release must not write to it and does not start: run the newer release, or restore the backup taken before that release migrated it with npm run restore (see README).`,
  );
}

/**
 * The line said once migrations ran on a database, naming them, so that the start's log says what
 * an upgrade changed; nothing when none ran. A new database's schema is said in short: all of the
 * release's migrations by name would be a line no one reads.
 */
export function sayMigrated(
  database: string,
  applied: readonly { name: string }[],
  newDatabase: boolean,
): void {
  if (!applied.length) return;
  const names = applied.map((m) => m.name);
  if (newDatabase)
    console.log(
      `已为新数据库 ${database} 建立结构（${names.length} 项迁移，至 ${names.at(-1)}）。Made the schema of the new database ${database} (${names.length} migrations, up to ${names.at(-1)}).`,
    );
  else
    console.log(
      `已迁移 ${database}：${names.join('、')}。Migrated ${database}: ${names.join(', ')}.`,
    );
}

/**
 * The migrations of a restored database's kind (the registries', the directory's): the list of
 * `schemas` that holds every migration it records. A dump recording a migration this release lacks
 * comes from a newer release and is refused; asked right after the dump is restored beside its
 * place, before the database it replaces is closed to writes. Null for a dump of no migrations.
 */
export async function restoredSchema(
  databaseUrl: string,
  schemas: readonly MigrationList[],
): Promise<MigrationList | null> {
  const { dataSource: reader } = createDataSource({
    url: databaseUrl,
    entities: [],
    migrations: [],
    poolSize: 1,
  });
  await reader.initialize();
  const recorded = await recordedMigrations(reader).finally(() => reader.destroy());
  if (!recorded.length) return null;
  const schema = schemas.find((list) => {
    const names = new Set(list.map(migrationName));
    return recorded.every((name) => names.has(name));
  });
  if (schema) return schema;
  const known = new Set(schemas.flatMap((list) => list.map(migrationName)));
  const unknown = recorded.filter((name) => !known.has(name));
  throw fromLaterRelease(unknown);
}

/**
 * Brings a restored database's schema up to this release: a dump taken before a migration holds
 * the older schema, which the subgraph already running on the database (it migrated on start, and
 * does not again) would read as its own, failing on the columns it lacks. No backup is taken, the
 * dump being one. Returns the migrations run.
 */
export async function migrateRestored(
  databaseUrl: string,
  database: string,
  schema: MigrationList | null,
): Promise<string[]> {
  if (!schema) return [];
  const { dataSource } = createDataSource({
    url: databaseUrl,
    entities: [],
    migrations: [...schema],
    poolSize: 1,
  });
  await dataSource.initialize();
  try {
    const before = new Set(await recordedMigrations(dataSource));
    // Each in a transaction of its own, so that the one that failed is the first not recorded
    // after it: the copy is dropped whatever it holds, and the operator is told which to look at.
    const applied = await dataSource.runMigrations({ transaction: 'each' }).then(
      (ran) => ran.map((m) => m.name),
      async (error: Error) => {
        // The database's own error is what the operator needs most: a failure to read which
        // migration failed (the connection lost) must not take its place.
        const after = await recordedMigrations(dataSource).then(
          (names) => new Set(names),
          () => null,
        );
        const failed =
          after && schema.map(migrationName).find((name) => !before.has(name) && !after.has(name));
        throw new Error(
          `将恢复的 ${database} 迁移到本版本时${failed ? `，迁移 ${failed} ` : ''}失败。` +
            `Migrating the restored ${database} to this release failed${failed ? ` at ${failed}` : ''}:\n${error.message}`,
          { cause: error },
        );
      },
    );
    if (applied.length)
      console.log(
        `该备份早于本版本，已将恢复的 ${database} 迁移到本版本（未另作备份，该备份即是）：${applied.join('、')}。` +
          `The dump predates this release; the restored ${database} is migrated to it (with no backup of its own: the dump is one): ${applied.join(', ')}.`,
      );
    return applied;
  } finally {
    await dataSource.destroy();
  }
}
