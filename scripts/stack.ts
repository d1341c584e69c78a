import { createGateway } from '../gateway/src/gateway.js';
import { listen, type Listening } from '../subgraphs/common/listen.js';
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

/**
 * The whole federation in one process: every subgraph on its own database, each listening on its
 * own port, and the gateway in front of them.
 */
export async function startStack({ databaseServerUrl, port, seed = true }: StackOptions): Promise<Stack> {
  const opened = await Promise.all(subgraphs.map((s) => openSubgraph(s.name, databaseServerUrl, { seed, poolSize: 5 })));
  const listening: Listening[] = [];
  const running = new Map<string, OpenSubgraph & { url: string }>();
  for (const subgraph of opened) {
    const info = subgraphs.find((s) => s.name === subgraph.name)!;
    const ownPort = port === 0 ? 0 : Number(process.env[`${info.name.toUpperCase()}_PORT`] ?? info.port);
    const server = await listen(subgraph.app.app, ownPort);
    listening.push(server);
    running.set(subgraph.name, { ...subgraph, url: server.url });
  }
  const gateway = await createGateway({
    subgraphUrls: Object.fromEntries([...running].map(([name, s]) => [name, s.url])),
  });
  const gatewayServer = await listen(gateway.app, port);
  return {
    gatewayUrl: gatewayServer.url,
    subgraphs: running,
    async stop() {
      await gatewayServer.close();
      await gateway.stop();
      await Promise.all(listening.map((l) => l.close()));
      await Promise.all(opened.map((s) => s.close()));
    },
  };
}
