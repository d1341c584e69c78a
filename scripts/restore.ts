import { commandLine, usageError } from '../shared/cli.js';
import pg from 'pg';
import { restoreDatabase } from '../subgraphs/common/backup.js';
import {
  dropDatabase,
  ensureDatabase,
  openDatabaseServer,
} from '../subgraphs/common/database-server.js';

/**
 * `npm run restore -- --file guangxi.dump --database registry_guangxi_restored [--yes]`: a dump
 * from `npm run backup` restored into a new database on DATABASE_URL's server or the embedded one.
 * A database that exists is left alone unless `--yes` says to replace it, which happens only once
 * the dump has restored in full beside it.
 */
const usage =
  '用法 Usage: npm run restore -- --file <file.dump> --database <name> [--yes]  恢复到新数据库（已存在时需 --yes）';
const values = commandLine(usage, {
  file: { type: 'string' },
  database: { type: 'string' },
  yes: { type: 'boolean', default: false },
});
if (!values.file || !values.database) usageError(usage);
const server = await openDatabaseServer();
try {
  const urlOf = (name: string) => Object.assign(new URL(server.url), { pathname: `/${name}` }).href;
  const replacing = await exists(server.url, values.database);
  if (replacing && !values.yes)
    throw new Error(
      `数据库 ${values.database} 已存在：请换一个新名称，或加 --yes 覆盖。Database ${values.database} exists: restore into a new name, or add --yes to drop it and restore in its place.`,
    );
  // Restored beside its place first: a dump that fails to restore leaves the old database as it was.
  const staging = `${values.database}_restoring`;
  await dropDatabase(urlOf(staging));
  await ensureDatabase(urlOf(staging));
  try {
    await restoreDatabase(values.file, urlOf(staging));
  } catch (error) {
    await dropDatabase(urlOf(staging));
    throw error;
  }
  if (replacing) await dropDatabase(urlOf(values.database));
  await renameDatabase(server.url, staging, values.database);
  console.log(`Restored ${values.file} into ${values.database}. 已恢复。`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await server.stop();
}

async function renameDatabase(serverUrl: string, from: string, to: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(
      `ALTER DATABASE ${pg.escapeIdentifier(from)} RENAME TO ${pg.escapeIdentifier(to)}`,
    );
  } finally {
    await client.end();
  }
}

async function exists(serverUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rowCount === 1;
  } finally {
    await client.end();
  }
}
