import type {
  ImportReport,
  RowProblem,
  UpdatedRow,
} from '../subgraphs/registry/src/import/import-report.js';
import { cellText } from '../subgraphs/registry/src/import/export-rows.js';
import { changeLines } from './import-changes.js';
import { headerOf } from '../subgraphs/registry/src/import/labels.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';
import { columnOfField } from '../subgraphs/registry/src/import/record-rows.js';
import { regionByCode } from '../subgraphs/regions.js';
import { shownVisibly } from '../shared/text-hygiene.js';

/**
 * A problem at its place, in Chinese and in English: `第 3 行，机构名称：不能为空 (line 3, column
 * 机构名称: must not be empty)`; a message without its Chinese in English alone.
 */
function problemLine(
  line: number,
  column: string,
  message: string,
  zhPrefix = '',
  enPrefix = '',
  zhColumn = column,
  typed?: string,
): string {
  // A column too is the file's own header text (a column given twice is named as typed).
  [column, zhColumn] = [visible(column), visible(zhColumn)];
  const shown = typed && visible(typed.length > 40 ? `${typed.slice(0, 40)}…` : typed);
  const english = `${column ? `line ${line}, column ${column}${shown ? ` ("${shown}")` : ''}` : `line ${line}`}: ${enPrefix}${visible(message)}`;
  // Made visible first: a catalog's `.` does not match a line separator a cell brought in.
  const chinese = inChinese(visible(message));
  return chinese
    ? `第 ${line} 行${zhColumn ? `，${zhColumn}${shown ? `（“${shown}”）` : ''}` : ''}：${zhPrefix}${chinese} (${english})`
    : english;
}

/** A cell as typed, fit for a terminal: what the text check refuses, shown by its code point. */
const visible = shownVisibly;

/**
 * Prints an import's summary, in Chinese and English, as DHIS2 summarises one: created, updated
 * (with the fields each changed), unchanged, ignored, conflicts (with the record's current values)
 * and invalid rows by line and column. Returns the exit code: 0 written or nothing to write,
 * 1 problems or conflicts.
 */
