import type { ChildProcess } from 'node:child_process';
import type { DataSource } from 'typeorm';
import { gatewayNodeOptions } from '../../gateway/src/heap.js';
import { issueToken } from '../../shared/auth.js';
import { openDatabaseServer } from '../../subgraphs/common/database-server.js';
import { openRegionDatabase } from '../../subgraphs/open.js';
import { regions, subgraphs } from '../../subgraphs/regions.js';
import { startProgram } from '../programs.js';
import { scaleRegistries } from '../scale-registries.js';
import type { BenchOptions } from './options.js';

/** What every scenario of the bench works on: seeded databases and a subgraph process per region. */
export interface Federation {
  options: BenchOptions;
  /** Subgraph name → its URL. */
  urls: Map<string, string>;
  /** The same regions again, computing every aggregate afresh (`AGGREGATE_CACHE=off`). */
  uncachedAggregates: Map<string, string>;
  /** Each region's database, for the plain SQL floor. */
  databases: Map<string, DataSource>;
  /** `<NAME>_SUBGRAPH_URL` of every subgraph, for a gateway's environment. */
  subgraphEnv: Record<string, string>;
  /** An analyst's Authorization header: answers never served from the response cache. */
  analyst: { authorization: string };
  /** A gateway in a process of its own, with the Node options it is deployed with. */
  startGateway(env: Record<string, string>): Promise<{ url: string; metrics: string; pid: number }>;
  /** A process of the bench's own (a Redis server), ended with the bench. */
  own(child: ChildProcess): void;
  stop(): Promise<void>;
}

export async function startFederation(options: BenchOptions): Promise<Federation> {
  const server = await openDatabaseServer();
  const children: ChildProcess[] = [];
  const databases = new Map<string, DataSource>();
  const stop = async () => {
    for (const db of databases.values()) await db.destroy();
    for (const child of children) child.kill('SIGTERM');
    await server.stop();
  };
  try {
    const startProcess = async (script: string, args: string[], env: Record<string, string>) => {
      const program = await startProgram(script, args, {
        env,
      });
      children.push(program.child);
      return program;
    };
    console.log(
      `正在为 ${regions.length} 个地区生成共 ${options.scale} 名社工的数据… Seeding ${options.scale} social workers across ${regions.length} regions ...`,
    );
    await scaleRegistries(server.url, regions, options.scale);
    const database = { DATABASE_URL: server.url, DATABASE_PREFIX: 'bench_' };
    // Each subgraph in a process of its own, as deployed: in one process six regions would take
    // turns on one event loop, and the gateway's parallel fan-out would look serial.
    const urls = new Map<string, string>();
    for (const subgraph of subgraphs)
      urls.set(
        subgraph.name,
        (await startProcess('subgraphs/main.ts', [subgraph.name], database)).url,
      );
    const uncachedAggregates = new Map<string, string>();
    // Only the federation scenario compares them: six processes fewer on the machine otherwise.
    const compared = !options.only.length || options.only.includes('federation');
    for (const region of compared ? regions : [])
      uncachedAggregates.set(
        region.slug,
        (
          await startProcess('subgraphs/main.ts', [region.slug], {
            ...database,
            AGGREGATE_CACHE: 'off',
          })
        ).url,
      );
    for (const region of regions)
      databases.set(region.slug, (await openRegionDatabase(server.url, region, 10)).dataSource);
    return {
      options,
      urls,
      uncachedAggregates,
      databases,
      subgraphEnv: Object.fromEntries(
        [...urls].map(([name, url]) => [`${name.toUpperCase()}_SUBGRAPH_URL`, url]),
      ),
      analyst: {
        authorization: `Bearer ${await issueToken({ subject: 'bench', role: 'analyst' })}`,
      },
      async startGateway(env) {
        const { url, child } = await startProcess('gateway/src/main.ts', [], {
          NODE_OPTIONS: gatewayNodeOptions,
          ...env,
        });
        return { url, metrics: url.replace('/graphql', '/metrics'), pid: child.pid! };
      },
      own: (child) => children.push(child),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The samples of one metric a process serves at its /metrics, added up. */
export async function metricTotal(metricsUrl: string, name: string): Promise<number> {
  const text = await fetch(metricsUrl).then((r) => r.text());
  return [...text.matchAll(new RegExp(`^${name}\\{[^}]*\\} (\\d+)`, 'gm'))].reduce(
    (sum, match) => sum + Number(match[1]),
    0,
  );
}

export function round(value: number) {
  return Math.round(value * 100) / 100;
}
