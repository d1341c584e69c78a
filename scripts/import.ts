import '../shared/cli-errors.js';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openDatabaseServer } from '../subgraphs/common/database-server.js';
import { openRegionDatabase } from '../subgraphs/open.js';
import { regions } from '../subgraphs/regions.js';
import { importKinds } from '../subgraphs/registry/src/import/columns.js';
import { importCsv } from '../subgraphs/registry/src/import/import-csv.js';

/**
 * `npm run import -- --region guangxi --file institutions.csv [--kind institutions|social-workers|programs] [--partial]`:
 * a regional team loads a CSV file into its own registry's database. The kind defaults to the file's name.
 */
const usage = `Usage: npm run import -- --region <${regions.map((r) => r.slug).join('|')}> --file <path.csv> [--kind ${Object.keys(importKinds).join('|')}] [--partial]`;
let values;
try {
  values = parseArgs({
    options: {
      region: { type: 'string' },
      file: { type: 'string' },
      kind: { type: 'string' },
      partial: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const region = regions.find((r) => r.slug === values.region);
const kind =
  values.kind ??
  Object.keys(importKinds).find((k) => values.file?.replace(/^.*[\\/]/, '').startsWith(k));
if (!region || !values.file || !kind || !importKinds[kind]) {
  console.error(usage);
  process.exit(2);
}
let csv: Buffer;
try {
  csv = readFileSync(values.file);
} catch (error) {
  console.error(`Cannot read ${values.file}: ${(error as Error).message}`);
  process.exit(2);
}

const server = await openDatabaseServer();
const { dataSource } = await openRegionDatabase(server.url, region, 1);
const bar = new cliProgress.SingleBar(
  { format: 'writing [{bar}] {value}/{total} rows', noTTYOutput: true, notTTYSchedule: 3000 },
  cliProgress.Presets.shades_classic,
);
let started = false;
try {
  const report = await importCsv(dataSource, csv, {
    kind,
    region,
    partial: values.partial,
    actor: `import:${userInfo().username}`,
    progress: (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
  });
  if (started) bar.stop();
  for (const p of report.problems)
    console.error(`line ${p.line}, column ${p.column}: ${p.message}`);
  console.log(
    `${report.rows} rows read, ${report.valid} valid, ${report.problems.length} problems; ` +
      `${report.inserted} written, ${report.alreadyPresent} already in the registry.`,
  );
  if (report.problems.length && !values.partial) {
    console.error(
      'Nothing was written. Fix the rows above, or run with --partial to write the valid rows only.',
    );
    process.exitCode = 1;
  }
} finally {
  await dataSource.destroy();
  await server.stop();
}
