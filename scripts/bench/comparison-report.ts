import os from 'node:os';
import { writeBenchmarkSection } from './benchmarks-file.js';
import { round, type Federation } from './federation.js';
import type { LoadResult } from './load.js';

/** What 20 signed-in analysts ask at once: the same comparison, or each a page of another size (nothing to share). */
export const SIGNED_IN_CONNECTIONS = 20;

/** One line of the table: a load, and the requests every subgraph received meanwhile. */
export type Line = LoadResult & { subgraphRequests: number };

/** The lines the ratios and goals are computed from. */
export interface ComparisonLines {
  alone: LoadResult;
  aloneDirect: LoadResult[];
  allAtOnce: LoadResult;
  floorAlone: LoadResult;
  gatewayUncached: LoadResult;
  directResults: LoadResult[];
  floor: LoadResult;
  gatewayCached: LoadResult;
  identical: LoadResult;
  identicalUnshared: LoadResult;
  variedShared: LoadResult;
  variedUnshared: LoadResult;
  nationalCached: LoadResult;
  nationalRecomputed: LoadResult;
  byMonthCached: LoadResult;
  byMonthRecomputed: LoadResult;
}

/** The ratios and goals of the comparison, written to BENCHMARKS.md and printed as one JSON line. */
export async function reportComparison(
  { databases, options: { scale, seconds, connections } }: Federation,
  results: Line[],
  peakMemoryMb: number,
  {
    alone,
    aloneDirect,
    allAtOnce,
    floorAlone,
    gatewayUncached,
    directResults,
    floor,
    gatewayCached,
    identical,
    identicalUnshared,
    variedShared,
    variedUnshared,
    nationalCached,
    nationalRecomputed,
    byMonthCached,
    byMonthRecomputed,
  }: ComparisonLines,
): Promise<void> {
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
      figure: `${
        slowestDirect.p50 > 0
          ? `${ratios.gatewayToSlowestDirectP50} × (${alone.p50} ms vs ${slowestDirect.name} ${slowestDirect.p50} ms)`
          : `${alone.p50} ms against under 1 ms for every region asked directly (its aggregates cached)`
      }; under load ${ratios.loadedGatewayToSlowestDirectP50} ×. Out of reach on one machine: the six requests the gateway must make take ${allAtOnce.p50} ms asked at once directly, below`,
    },
    {
      // Where each region has a host of its own, as deployed, the six asked at once answer as soon
      // as the slowest does; on one machine they share its cores, and this is the same comparison.
      goal: 'gateway p50 at most 1.5 × the six regions asked directly at once, by the same client as the gateway (1 connection): the slowest region, on one machine',
      met: ratios.gatewayToAllRegionsAtOnceP50 <= 1.5,
      figure: `${ratios.gatewayToAllRegionsAtOnceP50} × (${alone.p50} ms vs ${allAtOnce.p50} ms)`,
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
}

function markdown(run: {
  scale: number;
  seconds: number;
  connections: number;
  machine: Record<string, unknown>;
  results: Line[];
  ratios: Record<string, number>;
  goals: { goal: string; met: boolean; figure: string }[];
  peakMemoryMb: number;
}): string {
  const perAnswer = (r: Line) =>
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
