import { type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { supergraphFile } from '../../gateway/src/gateway.js';
import { issueToken } from '../../shared/auth.js';
import { subgraphs } from '../../subgraphs/regions.js';
import { writeBenchmarkSection } from './benchmarks-file.js';
import type { Federation } from './federation.js';
import { grafbase, hive, scratch, type Gateway } from './other-gateways.js';
import { startProgram } from '../programs.js';
import { comparisonBody, loadHttp, type LoadResult } from './load.js';
import { fetchWithin } from './fetch-within.js';
import { dashboardRevalidation, notModified } from './revalidation.js';

/**
 * The scenario `gateways` of `npm run bench`: this gateway (class cache on and off)
 * beside Hive Gateway and the Grafbase gateway, over the same subgraphs, each gateway in a process
 * of its own; signed-in analysts asking the same national comparison, or each a page of another
 * size, and (this gateway only) a dashboard's GET revalidated with If-None-Match. The other gateways
 * are installed with npm into a scratch folder, never into the project; one that cannot be
 * installed or started is skipped with a message, and those that ran are stopped when the scenario
 * ends. Writes its section of BENCHMARKS.md.
 */
const CONNECTIONS = 20;

const varied = Array.from({ length: 50 }, (_, i) => comparisonBody(i + 1));

interface Figure extends LoadResult {
  gateway: string;
  subgraphRequests: number;
  /** Milliseconds of the gateway process's CPU (user + system) per answer. */
  cpuMsPerRequest: number;
}

export async function compareGateways(federation: Federation): Promise<void> {
  const { scale, seconds } = federation.options;
  // The machine may be shared: its load when the scenario began is written beside the figures.
  const loadAverage = os.loadavg()[0]!.toFixed(1);
  const urls = federation.subgraphEnv;
  // The other vendors' gateways, stopped when the scenario ends.
  const children: ChildProcess[] = [];
  try {
    const subgraphUrls = subgraphs.map((s) => urls[`${s.name.toUpperCase()}_SUBGRAPH_URL`]!);
    const supergraph = readFileSync(supergraphFile, 'utf8').replace(
      /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
      (_all, name: string) =>
        `@join__graph(name: "${name}", url: "${urls[`${name.toUpperCase()}_SUBGRAPH_URL`]}")`,
    );
    mkdirSync(scratch, { recursive: true });
    writeFileSync(join(scratch, 'supergraph.graphql'), supergraph);

    const ours = async (name: string, env: Record<string, string>): Promise<Gateway> => ({
      name,
      ...(await federation.startGateway(env)),
    });
    const gateways: Gateway[] = [
      await ours('this gateway, class cache', urls),
      await ours('this gateway, class cache off', { ...urls, CLASS_CACHE: 'off' }),
    ];
    const byName = Object.fromEntries(
      subgraphs.map((s) => [s.name, urls[`${s.name.toUpperCase()}_SUBGRAPH_URL`]!]),
    );
    const others = [() => hive(children), () => grafbase(byName, children)];
    for (const start of others) {
      const started = await start().catch((error: Error) => {
        console.log(`已跳过 Skipped: ${error.message}`);
        return null;
      });
      if (started) gateways.push(started);
    }

    const headers = {
      authorization: `Bearer ${await issueToken({ subject: 'bench', role: 'analyst', expiresIn: '2h' })}`,
    };
    const figures: Figure[] = [];
    const measure = async (gateway: Gateway, load: () => Promise<LoadResult>) => {
      const [requests, cpu] = [await subgraphRequests(subgraphUrls), cpuMs(gateway.pid)];
      const result = await load();
      const figure: Figure = {
        ...result,
        gateway: gateway.name,
        subgraphRequests: (await subgraphRequests(subgraphUrls)) - requests,
        cpuMsPerRequest: round((cpuMs(gateway.pid) - cpu) / Math.max(1, result.answers)),
      };
      figures.push(figure);
      console.log(
        `${figure.gateway.padEnd(32)} ${figure.name.padEnd(22)} ${String(figure.requestsPerSecond).padStart(6)} 每秒请求 req/s  CPU ${figure.cpuMsPerRequest} ms/req  子图请求 subgraph requests ${figure.subgraphRequests}  错误 errors ${figure.errors}`,
      );
    };
    for (const gateway of gateways) {
      await loadHttp({
        name: 'warm',
        url: gateway.url,
        body: varied,
        headers,
        connections: 2,
        seconds: 2,
      });
      // Varied: the connections ask different pages at the same moment, as analysts each asking
      // their own would; in step, every page was asked by all twenty at once, one after another.
      for (const [name, body] of [
        ['signed-in, identical', comparisonBody(20)],
        ['signed-in, varied', varied],
      ] as const)
        await measure(gateway, () =>
          loadHttp({
            name,
            url: gateway.url,
            body,
            headers,
            connections: CONNECTIONS,
            seconds,
            staggered: true,
          }),
        );
    }
    // The persisted query is registered and its ETag fetched first: the line counts the 304s alone.
    const revalidation = await dashboardRevalidation(gateways[0]!.url, headers);
    await measure(gateways[0]!, () =>
      notModified(gateways[0]!.url, revalidation, seconds, CONNECTIONS),
    );
    const floor = await httpFloor(gateways[0]!.url, headers, children);
    await measure(floor, () =>
      loadHttp({
        name: 'signed-in, identical',
        url: floor.url,
        body: comparisonBody(20),
        headers,
        connections: CONNECTIONS,
        seconds,
        staggered: true,
      }),
    );

    const rate = (gateway: string, name: string) =>
      figures.find((f) => f.gateway === gateway && f.name === name)?.requestsPerSecond;
    const ratio = (name: string) => {
      const grafbaseRate = rate('Grafbase gateway', name);
      return grafbaseRate ? round(rate('this gateway, class cache', name)! / grafbaseRate) : null;
    };
    const hitCpu = figures.find(
      (f) => f.gateway === 'this gateway, class cache' && f.name === 'signed-in, identical',
    )!.cpuMsPerRequest;
    const goals = [
      {
        goal: "signed-in identical at least 2 × the Grafbase gateway's rate",
        figure: ratio('signed-in, identical'),
        target: 2,
      },
      {
        goal: "signed-in varied at least 1.5 × the Grafbase gateway's rate",
        figure: ratio('signed-in, varied'),
        target: 1.5,
      },
    ].map(({ goal, figure, target }) => ({
      goal,
      met: figure === null ? null : figure >= target,
      figure: figure === null ? 'not measured: the Grafbase gateway did not run' : `${figure} ×`,
    }));
    const floorCpu = figures.find((f) => f.gateway === floor.name)!.cpuMsPerRequest;
    goals.push({
      goal: 'a cache hit at most 0.3 ms of gateway CPU',
      met: hitCpu <= 0.3,
      figure: `${hitCpu} ms (signed-in identical, class cache); ${floorCpu} ms for Node's HTTP server answering the same bytes and doing nothing else`,
    });
    writeBenchmarkSection(
      'gateways',
      markdown(
        figures,
        goals,
        `${scale} social workers, ${CONNECTIONS} connections, ${seconds} s a line, ${os.cpus().length} cores shared by every process, at a 1-minute load average of ${loadAverage} when the scenario began`,
      ),
    );
    console.log(JSON.stringify({ scale, seconds, connections: CONNECTIONS, figures, goals }));
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }
}

/**
 * The floor line's server (http-floor.ts), answering with the bytes the gateway answers the
 * identical load with.
 */
async function httpFloor(
  gatewayUrl: string,
  headers: Record<string, string>,
  children: ChildProcess[],
): Promise<Gateway> {
  const answer = await fetchWithin(gatewayUrl, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: comparisonBody(20),
  }).then((response) => response.arrayBuffer());
  const file = join(scratch, 'answer.json');
  writeFileSync(file, Buffer.from(answer));
  const { url, child } = await startProgram('scripts/bench/http-floor.ts', [], {
    env: { ANSWER_FILE: file },
  });
  children.push(child);
  return { name: "Node's HTTP server alone (the floor)", url, pid: child.pid! };
}

