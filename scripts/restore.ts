import '../shared/tool-errors.js';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { commandLine, usageError } from '../shared/cli.js';
import { restoreDatabase } from '../subgraphs/common/backup.js';
import {
  databaseExists,
  dropDatabase,
  ensureDatabase,
  onServerOf,
  openDatabaseServer,
  subgraphDatabaseUrl,
} from '../subgraphs/common/database-server.js';
import { regionNamed, subgraphs } from '../subgraphs/regions.js';
import {
  closeToWrites,
  laterChanges,
  reopenToWrites,
  sequencesPast,
} from '../subgraphs/common/restore-continuity.js';

/**
 * `npm run restore -- --file guangxi.dump (--region guangxi | --database registry_guangxi_restored)
 * [--yes]`: a dump from `npm run backup` restored into a region's own database (the one `backup`
 * reads: `<SLUG>_DATABASE_URL`, else DATABASE_URL's server or the embedded one) or into a database
 * named on that server. A database that exists is left alone unless `--yes` says to replace it,
 * which happens only once the dump has restored in full beside it; the changes made after the dump
 * are counted and said, and the ids they took are never given out again.
 */
const usage = `用法 Usage: npm run restore -- --file <file.dump> (--region <${subgraphs.map((s) => s.name).join('|')}> | --database <name>) [--yes]  恢复一个地区的数据库，或恢复到新数据库（已存在时需 --yes）`;
const values = commandLine(usage, {
  file: { type: 'string' },
  region: { type: 'string' },
  database: { type: 'string' },
  yes: { type: 'boolean', default: false },
});
if (!values.file) usageError(usage, '缺少 --file (no dump file given)');
if (!values.region === !values.database)
  usageError(usage, '请给出 --region 或 --database 之一。Give one of --region and --database.');
const subgraph =
  values.region === undefined
    ? undefined
    : subgraphs.find((s) => s.name === (regionNamed(values.region)?.slug ?? values.region));
if (values.region !== undefined && !subgraph)
  usageError(usage, `未知地区 unknown region: ${values.region}`);
if (!existsSync(values.file))
  usageError(usage, `找不到备份文件 ${values.file}。No dump file ${values.file}.`);
const server = await openDatabaseServer();
try {
  // The target's URL: the region's own database, or the name given on the server.
  const target = new URL(subgraph ? subgraphDatabaseUrl(server.url, subgraph) : server.url);
  if (!subgraph) target.pathname = `/${values.database}`;
  const database = decodeURIComponent(target.pathname.slice(1));
  const urlOf = (name: string) => Object.assign(new URL(target), { pathname: `/${name}` }).href;
  const replacing = await databaseExists(urlOf(database));
  if (replacing && !values.yes)
    throw new Error(
      `数据库 ${database} 已存在：请换一个新名称，或加 --yes 覆盖。Database ${database} exists: restore into a new name, or add --yes to drop it and restore in its place.`,
    );
  // Restored beside its place first: a dump that fails to restore leaves the old database as it was.
  const staging = `${database}_restoring`;
  await dropDatabase(urlOf(staging));
  await ensureDatabase(urlOf(staging));
  let closed = false;
  try {
    await restoreDatabase(values.file, urlOf(staging));
    if (replacing) {
      await closeToWrites(urlOf(database));
      closed = true;
      const later = await laterChanges(urlOf(database), urlOf(staging));
      if (later)
        console.warn(
          `${database} 中有 ${later} 项变更（审计记录）晚于该备份，恢复后不再存在；其记录编号不会再分配给新记录。${later} changes (audit records) in ${database} came after the dump and are gone once it is restored; their record ids are not given out again.`,
        );
      await sequencesPast(urlOf(database), urlOf(staging));
    }
  } catch (error) {
    await dropDatabase(urlOf(staging));
    if (closed) await reopenToWrites(urlOf(database));
    throw error;
  }
  if (replacing) await dropDatabase(urlOf(database));
  await onServerOf(urlOf(staging), (client, name) =>
    client.query(
      `ALTER DATABASE ${pg.escapeIdentifier(name)} RENAME TO ${pg.escapeIdentifier(database)}`,
    ),
  );
  console.log(`已将 ${values.file} 恢复到 ${database}。Restored ${values.file} into ${database}.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await server.stop();
}
