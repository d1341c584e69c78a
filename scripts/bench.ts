import type { ChildProcess } from 'node:child_process';
import { writeBenchmarkSection } from './bench/benchmarks-file.js';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabaseServer } from '../subgraphs/common/database-server.js';
import { gatewayNodeOptions } from '../gateway/src/heap.js';
import { issueToken } from '../shared/auth.js';
import { freePort } from '../shared/listen.js';
import { regions, subgraphs } from '../subgraphs/regions.js';
import { openRegionDatabase } from '../subgraphs/open.js';
import type { RegistryContext } from '../subgraphs/registry/src/context.js';
import { TargetEntity } from '../subgraphs/registry/src/entities/Target.js';
import { histories } from '../subgraphs/registry/src/measures/history.js';
import { measure, measureMany } from '../subgraphs/registry/src/measures/measure.js';
import { comparisonBody, loadFunction, loadHttp, type LoadResult } from './bench/load.js';
import { startProgram } from './programs.js';
import { scaleRegistries } from './scale-registries.js';

/**
 * `npm run bench [-- --scale 100000 --seconds 10 --connections 10]`: the federation on a registry of
 * `scale` social workers (databases prefixed bench_), every subgraph and gateway in a process of its
 * own, loaded one scenario after another; writes
 * BENCHMARKS.md and prints every figure as one JSON line at the end.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    verbose: { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
process.env.DATABASE_PREFIX = 'bench_';
// The figures, not the servers' logs: warnings and errors only, unless --verbose (or LOG_LEVEL).
process.env.LOG_LEVEL ??= values.verbose ? 'info' : 'warn';

const indicator = 'MSW_INSTITUTIONS';
const selection = (
  asOf?: string,
) => `targets { id targetValue targetYear progress { value status projectedValue } }
  measure(indicator: "${indicator}", by: [INSTITUTION_KIND]${asOf ? `, asOf: "${asOf}"` : ''}) { value breakdown { keys { value } value } }`;
const national = JSON.stringify({
  query: `query National { registries { code name ${selection()} } }`,
});
/** The national comparison as of each of 50 months: questions that differ, each computed once per write where aggregates are cached. */
const nationalByMonth = Array.from({ length: 50 }, (_, i) =>
  JSON.stringify({
    query: `query National { registries { code name ${selection(`${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`)} } }`,
  }),
);
const direct = (slug: string) =>
  JSON.stringify({ query: `query Direct { ${slug} { ${selection()} } }` });
/** What 20 signed-in analysts ask at once: the same comparison, or each a page of another size (nothing to share). */
const SIGNED_IN_CONNECTIONS = 20;
const varied = Array.from({ length: 50 }, (_, i) => comparisonBody(i + 1));
const paged = JSON.stringify({
  query: `query Page { sichuan { institutions(first: 50) { edges { node { name socialWorkers(first: 20) { certificateLevel employment } } } } } }`,
});

const server = await openDatabaseServer();
const children: ChildProcess[] = [];
try {
  console.log(`Seeding ${scale} social workers across ${regions.length} regions ...`);
  await scaleRegistries(server.url, regions, scale);
  // Each subgraph in a process of its own, as deployed: in one process six regions would take turns
  // on one event loop, and the gateway's parallel fan-out would look serial.
  const urls = new Map<string, string>();
  for (const subgraph of subgraphs) {
    urls.set(
      subgraph.name,
      await startProcess('subgraphs/main.ts', [subgraph.name], {
        DATABASE_URL: server.url,
        DATABASE_PREFIX: 'bench_',
      }),
    );
  }
  // The same regions again, computing every aggregate afresh: what the subgraphs' aggregate cache saves.
  const uncachedAggregates = new Map<string, string>();
  for (const region of regions) {
    uncachedAggregates.set(
      region.slug,
      await startProcess('subgraphs/main.ts', [region.slug], {
        DATABASE_URL: server.url,
        DATABASE_PREFIX: 'bench_',
        AGGREGATE_CACHE: 'off',
      }),
    );
  }
  const databases = new Map(
    await Promise.all(
      regions.map(
        async (region) =>
          [region.slug, (await openRegionDatabase(server.url, region, 10)).dataSource] as const,
      ),
    ),
  );
  const subgraphUrls = Object.fromEntries(
    [...urls].map(([name, url]) => [`${name.toUpperCase()}_SUBGRAPH_URL`, url]),
  );
  const uncached = await startGateway({ ...subgraphUrls, RESPONSE_CACHE: 'off' });
  const cached = await startGateway({ ...subgraphUrls });
  const undeduplicated = await startGateway({
    ...subgraphUrls,
    RESPONSE_CACHE: 'off',
    SUBGRAPH_DEDUPLICATION: 'off',
  });
  const aggregatesRecomputed = await startGateway({
    ...subgraphUrls,
    ...Object.fromEntries(
      [...uncachedAggregates].map(([slug, url]) => [`${slug.toUpperCase()}_SUBGRAPH_URL`, url]),
    ),
    RESPONSE_CACHE: 'off',
  });
  const everySubgraph = [...urls.values(), ...uncachedAggregates.values()];
  const analyst = {
    authorization: `Bearer ${await issueToken({ subject: 'bench', role: 'analyst' })}`,
  };

  const results: (LoadResult & { subgraphRequests: number })[] = [];
  /** One line of load, with the requests every subgraph received meanwhile. */
  const run = async (load: () => Promise<LoadResult>) => {
    const before = await subgraphRequests(everySubgraph);
    const r = {
      ...(await load()),
      subgraphRequests: (await subgraphRequests(everySubgraph)) - before,
    };
    results.push(r);
    console.log(
      `${r.name.padEnd(34)} ${String(r.requestsPerSecond).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  errors ${r.errors}  subgraph requests ${r.subgraphRequests}`,
    );
    return r;
  };
  const warm = (url: string, body: string) =>
    loadHttp({ name: 'warm-up', url, body, connections: 2, seconds: 2 });
  await warm(uncached.url, national);

  const memory = sampleMemory([uncached, cached, undeduplicated, aggregatesRecomputed]);
  const gatewayUncached = await run(() =>
    loadHttp({
      name: 'gateway, national comparison',
      url: uncached.url,
      body: national,
      connections,
      seconds,
    }),
  );
  const directResults: LoadResult[] = [];
  for (const region of regions) {
    const url = urls.get(region.slug)!;
    await warm(url, direct(region.slug));
    directResults.push(
      await run(() =>
        loadHttp({
          name: `direct, ${region.slug}`,
          url,
          body: direct(region.slug),
          connections,
          seconds,
        }),
      ),
    );
  }
  const floor = await run(() =>
    loadFunction('plain SQL (floor), all regions', () => sqlFloor(databases), connections, seconds),
  );
  await warm(cached.url, national);
  const gatewayCached = await run(() =>
    loadHttp({
      name: 'gateway, national comparison, cached',
      url: cached.url,
      body: national,
      connections,
      seconds,
    }),
  );
  await run(() =>
    loadHttp({
      name: 'gateway, institutions page of 50',
      url: uncached.url,
      body: paged,
      headers: analyst,
      connections,
      seconds,
    }),
  );
  // Signed-in analysts, never served from the response cache: identical questions share subgraph
  // fetches in flight and the subgraphs' cached aggregates; varied ones have nothing to share.
  const signedIn = {
    url: uncached.url,
    headers: analyst,
    connections: SIGNED_IN_CONNECTIONS,
    seconds,
  };
  const identical = await run(() =>
    loadHttp({
      ...signedIn,
      name: 'signed in, identical, 20 connections',
      body: comparisonBody(20),
    }),
  );
  const identicalUnshared = await run(() =>
    loadHttp({
      ...signedIn,
      url: undeduplicated.url,
      name: 'signed in, identical, not deduplicated',
      body: comparisonBody(20),
    }),
  );
  const variedShared = await run(() =>
    loadHttp({ ...signedIn, name: 'signed in, varied, 20 connections', body: varied }),
  );
  const variedUnshared = await run(() =>
    loadHttp({
      ...signedIn,
      url: undeduplicated.url,
      name: 'signed in, varied, not deduplicated',
      body: varied,
    }),
  );
  // The national comparison of targets and measures, signed in: from the subgraphs' cached
  // aggregates, and from subgraphs computing them on every request.
  const nationalCached = await run(() =>
    loadHttp({ ...signedIn, name: 'signed in, national comparison', body: national }),
  );
  await warm(aggregatesRecomputed.url, national);
  const nationalRecomputed = await run(() =>
    loadHttp({
      ...signedIn,
      url: aggregatesRecomputed.url,
      name: 'signed in, national comparison, aggregates not cached',
      body: national,
    }),
  );
  const byMonthCached = await run(() =>
    loadHttp({ ...signedIn, name: 'signed in, national by month', body: nationalByMonth }),
  );
  const byMonthRecomputed = await run(() =>
    loadHttp({
      ...signedIn,
      url: aggregatesRecomputed.url,
      name: 'signed in, national by month, aggregates not cached',
      body: nationalByMonth,
    }),
  );
  const peakMemoryMb = Math.round((await memory.stop()) / 1024 / 1024);

  // The loaded runs above share two cores among six subgraphs, PostgreSQL and the load generator, so
  // the national query (six regions' work) queues behind itself. One request at a time shows what
  // the gateway itself adds: the goal is judged on this pass.
  const alone = await run(() =>
    loadHttp({
      name: 'gateway, national, 1 connection',
      url: uncached.url,
      body: national,
      connections: 1,
      seconds,
    }),
  );
  const aloneDirect: LoadResult[] = [];
  for (const region of regions) {
    const url = urls.get(region.slug)!;
    aloneDirect.push(
      await run(() =>
        loadHttp({
          name: `direct, ${region.slug}, 1 connection`,
          url,
          body: direct(region.slug),
          connections: 1,
          seconds,
        }),
      ),
    );
  }
  // The six regions asked at once, directly, and the plain SQL of all six at once: what the fan-out
  // costs without the gateway, on a machine whose two cores cannot run six regions side by side.
  const allAtOnce = await run(() =>
    loadFunction('direct, all six at once, 1 connection', () => askEveryRegion(urls), 1, seconds),
  );
  const floorAlone = await run(() =>
    loadFunction(
      'plain SQL (floor), all regions, 1 connection',
      () => sqlFloor(databases),
      1,
      seconds,
    ),
  );
  const slowestDirect = aloneDirect.reduce((a, b) => (b.p50 > a.p50 ? b : a));
  const ratios = {
    gatewayToSlowestDirectP50: round(alone.p50 / slowestDirect.p50),
    gatewayToAllRegionsAtOnceP50: round(alone.p50 / allAtOnce.p50),
    gatewayToFloorAloneP50: round(alone.p50 / floorAlone.p50),
    loadedGatewayToSlowestDirectP50: round(
      gatewayUncached.p50 / directResults.reduce((a, b) => (b.p50 > a.p50 ? b : a)).p50,
    ),
    gatewayToFloorP50: round(gatewayUncached.p50 / floor.p50),
    cachedToUncachedRps: round(gatewayCached.requestsPerSecond / gatewayUncached.requestsPerSecond),
    identicalDeduplicatedToNotRps: round(
      identical.requestsPerSecond / identicalUnshared.requestsPerSecond,
    ),
    variedDeduplicatedToNotRps: round(
      variedShared.requestsPerSecond / variedUnshared.requestsPerSecond,
    ),
    nationalAggregatesCachedToNotRps: round(
      nationalCached.requestsPerSecond / nationalRecomputed.requestsPerSecond,
    ),
    byMonthAggregatesCachedToNotRps: round(
      byMonthCached.requestsPerSecond / byMonthRecomputed.requestsPerSecond,
    ),
  };
  const [{ server_version: postgres }] = await databases
    .get('beijing')!
    .query('SHOW server_version');
  const machine = {
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    postgres,
    date: new Date().toISOString(),
  };
  const goals = [
    {
      goal: 'gateway p50 at most 1.5 × the slowest region direct (1 connection)',
      met: ratios.gatewayToSlowestDirectP50 <= 1.5,
      // A region answering from its aggregate cache takes under a millisecond, below autocannon's resolution.
      figure:
        slowestDirect.p50 > 0
          ? `${ratios.gatewayToSlowestDirectP50} × (${alone.p50} ms vs ${slowestDirect.name} ${slowestDirect.p50} ms); under load ${ratios.loadedGatewayToSlowestDirectP50} ×`
          : `${alone.p50} ms against under 1 ms for every region asked directly (its aggregates cached); under load ${ratios.loadedGatewayToSlowestDirectP50} ×`,
    },
    {
      goal: 'response cache at least 10 × the uncached requests per second',
      met: ratios.cachedToUncachedRps >= 10,
      figure: `${ratios.cachedToUncachedRps} ×`,
    },
    {
      goal: 'gateway memory under 400 MB under load',
      met: peakMemoryMb < 400,
      figure: `${peakMemoryMb} MB peak RSS`,
    },
    {
      goal: 'signed-in identical comparisons at least 4 × what they were without deduplication (20 connections)',
      met: ratios.identicalDeduplicatedToNotRps >= 4,
      figure: `${ratios.identicalDeduplicatedToNotRps} × (${identical.requestsPerSecond} vs ${identicalUnshared.requestsPerSecond} req/s)`,
    },
    {
      goal: 'signed-in varied comparisons no slower with deduplication',
      met: ratios.variedDeduplicatedToNotRps >= 0.95,
      figure: `${ratios.variedDeduplicatedToNotRps} × (${variedShared.requestsPerSecond} vs ${variedUnshared.requestsPerSecond} req/s)`,
    },
    {
      goal: "gateway p50 at one connection at most 1.5 × the six regions' plain SQL at once",
      met: ratios.gatewayToFloorAloneP50 <= 1.5,
      figure: `${ratios.gatewayToFloorAloneP50} × (${alone.p50} ms vs ${floorAlone.p50} ms)`,
    },
  ];
  writeBenchmarkSection(
    'federation',
    markdown({ scale, seconds, connections, machine, results, ratios, goals, peakMemoryMb }),
  );
  for (const db of databases.values()) await db.destroy();
  console.log(
    JSON.stringify({
      scale,
      seconds,
      connections,
      machine,
      results,
      ratios,
      peakGatewayMemoryMb: peakMemoryMb,
      goals,
    }),
  );
} finally {
  for (const child of children) child.kill('SIGTERM');
  await server.stop();
}

/** The numbers of the national comparison from each region's database, without GraphQL or HTTP. */
async function sqlFloor(databases: Map<string, RegistryContext['db']>) {
  await Promise.all(
    regions.map(async (region) => {
      const db = databases.get(region.slug)!;
      const targets = await db.getRepository(TargetEntity).find();
      const measured = await measureMany(
        db,
        targets.map((t) => ({
          indicator: t.indicator,
          by: ['YEAR'] as const,
          scope: { programId: t.scopeProgramId, kinds: t.scopeKinds },
        })),
      );
      await histories(
        db,
        targets.map((t, i) => ({
          indicator: t.indicator,
          withFigures: !t.scopeProgramId && !t.scopeKinds?.length,
          measured: measured[i]!,
        })),
      );
      await measure(db, { indicator, by: ['INSTITUTION_KIND'] });
    }),
  );
}

/** Every region's part of the national comparison, asked of its subgraph directly, all at once. */
async function askEveryRegion(urls: Map<string, string>) {
  await Promise.all(
    regions.map(async (region) => {
      const response = await fetch(urls.get(region.slug)!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: direct(region.slug),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    }),
  );
}

/** A gateway in a process of its own, so that its memory is its own, with the Node options it is deployed with. */
async function startGateway(
  env: Record<string, string>,
): Promise<{ url: string; metrics: string }> {
  const url = await startProcess('gateway/src/main.ts', [], {
    NODE_OPTIONS: gatewayNodeOptions,
    ...env,
  });
  return { url, metrics: url.replace('/graphql', '/metrics') };
}

/** One of the project's programs on a free port, until the bench ends. */
async function startProcess(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<string> {
  const program = await startProgram(script, args, {
    env: { ...env, PORT: String(await freePort()) },
  });
  children.push(program.child);
  return program.url;
}

/** The samples of one metric a process serves at its /metrics, added up. */
async function metricTotal(metricsUrl: string, name: string): Promise<number> {
  const text = await fetch(metricsUrl).then((r) => r.text());
  return [...text.matchAll(new RegExp(`^${name}\\{[^}]*\\} (\\d+)`, 'gm'))].reduce(
    (sum, match) => sum + Number(match[1]),
    0,
  );
}

/** GraphQL requests the subgraphs have received so far, all together. */
async function subgraphRequests(graphqlUrls: string[]): Promise<number> {
  const counts = await Promise.all(
    graphqlUrls.map((url) =>
      metricTotal(url.replace('/graphql', '/metrics'), 'graphql_requests_total'),
    ),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** Peak resident memory of the gateways, read from their own /metrics every half second. */
function sampleMemory(gateways: { metrics: string }[]) {
  let peak = 0;
  const timer = setInterval(async () => {
    for (const gateway of gateways) {
      peak = Math.max(
        peak,
        await metricTotal(gateway.metrics, 'process_resident_memory_bytes').catch(() => 0),
      );
    }
  }, 500);
  return {
    async stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

function round(value: number) {
  return Math.round(value * 100) / 100;
}

function markdown(run: {
  scale: number;
  seconds: number;
  connections: number;
  machine: Record<string, unknown>;
  results: (LoadResult & { subgraphRequests: number })[];
  ratios: Record<string, number>;
  goals: { goal: string; met: boolean; figure: string }[];
  peakMemoryMb: number;
}): string {
  const perAnswer = (r: LoadResult & { subgraphRequests: number }) =>
    r.answers && r.subgraphRequests ? round(r.subgraphRequests / r.answers) : '–';
  const rows = run.results
    .map(
      (r) =>
        `| ${r.name} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.subgraphRequests} | ${perAnswer(r)} |`,
    )
    .join('\n');
  const goals = run.goals
    .map((g) => `| ${g.goal} | ${g.met ? 'met' : 'not met'} | ${g.figure} |`)
    .join('\n');
  const m = run.machine;
  return `## The federation under load

Written by \`npm run bench -- --scale ${run.scale} --seconds ${run.seconds} --connections ${run.connections}\` on ${m.date}:
${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, PostgreSQL ${m.postgres}. The subgraphs, the load generator and
PostgreSQL share the machine; every subgraph and each gateway runs in a process of its own. ${run.connections} connections, ${run.seconds} s per line,
except the signed-in lines: ${SIGNED_IN_CONNECTIONS} connections of one analyst asking \`registries { institutions(first: N) … }\`, the same N
(identical) or N from 1 to 50 in turn (varied), of a gateway that deduplicates and of one that does not; then the national
comparison of targets and measures, as of today or of 50 months in turn, of a gateway whose regional subgraphs keep their
aggregates until the next write and of one whose subgraphs compute them on every request (\`AGGREGATE_CACHE=off\`). Latencies in milliseconds; beside each line, the GraphQL
requests all the subgraphs received meanwhile, in all and per answer.

| scenario | req/s | p50 | p99 | errors | subgraph requests | per answer |
| --- | --- | --- | --- | --- | --- | --- |
${rows}

Ratios: gateway / slowest region direct (p50, one connection) ${Number.isFinite(run.ratios.gatewayToSlowestDirectP50) ? run.ratios.gatewayToSlowestDirectP50 : 'not a number (the regions answered in under 1 ms)'}, under load
${run.ratios.loadedGatewayToSlowestDirectP50}; one connection, gateway / the six regions asked at once directly
${run.ratios.gatewayToAllRegionsAtOnceP50}, gateway / their plain SQL at once ${run.ratios.gatewayToFloorAloneP50}; gateway / plain SQL floor (p50)
${run.ratios.gatewayToFloorP50}; cached / uncached (req/s) ${run.ratios.cachedToUncachedRps}; signed in, deduplicated / not (req/s), identical
${run.ratios.identicalDeduplicatedToNotRps}, varied ${run.ratios.variedDeduplicatedToNotRps}; signed in, aggregates cached / not (req/s), national
comparison ${run.ratios.nationalAggregatesCachedToNotRps}, by month ${run.ratios.byMonthAggregatesCachedToNotRps}. Peak gateway memory ${run.peakMemoryMb} MB.
Measures at 1,000,000 social workers are timed by \`npm run bench:measures\` (see the README's Performance section).

| goal | | figure |
| --- | --- | --- |
${goals}
`;
}
