import '../shared/tool-errors.js';
import { existsSync, statSync } from 'node:fs';
import pg from 'pg';
import { commandLine, typedPath, usageError } from '../shared/cli.js';
import { oneLine } from '../shared/one-line.js';
import { restoreDatabase } from '../subgraphs/common/backup.js';
import {
  databaseExists,
  dropDatabase,
  ensureDatabase,
  onServerOf,
  openDatabaseServer,
  subgraphDatabaseUrl,
} from '../subgraphs/common/database-server.js';
import { migrateRestored, restoredSchema } from '../subgraphs/common/recorded-migrations.js';
import { nationalMigrations } from '../subgraphs/national/src/migrations/index.js';
import { regionNamed, regions, subgraphs } from '../subgraphs/regions.js';
import { refuseOtherRegionsRegistry } from '../subgraphs/registry/src/registry-identity.js';
import { registryMigrations } from '../subgraphs/registry/src/migrations/index.js';
import {
  changesSince,
  closeToWrites,
  dumpRecordOf,
  finishDumpRecord,
  keepExportLog,
  laterChanges,
  reopenToWrites,
  sequencesPast,
} from '../subgraphs/common/restore-continuity.js';
import {
  checkDumpFitsTarget,
  checkTarget,
  dumpSource,
  RestoreRefused,
  subgraphOfDatabase,
} from '../subgraphs/common/restore-target.js';

/**
 * `npm run restore -- --file guangxi.dump (--region guangxi | --database registry_guangxi_restored)
 * [--yes]`: a dump from `npm run backup` restored into a region's own database (the one `backup`
 * reads: `<SLUG>_DATABASE_URL`, else DATABASE_URL's server or the embedded one) or into a database
 * named on that server. A database that exists is left alone unless `--yes` says to replace it,
 * which happens only once the dump has restored in full beside it; the changes made after the dump
 * are counted and said, and the ids they took are never given out again. Before anything is done,
 * the file must be a dump, of the region whose database it goes into, and the database one that
 * may be replaced (restore-target.ts); a failure after that leaves the server as it was.
 */
const usage = `用法 Usage: npm run restore -- --file <file.dump> (--region <${subgraphs.map((s) => s.name).join('|')}> | --database <name>) [--yes]  恢复一个地区的数据库，或恢复到新数据库（已存在时需 --yes） (restore a region's database, or into a new one; one that exists only with --yes)`;
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
const file = typedPath(values.file);
if (!existsSync(file))
  usageError(usage, `找不到备份文件 ${values.file}。No dump file ${values.file}.`);
