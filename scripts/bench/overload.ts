import os from 'node:os';
import { writeBenchmarkSection } from './benchmarks-file.js';
import type { Federation } from './federation.js';
import { loadByStatus, type StatusLoadResult } from './load.js';
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
  const gateways: { name: string; env: Record<string, string> }[] = [
    { name: 'limit (MAX_CONCURRENT_REQUESTS 32, MAX_QUEUED_REQUESTS 64)', env: {} },
    {
      name: 'no limit',
      env: { MAX_CONCURRENT_REQUESTS: '1000000', MAX_QUEUED_REQUESTS: '1000000' },
    },
  ];
  const results: StatusLoadResult[] = [];
  for (const { name, env } of gateways) {
    const gateway = await federation.startGateway({
      ...federation.subgraphEnv,
      RESPONSE_CACHE: 'off',
      ...env,
    });
    const load = { url: gateway.url, body: national, headers: federation.analyst };
    await loadByStatus({ ...load, name: 'warm-up', connections: 2, seconds: 2 });
    const result = await loadByStatus({ ...load, name, connections: CONNECTIONS, seconds });
    results.push(result);
    console.log(
      `${name.padEnd(60)} answered ${result.answered} (p50 ${result.p50} ms, p99 ${result.p99} ms)  refused ${result.refused} (p99 ${result.refusedP99} ms)  failed ${result.failed}`,
    );
  }
  const rows = results
    .map(
      (r) =>
        `| ${r.name} | ${r.answered} | ${r.p50} | ${r.p99} | ${r.refused} | ${r.refusedP99} | ${r.failed} |`,
    )
    .join('\n');
  writeBenchmarkSection(
    'overload',
    `## Overload: ${CONNECTIONS} connections

Written by \`npm run bench -- --scale ${federation.options.scale} --seconds ${seconds}\` on ${new Date().toISOString()}, at a 1-minute load average of ${loadAverage} on ${os.cpus().length} cores: ${CONNECTIONS} signed-in
analysts asking the national comparison in a loop for ${seconds} s, of a gateway with its concurrency limit and of one
without. Latencies in milliseconds, of the answered requests only (a fast refusal does not lower them); a refusal is a
503 with \`Retry-After\`, and its callers here ask again at once. Goal: p99 of answered requests under 2,500 ms with the
limit, and a refusal in under 50 ms.

| gateway | answered | p50 | p99 | refused (503) | p99 of a refusal | failed |
| --- | --- | --- | --- | --- | --- | --- |
${rows}
`,
  );
  console.log(JSON.stringify({ overload: results }));
}
