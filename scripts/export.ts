import '../shared/tool-errors.js';
import { createWriteStream, existsSync, fchmodSync, openSync, renameSync, rmSync } from 'node:fs';
import {
  actorOf,
  commandLine,
  extensionFormat,
  outputFile,
  refuseContradictedFormat,
  usageError,
} from '../shared/cli.js';
import { stopOnSignals } from '../shared/shutdown.js';
import type { Language } from '../shared/enum-labels.js';
import { regionNamed, regions } from '../subgraphs/regions.js';
import {
  importKindNamed,
  importKindNames,
  isImportKindName,
} from '../subgraphs/registry/src/import/choices.js';

/**
 * `npm run export -- --region ningxia --kind institutions [--format csv|xlsx] [--lang zh|en] --out FILE`:
 * every record of a kind of the region, in the import's own columns plus the global id and the
 * version, so that the file can be edited and imported back. `--template` writes an empty workbook
 * with the headers, a data dictionary and dropdowns instead. Exit codes: 0 written, 2 usage.
 */
const kinds = importKindNames.join('|');
const usage = [
  `用法 Usage: npm run export -- --region <${regions.map((r) => r.slug).join('|')}> --kind <${kinds}>`,
  '    [--format csv|xlsx] [--lang zh|en] [--include-personal-data] --out <文件>',
  `  npm run export -- --template --kind <${kinds}> [--region 地区] [--lang zh|en] --out 模板.xlsx`,
  "  --region   也可写地区代码或中文名，如 NX、宁夏 (or the region's code or Chinese name)；模板中为所在城市提供该地区的下拉列表 (a template's city column then offers its cities)",
  '  --format   默认取文件扩展名 (defaults to the file extension)',
  '  --lang     zh 中文表头和标签（默认）; en 英文列名和代码 (English column names and codes)',
  '  --include-personal-data  导出社工姓名和证书编号，仅限本地区编辑人员 (workers’ names and certificate numbers: the region’s own editors only)',
  '  --overwrite  覆盖已存在的文件 (replace a file that exists)',
  '  --by       导出人，记入本地区数据库的个人信息导出记录（默认为系统用户名）(who exports, recorded with the export of personal data; the system user by default)',
].join('\n');
const options = commandLine(usage, {
  region: { type: 'string' },
  kind: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string', default: 'zh' },
  out: { type: 'string' },
  template: { type: 'boolean', default: false },
  'include-personal-data': { type: 'boolean', default: false },
  by: { type: 'string' },
  overwrite: { type: 'boolean', default: false },
});
const kind = importKindNamed(options.kind);
if (!isImportKindName(kind))
  usageError(
    usage,
    options.kind
      ? `未知的 --kind ${options.kind}：可用 ${kinds}，或 机构、社工、项目。Unknown --kind ${options.kind}.`
      : `缺少 --kind：可用 ${kinds}，或 机构、社工、项目。No --kind given.`,
  );
if (!options.out) usageError(usage, '缺少 --out (no output file given)');
if (options.lang !== 'zh' && options.lang !== 'en')
  usageError(usage, `未知语言 unknown --lang: ${options.lang}`);
const out = outputFile(usage, options.out);
// An export is what a team edits: writing over one would lose the edits made in it.
if (existsSync(out) && !options.overwrite)
  usageError(
    usage,
    `文件 ${options.out} 已存在：请换一个文件名，或加 --overwrite 覆盖（其中未导入的修改将丢失）。${options.out} exists: give another file name, or add --overwrite to replace it (edits not yet imported are lost).`,
  );
const language = options.lang as Language;
const extension = extensionFormat(out, ['csv', 'xlsx']);
// A template is always a workbook; an export's format is given or said by its file name.
if (!options.template && !options.format && !extension)
  usageError(
    usage,
    `无法从文件名 ${options.out} 判断格式：请用 .csv 或 .xlsx 结尾，或加 --format。The file name ${options.out} does not say the format: end it in .csv or .xlsx, or give --format.`,
  );
const format = options.format?.toLowerCase() ?? extension;
if (format !== 'csv' && format !== 'xlsx')
  usageError(usage, `未知格式 unknown --format: ${format}`);
refuseContradictedFormat(usage, format, options.out, extension);
// A template's dropdowns, dictionary and instructions are sheets a CSV file cannot hold.
if (options.template && format === 'csv')
  usageError(
    usage,
    `模板是 xlsx 工作簿（含下拉列表、数据字典和填写说明），不能写成 CSV：请用 .xlsx 结尾的文件名。A template is an xlsx workbook (dropdowns, dictionary, instructions), never a CSV: give a file name ending in .xlsx.`,
  );

