import os from 'node:os';
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { freePort } from '../../shared/listen.js';
import { writeBenchmarkSection } from './benchmarks-file.js';
import type { Federation } from './federation.js';
import { loadByStatus } from './load.js';
import type { StatusLoadResult } from './status-tally.js';
import { national, nationalByMonth } from './queries.js';

interface Phase {
  phase: string;
  anonymous: StatusLoadResult;
  signedIn: StatusLoadResult;
  /** What the gateway's /ready said of its cache at the end of the phase. */
  cache: string;
}

/**
 * A gateway sharing its cache in a Redis server the bench starts itself (`redis-server --save ""`),
 * loaded while Redis runs, once it is killed (SIGKILL) and once it is started again on the same
 * port: anonymous dashboards (the response cache) and signed-in analysts (no cache) side by side.
 * Writes the section "redis-outage" of BENCHMARKS.md.
 */
export async function redisOutage(federation: Federation): Promise<void> {
  const { seconds, connections } = federation.options;
  // The machine may be shared: its load when the scenario began is written beside the figures.
  const loadAverage = os.loadavg()[0]!.toFixed(1);
  const port = await freePort();
  let redis = await startRedis(port, federation);
  const gateway = await federation.startGateway({
    ...federation.subgraphEnv,
    REDIS_URL: `redis://127.0.0.1:${port}`,
    REDIS_NAMESPACE: `bench-${Date.now()}`,
  });
  const readyUrl = gateway.url.replace('/graphql', '/ready');
  const phases: Phase[] = [];
  const phase = async (name: string) => {
    const [anonymous, signedIn] = await Promise.all([
      loadByStatus({
        name,
        url: gateway.url,
        body: nationalByMonth,
        connections,
        seconds,
      }),
      loadByStatus({
        name,
        url: gateway.url,
        body: national,
        headers: federation.analyst,
        connections,
        seconds,
      }),
    ]);
    const ready = (await (await fetch(readyUrl)).json()) as { cache: unknown };
    const result = { phase: name, anonymous, signedIn, cache: JSON.stringify(ready.cache) };
    phases.push(result);
    console.log(
      `${name.padEnd(16)} 匿名 anonymous 应答 answered ${anonymous.answered} (p99 ${anonymous.p99} ms) 失败 failed ${anonymous.failed}; 已登录 signed in 应答 answered ${signedIn.answered} (p99 ${signedIn.p99} ms) 失败 failed ${signedIn.failed}; 缓存 cache ${result.cache}`,
    );
  };
  await loadByStatus({
    name: 'warm-up',
    url: gateway.url,
    body: nationalByMonth,
    connections: 2,
    seconds: 2,
  });
  await phase('Redis up');
  redis.kill('SIGKILL');
  await new Promise((resolve) => redis.once('exit', resolve));
  await phase('Redis killed');
  redis = await startRedis(port, federation);
  await phase('Redis restarted');

  const rows = phases
    .map(
      ({ phase, anonymous: a, signedIn: s, cache }) =>
        `| ${phase} | ${a.answered} | ${a.p50} | ${a.p99} | ${a.failed} | ${s.answered} | ${s.p50} | ${s.p99} | ${s.failed} | \`${cache}\` |`,
    )
    .join('\n');
  writeBenchmarkSection(
    'redis-outage',
    `## Redis killed and restarted under load

Written by \`npm run bench -- --scale ${federation.options.scale} --seconds ${seconds} --connections ${connections}\` on ${new Date().toISOString()}, at a 1-minute load average of ${loadAverage} on ${os.cpus().length} cores: a gateway whose
cache is a Redis server of its own (\`REDIS_URL\`), loaded for ${seconds} s in each phase by ${connections} anonymous connections asking the
national comparison as of 50 months in turn (the response cache) and ${connections} signed-in ones asking it as of today (no
cache). Between the phases Redis is killed (SIGKILL) and then started again on the same port, empty. Latencies in
milliseconds, of answered requests; "failed" counts errors, timeouts and answers with GraphQL errors; the last column
is what \`/ready\` said of the cache at the end of the phase.

| phase | anonymous answered | p50 | p99 | failed | signed in answered | p50 | p99 | failed | cache at /ready |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows}
`,
  );
  console.log(JSON.stringify({ redisOutage: phases }));
}

/** `redis-server` on the port, without persistence, once it accepts connections. */
async function startRedis(port: number, federation: Federation): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  federation.own(child);
  const exited = new Promise<never>((_resolve, reject) =>
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`))),
  );
  exited.catch(() => {});
  for (;;) {
    const accepted = await Promise.race([
      new Promise<boolean>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        socket.once('connect', () => {
          socket.end();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      }),
      exited,
    ]);
    if (accepted) return child;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
