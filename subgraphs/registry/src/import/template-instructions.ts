import type { Language } from '../../../../shared/enum-labels.js';
import { importKinds } from './columns.js';
import { editableColumns, exportHeader } from './export-rows.js';
import { enumOfColumn } from './labels.js';
import { isDateColumn } from './cell-dates.js';

type Said = Record<Language, string>;

/** How a column is filled in, as the import reads it. */
function howToFill(kindName: string, column: string): Said {
  const kind = importKinds[kindName]!;
  if (column === 'id')
    return {
      zh: '新增记录留空；更新已有记录时保留导出的值（地区代码加序号，如宁夏的 NX-5）。',
      en: "Blank for a new record; keep the exported value (the region's code and a number, such as Ningxia's NX-5) to update one.",
    };
  if (column === 'version')
    return {
      zh: '新增记录留空；更新时保留导出的值：导出之后他人改过的记录会作为冲突报告，不被覆盖。',
      en: 'Blank for a new record; keep the exported value to update one: a record someone changed since the export is reported as a conflict, not overwritten.',
    };
  if (column in kind.references)
    return {
      zh: `${column === 'hostCreditCode' ? '承接机构' : '所在机构'}的统一社会信用代码（18 位），或其记录编号（地区代码加序号，如宁夏的 NX-5）。`,
      en: `The ${column === 'hostCreditCode' ? 'host' : "worker's"} institution's unified social credit code (18 characters), or its record id (the region's code and a number, such as Ningxia's NX-5).`,
    };
  if (column in kind.programReferences)
    return {
      zh: '派驻该社工的项目：填其项目编号，项目没有项目编号的填其记录编号（如宁夏的 NX-12；前加 # 如 #NX-12 则只按记录编号查找，不会读作项目编号）；须为本地区未撤回的项目。不是由项目派驻的留空；已登记的社工清空此格即移出该项目，文件中没有此列则不改动。',
      en: "The programme that placed the worker: its key, or for a programme without one its record id (such as Ningxia's NX-12; after #, as in #NX-12, only record ids are looked up, never keys); a programme of this region, not withdrawn. Blank for a worker no programme placed; a registered worker's cell cleared takes them off the programme, and a file without the column leaves programmes as they are.",
    };
  if (column === 'key')
    return {
      zh: '本地区自定的项目编号（3 至 100 个字母、数字或 . _ : -，不能写成记录编号的样子，如 NX-12），可留空；它在各次导入之间标识该项目，登记后不能通过导入修改。',
      en: 'Your own code for the programme (3 to 100 letters, digits or . _ : -, not written as a record id such as NX-12), which may be blank; it names the programme from one import to the next, and an import cannot change it once registered.',
    };
  if (column === 'year')
    return {
      zh: '四位数的年份，如 2024（也可写作 2024年）。',
      en: 'A year of four digits, such as 2024 (or 2024年).',
    };
  if (column === 'creditCode')
    return { zh: '18 位统一社会信用代码。', en: 'The 18-character unified social credit code.' };
  if (column === 'serviceFields')
    return {
      zh: '可填多个，以“;”“；”或“、”分隔，取值见数据字典。',
      en: "Several may be given, separated by ';' or '、'; the values are in the dictionary.",
    };
  if (enumOfColumn[kindName]?.[column])
    return {
      zh: '从下拉列表中选择，取值见数据字典。',
      en: 'Choose from the dropdown; the values are in the dictionary.',
    };
  if (column === 'postedOn')
    return {
      zh: '现任职首日，即最近一次调动之日（完整日期，如 2024-03-01），仅调动过的社工有；新增记录留空。改动即更改该次调动的日期（同 redateTransfer），原任职到前一日为止；导入不能新增或撤回调动（请用 transferSocialWorker、withdrawTransfer）。',
      en: "The current post's first day, the day of the latest move (a full date, such as 2024-03-01), which only a worker who has moved has; blank for a new record. A changed day redates that move (as redateTransfer does), the post left ending the day before; an import neither makes nor withdraws a move (transferSocialWorker, withdrawTransfer do).",
    };
  if (column === 'certifiedSince')
    return {
      zh: '首次取得社会工作者职业资格证书之日（完整日期，如 2021-03-01，也可写作 2021/3/1、2021年3月1日），不能晚于今天；仅持证社工（证书等级不是“无证书”）可填。测算自该日起按现有证书等级计为持证，此前计为未持证；持证而留空的，在其各段任职的每一天均计为持证，并计入起始日期不详的记录。证书等级改为“无证书”时须一并清空；提高证书等级时保留原日期（即首次取得证书之日）。',
      en: 'The day the worker first held a social work certificate (a full date, such as 2021-03-01, or 2021/3/1, 2021年3月1日), not in the future; for a certified worker only (a level other than 无证书). Measures count the worker as certified from that day, at its current level, and as uncertified before it; a certified worker left blank counts as certified on every day of its posts, among the records whose start is not known. Clear it with a level changed to 无证书; keep it when the level is raised (it is the day of the first certificate).',
    };
  if (column === 'currentSince')
    return {
      zh: '当前时期开始日期，即机构现有的类型、等级、所在地和社会工作设置生效之日（完整日期，如 2024-03-01），仅有过有日期的变更或重新开放的机构有；新增记录留空。保留导出的值（导出时为空则留空）：本行的改动是对当前时期的更正，整个当前时期一并改动。改为更晚的完整日期：本行的改动自该日起生效，此前各日仍按机构原样计算（同 updateInstitution 的 effectiveOn）。不能清空（撤回有日期的变更请用 withdrawInstitutionChange）；每行只能有一次有日期的变更。',
      en: "The first day of the institution's current period, from which its kind, grade, place and social work are as they are now (a full date, such as 2024-03-01), which only an institution changed or reopened on a date has; blank for a new record. Kept as exported (blank where it was): the row's changes correct the current period, all of it. Changed to a later full date: the row's changes take effect that day, and the days before keep the institution as it was (as updateInstitution's effectiveOn does). It cannot be cleared (withdrawInstitutionChange withdraws a dated change); a row dates one change.",
    };
  if (isDateColumn(column))
    return {
      zh: '年份、年月或日期：2020、2020-03 或 2020-03-01（也可写作 2020/3/1、2020年3月1日），也可填 Excel 日期。',
      en: 'A year, year-month or date: 2020, 2020-03 or 2020-03-01 (or 2020/3/1, 2020年3月1日), or an Excel date.',
    };
  if (kind.numbers.includes(column))
    return {
      zh: '数字：75000 或 75,000，不带单位、货币符号或“万”。',
      en: 'A number: 75000 or 75,000, without a unit, a currency sign or 万.',
    };
  return { zh: '', en: '' };
}

/** The columns a new record cannot leave blank, as the import judges a row that creates one. */
function requiredColumns(kindName: string): Set<string> {
  const parsed = importKinds[kindName]!.schema.safeParse({});
  if (parsed.success) return new Set();
  // Whatever a field's check says of nothing given (a type expected, an enum's values), the field
  // was required.
  return new Set(
    parsed.error.issues
      .filter((issue) => issue.input === undefined)
      .map((issue) => String(issue.path[0])),
  );
}

/**
 * The template's sheet of instructions: each column, whether a new record must fill it in, and
 * how, so that one round of filling in is enough.
 */
export function templateInstructions(kindName: string, language: Language): string[][] {
  const columns = editableColumns(kindName);
  const header = exportHeader(kindName, language, columns);
  const required = requiredColumns(kindName);
  const yes = language === 'zh' ? '必填' : 'required';
  return [
    language === 'zh' ? ['列', '新增记录时', '填写方法'] : ['column', 'for a new record', 'how'],
    ...columns.map((column, index) => [
      header[index]!,
      required.has(column) ? yes : '',
      howToFill(kindName, column)[language],
    ]),
  ];
}
