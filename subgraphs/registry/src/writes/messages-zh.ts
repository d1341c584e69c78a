import { indicatorInChinese } from '../../../indicator-catalog.js';
import type { Catalog } from '../../../../shared/bilingual.js';
import { regions } from '../../../regions.js';
import { chineseFieldNames, labelOfCode } from '../field-labels.js';
import { levelWords } from '../measures/region-levels.js';
import { zodMessages } from './zod-messages-zh.js';
import { creditCodeMessages, regionName } from './credit-code-messages-zh.js';
import { named, recordOf } from './record-names-zh.js';
import { postMessages } from './post-messages-zh.js';
import { institutionHistoryMessages } from './institution-history-messages-zh.js';
import { holderInChinese } from '../program-holders.js';
import { targetMessages } from './target-messages-zh.js';

/**
 * The Chinese of the messages of the writes: the validation's problems and the mutations' conflicts
 * and missing records. They are written once, in English (the key of this catalog), because the
 * import reads them as it writes rows through the same code; the import's report prints their
 * Chinese beside them (import/messages-zh.ts), and a registry's answers put it before them
 * (api-message-zh.ts). `test/import-messages.e2e.ts` and `test/api-messages.e2e.ts` fail on one not
 * known here.
 */

/** A column, as the import's headers name it in Chinese. */
export const column = (name: string) => chineseFieldNames[name] ?? name;
const levelOf = (nameEn: string) => {
  const region = regions.find((r) => r.nameEn === nameEn);
  return region ? levelWords[region.level].zh : '';
};

