import { regions } from '../../../regions.js';
import { chineseHeaders, labelOfCode } from './labels.js';

/**
 * The Chinese of every message an import reports and a mutation answers, for the regional teams who
 * read them. The validation writes its messages once, in English (the key of this catalog, shared
 * by the import and the mutations); the import's report prints each one in Chinese beside it, and
 * the subgraph's answers put it before it (apiMessageInChinese). A message not known here is
 * printed in English alone, and `test/import-messages.e2e.ts` and `test/api-messages.e2e.ts` fail
 * on it.
 */
export function inChinese(message: string): string | null {
  // An update mutation's problem, after the id of the record the row updates (`NX-5: …`).
  const ofRecord = /^([A-Z]+-\d+): (.*)$/s.exec(message);
  if (ofRecord) {
    const chinese = inChinese(ofRecord[2]!);
    return chinese && `${ofRecord[1]}：${chinese}`;
  }
  for (const [pattern, chinese] of catalog) {
    const match = pattern.exec(message);
    if (match) return chinese(...match.slice(1).map((group) => group ?? ''));
  }
  return null;
}

/**
 * The Chinese of a mutation's message: `input.name: must not be empty (and 2 more problems)`, a
 * field's path before the validation's message, and how many problems follow the first.
 */
export function apiMessageInChinese(message: string): string | null {
  const [, body, more] = /^(.*?)(?: \(and (\d+) more problems\))?$/s.exec(message)!;
  const ofField = /^([A-Za-z][\w.[\]]*): (.*)$/s.exec(body!);
  const chinese = inChinese(ofField ? ofField[2]! : body!);
  if (!chinese) return null;
  return `${ofField ? `${ofField[1]}：` : ''}${chinese}${more ? `（另有 ${more} 个问题）` : ''}`;
}

const column = (name: string) => chineseHeaders[name] ?? name;
const record = (what: string) =>
  (
    ({
      institution: '机构',
      'social worker': '社工',
      programme: '项目',
      target: '目标',
      figure: '数字',
    }) as Record<string, string>
  )[what.toLowerCase()] ?? what;
const regionName = (nameEn: string) => regions.find((r) => r.nameEn === nameEn)?.nameZh ?? nameEn;
/** A record as the API names it (`Institution NX-108`), in Chinese (`机构 NX-108`). */
const named = String.raw`((?:[Ii]nstitution|[Ss]ocial worker|[Pp]rogramme|[Tt]arget|[Ff]igure) \S+)`;
const recordOf = (text: string) =>
  text.replace(/^(\S+(?: worker)?) /, (_, what: string) => `${record(what)} `);

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