export function printReport(
  report: ImportReport,
  options: { kind: string; dryRun: boolean; partial: boolean },
): number {
  if (report.notesColumns?.length)
    console.log(
      `未导入备注列：${report.notesColumns.join('、')}。Notes columns not imported: ${report.notesColumns.join(', ')}.`,
    );
  // A file of another region is said first, once: its rows' problems all come from that.
  const owner = otherRegionOfIds(report);
  if (owner)
    console.error(
      `文件中的记录编号属于${owner.nameZh}（${owner.code}-…）：这是${owner.nameZh}的文件吗？请用 --region ${owner.slug} 导入它。The file's ids are ${owner.nameEn}'s (${owner.code}-…): is it ${owner.nameEn}'s file? Import it with --region ${owner.slug}.`,
    );
  const say = (p: RowProblem) =>
    console.error(problemLine(p.line, p.column, p.message, '', '', p.column, p.typed));
  const groups = alike(report.problems);
  // Line by line, unless one problem repeats: then each problem once, with its count.
  if (groups.every((group) => group.length <= SHOWN_ALIKE)) report.problems.forEach(say);
  else
    for (const group of groups) {
      group.slice(0, SHOWN_ALIKE).forEach(say);
      if (group.length > SHOWN_ALIKE) console.error(moreAlike(group.slice(SHOWN_ALIKE)));
    }
  // Values kept (leading zeros a spreadsheet removed): said, refusing nothing.
  for (const w of report.warnings ?? [])
    console.log(problemLine(w.line, w.column, w.message, '注意：', 'warning: '));
  // The record's values as the reader's file shows them: Chinese headers and labels, then the codes.
  const values = (current: Record<string, unknown>, language: 'zh' | 'en') =>
    Object.entries(current)
      .map(
        ([column, value]) =>
          `${headerOf(options.kind, column, language)}=${cellText(options.kind, column, value, language)}`,
      )
      .join(language === 'zh' ? '，' : ', ');
  // The version column as the file's header names it, in both languages, as every other column.
  const versionColumn = report.versionColumn ?? '版本';
  for (const c of report.conflicts)
    console.error(
      `${problemLine(c.line, versionColumn, c.message, '冲突：', 'conflict: ')}\n` +
        `  现有值：${values(c.current, 'zh')}\n  (current values: ${values(c.current, 'en')})`,
    );
  // What each line did, as it stands: done, to be done in a dry run, or not done when the import
  // was rolled back. A file of thousands of new records lists its first hundred.
  const verb = options.dryRun
    ? { create: ['将新增', 'would create'], update: ['将更新', 'would update'] }
    : report.written
      ? { create: ['已新增', 'created'], update: ['已更新', 'updated'] }
      : { create: ['未新增', 'not created'], update: ['未更新', 'not updated'] };
  // A new record's id is said once it exists: a dry run's or a rolled-back import's were never
  // given.
  listed(report.createdRows, (c) =>
    report.written
      ? `第 ${c.line} 行：${verb.create[0]} ${c.id} (line ${c.line}: ${verb.create[1]} ${c.id})`
      : `第 ${c.line} 行：${verb.create[0]}记录 (line ${c.line}: ${verb.create[1]})`,
  );
  // A field an empty cell clears is said so: the cell may be empty by no one's choice.
  const field = (u: UpdatedRow, f: string, language: 'zh' | 'en') =>
    language === 'zh'
      ? `${headerOf(options.kind, columnOfField(f), 'zh')}${u.cleared.includes(f) ? '（清空）' : ''}`
      : `${f}${u.cleared.includes(f) ? ' (cleared)' : ''}`;
  listed(
    report.updated,
    (u) =>
      `第 ${u.line} 行：${verb.update[0]} ${u.id}（${u.fields.map((f) => field(u, f, 'zh')).join('、')}） (line ${u.line}: ${verb.update[1]} ${u.id} (${u.fields.map((f) => field(u, f, 'en')).join(', ')}))${changeLines(options.kind, u)}`,
  );
  // A correction of a record a document names makes it the region's own: said before it is done.
  const published = report.updated.filter((u) => u.published).map((u) => u.id);
  if (published.length) {
    // The first few, in the file's order: the lines above name each.
    const ids = (separator: string) =>
      `${published.slice(0, SHOWN_ALIKE).join(separator)}${published.length > SHOWN_ALIKE ? '…' : ''}`;
    console.log(
      `其中 ${published.length} 行修改的是公开报道所载的记录（${ids('、')}）：修改后它们成为本地区登记的记录，不再标为公开数据，匿名读者（如公开的仪表板）将看不到它们。\n` +
        `${published.length === 1 ? '1 row changes a record' : `${published.length} rows change records`} a published document names (${ids(', ')}): changed, ${published.length === 1 ? 'it becomes' : 'they become'} the region's registered ${published.length === 1 ? 'record' : 'records'}, no longer marked published, which anonymous readers (the public dashboard among them) do not see.`,
    );
  }
  const cleared = report.updated.filter((u) => u.cleared.length).length;
  if (cleared)
    console.log(
      `其中 ${cleared} 行清空了原有内容（上面标为“清空”）：如不是有意清空，请检查这些单元格是否被误删。\n` +
        `${cleared === 1 ? '1 row clears' : `${cleared} rows clear`} what a record held (marked "cleared" above): unless that was meant, check whether those cells were deleted by mistake.`,
    );
  const invalid = report.rows - report.valid;
  // A file refused before its rows has no counts to give: 0 invalid would read as nothing wrong.
  if (report.refusedBeforeRows === 'header')
    console.log(
      '文件因表头有误被拒绝（见以上问题）：未读取任何行。\nThe file was refused at its header (see the problems above): no row was read.',
    );
  else if (report.refusedBeforeRows === 'file')
    console.log(
      '文件无法作为此类记录读取，被拒绝（见以上问题）：未读取任何行。\nThe file was refused as it could not be read as records of this kind (see the problem above): no row was read.',
    );
  else
    console.log(
      `${options.dryRun ? '试运行 dry run: ' : !report.written && report.created + report.updated.length ? '（未写入 not written）' : ''}读取 ${report.rows} 行：新增 ${report.created}，更新 ${report.updated.length}，未变 ${report.unchanged}，忽略 ${report.ignored}，冲突 ${report.conflicts.length}，无效 ${invalid}。\n` +
        `${report.rows} rows read: ${report.created} created, ${report.updated.length} updated, ${report.unchanged} unchanged, ${report.ignored} ignored, ${report.conflicts.length} conflicts, ${invalid} invalid.`,
    );
  // A row deleted in the spreadsheet deletes nothing: said, so that no one believes it did.
  const missing = report.notInFile;
  if (missing?.count) {
    const ids = `${missing.ids.join('、')}${missing.count > missing.ids.length ? '……' : ''}`;
    console.log(
      `登记库中另有 ${missing.count} 条记录不在文件中（${ids}）：导入只新增和修改记录，从不删除或停用；从表格中删去的行不会删除记录。` +
        `\n${missing.count === 1 ? '1 record of the registry is' : `${missing.count} records of the registry are`} not in the file (${missing.ids.join(', ')}${missing.count > missing.ids.length ? ', …' : ''}): an import creates and changes records, never deletes or closes one; a row deleted from the spreadsheet deletes nothing.`,
    );
  }
  // A new station where the registry has one without a code that the file leaves out: a rename?
  const samePlace = report.samePlace ?? [];
  for (const alike of samePlace.slice(0, SAME_PLACE_SHOWN))
    console.log(
      `第 ${alike.line} 行新增的机构与 ${alike.ids.join('、')} 同在${alike.place}，而后者不在文件中：如果这一行是改了名称的 ${alike.ids.join('、')}，请填写其记录编号，否则会重复登记。` +
        `\nline ${alike.line} creates an institution in the same township as ${alike.ids.join(', ')}, which the file does not name: if the row is ${alike.ids.join(', ')} renamed, give it that id, or it is registered twice.`,
    );
  if (samePlace.length > SAME_PLACE_SHOWN)
    console.log(
      `另有 ${samePlace.length - SAME_PLACE_SHOWN} 行同样如此。${samePlace.length - SAME_PLACE_SHOWN} more rows are alike.`,
    );
  const refused = report.problems.length > 0 || report.conflicts.length > 0;
  if (options.dryRun) console.log('试运行，未写入任何内容。Dry run: nothing was written.');
  else if (refused || options.partial) closing(report, refused, options.partial);
  return refused ? 1 : 0;
}

