import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { commandLine, countArgument } from '../../shared/cli.js';
import { regions, subgraphs } from '../../subgraphs/regions.js';
import { startProgram } from '../programs.js';
import { writeBenchmarkSection } from './benchmarks-file.js';
import type { LoadResult } from './load.js';

/**
 * `npm run bench:processes [-- --scale 100000 --seconds 10 --rounds 3]`: does `npm start` serve more with the
 * seven subgraphs and the gateway in one Node process (its default), in two copies of that process
 * (`WORKERS=2`), or in a process each (as compose deploys them)? The same databases, the same loads, one layout at a time; prints a table
 * and, last, one JSON line.
 */
const usage = `用法 Usage: npm run bench:processes [-- --scale 100000 --seconds 10 --rounds 3]
  比较 npm start 的几种运行方式：一个进程、WORKERS=2、每个子图一个进程，轮流施加同样的负载 (compare the ways of running npm start: one process, WORKERS=2, a process per subgraph, under the same loads in turns)
  --scale 社工人数 (social workers)  --seconds 每次加载的秒数 (seconds of each load)  --rounds 轮数 (rounds)`;
const values = commandLine(usage, {
  scale: { type: 'string' },
  seconds: { type: 'string' },
  rounds: { type: 'string' },
});
const scale = countArgument(usage, '--scale', values.scale, 100_000);
const seconds = countArgument(usage, '--seconds', values.seconds, 10);
// The machine is shared and noisy: the layouts take turns, round after round, and each figure is a range.
const rounds = countArgument(usage, '--rounds', values.rounds, 3);
process.env.DATABASE_PREFIX = 'bench_';
process.env.LOG_LEVEL ??= 'warn';
// The libraries load once the command line is read, so that --help answers at once.
const { issueToken } = await import('../../shared/auth.js');
const { openDatabaseServer } = await import('../../subgraphs/common/database-server.js');
const { scaleRegistries } = await import('../scale-registries.js');
const { comparisonBody, loadHttp } = await import('./load.js');

const national = JSON.stringify({
  query: `query National { registries { code targets { id progress { value status } } measure(indicator: "MSW_INSTITUTIONS", by: [INSTITUTION_KIND]) { value breakdown { value } } } }`,
});

interface Layout {
  name: string;
  /** Starts the layout's processes; resolves to the gateway's URL. */
  start(databaseUrl: string, children: ChildProcess[]): Promise<string>;
}

/** Every program of a layout sees the bench's databases, no response cache (signed-in analysts never get it). */
const common = (databaseUrl: string) => ({
  DATABASE_URL: databaseUrl,
  DATABASE_PREFIX: 'bench_',
  RESPONSE_CACHE: 'off',
  DEMO_DATA: 'off',
});

const layouts: Layout[] = [
  {
    name: 'one process (npm start)',
    async start(databaseUrl, children) {
      const program = await startProgram('scripts/start.ts', [], {
        env: {
          ...common(databaseUrl),
          PORT: '0',
          STACK_FILE: `${os.tmpdir()}/bench-processes-stack.json`,
        },
      });
      children.push(program.child);
      return program.url;
    },
  },
  {
    name: 'two workers (WORKERS=2)',
    async start(databaseUrl, children) {
      const program = await startProgram('scripts/start.ts', [], {
        env: {
          ...common(databaseUrl),
          PORT: '0',
          WORKERS: '2',
          STACK_FILE: `${os.tmpdir()}/bench-processes-stack.json`,
        },
      });
      children.push(program.child);
      return program.url;
    },
  },
  {
    name: 'a process each (8 processes)',
    async start(databaseUrl, children) {
      const urls: Record<string, string> = {};
      for (const subgraph of subgraphs) {
        const program = await startProgram('subgraphs/main.ts', [subgraph.name], {
          env: common(databaseUrl),
        });
        children.push(program.child);
        urls[`${subgraph.name.toUpperCase()}_SUBGRAPH_URL`] = program.url;
      }
      const gateway = await startProgram('gateway/src/main.ts', [], {
        env: { ...common(databaseUrl), ...urls },
      });
      children.push(gateway.child);
      return gateway.url;
    },
  },
];

const server = await openDatabaseServer();
try {
  console.log(
    `正在为 ${regions.length} 个地区生成共 ${scale} 名社工的数据… Seeding ${scale} social workers across ${regions.length} regions ...`,
  );
  await scaleRegistries(server.url, regions, scale);
  const analyst = {
    authorization: `Bearer ${await issueToken({ subject: 'bench', role: 'analyst' })}`,
  };
  const results: (LoadResult & { layout: string; round: number })[] = [];
  for (let round = 1; round <= rounds; round++)
    for (const layout of layouts) {
      const children: ChildProcess[] = [];
      try {
        const url = await layout.start(server.url, children);
        await loadHttp({ name: 'warm-up', url, body: national, connections: 2, seconds: 2 });
        const loads = [
          {
            name: 'national comparison, anonymous, 10 connections',
            body: national,
            headers: {},
            connections: 10,
          },
          {
            name: 'signed in, varied pages, 20 connections',
            body: Array.from({ length: 50 }, (_, i) => comparisonBody(i + 1)),
            headers: analyst,
            connections: 20,
          },
          {
            name: 'signed in, identical, 20 connections',
            body: comparisonBody(20),
            headers: analyst,
            connections: 20,
          },
        ];
        for (const load of loads) {
          const result = {
            layout: layout.name,
            round,
            ...(await loadHttp({ ...load, url, seconds })),
          };
          results.push(result);
          console.log(
            `${round} ${layout.name.padEnd(30)} ${result.name.padEnd(48)} ${String(result.requestsPerSecond).padStart(6)} 每秒请求 req/s  p50 ${result.p50} ms  错误 errors ${result.errors}`,
          );
        }
      } finally {
        await Promise.all(
          children.map(
            (child) =>
              new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))),
          ),
        );
      }
    }
  const loadNames = [...new Set(results.map((r) => r.name))];
  const range = (layout: string, load: string) => {
    const rps = results
      .filter((r) => r.layout === layout && r.name === load)
      .map((r) => r.requestsPerSecond);
    return `${Math.min(...rps)}–${Math.max(...rps)}`;
  };
  console.log('\n每秒请求数，各轮的最低–最高 Requests per second, lowest–highest of the rounds:');
  for (const layout of layouts)
    console.log(
      `${layout.name.padEnd(30)} ${loadNames.map((load) => `${load}: ${range(layout.name, load)}`).join('; ')}`,
    );
  const machine = {
    cores: os.cpus().length,
    node: process.version,
    date: new Date().toISOString(),
  };
  writeBenchmarkSection(
    'processes',
    `## One process or several for \`npm start\`

Written by \`npm run bench:processes -- --scale ${scale} --seconds ${seconds} --rounds ${rounds}\` on ${machine.date} (${machine.cores} cores, Node ${machine.node}):
the same loads on the same databases, the layouts taking turns round after round; requests per second, lowest–highest of the rounds.

| layout | ${loadNames.join(' | ')} |
| --- | ${loadNames.map(() => '---').join(' | ')} |
${layouts.map((layout) => `| ${layout.name} | ${loadNames.map((load) => range(layout.name, load)).join(' | ')} |`).join('\n')}
`,
  );
  console.log(JSON.stringify({ scale, seconds, rounds, machine, results }));
} finally {
  await server.stop();
}
