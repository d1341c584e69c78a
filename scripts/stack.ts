import { createGateway } from '../gateway/src/gateway.js';
import { listen, type Listening } from '../shared/listen.js';
import { readConfig } from '../shared/config.js';
import { openSubgraph, type OpenSubgraph } from '../subgraphs/open.js';
import { subgraphs } from '../subgraphs/regions.js';

export interface Stack {
  gatewayUrl: string;
  subgraphs: Map<string, OpenSubgraph & { url: string }>;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Server URL that holds one database per subgraph. */
  databaseServerUrl: string;
  /** Gateway port; 0 picks a free one, and then every subgraph gets a free one too. */
  port: number;
  seed?: boolean;
}

interface RunningSubgraphs {
  subgraphs: Map<string, OpenSubgraph & { url: string }>;
  stop(): Promise<void>;
}

/** Every subgraph on its own database, each listening on its own port (0: a free one each). */
async function startSubgraphs({
  databaseServerUrl,
  port,
  seed = true,
  poolSize = 5,
}: StackOptions & { poolSize?: number }): Promise<RunningSubgraphs> {
  const opened = await Promise.all(
    subgraphs.map((s) => openSubgraph(s.name, databaseServerUrl, { seed, poolSize })),
  );
  const listening: Listening[] = [];
  const running = new Map<string, OpenSubgraph & { url: string }>();
  const config = readConfig();
  for (const subgraph of opened) {
    const info = subgraphs.find((s) => s.name === subgraph.name)!;
    const ownPort = port === 0 ? 0 : (config.subgraphPort(info.name) ?? info.port);
    const server = await listen(subgraph.app.app, ownPort);
    listening.push(server);
    running.set(subgraph.name, { ...subgraph, url: server.url });
  }
  return {
    subgraphs: running,
    async stop() {
      await Promise.all(listening.map((l) => l.close()));
      await Promise.all(opened.map((s) => s.close()));
    },
  };
}

/**
 * Every subgraph's database created, migrated and seeded, once: what the workers of a `WORKERS=N`
 * stack then open without seeding, so that no two of them seed at the same time.
 */
export async function prepareDatabases(databaseServerUrl: string): Promise<void> {
  await Promise.all(
    subgraphs.map(async (subgraph) => {
      const opened = await openSubgraph(subgraph.name, databaseServerUrl, {
        seed: true,
        poolSize: 1,
      });
      await opened.close();
    }),
  );
}

/**
 * The whole federation in one process: every subgraph on its own database, each listening on its
 * own port, and the gateway in front of them.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const running = await startSubgraphs(options);
  const gateway = await createGateway({
    subgraphUrls: Object.fromEntries([...running.subgraphs].map(([name, s]) => [name, s.url])),
    subgraphsShareKeys: true,
  });
  const gatewayServer = await listen(gateway.app, options.port);
  return {
    gatewayUrl: gatewayServer.url,
    subgraphs: running.subgraphs,
    async stop() {
      await gatewayServer.close();
      await gateway.stop();
      await running.stop();
    },
  };
}
