import os from 'node:os';
import { commandLine, countArgument } from '../../shared/cli.js';
import { writeBenchmarkSection } from './benchmarks-file.js';
import { regions } from '../../subgraphs/regions.js';
import type { Dimension } from '../../subgraphs/registry/src/measures/dimensions.js';

/**
 * `npm run bench:measures [-- --runs 30]`: how long each region's subgraph takes to answer measure
 * queries on whatever its database holds (fill it first with `npm run seed -- --scale 1000000`).
 * Sequential requests, so each time is one request alone. Prints a table and, last, one JSON line.
 */
const usage = `用法 Usage: npm run bench:measures [-- --runs 30 --verbose]
  逐个请求，计时各地区子图对指标查询的应答（先以 npm run seed -- --scale 1000000 填充数据库） (time each region's subgraph answering measure queries, one request at a time; fill the databases first with npm run seed -- --scale 1000000)
  --runs 每个查询的次数 (runs of each query)  --verbose 显示子图的日志 (show the subgraphs' logs)`;
const { runs: runsArg, verbose } = commandLine(usage, {
  runs: { type: 'string' },
  verbose: { type: 'boolean', default: false },
});
// The table, not the subgraphs' logs: warnings and errors only, unless --verbose (or LOG_LEVEL).
process.env.LOG_LEVEL ??= verbose ? 'info' : 'warn';
const runs = countArgument(usage, '--runs', runsArg, 30);
// The libraries load once the command line is read, so that --help answers at once.
const { openDatabaseServer } = await import('../../subgraphs/common/database-server.js');
const { listen } = await import('../../shared/listen.js');
const { openRegionDatabase } = await import('../../subgraphs/open.js');
const { measureStatement } = await import('../../subgraphs/registry/src/measures/measure.js');
const { createRegistrySubgraph } = await import('../../subgraphs/registry/src/server.js');
const { issueToken } = await import('../../shared/auth.js');
const { statementsPerRequest } = await import('./statements-per-request.js');

