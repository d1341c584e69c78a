import '../shared/tool-errors.js';
import { existsSync, writeFileSync } from 'node:fs';
import {
  commandLine,
  exitCode,
  extensionFormat,
  outputFile,
  refuseContradictedFormat,
  usageError,
} from '../shared/cli.js';
import { configOrExit } from '../shared/config.js';
import { readStackFile } from '../subgraphs/common/stack-file.js';
import { fetchComparison } from './report/comparison.js';
import { toCsv, toJson, toXlsx } from './report/comparison-formats.js';
import { reportLanguage, type Language } from './report/language.js';
import { AnswerError } from './report/format.js';
import { dayAsked } from './report/day-asked.js';
import { failureInWords, isGatewayAddress } from './report/gateway-failure.js';
import { terminalWidth } from './report/terminal-width.js';
import { comparisonForTerminal, seriesForTerminal } from './report/terminal-report.js';
import { fetchSeries, seriesCsv, seriesJson, seriesXlsx } from './report/series.js';

const usage = `用法：npm run report -- --indicator 指标代码 [--as-of 日期 | --from 年份 [--to 年份]] [--format table|csv|json|xlsx] [--lang zh|en] [--out 文件] [--gateway 网关地址]
  不带 --from：各地区的登记测算值（截至今天，或 --as-of 2023）、最新公开数据和最近的目标，表格下（及 JSON 中）为各地区合计（并非全国合计）及其纳入和未纳入的地区
  带 --from：  各地区自该年起的年末值（时期指标为各年度合计），至 --to 或今年
  --lang：     表头、地区、单位和状态所用的语言（终端为中文时默认 zh）
  --as-of：    日期，如 2023、2023-06、2023-06-30，也可写作 2023-6-30、2023/6/30 或 2023年6月30日
  --out：      写入文件（xlsx 必须指定）；未给 --format 时按文件扩展名（.csv、.json、.xlsx）确定格式
  --gateway：  网关的地址（默认为 npm start 启动的网关）
Usage: npm run report -- --indicator CODE [--as-of DATE | --from YEAR [--to YEAR]] [--format table|csv|json|xlsx] [--lang zh|en] [--out FILE] [--gateway http://127.0.0.1:4000/graphql]
  without --from: the measure (as of today, or --as-of 2023), the latest published figure and the nearest target of each region,
                  and in a table and JSON the total over the regions (never the nation's) with those it adds up and leaves out
  with --from:    each region's year-end values (of a flow, each year's whole) from that year (to --to, or this year)
  --lang:         the words of headers, regions, units and statuses (default: zh where the locale is Chinese)
  --as-of DATE:   a year, month or day, such as 2023, 2023-06 or 2023-06-30 (2023-6-30, 2023/6/30 and 2023年6月30日 too)
  --out FILE:     write to FILE instead of the terminal (required for xlsx, a binary workbook); without
                  --format, its extension (.csv, .json, .xlsx) gives the format
  --gateway URL:  the gateway to ask (default: the one npm start started)`;

const options = commandLine(usage, {
  indicator: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  lang: { type: 'string' },
  gateway: {
    type: 'string',
    default:
      configOrExit().gatewayUrl ?? readStackFile()?.gatewayUrl ?? 'http://127.0.0.1:4000/graphql',
  },
});
const year = (value: string | undefined) =>
  value === undefined ? undefined : /^\d{4}$/.test(value) ? Number(value) : NaN;
const [from, to] = [year(options.from), year(options.to)];
if (!options.indicator) usageError(usage, '缺少 --indicator。No --indicator given.');
// The format is given, or said by the file's name (report.xlsx); a table on the terminal otherwise.
const extension = extensionFormat(options.out, ['csv', 'json', 'xlsx']);
const format = options.format?.toLowerCase() ?? extension ?? 'table';
if (!['table', 'csv', 'json', 'xlsx'].includes(format))
  usageError(
    usage,
    `没有 ${options.format} 格式：可用 table、csv、json、xlsx。There is no format ${options.format}; one of table, csv, json, xlsx.`,
  );
if (options.out) refuseContradictedFormat(usage, format, options.out, extension);
if (format === 'xlsx' && options.out && !extension)
  usageError(
    usage,
    `--format xlsx 写的是工作簿：请用以 .xlsx 结尾的文件名。--format xlsx writes a workbook: give a file name ending in .xlsx.`,
  );
