import os from 'node:os';
import { writeBenchmarkSection } from './benchmarks-file.js';
import type { Federation } from './federation.js';
import { concurrencyFromEnv } from '../../gateway/src/concurrency.js';
import { startProgram } from '../programs.js';
import { loadByStatus } from './load.js';
import type { StatusLoadResult } from './status-tally.js';
import { loadPatiently } from './patient-load.js';
import { probesDuring, type Probes } from './probe.js';
import { national } from './queries.js';

const CONNECTIONS = 200;

/**
 * 200 signed-in analysts asking the national comparison at once (never from the response cache),
 * of a gateway with its concurrency limit (MAX_CONCURRENT_REQUESTS, MAX_QUEUED_REQUESTS) and of one
 * without: how long the answered requests take, and how many are refused with 503. Writes the
 * section "overload" of BENCHMARKS.md.
 */
export async function overload(federation: Federation): Promise<void> {
  const { seconds } = federation.options;
  // The machine may be shared: its load when the scenario began is written beside the figures.
  const loadAverage = os.loadavg()[0]!.toFixed(1);
  // The gateway's limits are what its environment (this one) says, or their defaults.
  const { maxConcurrent, maxQueued } = concurrencyFromEnv(process.env);
  const limit = `limit (MAX_CONCURRENT_REQUESTS ${maxConcurrent}, MAX_QUEUED_REQUESTS ${maxQueued})`;
  // Refused callers that ask again at once are the worst case; those that wait `Retry-After` are
  // what a dashboard does. A gateway without a limit refuses nobody, so its callers never wait.
  const gateways: { name: string; env: Record<string, string>; load: typeof loadByStatus }[] = [
    { name: `${limit}, refused callers ask again at once`, env: {}, load: loadByStatus },
    { name: `${limit}, refused callers wait Retry-After`, env: {}, load: loadPatiently },
    {
      name: 'no limit',
      env: { MAX_CONCURRENT_REQUESTS: '1000000', MAX_QUEUED_REQUESTS: '1000000' },
      load: loadByStatus,
    },
  ];
  const results: OverloadResult[] = [];
  for (const { name, env, load: loadWith } of gateways) {
    const gateway = await federation.startGateway({
      ...federation.subgraphEnv,
      RESPONSE_CACHE: 'off',
      ...env,
    });
    const load = { url: gateway.url, body: national, headers: federation.analyst };
    await loadByStatus({ ...load, name: 'warm-up', connections: 2, seconds: 2 });
    // prom-client's event-loop figures cover the time since they were last read: read them once
    // before the load, so that those read after it are the load's.
    await gatewayDelay(gateway.metrics);
    const [loaded, probes] = await probesDuring(
      load,
      loadWith({ ...load, name, connections: CONNECTIONS, seconds }),
    );
    results.push({ ...loaded, ...probes, ...(await gatewayDelay(gateway.metrics)) });
    print(results.at(-1)!);
  }
  results.push(await refusalFloor(federation));
  print(results.at(-1)!);
  const rows = results
    .map(
      (r) =>
        `| ${r.name} | ${r.answered} | ${whenAny(r.answered, r.p50)} | ${whenAny(r.answered, r.p99)} | ${r.refused} | ${whenAny(r.refused, r.refusedP99)} | ${r.refusals ? `${r.refusals}: ${r.refusalP50}, ${r.refusalP99}` : '–'} | ${r.floorP99 ?? '–'} | ${r.failed} | ${r.gatewayDelayP99 === undefined ? '–' : `${r.gatewayDelayP99} (${r.gatewayDelayMax})`} | ${r.generatorDelayP99} |`,
    )
    .join('\n');
  writeBenchmarkSection(
    'overload',
    `## Overload: ${CONNECTIONS} connections

Written by \`npm run bench -- --scale ${federation.options.scale} --seconds ${seconds}\` on ${new Date().toISOString()}, at a 1-minute load average of ${loadAverage} on ${os.cpus().length} cores: ${CONNECTIONS} signed-in
analysts asking the national comparison in a loop for ${seconds} s, of a gateway with its concurrency limit and of one
without. Latencies in milliseconds, of the answered requests only (a fast refusal does not lower them); a refusal is a
503 with \`Retry-After: 1\`; its callers ask again at once (the worst case) or, as a dashboard does, a second later.
Goal: p99 of answered requests under 2,500 ms with the limit, and a refusal in under 50 ms at p99. Every latency
includes the event-loop delays of the gateway and of the load generator (p99, and the gateway's maximum, over the load):
no answer comes sooner than its process gets to it. So the refusals are timed twice: by the load generator, and by one
more caller on a thread of its own, whose event loop the load does not delay (it shares the cores), which sends the
same request every 20 ms. That caller also asks \`/health\`, which nothing limits or computes: its p99 is the floor of
an answer that goes through Express; a refusal, answered before Express, can come sooner.
The last line is the floor of a refusal: Node's HTTP server refusing every request as a full gateway does, and
nothing else, under the same callers, on the same machine.

| gateway | answered | p50 | p99 | refused (503) | p99 of a refusal, as the load generator saw it | a caller of its own: refusals, their p50, p99 | p99 of /health (the floor) | failed | gateway event-loop delay p99 (max) | load generator's |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows}
`,
  );
  console.log(JSON.stringify({ overload: results }));
}

