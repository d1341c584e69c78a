import { statSync } from 'node:fs';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { regionBySlug } from '../../subgraphs/regions.js';
import { openRegistryDatabase } from '../../subgraphs/registry/src/database.js';
import { exportHeader, exportRows } from '../../subgraphs/registry/src/import/export-rows.js';
import { importFile } from '../../subgraphs/registry/src/import/import-file.js';
import { writeCsv, writeXlsx } from '../../subgraphs/registry/src/import/write-files.js';

/**
 * One step of `npm run bench:import`, in a process of its own so that its peak memory is its own:
 * `import-step.ts STEP DATABASE_URL FILE`. Prints one line of JSON: the seconds the step took, what
 * it did, and the process's resident set before the step and at its peak.
 */
export type Step = 'create' | 'export-csv' | 'export-xlsx' | 'upsert';
export interface StepResult {
  seconds: number;
  note: string;
  baseRss: number;
  peakRss: number;
  /**
   * The most the heap held just after a full garbage collection: what the step keeps alive. The
   * resident set also holds what the collector has not yet had to reclaim.
   */
  peakLiveHeap: number;
}

const [step, url, file] = process.argv.slice(2) as [Step, string, string];
const region = regionBySlug('ningxia');
const { dataSource } = await openRegistryDatabase(url, 2);
const baseRss = process.memoryUsage().rss;
const summary = (r: Awaited<ReturnType<typeof importFile>>) =>
  `${r.created} created, ${r.updated.length} updated, ${r.unchanged} unchanged, ${r.problems.length} problems`;
const options = { kind: 'institutions', region, actor: 'bench' };
const rows = () => exportRows(dataSource, 'institutions', region, 'zh');
const header = exportHeader('institutions', 'zh');
const size = () => `${(statSync(file).size / 1e6).toFixed(1)} MB`;

let peakLiveHeap = process.memoryUsage().heapUsed;
const collections = new PerformanceObserver((list) => {
  if (
    list
      .getEntries()
      .some(
        (entry) =>
          (entry as { detail?: { kind?: number } }).detail?.kind ===
          constants.NODE_PERFORMANCE_GC_MAJOR,
      )
  )
    peakLiveHeap = Math.max(peakLiveHeap, process.memoryUsage().heapUsed);
});
collections.observe({ entryTypes: ['gc'] });
const started = performance.now();
const note =
  step === 'create'
    ? summary(await importFile(dataSource, { path: file }, options))
    : step === 'upsert'
      ? summary(await importFile(dataSource, { path: file }, { ...options, mode: 'upsert' }))
      : step === 'export-csv'
        ? (await writeCsv(file, header, rows()), size())
        : (await writeXlsx(file, 'institutions', header, rows()), size());
const seconds = (performance.now() - started) / 1000;
collections.disconnect();
await dataSource.destroy();
const result: StepResult = {
  seconds,
  note,
  baseRss,
  peakRss: process.resourceUsage().maxRSS * 1024,
  peakLiveHeap,
};
console.log(JSON.stringify(result));