const asOf = options['as-of'] === undefined ? undefined : dayAsked(options['as-of']);
if (asOf === null)
  usageError(
    usage,
    `--as-of 须为年份、年月或日期，如 2023、2023-06 或 2023-06-30（也可写作 2023-6-30），而不是“${options['as-of']}”。--as-of takes a year, a month or a day, such as 2023, 2023-06 or 2023-06-30 (or 2023-6-30), not "${options['as-of']}".`,
  );
if (Number.isNaN(from) || Number.isNaN(to))
  usageError(
    usage,
    '--from 和 --to 须为四位年份，如 2019。--from and --to take a year, such as 2019.',
  );
if (to !== undefined && from === undefined)
  usageError(usage, '--to 须与 --from 一起使用。--to needs --from.');
// A series runs to the end of --to, or to today: a day to measure it as of would be ignored.
if (options['as-of'] !== undefined && from !== undefined)
  usageError(
    usage,
    '--as-of 不能与 --from 一起使用：年末值序列以 --to 截止。--as-of does not go with --from: end a series with --to.',
  );
let language: Language;
try {
  language = reportLanguage(options.lang);
} catch (error) {
  usageError(usage, (error as Error).message);
}
if (format === 'xlsx' && !options.out)
  usageError(
    usage,
    '--format xlsx 生成的是工作簿而非文本：请指定文件，例如 --out report.xlsx。--format xlsx writes a workbook, not text: give the file, for example --out report.xlsx.',
  );
if (!isGatewayAddress(options.gateway!))
  usageError(
    usage,
    `--gateway 须为网关的 http 或 https 地址，如 http://127.0.0.1:4000/graphql，而不是“${options.gateway}”。--gateway takes the gateway's http or https address, such as http://127.0.0.1:4000/graphql, not "${options.gateway}".`,
  );

const out = options.out === undefined ? undefined : outputFile(usage, options.out);
/** The report to its file, or to the terminal. */
function output(content: string | Buffer): void {
  if (!out) {
    process.stdout.write(content);
    return;
  }
  // A report is made again and again under one name: replaced, and said, as the file is not the
  // terminal where the person would see it.
  const replaced = existsSync(out);
  writeFileSync(out, content);
  console.error(
    replaced
      ? `已写入 ${options.out}（替换了原有文件）。Wrote ${options.out} (it replaced the file that was there).`
      : `已写入 ${options.out}。Wrote ${options.out}.`,
  );
}

/** A workbook, and the note of a sheet name that had to be cut, said on the terminal too. */
function outputWorkbook({ workbook, shortened }: { workbook: Buffer; shortened: string | null }) {
  if (shortened) console.error(shortened);
  output(workbook);
}

const gateway = options.gateway!;
// The terminal's width; 100 columns where the report goes to no terminal (a pipe, a file).
const width = terminalWidth();
/** The report's option that gives each argument of the API. */
const optionOf: Record<string, string> = { asOf: '--as-of', from: '--from', to: '--to' };
try {
  if (from !== undefined) {
    const series = await fetchSeries(gateway, options.indicator, from, to, language);
    if (format === 'xlsx') outputWorkbook(await seriesXlsx(series, language, gateway));
    else
      output(
        format === 'csv'
          ? seriesCsv(series, language)
          : format === 'json'
            ? seriesJson(series, language)
            : seriesForTerminal(series, language, width),
      );
  } else {
    const comparison = await fetchComparison(gateway, options.indicator, language, asOf);
    if (format === 'xlsx') outputWorkbook(await toXlsx(comparison, language, gateway));
    else
      output(
        format === 'csv'
          ? toCsv(comparison, language)
          : format === 'json'
            ? toJson(comparison, language)
            : comparisonForTerminal(comparison, language, width, gateway),
      );
  }
} catch (error) {
  // A mistake in what was asked (a day to come, a year before the registry's first, an unknown
  // indicator) is a usage mistake, said with the option it was given in.
  if (error instanceof AnswerError && error.callerMistake) {
    console.error(error.inOptions(optionOf));
    process.exit(exitCode.usage);
  }
  console.error(failureInWords(error, gateway));
  process.exit(exitCode.problems);
}