// The writers and the database are loaded once the arguments are known to be right (choices.ts
// says why).
const writers = () => import('../subgraphs/registry/src/import/write-files.js');
if (options.template) {
  // A region, where given, gives the template its cities to choose from.
  const forRegion = options.region === undefined ? undefined : regionNamed(options.region);
  if (options.region !== undefined && !forRegion)
    usageError(usage, `未知地区 unknown region: ${options.region}`);
  const { writeTemplate } = await writers();
  await writeTemplate(out, kind, language, forRegion);
  console.log(`已写入模板 template written: ${out}`);
  process.exit(0);
}
if (!options.region) usageError(usage, '缺少 --region：请写明导出哪个地区 (no region given)');
const actor = actorOf(usage, 'export', options.by);
const region = regionNamed(options.region);
if (!region) usageError(usage, `未知地区 unknown region: ${options.region}`);
if (kind === 'social-workers' && !options['include-personal-data'])
  usageError(
    usage,
    '社工的姓名和证书编号是个人信息。本命令直接读取本地区的数据库，只应由本地区的编辑人员运行；确认后加 --include-personal-data。\n' +
      'Social workers’ names and certificate numbers are personal data. This command reads the region’s own database and is for its own editors only; add --include-personal-data to confirm.',
  );

const [
  { openDatabaseServer },
  { openRegionDatabase },
  { exportHeader, exportRows },
  files,
  { startPersonalDataExport, finishPersonalDataExport },
] = await Promise.all([
  import('../subgraphs/common/database-server.js'),
  import('../subgraphs/open.js'),
  import('../subgraphs/registry/src/import/export-rows.js'),
  writers(),
  import('../subgraphs/registry/src/import/personal-data-exports.js'),
]);
const server = await openDatabaseServer(process.env, { existing: true, of: { name: region.slug } });
const { dataSource } = await openRegionDatabase(server.url, region, 1);
try {
  const header = exportHeader(kind, language);
  const rows = exportRows(dataSource, kind, region, language);
  // Personal data leaves the registry only on record: recorded before a byte is written, so that
  // an export that fails or is killed half-way is on record too, unfinished.
  const run = (sql: string, parameters: unknown[]) => dataSource.query(sql, parameters);
  const record =
    kind === 'social-workers'
      ? await startPersonalDataExport(run, { actor, kind, file: out })
      : null;
  // Written beside the file and moved onto it once whole: a failure leaves no half file, and a
  // file it replaces (--overwrite) stays as it was.
  const part = `${out}.part`;
  const replaced = existsSync(out);
  // Stopped (Ctrl-C, or SIGTERM) before the file is whole: the part goes too, and the person is
  // told. The record of a personal data export stays, unfinished, as for a failure.
  const stopped = stopOnSignals(
    [
      () => rmSync(part, { force: true }),
      () =>
        console.error(
          `导出已中断：未写入 ${out}${replaced ? '（原有文件保持不变）' : ''}，未完成的 ${part} 已删除。` +
            `Export interrupted: ${out} was not written${replaced ? ' (the file there stays as it was)' : ''}, and the unfinished ${part} was removed.`,
        ),
      // An embedded PostgreSQL this export started, or took over, stops with it, as when it ends;
      // its fast shutdown ends the connection. (Closing the pool first would wait on a query that
      // waits on a lock.)
      () => server.stop(),
    ],
    { interrupted: true },
  );
  let count: number;
  try {
    // Opened here, at once, rather than by the writer as it begins: a part the writer opened
    // after a signal removed it would outlive the export.
    // Social workers' personal data is its owner's alone to read (mode 0600), as a backup is.
    const personal = kind === 'social-workers';
    const fd = openSync(part, 'w', personal ? 0o600 : 0o644);
    if (personal) fchmodSync(fd, 0o600);
    const file = createWriteStream(part, { fd });
    console.error(`正在导出到 ${out}…… (exporting to ${out}…)`);
    count =
      format === 'xlsx'
        ? await files.writeXlsx(file, kind, header, rows, language)
        : await files.writeCsv(file, header, rows);
    renameSync(part, out);
  } catch (error) {
    rmSync(part, { force: true });
    throw error;
  } finally {
    stopped();
  }
  if (record) {
    await finishPersonalDataExport(run, record, count);
    console.log(
      `已记录本次个人信息导出（${actor}）。The export of personal data is recorded (${actor}).`,
    );
  }
  console.log(`已导出 ${count} 条记录到 ${out} (${count} records exported to ${out})`);
} finally {
  await dataSource.destroy();
  await server.stop();
}
