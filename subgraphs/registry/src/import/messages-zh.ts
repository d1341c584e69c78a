import { translate, type Catalog } from '../../../../shared/bilingual.js';
import { enumLabels } from '../../../../shared/enum-labels.js';
import { column, writeMessages } from '../writes/messages-zh.js';
import { importKindWords } from './choices.js';
import { headerOf } from './labels.js';
import { ZEROS_HINT } from './leading-zeros.js';
import { programMessages } from './program-messages-zh.js';

/**
 * The Chinese of every message an import reports, for the regional teams who read them: the
 * import's own (rows, ids, the file), and the writes' (writes/messages-zh.ts), which it meets as
 * it writes rows through the mutations' code. The report prints each one in Chinese beside its
 * English. A message not known here is printed in English alone, and `test/import-messages.e2e.ts`
 * fails on it.
 */
export function inChinese(message: string): string | null {
  // An update mutation's problem, after the id of the record the row updates (`NX-5: …`).
  const ofRecord = /^([A-Z]+-\d+): (.*)$/s.exec(message);
  if (ofRecord) {
    const chinese = inChinese(ofRecord[2]!);
    return chinese && `${ofRecord[1]}：${chinese}`;
  }
  // A refusal of a cell of digits, with the hint that a spreadsheet may have removed its zeros.
  const hinted = message.endsWith(`; ${ZEROS_HINT}`)
    ? message.slice(0, -ZEROS_HINT.length - 2)
    : null;
  if (hinted !== null) {
    const chinese = inChinese(hinted);
    return (
      chinese &&
      `${chinese}；如果原值以 0 开头，很可能是表格程序去掉了开头的 0：请把该列设为“文本”格式后重新输入`
    );
  }
  return translate(importMessages, message) ?? translate(writeMessages, message);
}

/**
 * What stopped the reading of a workbook, in Chinese; the unzipper's code (FILE_ENDED) and the XML
 * parser's words are kept as they were said, for whoever looks further.
 */
const workbookCause = (cause: string) => {
  const part = /^its (worksheet|sst) part stops before its end$/.exec(cause)?.[1];
  if (part) return `其中${part === 'worksheet' ? '工作表' : '共享字符串'}部分不完整`;
  const xml = /^(\d+):(\d+): (.*)$/s.exec(cause);
  if (xml) return `其中一部分的 XML 第 ${xml[1]} 行第 ${xml[2]} 列格式有误：${xml[3]}`;
  return cause;
};

/**
 * The values an enum cell may hold, as a team writes them in a Chinese file: the labels of the enum
 * whose values these are (NONE is 无证书 of a certificate level, 未设置 of a setup); the codes
 * where no enum has exactly these values.
 */