export const writeMessages: Catalog = [
  // Versions.
  [
    new RegExp(`^${named} is at version (\\d+), not (\\d+)`),
    (name, current, expected) =>
      `${recordOf(name)} 现为第 ${current} 版，而非第 ${expected} 版：读取之后已被他人修改；请重新读取后再修改`,
  ],
  [
    new RegExp(`^${named} is at version (\\d+), and was never at version (\\d+)`),
    (name, current, given) =>
      `${recordOf(name)} 现为第 ${current} 版，从未有过第 ${given} 版：请重新读取，按读到的版本号修改`,
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
    /^no institution of this registry has the id (\S+)$/,
    (id) => `本登记库没有记录编号为 ${id} 的机构`,
  ],
  [
    /^the institution with the credit code (\S+) is closed$/,
    (code) => `统一社会信用代码为 ${code} 的机构已关闭`,
  ],
  [/^the institution (\S+) is closed$/, (id) => `机构 ${id} 已关闭`],
  [
    new RegExp(`^${named} is not in this region's registry$`),
    (name) => `${recordOf(name)} 不在本地区的登记库中`,
  ],
  [new RegExp(`^${named} is closed$`), (name) => `${recordOf(name)} 已关闭`],
  [new RegExp(`^${named} was withdrawn$`), (name) => `${recordOf(name)} 已撤回`],
  [new RegExp(`^${named} was already withdrawn$`), (name) => `${recordOf(name)} 已经撤回`],
  [
    new RegExp(
      `^${named} is still referred to by (.+): a withdrawn programme counts nowhere, so withdraw them or take them off it first( \\(a social worker comes off it)?`,
    ),
    (name, holders, demoWorkers) =>
      `${recordOf(name)} 仍被${holders.split('; ').map(holderInChinese).join('、')}引用：撤回的项目不计入任何测算，请先撤回这些记录或使其不再引用该项目${demoWorkers ? '（社工可用 updateSocialWorker 将 programId 置空移出该项目；演示数据可用 npm run demo -- --remove 移除）' : ''}`,
  ],
  [new RegExp(`^${named} is not closed$`), (name) => `${recordOf(name)} 未关闭`],
  [new RegExp(`^${named} is already closed$`), (name) => `${recordOf(name)} 已经关闭`],
  [
    new RegExp(`^${named} is already at ${named}$`),
    (worker, institution) => `${recordOf(worker)} 已在${recordOf(institution)}`,
  ],
  [
    new RegExp(`^is already the name of ${named} in the same place`),
    (name) =>
      `已是同一地点的${recordOf(name)} 的名称：请更新该记录（已关闭的可重新开放），或以名称区分新机构`,
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
  [
    /^holds U\+0009, a tab: the field is one line/,
    () => '含 U+0009，一个制表符：此项只能写在一行内，请改为空格',
  ],
  [
    /^holds (U\+[0-9A-F]+), a line break: the field is one line/,
    (codePoint) => `含 ${codePoint}，一个换行符：此项只能写在一行内，请把各行连起来`,
  ],
  [/^lists a service field twice$/, () => '同一服务领域列出了两次'],
  [/^lists a kind twice$/, () => '同一机构类型列出了两次'],
  [/^is required for a certified worker$/, () => '持证社工须填写证书编号'],
  [
    /^must be a whole number, not negative: (\S+) counts (.+)$/,
    (indicator, unit) => `须为非负整数：${indicatorInChinese(indicator)}计数的单位是“${unit}”`,
  ],
  [/^must be a whole number/, () => '须为整数'],
  [/^must be a power of ten: /, () => '须为 10 的整数次幂：1、10、100、0.1 等'],
  [/^must be a multiple of roundedTo \((.+)\)$/, (step) => `须为取整位数（${step}）的整数倍`],
  [/^must not be negative$/, () => '不能为负数'],
  [
    /^must be in yuan to the fen at most: two decimals$/,
    () => '以元为单位，最多精确到分（两位小数）',
  ],
  [/^must be (\d+) or later$/, (year) => `不能早于 ${year} 年`],
  [/^must be (\d+) or earlier$/, (year) => `不能晚于 ${year} 年`],
  [/^must be from (\d+) on$/, (year) => `不能早于 ${year} 年`],
  [/^is beyond any programme budget$/, () => '超出任何项目的预算'],
  [/^cannot be cleared: a worker without a/, () => '不能清空：没有证书的社工请填写“无证书”'],
  [/^is beyond any published figure \(10\^15\)$/, () => '超出任何公开数字的量级（10^15）'],
  [/^must be at most (\d+)$/, (max) => `不能大于 ${max}`],
  [/^must list at most (\d+)$/, (max) => `最多 ${max} 项`],
  [/^must be at most 1000000: a rise of ten/, () => '不能大于 1000000（即增长一万倍）'],
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
  ...postMessages,
  ...institutionHistoryMessages,
  [/^must not be before (\w+) \((\S+)\)$/, (other, date) => `不能早于${column(other)}（${date}）`],
  [/^must not be after (\w+) \((\S+)\)$/, (other, date) => `不能晚于${column(other)}（${date}）`],
  [
    /^must be before the year of (\w+) \((\S+)\)$/,
    (other, date) => `须早于${column(other)}（${date}）所在的年份`,
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
  [
    /^was taken for a number by the spreadsheet, which lost its last digits/,
    () => '被表格程序当成了数字，末几位已丢失：请把该列设为“文本”格式后重新输入',
  ],
  [
    /^must be a number in digits \(75000 or 75,000\)/,
    () => '须为用数字写的数（75000 或 75,000）：不带单位、货币符号或“万”，逗号只用于千分位',
  ],
  [/^Invalid input: expected (\w+)/, (type) => `类型不符，应为 ${type}`],
  ...creditCodeMessages,
  // Rules over fields.
  [
    /^"(.+)" is not a prefecture-level division of (.+) as written: write (.+)$/,
    (given, region, meant) =>
      `“${given}”不是${regionName(region)}的地级行政区的写法：请写作“${meant}”`,
  ],
  [
    /^"(.+)" is not a prefecture-level division of (.+), whose are (.+)$/,
    (given, region, cities) =>
      `“${given}”不是${regionName(region)}的地级行政区；${regionName(region)}的地级行政区为：${cities
        .split(', ')
        .map((city) => /\(([^()]+)\)$/.exec(city)?.[1] ?? city)
        .join('、')}`,
  ],
  [
    /^"(.+)" writes its city before the county: write (.+), with (.+) as the city$/,
    (given, rest, city) =>
      `“${given}”在区县前写了城市：区县请写作“${rest}”，城市“${city}”填在所在城市一栏`,
  ],
  [
    /^"(.+)" names (.+), a city of (.+), not of (.+)$/,
    (given, city, other, region) =>
      `“${given}”写的是${regionName(other)}的${city}，不是${regionName(region)}的区县`,
  ],
  [
    /^a hospital grade applies only to medical institutions, not to (\w+)$/,
    (kind) => `医院等级只适用于医疗机构，不适用于${labelOfCode('InstitutionKind', kind, 'zh')}`,
  ],
  [
    /^is still "(.*)", the English of the former name "(.*)": with a new name/,
    (english, former) =>
      `仍是原名称“${former}”的英文（“${english}”）：改了名称，请一并改写英文名称，或将其清空`,
  ],
  [
    /^a certificate number needs a certificate level other than NONE$/,
    () =>
      '填写证书编号时，证书等级须为助理社会工作师、社会工作师或高级社会工作师，不能为“无证书”或留空',
  ],
  [
    /^a certificate date \(certifiedSince\) needs a certificate level other than NONE$/,
    () =>
      '填写证书取得日期时，证书等级须为助理社会工作师、社会工作师或高级社会工作师，不能为“无证书”或留空',
  ],
  // The mutations' own: ids, versions, targets, figures and their sources.
  [/^is already registered to another record$/, () => '已登记在另一条记录名下'],
  [/^gives no field to change$/, () => '没有给出要修改的字段'],
  ...targetMessages,
  [
    /^figure (\S+) was already withdrawn(?:, corrected by (\S+))?$/,
    (id, by) => `公开数据 ${id} 已经撤回${by ? `，由 ${by} 更正` : ''}`,
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
    /^is written in lower case: indicator codes are upper case \((\w+)\)$/,
    (meant) => `指标代码须大写：应写作${indicatorInChinese(meant)}`,
  ],
  [
    /^(\w+) does not apply to (.+?): .+ with no prefecture-level cities$/,
    (indicator, region) =>
      `${indicatorInChinese(indicator)}不适用于${regionName(region)}：${regionName(region)}是${levelOf(region)}，下辖没有地级市`,
  ],
  [
    /^must be "(.*)" or "(.*)", the catalog's unit of (\S+) \(or left out\)$/,
    (unit, chinese, indicator) =>
      `须为“${chinese}”（${unit}），即目录中${indicatorInChinese(indicator)}的单位（或不填）`,
  ],
  [
    /^must be a percentage from 0 to 100: (\S+) is a ratio$/,
    (indicator) => `须为 0 到 100 之间的百分比：${indicatorInChinese(indicator)}是比率`,
  ],
  [
    new RegExp(`^${named} is not in this registry\\.$`),
    (name) => `${recordOf(name)} 不在本登记库中`,
  ],
  [
    /^idempotencyKey (\S+) was already used by another caller/,
    (key) => `幂等键 ${key} 已由另一调用者使用；幂等键归各调用者所有，请使用新的键`,
  ],
  [
    /^idempotencyKey (\S+) was already used for a different request/,
    (key) => `幂等键 ${key} 已用于另一个请求；新的写入请使用新的键`,
  ],
  [
    /^must be above -100: a fall of 100% leaves no baseline$/,
    () => '须大于 -100：下降 100% 便没有了基数',
  ],
  [/^must be an http or https address$/, () => '须为 http 或 https 网址'],
  [
    /^give either the id of a known source, or a new source with title and document or url$/,
    () => '请给出已知来源的编号，或给出新来源的标题以及文件或网址',
  ],
  [
    /^is not the id of a record of this region \(ids carry their region code: (\S+) in Beijing\)$/,
    (example) => `不是本地区记录的编号（编号带有地区代码，例如北京的 ${example}）`,
  ],
  ...zodMessages,
];
