import '../shared/cli-errors.js';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readStackFile } from '../subgraphs/common/stack-file.js';
import { fetchComparison, nationalLines, toCsv, toTable, toXlsx } from './report/comparison.js';
import { json } from './report/format.js';
import { fetchSeries, seriesCsv, seriesTable, seriesXlsx } from './report/series.js';

const usage = `Usage: npm run report -- --indicator CODE [--as-of DATE] [--from YEAR [--to YEAR]] [--format table|csv|json|xlsx] [--out FILE] [--gateway http://127.0.0.1:4000/graphql]
  without --from: the measure (as of today, or --as-of 2023), the latest published figure and the nearest target of each region,
                  and in a table the national total with the regions it adds up and leaves out
  with --from:    each region's year-end values from that year (to --to, or this year)
  --out FILE:     write to FILE instead of the terminal (required for xlsx, a binary workbook)`;

let options;
try {
  options = parseArgs({
    options: {
      indicator: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string', default: 'table' },
      out: { type: 'string' },
      gateway: {
        type: 'string',
        default:
          process.env.GATEWAY_URL || readStackFile()?.gatewayUrl || 'http://127.0.0.1:4000/graphql',
      },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const year = (value: string | undefined) =>
  value === undefined ? undefined : /^\d{4}$/.test(value) ? Number(value) : NaN;
const [from, to] = [year(options.from), year(options.to)];
if (
  !options.indicator ||
  !['table', 'csv', 'json', 'xlsx'].includes(options.format!) ||
  Number.isNaN(from) ||
  Number.isNaN(to) ||
  (to !== undefined && from === undefined)
) {
  console.error(usage);
  process.exit(2);
}
if (options.format === 'xlsx' && !options.out) {
  console.error(
    '--format xlsx writes a workbook, not text: give the file, for example --out report.xlsx',
  );
  process.exit(2);
}

const out = options.out;
/** The report to its file, or to the terminal. */
function output(content: string | Buffer): void {
  if (out) writeFileSync(out, content);
  else process.stdout.write(content);
}

try {
  if (from !== undefined) {
    const { unit, years, rows } = await fetchSeries(options.gateway!, options.indicator, from, to);
    const code = options.indicator.toUpperCase();
    const title = `${code} (${unit}), at the end of each year`;
    output(
      options.format === 'csv'
        ? seriesCsv(years, rows)
        : options.format === 'json'
          ? json(rows)
          : options.format === 'xlsx'
            ? await seriesXlsx(years, rows, code)
            : `${title}\n\n${seriesTable(years, rows)}`,
    );
  } else {
    const { unit, rows, national } = await fetchComparison(
      options.gateway!,
      options.indicator,
      options['as-of'],
    );
    const code = options.indicator.toUpperCase();
    const title = `${code} (${unit})`;
    output(
      options.format === 'csv'
        ? toCsv(rows)
        : options.format === 'json'
          ? json(rows)
          : options.format === 'xlsx'
            ? await toXlsx(rows, code)
            : `${title}\n\n${toTable(rows)}\n${nationalLines(national)}\n`,
    );
  }
} catch (error) {
  const cause = (error as { cause?: { code?: string } }).cause;
  console.error(
    cause?.code === 'ECONNREFUSED'
      ? `No gateway at ${options.gateway}: start it with \`npm start\`.`
      : (error as Error).message,
  );
  process.exit(1);
}