/** GraphQL requests the subgraphs have received so far, from their own /metrics. */
async function subgraphRequests(graphqlUrls: string[]): Promise<number> {
  const counts = await Promise.all(
    graphqlUrls.map(async (url) => {
      const text = await fetchWithin(url.replace('/graphql', '/metrics')).then((r) => r.text());
      return [...text.matchAll(/^graphql_requests_total\{[^}]*\} (\d+)/gm)].reduce(
        (sum, match) => sum + Number(match[1]),
        0,
      );
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** CPU time (user + system) a process has used, in milliseconds, from /proc/<pid>/stat. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function round(value: number) {
  return Math.round(value * 1000) / 1000;
}

function markdown(
  figures: Figure[],
  goals: { goal: string; met: boolean | null; figure: string }[],
  conditions: string,
): string {
  const rows = figures.map(
    (f) =>
      `| ${f.gateway} | ${f.name} | ${f.requestsPerSecond} | ${f.p50} | ${f.cpuMsPerRequest} | ${f.subgraphRequests} | ${f.errors} |`,
  );
  return [
    '## Gateways side by side (`npm run bench -- --only gateways`)',
    '',
    `${conditions}, ${new Date().toISOString().slice(0, 10)}. Signed-in means an analyst's token, forwarded to the subgraphs by every gateway; varied, the national comparison in 50 page sizes, each connection starting at a page of its own.`,
    '',
    '| gateway | load | req/s | p50 ms | gateway CPU ms/req | subgraph requests | errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    '| goal | met | figure |',
    '| --- | --- | --- |',
    ...goals.map(
      (g) =>
        `| ${g.goal} | ${g.met === null ? 'not measured' : g.met ? 'yes' : 'no'} | ${g.figure} |`,
    ),
  ].join('\n');
}