/**
 * What the import wrote, as its last line, with the advice that fits: --partial offered only where
 * it would write something, and with --partial, what it wrote or why it wrote nothing.
 */
function closing(report: ImportReport, refused: boolean, partial: boolean): void {
  const changes = report.created + report.updated.length;
  const counts = {
    zh: `新增 ${report.created}，更新 ${report.updated.length}`,
    en: `${report.created} created, ${report.updated.length} updated`,
  };
  if (report.refusedWhole)
    console.error(
      `未写入任何内容：以上问题涉及整个文件（表头有误，文件未能读完，有合并的单元格，或相隔较远的两行指向同一记录），加 --partial 也不会写入；请修正文件后重新导入。\n` +
        `Nothing was written: the problems above are the whole file's (its header, a file that could not be read to its end, merged cells, or rows far apart naming one record), and --partial would write nothing either; correct the file and import it again.`,
    );
  else if (partial && report.written)
    console.log(
      `已写入有效行：${counts.zh}${refused ? '；以上有问题或冲突的行未写入' : ''}。\n` +
        `The valid rows were written: ${counts.en}${refused ? '; the rows with problems or conflicts above were not' : ''}.`,
    );
  else if (partial)
    console.log(
      refused
        ? '未写入任何内容：没有可写入的有效行（其余各行与登记库相同）。\nNothing was written: no valid row changes anything (the others say what the registry holds).'
        : '未写入任何内容：各行与登记库相同。\nNothing was written: every row says what the registry holds.',
    );
  else if (changes)
    console.error(
      `未写入任何内容。请修正以上行，或加 --partial 只写入有效行（${counts.zh}）。\n` +
        `Nothing was written. Fix the rows above, or run with --partial to write the valid rows only (${counts.en}).`,
    );
  else
    console.error(
      '未写入任何内容。请修正以上行：其余各行与登记库相同，加 --partial 也不会写入。\n' +
        'Nothing was written. Fix the rows above: the other rows say what the registry holds, and --partial would write nothing.',
    );
}

/** New stations in the township of a record the file leaves out, shown before the rest are counted. */
const SAME_PLACE_SHOWN = 20;

/** Lines of one problem (one column, one message) shown before the rest are counted. */
const SHOWN_ALIKE = 5;

/**
 * The problems by what they say, in the order each first comes: 50,000 rows with one bad date are
 * one problem a team fixes once (a column's format), not 50,000 lines that bury the others. A
 * record's id in a message does not make it another problem ("NX-1" is not an id of this registry,
 * on every row of another region's file).
 */
function alike(problems: RowProblem[]): RowProblem[][] {
  const groups = new Map<string, RowProblem[]>();
  for (const p of problems) {
    const key = `${p.column}\u0000${p.message.replace(/\b[A-Z]{2}-\d+\b/g, '<id>')}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()];
}

/** The rest of a group, counted, with the lines they are on (a range when there are many). */
function moreAlike(rest: RowProblem[]): string {
  const few = rest.length <= 10;
  const [first, last] = [rest[0]!.line, rest.at(-1)!.line];
  const lines = few
    ? `第 ${rest.map((p) => p.line).join('、')} 行`
    : `第 ${first} 行至第 ${last} 行之间`;
  const linesEn = few ? rest.map((p) => p.line).join(', ') : `between lines ${first} and ${last}`;
  return `  ……同样的问题另有 ${rest.length} 行（${lines}）。(… the same problem on ${rest.length} more lines: ${linesEn}.)`;
}

/** Lines of a list, the first `LISTED` of them, then how many more there are. */
const LISTED = 100;
function listed<T>(items: T[], line: (item: T) => string): void {
  for (const item of items.slice(0, LISTED)) console.log(line(item));
  if (items.length > LISTED)
    console.log(
      `……另有 ${items.length - LISTED} 行未列出。(… and ${items.length - LISTED} more lines not listed.)`,
    );
}

/**
 * The one other region every id the import refused as not its registry's belongs to (a file
 * exported from Tianjin imported into Ningxia), said once rather than in a line a row.
 */
function otherRegionOfIds(report: ImportReport) {
  const codes = report.problems.flatMap((p) => {
    const id = /^"([A-Z]{2})-\d+" is not an id of this registry/.exec(p.message);
    return id ? [id[1]!] : [];
  });
  const [code] = new Set(codes);
  // Most of the file: a row of another region's among a region's own is a mistake of that row,
  // which its own problem says, not a file of that region.
  return codes.length * 2 > report.rows && new Set(codes).size === 1
    ? regionByCode(code!)
    : undefined;
}