const catalog: [RegExp, (...groups: string[]) => string][] = [
  // Rows, ids and keys.
  [/^repeats line (\d+)$/, (line) => `与第 ${line} 行重复`],
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
  [/^(\S+) is not a record of this registry$/, (id) => `${id} 不是本登记库的记录`],
  [
    /^"(.*)" is not an id of this registry; its ids look like (\S+)$/,
    (text, example) => `“${text}”不是本登记库的记录编号；本库的编号形如 ${example}`,
  ],
  [/^"(.*)" is not a version number$/, (text) => `“${text}”不是版本号`],
  [
    /^names (\d+) records \((.*)\) by (\w+) and (\w+): /,
    (count, ids, first, second) =>
      `按${column(first)}和${column(second)}对应 ${count} 条记录（${ids}）：请填写所指记录的记录编号（导出可得），或填写项目编号`,
  ],
  [
    /^(\S+) is at version (\d+), the file has version (\d+)/,
    (id, current, file) =>
      `${id} 现为第 ${current} 版，文件中为第 ${file} 版：导出之后该记录已被修改；此行未写入`,
  ],
  [
    new RegExp(`^${named} is at version (\\d+), not (\\d+)`),
    (name, current, expected) =>
      `${recordOf(name)} 现为第 ${current} 版，而非第 ${expected} 版：读取之后已被他人修改；请重新读取后再修改`,
  ],
  [
    new RegExp(`^${named} changed while it was being updated`),
    (name) => `${recordOf(name)} 在更新过程中被修改；未写入任何内容`,
  ],
  // References to institutions.
  [
    /^no institution of this registry has the credit code (\S+)$/,
    (code) => `本登记库没有统一社会信用代码为 ${code} 的机构`,
  ],
  [
    /^the institution with the credit code (\S+) is closed$/,
    (code) => `统一社会信用代码为 ${code} 的机构已关闭`,
  ],
  [
    new RegExp(`^${named} is not in this region's registry$`),
    (name) => `${recordOf(name)} 不在本地区的登记库中`,
  ],
  [new RegExp(`^${named} is closed$`), (name) => `${recordOf(name)} 已关闭`],
  [new RegExp(`^${named} is not closed$`), (name) => `${recordOf(name)} 未关闭`],
  [new RegExp(`^${named} is already closed$`), (name) => `${recordOf(name)} 已经关闭`],
  [
    new RegExp(`^${named} is already at ${named}$`),
    (worker, institution) => `${recordOf(worker)} 已在${recordOf(institution)}`,
  ],
  [
    new RegExp(`^is already the code of ${named}$`),
    (name) => `已是${recordOf(name)} 的统一社会信用代码`,
  ],
  [/^is already registered to another social worker$/, () => '已登记在另一名社工名下'],
  // Cells.
  [/^is required$/, () => '必填'],
  [
    /^"(.*)" is not one of (.*)$/,
    (text, allowed) =>
      `“${text}”不是可选值之一：${allowed.replace(/ \([A-Z_]+\)/g, '').replace(/, /g, '、')}`,
  ],
  [
    /^holds U\+FFFD, the mark of characters lost/,
    () => '含 U+FFFD，即此前转换中丢失字符的标记：请从原始文件重新导出',
  ],
  [
    /^holds (U\+[0-9A-F]+), an invisible, control or private character/,
    (codePoint) => `含 ${codePoint}，一个不可见、控制或私用字符：请删除`,
  ],
  [/^must not be empty$/, () => '不能为空'],
  [/^must be at most (\d+) characters$/, (max) => `最多 ${max} 个字符`],
  [/^must hold at least one letter or Chinese character$/, () => '须至少含一个字母或汉字'],
  [/^lists a service field twice$/, () => '同一服务领域列出了两次'],
  [
    /^must be a whole number, not negative: (\S+) counts (.+)$/,
    (indicator, unit) => `须为非负整数：${indicator} 计数的单位是“${unit}”`,
  ],
  [/^must be a whole number/, () => '须为整数'],
  [/^must not be negative$/, () => '不能为负数'],
  [/^must be (\d+) or later$/, (year) => `不能早于 ${year} 年`],
  [/^must be (\d+) or earlier$/, (year) => `不能晚于 ${year} 年`],
  [/^must be from (\d+) on$/, (year) => `不能早于 ${year} 年`],
  [/^is beyond any programme budget$/, () => '超出任何项目的预算'],
  [/^must be a full date: (\S+)$/, (example) => `须为完整日期，如 ${example}`],
  [
    /^must be a year, year-month or date: (\S+), (\S+) or (\S+)$/,
    (year, month, day) => `须为年份、年月或日期，如 ${year}、${month} 或 ${day}`,
  ],
  [/^is not a date of the calendar$/, () => '不是日历上存在的日期'],
  [
    /^must not be in the future(?: \(today is (\S+)\))?$/,
    (today) => (today ? `不能晚于今天（${today}）` : '不能晚于今天'),
  ],
  [/^must not be before (\w+) \((\S+)\)$/, (other, date) => `不能早于${column(other)}（${date}）`],
  [
    /^must not be before the institution opened \((\S+)\)$/,
    (date) => `不能早于机构成立时间（${date}）`,
  ],
  [/^must be (\d+) characters$/, (length) => `须为 ${length} 个字符`],
  [
    /^must be (\d+) to (\d+) letters, digits or (.*)$/,
    (min, max, others) => `须为 ${min} 到 ${max} 个字母、数字或 ${others}`,
  ],
  [
    /^must be (\d+) to (\d+) capital letters, digits or hyphens$/,
    (min, max) => `须为 ${min} 到 ${max} 个大写字母、数字或连字符`,
  ],
  [/^Invalid input: expected number/, () => '须为数字（不含千分位逗号、单位或空格）'],
  [/^Invalid input: expected (\w+)/, (type) => `类型不符，应为 ${type}`],
  // Credit codes.
  [/^must be 18 characters, not (\d+)$/, (length) => `须为 18 个字符，现为 ${length} 个`],
  [
    /^contains "(.)": only digits and the capitals (\S+) are used$/,
    (character, capitals) => `含“${character}”：只使用数字和大写字母 ${capitals}`,
  ],
  [
    /^check character is "(.)" but the first 17 characters give "(.)"/,
    (given, expected) => `校验位为“${given}”，而前 17 位算得“${expected}”：有字符输错`,
  ],
  [
    /^registers its holder in the administrative division (\d+), outside (.+) \(whose codes carry (\d+)\)/,
    (division, region, province) =>
      `其持有者登记在行政区划 ${division}，不在${regionName(region)}（代码第 3–4 位为 ${province}）：应由该省份的登记库登记`,
  ],
  // Rules over fields.
  [
    /^a hospital grade applies only to medical institutions, not to (\w+)$/,
    (kind) => `医院等级只适用于医疗机构，不适用于${labelOfCode('InstitutionKind', kind, 'zh')}`,
  ],
  [
    /^a certificate number needs a certificate level other than NONE$/,
    () => '填写证书编号时，证书等级不能为“无”',
  ],
  // The mutations' own: ids, versions, targets, figures and their sources.
  [/^is not a record id$/, () => '不是记录编号'],
  [/^is already registered to another record$/, () => '已登记在另一条记录名下'],
  [/^gives no field to change$/, () => '没有给出要修改的字段'],
  [
    /^a new target has no version: give input\.id to revise one$/,
    () => '新目标没有版本号：修订已有目标请给出 input.id',
  ],
  [/^revising a target needs the version you read$/, () => '修订目标须给出读取时的版本号'],
  [/^target (\S+) was already withdrawn$/, (id) => `目标 ${id} 已经撤回`],
  [
    /^figure (\S+) was already withdrawn(?:, corrected by (\S+))?$/,
    (id, by) => `数字 ${id} 已经撤回${by ? `，由 ${by} 更正` : ''}`,
  ],
  [
    /^source (\S+) is not known; give title and document or url to add it$/,
    (id) => `来源 ${id} 不存在；新增来源请给出标题，以及文件或网址`,
  ],
  [
    /^give the document or the address \(url\) the source was read at$/,
    () => '请给出读取该来源的文件或网址（url）',
  ],
  [/^is not an indicator code of the national catalog$/, () => '不是全国指标目录中的指标代码'],
  [
    /^must be "(.*)", the catalog's unit of (\S+) \(or left out\)$/,
    (unit, indicator) => `须为“${unit}”，即目录中 ${indicator} 的单位（或不填）`,
  ],
  [
    /^must be a percentage from 0 to 100: (\S+) is a ratio$/,
    (indicator) => `须为 0 到 100 之间的百分比：${indicator} 是比率`,
  ],
  [
    new RegExp(`^${named} is not in this registry\\.$`),
    (name) => `${recordOf(name)} 不在本登记库中`,
  ],
  [
    /^idempotencyKey (\S+) was already used for a different request/,
    (key) => `幂等键 ${key} 已用于另一个请求；新的写入请使用新的键`,
  ],
  // The file.
  [
    /^is not a column of this kind; the columns are (.*) \(or their Chinese headers\)$/,
    (columns) =>
      `不是此类记录的列；可用的列为 ${columns
        .split(', ')
        .map((name) => `${column(name)}（${name}）`)
        .join('、')}`,
  ],
  [
    /^appears twice in the header \(columns (\d+) and (\d+)\)/,
    (first, second) => `在表头中出现两次（第 ${first} 列和第 ${second} 列）：请只保留一列`,
  ],
  [
    /^the file holds no worksheet that can be read/,
    () =>
      '文件中没有可读取的工作表（可能是 Word 文档或其他 zip 压缩包，或没有工作表的工作簿）：请在电子表格软件中将表格另存为 .xlsx 或 .csv 后再导入',
  ],
  [
    /^the first sheet has no header row naming the columns of this kind$/,
    () => '第一个工作表中没有列出此类记录各列名称的表头行',
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
    /^Quote Not Closed/,
    () => '引号未闭合：文件到此行结束，而此前某个单元格的开头引号没有配对；请检查此前各行中的引号',
  ],
  [
    /^Invalid Opening Quote|^Invalid Closing Quote/,
    () => '引号位置有误：单元格中的引号须写成两个引号',
  ],
];
