import path from 'node:path';
import type { DataSource } from 'typeorm';
import { onOrOff } from '../../shared/config.js';
import { oneLine } from '../../shared/one-line.js';
import { backupDatabase, methodWords } from './backup.js';
import { refuseNewerDatabase, sayMigrated } from './recorded-migrations.js';

/**
 * Brings a database's schema up to date, with a backup first when a migration is about to run on a
 * database that already holds data (PostgreSQL's and TypeORM's advice alike: a migration has no
 * way back but the backup). `BACKUP_BEFORE_MIGRATE` is on unless set to `off`; in production a
 * backup that fails stops the migration, elsewhere it is a warning and the migration runs. Where no
 * pg_dump reads the server (the embedded one), the backup is the registries' archive (backup.ts).
 * A database a newer release migrated is refused before any of that (recorded-migrations.ts).
 */
export async function migrate(
  dataSource: DataSource,
  databaseUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  // A mistaken setting is said first; then nothing, not even a backup, touches a database this
  // release may not write to.
  const backupOn = onOrOff(env, 'BACKUP_BEFORE_MIGRATE', true);
  const name = databaseName(databaseUrl);
  const recorded = await refuseNewerDatabase(dataSource, name);
  // A new database, which no migration ran on, has nothing to lose.
  const backup =
    backupOn && recorded.length > 0 && (await dataSource.showMigrations())
      ? await backupFirst(databaseUrl, env)
      : null;
  sayMigrated(name, await dataSource.runMigrations(), recorded.length === 0);
  if (backup) await recordBackup(dataSource, backup);
}

/**
 * A region's backup holds its social workers' personal data: one taken before a migration is on
 * record in the region's log of such exports, as `npm run backup`'s is, once the migrations have
 * made sure the log exists. The directory, which holds none, keeps no such log.
 */
async function recordBackup(dataSource: DataSource, file: string): Promise<void> {
  const [log] = await dataSource.query<{ exists: string | null }[]>(
    `SELECT to_regclass('personal_data_export') AS exists`,
  );
  if (!log?.exists) return;
  await dataSource.query(
    `INSERT INTO personal_data_export (actor, kind, file, finished_at) VALUES ($1, 'backup', $2, now())`,
    ['subgraph:before-migration', file],
  );
}

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

/** The file of the backup taken, or null where none was (outside production, after a warning). */
async function backupFirst(databaseUrl: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  const name = databaseName(databaseUrl);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.resolve(env.BACKUP_DIR || '.data/backups', `${name}-${stamp}.dump`);
  try {
    const how = methodWords(await backupDatabase(databaseUrl, file));
    console.log(
      `迁移前已将 ${name} 备份到 ${file}（${how.zh}）。Backed up ${name} to ${file} (${how.en}) before migrating it.`,
    );
    return file;
  } catch (error) {
    const why = `No backup of ${name} before its migration: ${oneLine(error)}`;
    if (env.NODE_ENV === 'production')
      throw new Error(
        `迁移前未能备份 ${name}，未作迁移（设 BACKUP_BEFORE_MIGRATE=off 可不备份而迁移）。${why} (BACKUP_BEFORE_MIGRATE=off migrates without one)`,
        { cause: error },
      );
    console.warn(
      `迁移前未能备份 ${name}，非生产环境照常迁移。${why}; migrating anyway outside production.`,
    );
    return null;
  }
}
