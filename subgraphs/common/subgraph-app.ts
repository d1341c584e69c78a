import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express from 'express';
import type { DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';

/** Resolvers keyed by type name, then field name, as `buildSubgraphSchema` takes them. */
export type ResolverMap = Record<string, Record<string, unknown>>;

export interface SubgraphAppOptions<Context extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: ResolverMap;
  db: DataSource;
  /** Builds the per-request context: fresh DataLoaders for every request. */
  context: (request: express.Request) => Context;
}

export interface SubgraphApp {
  name: string;
  app: express.Express;
  /** Stops the GraphQL server; the caller owns the database. */
  stop(): Promise<void>;
}

/**
 * A subgraph's HTTP application, built but not listening, so that tests and the launcher decide
 * where it runs.
 */
export async function createSubgraphApp<Context extends BaseContext>(
  options: SubgraphAppOptions<Context>,
): Promise<SubgraphApp> {
  const schema = buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers as never });
  const server = new ApolloServer<Context>({
    schema,
    // The launcher owns signals and shutdown order; inline traces would tell any caller how the subgraph works.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', subgraph: options.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await options.db.query('SELECT 1');
      res.json({ status: 'ready', subgraph: options.name });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', subgraph: options.name, reason: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(server, { context: async ({ req }) => options.context(req) }),
  );
  return { name: options.name, app, stop: () => server.stop() };
}
