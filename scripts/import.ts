import '../shared/tool-errors.js';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { actorOf, commandLine, typedPath, usageError } from '../shared/cli.js';
import { stopOnSignals } from '../shared/shutdown.js';
import { regionNamed, regions } from '../subgraphs/regions.js';
import {
  importKindNamed,
  importKindNames,
  importKindWords,
  importModes,
  isImportKindName,
  kindOfFileName,
  type ImportMode,
} from '../subgraphs/registry/src/import/choices.js';
import { formatOf } from '../subgraphs/registry/src/import/file-source.js';

/**
 * `npm run import -- --region ningxia --file 机构.xlsx [--kind institutions|social-workers|programs]
 * [--mode create|update|upsert] [--dry-run] [--partial]`: a regional team loads a CSV file or an
 * xlsx workbook into its own registry's database. Exit codes: 0 written or nothing to write,
 * 1 problems or conflicts, 2 usage.
 */
const kinds = importKindNames.join('|');
const usage = [
  `用法 Usage: npm run import -- --region <${regions.map((r) => r.slug).join('|')}> --file <文件.csv|文件.xlsx>`,
  `    [--kind ${kinds}] [--mode ${importModes.join('|')}] [--dry-run] [--partial]`,
  "  --region   也可写地区代码或中文名，如 NX、宁夏 (or the region's code or Chinese name)",
  '  --kind     文件名和表头都未表明类型时必填 (needed when neither the file name nor its header says the kind)',
  '  --mode     create 只新增（默认）; update 按记录编号更新; upsert 按编号或信用代码/证书编号/项目编号（无编号的项目按名称和年度）匹配，无匹配则新增',
  '             (create: new records only, the default; update: by record id; upsert: by id, credit code, certificate number or programme key, a programme without one by name and year, and new where none matches)',
  '  --dry-run  只校验和比对，不写入 (validate and match, write nothing)',
  '  --partial  写入有效行，跳过有问题的行 (write the valid rows, skip the others)',
  '  --by       导入人，记入审计和变更记录（默认为系统用户名）(who imports, in the audit and the change feed; the system user by default)',
].join('\n');
const values = commandLine(usage, {
  region: { type: 'string' },
  file: { type: 'string' },
  kind: { type: 'string' },
  mode: { type: 'string', default: 'create' },
  'dry-run': { type: 'boolean', default: false },
  partial: { type: 'boolean', default: false },
  by: { type: 'string' },
});
if (!values.region) usageError(usage, '缺少 --region：请写明导入哪个地区 (no region given)');
const region = regionNamed(values.region);
if (!region) usageError(usage, `未知地区 unknown region: ${values.region}`);
if (!values.file) usageError(usage, '缺少 --file (no file given)');
const file = typedPath(values.file);
if (!importModes.includes(values.mode as ImportMode))
  usageError(
    usage,
    `未知模式 ${values.mode}：可用 ${importModes.join('、')}。Unknown mode ${values.mode}; one of ${importModes.join(', ')}.`,
  );
// Read a slice at a time by the import; asked here, before the kind its name may say, so that a
// missing file is said as missing.
if (!existsSync(file))
  usageError(usage, `找不到文件 ${values.file}：请检查文件名和所在文件夹。No file ${values.file}.`);
if (!statSync(file).isFile())
  usageError(usage, `${values.file} 是文件夹，不是文件。${values.file} is a folder, not a file.`);
try {
  accessSync(file, constants.R_OK);
} catch {
  usageError(usage, `没有读取 ${values.file} 的权限。No permission to read ${values.file}.`);
}
// A workbook is read by what it holds, not by its name: a text file named .xlsx is no workbook.
if (/\.xlsx$/i.test(file) && formatOf({ path: file }) !== 'xlsx')
  usageError(
    usage,
    `${values.file} 的文件名是 .xlsx，内容却不是 xlsx 工作簿：请在表格程序中另存为 xlsx 或 CSV。${values.file} is named .xlsx but is no xlsx workbook: save it again as xlsx or CSV.`,
  );

const actor = actorOf(usage, 'import', values.by);

const kind = importKindNamed(values.kind) ?? kindOfFileName(file) ?? (await kindOfItsHeader(file));
if (!isImportKindName(kind))
  usageError(
    usage,
    values.kind
      ? `无法确定记录类型 (the kind is not known: ${values.kind}): 请加 --kind ${kinds}`
      : `无法确定记录类型：文件名和表头都未表明 (neither the file name nor its header says the kind): 请加 --kind ${kinds}`,
  );

/**
 * The kind a file's header row names, when neither `--kind` nor the file's name says it (a team's
 * `宁夏-2026-11.xlsx`); said, so that the person sees what the file was taken for.
 */
async function kindOfItsHeader(file: string) {
  const { kindOfFile } = await import('../subgraphs/registry/src/import/header-kind.js');
  const kind = await kindOfFile({ path: file });
  if (typeof kind === 'object') {
    const { inChinese } = await import('../subgraphs/registry/src/import/messages-zh.js');
    console.error(`${inChinese(kind.problem)} (${kind.problem})`);
    process.exit(1);
  }
  if (kind)
    console.log(
      `按表头判定为${importKindWords[kind].zh}记录 (by its header, a file of ${importKindWords[kind].en})`,
    );
  return kind;
}

// Loaded once the arguments are known to be right (choices.ts says why).
const [{ openDatabaseServer }, { openRegionDatabase }, { importFile }, { printReport }] =
  await Promise.all([
    import('../subgraphs/common/database-server.js'),
    import('../subgraphs/open.js'),
    import('../subgraphs/registry/src/import/import-file.js'),
    import('./import-report.js'),
  ]);
const server = await openDatabaseServer(process.env, { existing: true, of: { name: region.slug } });
const { dataSource } = await openRegionDatabase(server.url, region, 1);
// Stopped (Ctrl-C, or SIGTERM) while it reads and writes: the import writes in one transaction,
// which PostgreSQL rolls back when the connection goes, so nothing of it is written; once the
// transaction is committing, whether it was is not known here.
let rowsRead = 0;
let committing = false;
const stopped = stopOnSignals(
  [
    () =>
      console.error(
        committing
          ? '导入在提交时被中断：写入可能已经完成，也可能没有；请加 --dry-run 重新运行，查看登记库现在的内容。\n' +
              'Import interrupted while committing: what it wrote may or may not be in the registry; run it again with --dry-run to see.'
          : `导入已中断（已读 ${rowsRead} 行）：未写入任何内容。导入的全部写入在同一事务中，提交前中断即全部撤销。\n` +
              `Import interrupted (${rowsRead} rows read): nothing was written. The import writes in one transaction, undone whole when interrupted before it commits.`,
      ),
    // An embedded PostgreSQL this import started, or took over, stops with it, as when it ends;
    // its fast shutdown ends the connection. (Closing the pool first would wait on a query that
    // waits on a lock.)
    () => server.stop(),
  ],
  { interrupted: true },
);
try {
  const report = await importFile(
    dataSource,
    { path: file },
    {
      kind,
      region: region,
      mode: values.mode as ImportMode,
      dryRun: values['dry-run'],
      partial: values.partial,
      actor,
      progress: (rows) => {
        rowsRead = rows;
        if (rows % 10_000 === 0) console.error(`已读 ${rows} 行 (${rows} rows read)`);
      },
      committing: () => (committing = true),
    },
  );
  // Done, and about to be said: a signal now ends the import as it would any program.
  stopped();
  process.exitCode = printReport(report, {
    kind,
    dryRun: values['dry-run'],
    partial: values.partial,
  });
} finally {
  await dataSource.destroy();
  await server.stop();
}
