import '../shared/tool-errors.js';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { actorOf, commandLine, outputFile, usageError } from '../shared/cli.js';
import {
  backupDatabase,
  backupMethod,
  methodWords,
  removeUnfinished,
} from '../subgraphs/common/backup.js';
import { stopOnSignals } from '../shared/shutdown.js';
import { openDatabaseServer, subgraphDatabaseUrl } from '../subgraphs/common/database-server.js';
import { isUndefinedTable } from '../subgraphs/common/sqlstate.js';
import { regionNamed, regions, subgraphs } from '../subgraphs/regions.js';
import {
  finishPersonalDataExport,
  startPersonalDataExport,
} from '../subgraphs/registry/src/import/personal-data-exports.js';

/**
 * `npm run backup -- --region guangxi --out guangxi.dump`: one subgraph's database (`national` for
 * the directory) dumped in PostgreSQL's custom format, or where no pg_dump reads the server (the
 * embedded one, with no PostgreSQL installed) as the registries' own archive, from
 * `<SLUG>_DATABASE_URL`, DATABASE_URL's server or the embedded one. `npm run restore` reads both.
 */
const usage = `用法 Usage: npm run backup -- --region <${subgraphs.map((s) => s.name).join('|')}> --out <file.dump> [--by 姓名] [--overwrite]  备份一个地区的数据库（地区数据库的备份含个人信息，记入其个人信息导出记录；已存在的文件需 --overwrite 才覆盖） (back a region's database up: it holds personal data, so the backup is recorded as an export of it; a file that exists is replaced only with --overwrite)`;
const values = commandLine(usage, {
  region: { type: 'string' },
  out: { type: 'string' },
  by: { type: 'string' },
  overwrite: { type: 'boolean', default: false },
});
const subgraph = subgraphs.find(
  (s) => s.name === (regionNamed(values.region)?.slug ?? values.region),
);
if (values.region === undefined)
  usageError(usage, '缺少 --region：请写明备份哪个地区。No --region given.');
if (!subgraph) usageError(usage, `未知地区 unknown region: ${values.region}`);
if (!values.out) usageError(usage, '缺少 --out (no output file given)');
const actor = actorOf(usage, 'backup', values.by);
const out = outputFile(usage, values.out);
// As `npm run export` does: a file already there (yesterday's dump, another region's) is replaced
// only when asked to.
if (existsSync(out) && !values.overwrite)
  usageError(
    usage,
    `文件 ${values.out} 已存在：请换一个文件名，或加 --overwrite 覆盖。${values.out} exists: give another file name, or add --overwrite to replace it.`,
  );
const server = await openDatabaseServer(process.env, { existing: true, of: subgraph });
try {
  const url = subgraphDatabaseUrl(server.url, subgraph);
  // pg_dump where one reads this server; else the registries' archive, which needs none.
  const method = await backupMethod(url);
  if (method.kind === 'archive')
    console.log(
      `备份格式：登记库自己的归档（gzip 压缩的 tar；npm run restore 可恢复，pg_restore 不能读取），因为本机没有能读取该服务器的 pg_dump。` +
        `Format: the registries' own archive (a gzipped tar that npm run restore reads and pg_restore does not), as no pg_dump here reads this server.\n  pg_dump: ${method.why}`,
    );
  // Stopped (Ctrl-C, or SIGTERM) before the backup is whole: what it wrote so far goes, and the
  // person is told. Its record stays, begun and never finished, as for a failure.
  const stopped = stopOnSignals(
    [
      () => removeUnfinished(out),
      () =>
        console.error(
          `备份已中断：未写入 ${out}，未完成的文件已删除。Backup interrupted: ${out} was not written, and the unfinished files were removed.`,
        ),
      () => server.stop(),
    ],
    { interrupted: true },
  );
  // A region's dump holds its social workers' personal data: it is on record before it is taken,
  // as an export of them is. The national directory holds none.
  const record = regions.some((r) => r.slug === subgraph.name)
    ? await recordBackup(url, out)
    : null;
  try {
    await backupDatabase(url, out, method);
    await record?.finish();
  } finally {
    stopped();
    await record?.close();
  }
  const database = new URL(url).pathname.slice(1);
  const how = methodWords(method);
  console.log(
    `已将 ${database} 备份到 ${out}（${how.zh}）。Backed up ${database} to ${out} (${how.en}).`,
  );
} finally {
  await server.stop();
}

/**
 * A backup of a region's database on record in it (`personal_data_export`, kind `backup`), by
 * `--by` or the system user. A database not yet migrated has no such table, and no records either.
 */
async function recordBackup(url: string, file: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const run = async (sql: string, parameters: unknown[]) =>
    (await client.query(sql, parameters)).rows;
  const close = () => client.end();
  let id: string;
  try {
    id = await startPersonalDataExport(run, { actor, kind: 'backup', file });
  } catch (error) {
    await close();
    if (isUndefinedTable(error)) return null;
    throw error;
  }
  return {
    // Said once the dump is written: a backup that fails stays on record as begun, never finished.
    finish: async () => {
      await finishPersonalDataExport(run, id, null);
      console.log(`已记录本次备份（${actor}）。The backup is recorded (${actor}).`);
    },
    close,
  };
}
