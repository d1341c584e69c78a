import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchmarkSection } from './benchmarks-file.js';
import { freePort } from '../../shared/listen.js';
import { ensureDatabase, startEmbeddedPostgres } from '../../subgraphs/common/database-server.js';
import { regionBySlug } from '../../subgraphs/regions.js';
import { openRegistryDatabase } from '../../subgraphs/registry/src/database.js';
import { exportHeader, exportRows } from '../../subgraphs/registry/src/import/export-rows.js';
import { importFile } from '../../subgraphs/registry/src/import/import-file.js';
import { writeCsv, writeXlsx } from '../../subgraphs/registry/src/import/write-files.js';
import { creditCodeCheckCharacter } from '../../subgraphs/registry/src/writes/credit-code.js';

/**
 * `npm run bench:import [-- ROWS]`: a region's 100,000 institutions through the spreadsheet cycle
 * on a PostgreSQL of its own (a temporary folder, a free port): import (create), export to CSV and
 * xlsx, and an upsert of the unchanged export, each timed in rows per second, with the process's
 * peak memory. Writes its section of BENCHMARKS.md.
 */
const rows = Number(process.argv[2] ?? 100_000);
const region = regionBySlug('ningxia');
const folder = mkdtempSync(join(tmpdir(), 'bench-import-'));
// The server runs as its own user when the bench runs as root: it must be able to enter the folder.
chmodSync(folder, 0o755);
const server = await startEmbeddedPostgres({
  dataDir: join(folder, 'postgres'),
  port: await freePort(),
});
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);
const results: { step: string; seconds: number; note: string }[] = [];
async function timed<T>(step: string, work: () => Promise<T>, note: (result: T) => string) {
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  results.push({ step, seconds, note: note(result) });
  console.log(`${step}: ${seconds.toFixed(1)} s, ${(rows / seconds).toFixed(0)} rows/s`);
  return result;
}

try {
  const url = new URL(server.url);
  url.pathname = '/bench_import';
  await ensureDatabase(url.href);
  const { dataSource } = await openRegistryDatabase(url.href, 2);
  const code = (n: number) => {
    const first17 = `52640000MJ${String(n).padStart(7, '0')}`;
    return first17 + creditCodeCheckCharacter(first17);
  };
  const lines = ['机构名称,机构类型,统一社会信用代码,所在城市,成立时间,服务领域'];
  for (let n = 1; n <= rows; n++)
    lines.push(`宁夏基准测试机构${n},社会工作服务机构,${code(n)},银川市,2020-01,老年人；儿童`);
  const source = join(folder, 'institutions.csv');
  writeFileSync(source, lines.join('\n'));
  const options = { kind: 'institutions', region, actor: 'bench' };
  const summary = (r: Awaited<ReturnType<typeof importFile>>) =>
    `${r.created} created, ${r.updated.length} updated, ${r.unchanged} unchanged, ${r.problems.length} problems`;

  await timed(
    'import (create)',
    () => importFile(dataSource, readFileSync(source), options),
    summary,
  );
  const csv = join(folder, 'export.csv');
  await timed(
    'export CSV (zh)',
    () =>
      writeCsv(
        csv,
        exportHeader('institutions', 'zh'),
        exportRows(dataSource, 'institutions', region, 'zh'),
      ),
    () => `${(statSync(csv).size / 1e6).toFixed(1)} MB`,
  );
  const xlsx = join(folder, 'export.xlsx');
  await timed(
    'export xlsx (zh)',
    () =>
      writeXlsx(
        xlsx,
        'institutions',
        exportHeader('institutions', 'zh'),
        exportRows(dataSource, 'institutions', region, 'zh'),
      ),
    () => `${(statSync(xlsx).size / 1e6).toFixed(1)} MB`,
  );
  await timed(
    'upsert of the unchanged CSV export',
    () => importFile(dataSource, readFileSync(csv), { ...options, mode: 'upsert' }),
    summary,
  );
  await timed(
    'upsert of the unchanged xlsx export',
    () => importFile(dataSource, readFileSync(xlsx), { ...options, mode: 'upsert' }),
    summary,
  );
  await dataSource.destroy();
} finally {
  clearInterval(sampler);
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
}

const table = results
  .map(
    (r) =>
      `| ${r.step} | ${r.seconds.toFixed(1)} s | ${Math.round(rows / r.seconds).toLocaleString('en')} | ${r.note} |`,
  )
  .join('\n');
writeBenchmarkSection(
  'bench:import',
  `## Spreadsheet import and export (\`npm run bench:import\`)

${rows.toLocaleString('en')} institutions of one region, on ${availableParallelism()} cores, PostgreSQL of the bench's own;
peak memory of the process (resident set): ${Math.round(peakRss / 1e6)} MB over all steps, not per step; the xlsx
import reads the workbook whole (exceljs's streaming reader turns Chinese characters that straddle two chunks into U+FFFD).

| step | time | rows per second | result |
| --- | --- | --- | --- |
${table}`,
);