type OverloadResult = StatusLoadResult &
  Partial<GatewayDelay> &
  Omit<Probes, 'floorP99'> & { floorP99?: number };

function print(r: OverloadResult): void {
  console.log(
    `${r.name.padEnd(100)} 应答 answered ${r.answered} (p50 ${whenAny(r.answered, r.p50)} ms, p99 ${whenAny(r.answered, r.p99)} ms)  拒绝 refused ${r.refused} (p99 ${whenAny(r.refused, r.refusedP99)} ms; a caller of its own: ${r.refusals} refused, p50 ${whenAny(r.refusals, r.refusalP50)} ms, p99 ${whenAny(r.refusals, r.refusalP99)} ms)  /health p99 ${r.floorP99 ?? '–'} ms  失败 failed ${r.failed}  事件循环延迟 event-loop delay p99: gateway ${r.gatewayDelayP99 ?? '–'} ms (max ${r.gatewayDelayMax ?? '–'}), load generator ${r.generatorDelayP99} ms`,
  );
}

/** A latency of no requests is not 0 ms: it is a dash. */
function whenAny(count: number, latency: number): string {
  return count ? String(latency) : '–';
}

/**
 * The floor of a refusal: Node's HTTP server refusing every request at once as a full gateway
 * refuses it (http-floor.ts), and doing nothing else, under the same callers that ask again at once,
 * on the same machine. The gateway's refusals can come no sooner; what they take beyond it is the
 * loop's time spent on the requests it answers. Its /health is refused too: that column is left blank.
 */
async function refusalFloor(federation: Federation): Promise<OverloadResult> {
  const { url, child } = await startProgram('scripts/bench/http-floor.ts', [], {
    env: { REFUSE_ALL: 'on' },
  });
  federation.own(child);
  const load = { url, body: national, headers: federation.analyst };
  const name =
    "floor: Node's HTTP server refusing every request as a full gateway does, and nothing else; callers ask again at once";
  const [loaded, { floorP99: _refusedToo, ...probes }] = await probesDuring(
    load,
    loadByStatus({ ...load, name, connections: CONNECTIONS, seconds: federation.options.seconds }),
  );
  child.kill('SIGTERM');
  return { ...loaded, ...probes };
}

interface GatewayDelay {
  gatewayDelayP99: number;
  gatewayDelayMax: number;
}

/** The gateway's event-loop delay since its metrics were last read, in milliseconds. */
async function gatewayDelay(metricsUrl: string): Promise<GatewayDelay> {
  const text = await fetch(metricsUrl).then((r) => r.text());
  const seconds = (name: string) =>
    Number(new RegExp(`^${name}\\{[^}]*\\} (\\S+)`, 'm').exec(text)?.[1] ?? NaN);
  return {
    gatewayDelayP99: Math.round(seconds('nodejs_eventloop_lag_p99_seconds') * 1000),
    gatewayDelayMax: Math.round(seconds('nodejs_eventloop_lag_max_seconds') * 1000),
  };
}