/** Indicator, breakdown, and where given the day measured and a period's first day (`since`). */
const queries: [string, Dimension[], string?, string?][] = [
  ['SOCIAL_WORK_PRACTITIONERS', []],
  ['CERTIFIED_SOCIAL_WORKERS', ['CERTIFICATE_LEVEL']],
  ['MEDICAL_SOCIAL_WORKERS', ['CITY']],
  ['SOCIAL_WORK_PRACTITIONERS', ['SERVICE_FIELD']],
  ['MSW_INSTITUTIONS', ['INSTITUTION_KIND']],
  ['SECONDARY_PLUS_MSW_COVERAGE', ['HOSPITAL_GRADE']],
  // As of a day in the year most of the demo's workers started in (2023 in Sichuan): the rollups
  // leave that year's records to be read one by one.
  ['SOCIAL_WORK_PRACTITIONERS', ['CITY'], '2023-06-30'],
  // Year-end series from the first dated record to this year, one statement each.
  ['SOCIAL_WORK_PRACTITIONERS', ['YEAR']],
  ['SECONDARY_PLUS_MSW_COVERAGE', ['YEAR']],
  ['CERTIFIED_SOCIAL_WORKERS', ['YEAR', 'CITY']],
  // Counts over a period, which read a moved worker's posts one by one to count the person once.
  ['MEDICAL_SOCIAL_WORKERS', ['INSTITUTION_KIND'], undefined, '2019'],
  ['SOCIAL_WORK_PRACTITIONERS', ['CITY'], undefined, '2021-04-15'],
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

// Issued before any region is timed: a configuration that cannot sign fails at once.
const analyst = {
  authorization: `Bearer ${await issueToken({ subject: 'bench', role: 'analyst' })}`,
};
const server = await openDatabaseServer();
const results: {
  region: string;
  workers: number;
  medians: Record<string, number>;
  overall: number;
  /** SQL statements of each scale request, computed afresh and asked again before any write. */
  statements: { afresh: Record<string, number>; again: Record<string, number> };
}[] = [];
/** Each statement's plan, by region and measure: the slowest are written down with the figures. */
const plans = new Map<string, string>();
try {
  for (const region of regions) {
    const { dataSource, statements } = await openRegionDatabase(server.url, region, 2);
    const subgraph = await createRegistrySubgraph(region, dataSource);
    // Moves the write generation, so that nothing is served from the subgraph's aggregate cache.
    const computeAfresh = () =>
      dataSource.query('UPDATE write_generation SET generation = generation + 1');
    const listening = await listen(subgraph.app, 0);
    try {
      const [{ workers }] = await dataSource.query(
        'SELECT count(*)::int AS workers FROM social_worker',
      );
      const medians: Record<string, number> = {};
      const all: number[] = [];
      for (const [indicator, by, asOf, since] of queries) {
        const body = JSON.stringify({
          query: `{ ${region.slug} { measure(indicator: "${indicator}", by: [${by}]${asOf ? `, asOf: "${asOf}"` : ''}${since ? `, since: "${since}"` : ''}) { value breakdown { value } } } }`,
        });
        const times: number[] = [];
        for (let i = 0; i < runs + 3; i++) {
          // Each run computes the measure: what a request after a write costs, the floor that matters.
          await computeAfresh();
          const started = performance.now();
          const response = await fetch(listening.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
          const result = (await response.json()) as { errors?: unknown };
          if (result.errors) throw new Error(JSON.stringify(result.errors));
          if (i >= 3) times.push(performance.now() - started);
        }
        const name = `${indicator}${by.length ? ` by ${by}` : ''}${asOf ? ` as of ${asOf}` : ''}${since ? ` since ${since}` : ''}`;
        medians[name] = Math.round(median(times) * 10) / 10;
        const { statement } = measureStatement([{ indicator, by, asOf, since }]);
        const plan: { 'QUERY PLAN': string }[] = await dataSource.query(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement!.sql}`,
          statement!.parameters,
        );
        plans.set(`${region.slug} ${name}`, plan.map((line) => line['QUERY PLAN']).join('\n'));
        all.push(...times);
      }
      await computeAfresh();
      const afresh = await statementsPerRequest(listening.url, region, statements, analyst);
      const again = await statementsPerRequest(listening.url, region, statements, analyst);
      results.push({
        region: region.slug,
        workers,
        medians,
        overall: Math.round(median(all) * 10) / 10,
        statements: { afresh, again },
      });
    } finally {
      await listening.close();
      await subgraph.stop();
      await dataSource.destroy();
    }
  }
} finally {
  await server.stop();
}

const names = Object.keys(results[0]!.medians);
console.log(
  `每个指标请求的中位毫秒数：重新计算（绕过聚合缓存），直接发往各子图，预热 3 次后各运行 ${runs} 次\nMedian ms per measure request computed afresh (the aggregate cache moved past), straight to each subgraph, ${runs} runs each after 3 warm-up runs\n`,
);
console.log(['地区 region', '社工 workers', ...names, '全部 all'].join(' | '));
for (const r of results)
  console.log([r.region, r.workers, ...names.map((n) => r.medians[n]), r.overall].join(' | '));

/** The slowest median of the measures a goal is about, with where it was. */
function slowest(which: (name: string) => boolean) {
  return results
    .flatMap((r) =>
      names.filter(which).map((name) => ({ region: r.region, name, ms: r.medians[name]! })),
    )
    .reduce((a, b) => (b.ms > a.ms ? b : a));
}
const breakdowns = slowest((name) => name.includes(' by ') && !name.includes('YEAR'));
const series = slowest((name) => name.includes('YEAR'));
const goals = [
  {
    goal: 'every breakdown at most 50 ms (median, per region)',
    met: breakdowns.ms <= 50,
    slowest: breakdowns,
  },
  {
    goal: 'every YEAR series at most 100 ms (median, per region)',
    met: series.ms <= 100,
    slowest: series,
  },
];
const workers = results.reduce((n, r) => n + r.workers, 0);
writeBenchmarkSection(
  'measures',
  `## Measures computed afresh

Written by \`npm run bench:measures -- --runs ${runs}\` on ${new Date().toISOString()} (${os.cpus().length} cores), on the registries as they
were (${workers.toLocaleString('en-US')} social workers in all, for example after \`npm run seed -- --scale 1000000\`): the median of ${runs} requests
straight to each region's subgraph, one at a time, each computing its measure (the aggregate cache moved past). Milliseconds.

| region | workers | ${names.join(' | ')} |
| --- | --- | ${names.map(() => '---').join(' | ')} |
${results.map((r) => `| ${r.region} | ${r.workers} | ${names.map((n) => r.medians[n]).join(' | ')} |`).join('\n')}

SQL statements per request, of the requests \`test/sql-statements-at-scale.e2e.ts\` asks Sichuan at 1,000 and 100,000
social workers (where they must be as many): computed afresh, then asked again before any write (the subgraph's aggregate
cache). Regions differ by their targets and figures.

| region | workers | ${Object.keys(results[0]!.statements.afresh).join(' | ')} |
| --- | --- | ${Object.keys(results[0]!.statements.afresh)
    .map(() => '---')
    .join(' | ')} |
${results
  .map(
    (r) =>
      `| ${r.region} | ${r.workers} | ${Object.keys(r.statements.afresh)
        .map((n) => `${r.statements.afresh[n]}, again ${r.statements.again[n]}`)
        .join(' | ')} |`,
  )
  .join('\n')}

| goal | | slowest |
| --- | --- | --- |
${goals.map((g) => `| ${g.goal} | ${g.met ? 'met' : 'not met'} | ${g.slowest.ms} ms, ${g.slowest.region}, ${g.slowest.name} |`).join('\n')}

The plan of each slowest statement, \`EXPLAIN (ANALYZE, BUFFERS)\` after its timed runs (the times differ from the medians by the
request around the statement):
${goals
  .map(
    ({ slowest }) => `
${slowest.region}, ${slowest.name}:

\`\`\`text
${plans.get(`${slowest.region} ${slowest.name}`)}
\`\`\`
`,
  )
  .join('')}`,
);
console.log(JSON.stringify({ runs, results, goals }));
