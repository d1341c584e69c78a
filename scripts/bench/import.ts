import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Step, StepResult } from './import-step.js';
import { writeBenchmarkSection } from './benchmarks-file.js';
import { throughTsx } from '../programs.js';
import { commandArguments, countArgument } from '../../shared/cli.js';
import { freePort } from '../../shared/listen.js';
import { ensureDatabase, startEmbeddedPostgres } from '../../subgraphs/common/database-server.js';
import { creditCodeCheckCharacter } from '../../subgraphs/registry/src/writes/credit-code.js';

/**
 * `npm run bench:import [-- ROWS]`: a region's 100,000 institutions through the spreadsheet cycle
 * on a PostgreSQL of its own (a temporary folder, a free port): import (create), export to CSV and
 * xlsx, an upsert of each unchanged export, and an import of as many new stations without a credit
 * code, each timed in rows per second, with its peak memory
 * (each step runs in a process of its own). Writes its section of BENCHMARKS.md.
 */
const usage = `用法 Usage: npm run bench:import [-- 行数 ROWS]
  在临时的 PostgreSQL 上计时导入、导出和更新 ROWS 行（默认 100000），写入 BENCHMARKS.md 的一节 (time import, export and upsert of ROWS rows, 100,000 unless given, on a PostgreSQL of the bench's own; writes its section of BENCHMARKS.md)`;
const rows = countArgument(
  usage,
  'ROWS',
  commandArguments(usage, {}, { positionals: 1 }).positionals[0],
  100_000,
);
const folder = mkdtempSync(join(tmpdir(), 'bench-import-'));
// The server runs as its own user when the bench runs as root: it must be able to enter the folder.
chmodSync(folder, 0o755);
const server = await startEmbeddedPostgres({
  dataDir: join(folder, 'postgres'),
  port: await freePort(),
});
const results: { step: string; result: StepResult }[] = [];
// Other work on the machine slows every step: the load says how much there was.
const load = loadavg()[0]!.toFixed(1);
/** Runs a step in a process of its own (see import-step.ts) and keeps what it measured. */
function run(step: string, kind: Step, url: string, file: string) {
  const child = spawnSync(
    process.execPath,
    [...throughTsx(fileURLToPath(new URL('import-step.ts', import.meta.url))), kind, url, file],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (child.status !== 0)
    throw new Error(
      `${step} 失败（退出码 ${child.status}）。${step} failed (exit ${child.status})`,
    );
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as StepResult;
  results.push({ step, result });
  console.log(
    `${step}: ${result.seconds.toFixed(1)} s, 每秒 ${(rows / result.seconds).toFixed(0)} 行 rows/s, 内存峰值 peak ${mb(result.peakRss)} MB, 存活堆至多 live heap at most ${mb(result.peakLiveHeap)} MB`,
  );
}
const mb = (bytes: number) => Math.round(bytes / 1e6);

try {
  const url = new URL(server.url);
  url.pathname = '/bench_import';
  await ensureDatabase(url.href);
  const code = (n: number) => {
    const first17 = `52640000MJ${String(n).padStart(7, '0')}`;
    return first17 + creditCodeCheckCharacter(first17);
  };
  const lines = ['机构名称,机构类型,统一社会信用代码,所在城市,成立时间,服务领域'];
  for (let n = 1; n <= rows; n++)
    lines.push(`宁夏基准测试机构${n},社会工作服务机构,${code(n)},银川市,2020-01,老年人；儿童`);
  const source = join(folder, 'institutions.csv');
  writeFileSync(source, lines.join('\n'));
  // Stations have no credit code: each new one is known, and locked, by its name and place.
  const stations = ['机构名称,机构类型,所在城市,所在区县,所在乡镇（街道）,成立时间,服务领域'];
  for (let n = 1; n <= rows; n++)
    stations.push(
      `宁夏基准测试社工站${n},社会工作站,银川市,兴庆区,基准测试街道${n},2020-01,老年人`,
    );
  const stationsSource = join(folder, 'stations.csv');
  writeFileSync(stationsSource, stations.join('\n'));
  const csv = join(folder, 'export.csv');
  const xlsx = join(folder, 'export.xlsx');
  run('import (create)', 'create', url.href, source);
  run('export CSV (zh)', 'export-csv', url.href, csv);
  run('export xlsx (zh)', 'export-xlsx', url.href, xlsx);
  run('upsert of the unchanged CSV export', 'upsert', url.href, csv);
  run('upsert of the unchanged xlsx export', 'upsert', url.href, xlsx);
  run('import (create) of stations without a credit code', 'create', url.href, stationsSource);
} finally {
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
}

const table = results
  .map(
    ({ step, result: r }) =>
      `| ${step} | ${r.seconds.toFixed(1)} s | ${Math.round(rows / r.seconds).toLocaleString('en')} | ${mb(r.peakRss)} MB (${mb(r.baseRss)} MB before the step) | ${mb(r.peakLiveHeap)} MB | ${r.note} |`,
  )
  .join('\n');
writeBenchmarkSection(
  'bench:import',
  `## Spreadsheet import and export (\`npm run bench:import\`)

${rows.toLocaleString('en')} institutions of one region, then as many new stations without a credit code, on ${availableParallelism()} cores (load average ${load} at the start), PostgreSQL of the bench's own;
each step runs in a process of its own, whose peak resident set is the step's peak memory. The
live heap is the most the heap held just after a full garbage collection: what the step keeps
alive, where the resident set also holds what the collector has not yet needed to reclaim. An
import reads its file a slice at a time from disk; an xlsx workbook is read and written as a stream.

| step | time | rows per second | peak memory | live heap | result |
| --- | --- | --- | --- | --- | --- |
${table}`,
);