// Into the registry a stack runs or left: none there, a new server would take the dump, and the
// person, who named the wrong folder, would believe the region restored.
const server = await openDatabaseServer(process.env, { existing: true, of: subgraph });
try {
  // The target's URL: the region's own database, or the name given on the server.
  const target = new URL(subgraph ? subgraphDatabaseUrl(server.url, subgraph) : server.url);
  if (!subgraph) target.pathname = `/${values.database}`;
  const database = decodeURIComponent(target.pathname.slice(1));
  const urlOf = (name: string) => Object.assign(new URL(target), { pathname: `/${name}` }).href;
  // Checked before anything is created, closed or dropped: the file, the target, the pair.
  const dump = await dumpSource(file, server.url);
  // A database named as a subgraph's own is that subgraph's, whichever option named it.
  const owner = subgraph ?? subgraphOfDatabase(database, server.url);
  await checkTarget(urlOf(database), owner !== undefined);
  checkDumpFitsTarget(dump, { database, subgraph: owner }, server.url);
  const replacing = await databaseExists(urlOf(database));
  if (replacing && !values.yes) {
    // What --yes would lose, so that the person weighs it before asking.
    const later = await changesSince(urlOf(database), dump.createdAt);
    throw new RestoreRefused(
      `数据库 ${database} 已存在：请换一个新名称，或加 --yes 覆盖` +
        (later ? `（其中有 ${later} 项变更（审计记录）晚于该备份，覆盖后不再存在）` : '') +
        `。Database ${database} exists: restore into a new name, or add --yes to drop it and restore in its place` +
        (later
          ? ` (${later === 1 ? 'one change' : `${later} changes`} (audit records) in it came after the dump and would be gone)`
          : '') +
        '.',
    );
  }
  // Restored beside its place first: a dump that fails to restore leaves the old database as it was.
  const staging = `${database}_restoring`;
  // A copy left by a restore that was killed.
  await dropDatabase(urlOf(staging));
  await ensureDatabase(urlOf(staging));
  let closed = false;
  try {
    const leftOut = await restoreDatabase(file, urlOf(staging), [
      registryMigrations,
      nationalMigrations,
    ]);
    if (leftOut.tables.length || leftOut.columns.length)
      console.warn(
        `该归档中有迁移之外建立的表或列，本版本的结构中没有，未恢复：${[...leftOut.tables, ...leftOut.columns].join('、')}。` +
          `The archive holds tables or columns made outside the migrations, which this release's schema lacks; they are not restored: ${[...leftOut.tables, ...leftOut.columns].join(', ')}.`,
      );
    await refuseOtherRegionsRegistry(urlOf(staging), {
      url: replacing ? urlOf(database) : null,
      database,
      region: regions.find((r) => r.slug === owner?.name)?.code,
    });
    // A dump of a later release is refused here, before the database it would replace is closed.
    const schema = await restoredSchema(urlOf(staging), [registryMigrations, nationalMigrations]);
    const ownRecord = await dumpRecordOf(urlOf(staging), dump.createdAt);
    if (replacing) {
      // Marked before it is asked for: a closing cut short between its two steps is undone too.
      closed = true;
      await closeToWrites(urlOf(database));
      const later = await laterChanges(urlOf(database), urlOf(staging));
      if (later)
        console.warn(
          `${database} 中有 ${later} 项变更（审计记录）晚于该备份，恢复后不再存在；其记录编号不会再分配给新记录。${later} changes (audit records) in ${database} came after the dump and are gone once it is restored; their record ids are not given out again.`,
        );
      // A dump older than the release is brought up to it before the log is carried over (a
      // migration may make the log's table), its own rows (audit) numbered past the replaced
      // database's, so that a feed paging by id misses none; the running subgraph migrated once,
      // on start, and would read the older schema as its own.
      await sequencesPast(urlOf(database), urlOf(staging));
      await migrateRestored(urlOf(staging), database, schema);
      const log = await keepExportLog(urlOf(database), urlOf(staging));
      if (log.kept)
        console.log(
          `个人信息导出记录中有 ${log.kept} 条晚于该备份，已保留在恢复后的数据库中。${log.kept === 1 ? 'One record' : `${log.kept} records`} of personal-data exports in ${database} came after the dump and ${log.kept === 1 ? 'is' : 'are'} kept in the restored database.`,
        );
      if (log.notKept.length)
        console.warn(
          [
            `该备份中没有个人信息导出记录表（它早于该表），${database} 的以下 ${log.notKept.length} 条记录恢复后不再存在，请另行存档：` +
              `The dump has no personal-data export log (it predates it): these ${log.notKept.length} records of ${database} are gone once it is restored; keep them elsewhere:`,
            ...log.notKept.map((r) => `  ${r.id}\t${r.at}\t${r.actor}\t${r.kind}\t${r.file}`),
          ].join('\n'),
        );
      await sequencesPast(urlOf(database), urlOf(staging));
    }
    // The dump is whole, so the backup that wrote it finished: its record says so, where the log
    // carried over has not (a scratch database, or one with no record of that backup).
    if (ownRecord) await finishDumpRecord(urlOf(staging), ownRecord, statSync(file).mtime);
    // A new database, which replaces none, is brought up to this release as one replacing another is.
    if (!replacing) await migrateRestored(urlOf(staging), database, schema);
    // The last step that may fail with the old database still there.
    if (replacing) await dropDatabase(urlOf(database));
  } catch (error) {
    const undone = await Promise.allSettled([
      dropDatabase(urlOf(staging)),
      closed ? reopenToWrites(urlOf(database)) : Promise.resolve(),
    ]);
    const notUndone = undone.flatMap((u) => (u.status === 'rejected' ? [oneLine(u.reason)] : []));
    throw new Error(
      (notUndone.length
        ? `恢复失败，且未能完全撤销（请检查 ${staging} 是否残留、${database} 是否仍只读）。The restore failed and could not be wholly undone (see whether ${staging} is left and ${database} still read-only): ${notUndone.join('; ')}`
        : replacing
          ? `恢复失败，未做任何改动（${database} 保持原样）。The restore failed and changed nothing (${database} is as it was).`
          : `恢复失败，未做任何改动（未建立 ${database}）。The restore failed and changed nothing (${database} was not made).`) +
        `\n${(error as Error).message}`,
      { cause: error },
    );
  }
  try {
    await onServerOf(urlOf(staging), (client, name) =>
      client.query(
        `ALTER DATABASE ${pg.escapeIdentifier(name)} RENAME TO ${pg.escapeIdentifier(database)}`,
      ),
    );
  } catch (error) {
    // The old database is gone by now: the restored copy is all there is, and it is kept.
    throw new Error(
      `恢复好的数据库 ${staging} 未能改名为 ${database}（原数据库已删除）：请执行 ALTER DATABASE ${pg.escapeIdentifier(staging)} RENAME TO ${pg.escapeIdentifier(database)}。` +
        `The restored database ${staging} could not be renamed ${database} (the old one is dropped): run ALTER DATABASE ${pg.escapeIdentifier(staging)} RENAME TO ${pg.escapeIdentifier(database)}.\n${oneLine(error)}`,
      { cause: error },
    );
  }
  console.log(`已将 ${file} 恢复到 ${database}。Restored ${file} into ${database}.`);
  // Its subgraph serves the restored rows at once; the gateway's cache is keyed by the subgraph's
  // answers, not told of a restore, and holds what it has for its max-age.
  if (owner && replacing)
    console.log(
      `网关在缓存有效期内（CACHE_MAX_AGE，默认 30 秒）可能仍给出恢复前的答复。The gateway may answer from its cache as before the restore for up to its max-age (CACHE_MAX_AGE, 30 s by default).`,
    );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await server.stop();
}
