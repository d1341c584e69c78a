import { parseArgs } from 'node:util';
import { fetchComparison, toCsv, toTable } from './report/comparison.js';

/** `npm run report -- --indicator MSW_INSTITUTIONS [--format table|csv] [--gateway URL]` */
const usage = 'Usage: npm run report -- --indicator CODE [--format table|csv] [--gateway http://127.0.0.1:4000/graphql]';

let options;
try {
  options = parseArgs({
    options: {
      indicator: { type: 'string' },
      format: { type: 'string', default: 'table' },
      gateway: { type: 'string', default: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql' },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (!options.indicator || !['table', 'csv'].includes(options.format!)) {
  console.error(usage);
  process.exit(2);
}

try {
  const { unit, rows } = await fetchComparison(options.gateway!, options.indicator);
  if (options.format === 'csv') process.stdout.write(toCsv(rows));
  else process.stdout.write(`${options.indicator} (${unit})\n\n${toTable(rows)}`);
} catch (error) {
  const cause = (error as { cause?: { code?: string } }).cause;
  console.error(cause?.code === 'ECONNREFUSED' ? `No gateway at ${options.gateway}: start it with \`npm start\`.` : (error as Error).message);
  process.exit(1);
}
