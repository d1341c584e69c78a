import { parseArgs } from 'node:util';
import { readStackFile } from '../subgraphs/common/stack-file.js';
import { fetchComparison, toCsv, toTable } from './report/comparison.js';
import { json } from './report/format.js';
import { fetchSeries, seriesCsv, seriesTable } from './report/series.js';

const usage = `Usage: npm run report -- --indicator CODE [--from YEAR [--to YEAR]] [--format table|csv|json] [--gateway http://127.0.0.1:4000/graphql]
  without --from: the measure, the latest published figure and the nearest target of each region
  with --from:    each region's year-end values from that year (to --to, or this year)`;

let options;
try {
  options = parseArgs({
    options: {
      indicator: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'table' },
      gateway: { type: 'string', default: process.env.GATEWAY_URL || readStackFile()?.gatewayUrl || 'http://127.0.0.1:4000/graphql' },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const year = (value: string | undefined) => (value === undefined ? undefined : /^\d{4}$/.test(value) ? Number(value) : NaN);
const [from, to] = [year(options.from), year(options.to)];
if (!options.indicator || !['table', 'csv', 'json'].includes(options.format!) || Number.isNaN(from) || Number.isNaN(to) || (to !== undefined && from === undefined)) {
  console.error(usage);
  process.exit(2);
}

try {
  if (from !== undefined) {
    const { unit, years, rows } = await fetchSeries(options.gateway!, options.indicator, from, to);
    const title = `${options.indicator.toUpperCase()} (${unit}), at the end of each year`;
    process.stdout.write(options.format === 'csv' ? seriesCsv(years, rows) : options.format === 'json' ? json(rows) : `${title}\n\n${seriesTable(years, rows)}`);
  } else {
    const { unit, rows } = await fetchComparison(options.gateway!, options.indicator);
    const title = `${options.indicator.toUpperCase()} (${unit})`;
    process.stdout.write(options.format === 'csv' ? toCsv(rows) : options.format === 'json' ? json(rows) : `${title}\n\n${toTable(rows)}`);
  }
} catch (error) {
  const cause = (error as { cause?: { code?: string } }).cause;
  console.error(cause?.code === 'ECONNREFUSED' ? `No gateway at ${options.gateway}: start it with \`npm start\`.` : (error as Error).message);
  process.exit(1);
}