function labelsOfValues(quoted: string): string {
  const codes = quoted.replace(/"/g, '').split('|');
  const labels = Object.values(enumLabels).find(
    (values) =>
      Object.keys(values).length === codes.length && codes.every((code) => code in values),
  );
  return codes.map((code) => labels?.[code]?.zh ?? code).join('、');
}

/** A kind of record as the English messages name it (importKindWords), in Chinese. */
const kindInChinese = (english: string) =>
  Object.values(importKindWords).find((words) => words.en === english)?.zh ?? english;

const importMessages: Catalog = [
  // An enum cell: its allowed values by the labels the file's dropdowns and dictionary give.
  [
    /^Invalid option: expected one of (.*)$/,
    (options) => `须为以下之一：${labelsOfValues(options)}`,
  ],
  // Rows, ids and keys.
  [/^repeats line (\d+)$/, (line) => `与第 ${line} 行重复`],
  [
    /^rows far apart in the file name one record, and the first was read before the second/,
    () =>
      '文件中相隔较远的两行指向同一记录，读到后一行时前一行已读入：因此不写入任何内容（加 --partial 也不写入）',
  ],
  [
    /^is repeated on line ([\d, ]+): rows that name one record/,
    (lines) =>
      `在第 ${lines.split(', ').join('、')} 行重复：指向同一记录的各行一并不予写入；请只保留要写入的那一行，若要新增记录，请清空复制行的记录编号和版本`,
  ],
  [
    /^is required in update mode/,
    () =>
      '更新模式下必填：没有记录编号的行无法指明要修改的记录（请改用 --mode upsert 或 create 导入）',
  ],
  [
    /^update mode changes the records that rows name by id/,
    () =>
      '更新模式按记录编号修改记录，而表头没有“记录编号”列：请先导出记录以取得编号，或改用 --mode upsert 导入',
  ],
  [
    /^(\S+) is not a record of this registry \(it may have been removed since the file was exported\): export again, or clear the id and version to add the row as a new record$/,
    (id) =>
      `${id} 不是本登记库的记录（可能在导出后已被删除）：请重新导出，或清空记录编号和版本，作为新记录导入`,
  ],
  [
    /^"(.*)" is not an id of this registry; its ids look like (\S+)$/,
    (text, example) => `“${text}”不是本登记库的记录编号；本库的编号形如 ${example}`,
  ],
  [
    /^"(.*)" is not a version number: keep the version as the export wrote it/,
    (text) => `“${text}”不是版本号：请保留导出文件中的版本号，即一个整数，如 3`,
  ],
  [
    /^names (\d+) records \((.*)\) by ([\w ]+): give the row the id of the one it means \(export them to get their ids\), or a (\w+)$/,
    (count, ids, columns, key) =>
      `按${columns.split(' and ').map(column).join('、')}对应 ${count} 条记录（${ids}）：请填写所指记录的记录编号（导出可得），或填写${column(key)}`,
  ],
  [
    /^is empty, and the row's ([\w ]+) are those of (.+), which has one: give the row its (\w+) or its id/,
    (columns, ids, key) =>
      `为空，而此行的${columns.split(' and ').map(column).join('、')}与已有${column(key)}的 ${ids} 相同：请填写其${column(key)}或记录编号，以免重复登记`,
  ],
  [
    /^names no record, and the row's ([\w ]+) are those of (.+), registered without a (\w+): to record it, give the row that record's id/,
    (columns, ids, key) =>
      `不属于任何已登记的记录，而此行的${columns.split(' and ').map(column).join('、')}与登记时没有${column(key)}的 ${ids} 相同：如要为其补登${column(key)}，请在此行填写其记录编号（导出可得），以免重复登记`,
  ],
  [
    /^differs from (\S+) as registered: create mode only adds new records/,
    (id) =>
      `与登记库中的 ${id} 不同：创建模式只新增记录，此行未写入；要写入这一更正，请用 --mode upsert 导入`,
  ],
  [
    /^(\S+) is at version (\d+), and was never at version (\d+), which the file gives/,
    (id, current, file) =>
      `${id} 现为第 ${current} 版，从未有过文件中的第 ${file} 版：请保留导出文件中“版本”列的原值，或重新导出；此行未写入`,
  ],
  [
    /^(\S+) is at version (\d+), the file has version (\d+)/,
    (id, current, file) =>
      `${id} 现为第 ${current} 版，文件中为第 ${file} 版：导出之后该记录已被修改；此行未写入`,
  ],
  [
    /^is empty, and the row names (\S+) by its id: without the version/,
    (id) =>
      `为空，而此行以记录编号指明 ${id}：没有导出时的版本号，就无法判断导出之后他人是否改过该记录，因此此行未写入；请保留导出文件中“版本”列的原值，或重新导出后在新文件中修改`,
  ],
  [
    /^(\S+) is named by its id, and the file has no version column/,
    (id) => `此行以记录编号指明 ${id}，而文件没有“版本”列：此行未写入`,
  ],
  [
    /^the header has no version column, and (\d+) rows? changes? (?:a )?records? named by id/,
    (count) =>
      `表头没有“版本”列，而有 ${count} 行修改了以记录编号指明的记录：没有导出时的版本号，就无法判断导出之后他人是否改过这些记录，因此这些行未写入，以免覆盖他人的修改；请保留导出文件中的“版本”列，或重新导出后在新文件中修改`,
  ],
  [
    /^(\d+) is neither a year \(up to (\d+)\) nor a date as Excel keeps it \(a serial number from (\d+), 1910-01-01\)/,
    (typed, year, serial) =>
      `${typed} 既不是年份（至 ${year} 年），也不是 Excel 保存日期所用的序号（自 ${serial} 即 1910-01-01 起）：请写作 2021、2021-06 或 2021-06-30`,
  ],
  [
    /^(\d+) may be (\S+) typed short or the date Excel keeps as \1 \((\S+)\)/,
    (typed, month, day) =>
      `${typed} 可能是 ${month} 的简写，也可能是 Excel 日期序号 ${typed}（${day}）：请写出完整日期（${month} 或 ${day}）`,
  ],
  [
    /^the spreadsheet removed the leading zeros \((\S+) → (\S+)\); the registry's value was kept/,
    (stored, read) =>
      `表格程序去掉了开头的 0（${stored} → ${read}），已保留登记库中的原值；要改动它请用 API`,
  ],
  [
    /^(\d{4})\.1 may be \1-01 or \1-10, which a spreadsheet keeps as the number/,
    (year) =>
      `${year}.1 可能是 ${year} 年 1 月，也可能是 ${year}.10（10 月）被表格程序存成了数字 ${year}.1：请写作 ${year}-01 或 ${year}-10`,
  ],
  [
    /^(\S+) puts the year last, and its month and day cannot be told apart: write the year first, (\S+)(?: or (\S+))?$/,
    (typed, one, other) =>
      `${typed} 把年份写在了最后，无法分辨月和日：请把年份写在前面，写作 ${one}${other ? ` 或 ${other}` : ''}`,
  ],
  // The file.
  [
    /^column (\d+) \(([A-Z]+)\) has no header, and this row holds a value in it/,
    (position, letter) =>
      `第 ${position} 列（${letter} 列）表头为空，而此行在该列有值：请填写该列的表头，或删去该列`,
  ],
  [
    /^the file's Chinese characters have become "\?": it was saved in an encoding without Chinese characters/,
    () =>
      '文件中的汉字已变成“?”：保存时选用了不含汉字的编码。请在表格程序中另存为“CSV UTF-8”或 Excel 工作簿后再导入',
  ],
  [
    /^is not a column of ([\w-]+); the columns are (.*) \(or their Chinese headers\)$/,
    // Each column by its header in the kind's Chinese export and template (机构名称, not 名称).
    (kind, columns) =>
      `不是此类记录的列；可用的列为 ${columns
        .split(', ')
        .map((name) => `${headerOf(kind, name, 'zh')}（${name}）`)
        .join('、')}`,
  ],
  [
    /^the header's columns are those of (.+?) \((.*)\), not of (.+?): import the file with --kind (\S+)$/,
    (other, columns, kind, option) =>
      `表头中的${columns
        .split(', ')
        .map((name) => `“${name}”`)
        .join(
          '',
        )}是${kindInChinese(other)}记录的列，不是${kindInChinese(kind)}记录的列：请改用 --kind ${option} 导入`,
  ],
  [
    /^appears (?:twice|(\d+) times) in the header \(columns ([\d, ]+) and (\d+)\)/,
    (times, firsts, last) =>
      times
        ? `在表头中出现 ${times} 次（第 ${firsts.split(', ').join('、')}、${last} 列）：请只保留一列`
        : `在表头中出现两次（第 ${firsts} 列和第 ${last} 列）：请只保留一列`,
  ],
  [
    /^is a formula whose value the file does not hold/,
    () =>
      '是公式，而文件中没有保存其计算结果：请在 Excel 或 WPS 中打开工作簿，待其计算后保存，再重新导入',
  ],
  [
    /^shows the error (\S+): correct the cell/,
    (code) => `显示错误值 ${code}：请更正该单元格（或其公式）后重新导入`,
  ],
  [
    /^the file is an Excel 97-2003 workbook \(\.xls\)/,
    () =>
      '文件是 Excel 97-2003 工作簿（.xls）或其他旧版 Office 文件，导入无法读取：请另存为 Excel 工作簿（.xlsx）或“CSV UTF-8”后再导入',
  ],
  [
    /^the file holds no worksheet that can be read/,
    () =>
      '文件中没有可读取的工作表（可能是 Word 文档或其他 zip 压缩包，或没有工作表的工作簿）：请在电子表格软件中将表格另存为 .xlsx 或 .csv 后再导入',
  ],
  [
    /^the first sheet \("(.*)"\) has no header row naming the columns of this kind: /,
    (name) =>
      `第一个工作表（“${name}”）中没有列出此类记录各列名称的表头行：请把记录所在的工作表移到最前面，或将其单独保存后重新导入`,
  ],
  [
    /^the first sheet has no header row naming the columns of this kind$/,
    () => '第一个工作表中没有列出此类记录各列名称的表头行',
  ],
  [
    /^the file is empty: it has no header row naming the columns of this kind$/,
    () => '文件为空：没有列出此类记录各列名称的表头行',
  ],
  [
    /^the file is neither UTF-8 nor GB18030\/GBK text \(first at byte (\S+)\)/,
    (byte) =>
      `文件既不是 UTF-8 也不是 GB18030/GBK 文本（第一处在字节 ${byte}）：请另存为“CSV UTF-8”后重新导入`,
  ],
  [
    /^the file starts with a (\S+) byte-order mark but is not \1 text$/,
    (encoding) => `文件以 ${encoding} 字节顺序标记开头，内容却不是 ${encoding} 文本`,
  ],
  [
    /^has (\d+) cells where the header has (\d+) columns: (a cell holds)?/,
    (cells, columns, comma) =>
      `有 ${cells} 个单元格，而表头有 ${columns} 列：${comma ? '某个单元格中的逗号没有用引号括起来' : '缺少单元格'}；此行未读取`,
  ],
  [
    /^the rows after line (\d+) were not read/,
    (line) => `第 ${line} 行之后的行未能读取，因此不写入任何内容（加 --partial 也不写入）`,
  ],
  [
    /^the workbook could not be read to its end \((.*)\): /s,
    (cause) =>
      `工作簿未能读完（${workbookCause(cause)}）：文件不完整或已损坏；请在电子表格软件中重新保存，或重新导出`,
  ],
  [
    /^differs from the key of (\S+) \((.*)\): a programme's key/,
    (id, key) =>
      `与 ${id} 的项目编号（${key === 'none' ? '无' : key}）不同：项目编号在各次导入之间标识该项目，不能通过导入修改；请改回原值，或删去此列`,
  ],
  ...programMessages,
  [
    /^is set by the registry and cannot be imported: (.+) has (\S+) there; (write|leave)/,
    (subject, value, advice) =>
      `由登记库设定，不能通过导入修改：${subject === 'a record the import creates' ? '导入新增的记录' : `登记库中 ${subject} 的`}此项为“${enumLabels.Provenance![value]?.zh ?? (value === 'none' ? '无' : value)}”；${advice === 'write' ? '请改回导出时的值' : '请留空'}，或删去此列`,
  ],
  [
    /^cells (\S+) are merged: /,
    (ref) =>
      `单元格 ${ref} 是合并单元格：合并后只有第一格有值，其余各格会被读作空白，从而清空其记录中的这些内容；请取消合并、填满每一格后重新导入`,
  ],
  [
    /^Quote Not Closed/,
    () => '引号未闭合：文件到此行结束，而此前某个单元格的开头引号没有配对；请检查此前各行中的引号',
  ],
  [
    /^Invalid Opening Quote|^Invalid Closing Quote/,
    () => '引号位置有误：单元格中的引号须写成两个引号',
  ],
];
