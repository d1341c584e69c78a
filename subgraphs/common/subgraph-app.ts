import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type express from 'express';
import type { DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Caller } from '../../shared/auth.js';
import type { MessageInChinese } from '../../shared/bilingual.js';
import {
  createLogger,
  createMetrics,
  observabilityPlugin,
  type Metrics,
} from '../../shared/observability.js';
import { readConfig } from '../../shared/config.js';
import { cachePolicyPlugins } from './cache-policy.js';
import { subgraphErrorFormatter } from './postgres-errors.js';
import { subgraphRoutes, type RequestContext } from './subgraph-routes.js';
import { noApolloReporting } from '../../shared/apollo-reporting.js';

/** Resolvers keyed by type name, then field name, as `buildSubgraphSchema` takes them. */
export type ResolverMap = GraphQLResolverMap<unknown>;

/**
 * A subgraph's resolvers, each typed from the SDL in its own file (scripts/codegen.ts), as
 * `buildSubgraphSchema` takes them. Its map gives every resolver an `unknown` context and no field
 * that may be left out, while the generated types give the subgraph's own context and leave a field
 * out for the default resolver: the one conversion between the two is here.
 */
export function asResolverMap(resolvers: object): ResolverMap {
  return resolvers as ResolverMap;
}

export interface SubgraphAppOptions<Context extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: ResolverMap;
  db: DataSource;
  /** Builds the per-request context: who is calling, and a region's fresh DataLoaders. */
  context: (caller: Caller) => Context;
  /** Metrics of the subgraph's own, beside those every subgraph has (made here when not given). */
  metrics?: Metrics;
  /** The Chinese of its messages made in English, which another of its parts reads (see errors). */
  inChinese?: MessageInChinese;
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
  const schema = buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers });
  const { production } = readConfig();
  const logger = createLogger(options.name);
  const metrics = options.metrics ?? createMetrics(options.name);
  const server = new ApolloServer<RequestContext<Context>>({
    schema,
    // The launcher owns signals and shutdown order; inline traces would tell any caller how the subgraph works.
    stopOnTerminationSignals: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: subgraphErrorFormatter(options.name, options.inChinese),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ...noApolloReporting<RequestContext<Context>>(),
      ...cachePolicyPlugins<RequestContext<Context>>(),
      observabilityPlugin(logger, metrics),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await server.start();
  const app = subgraphRoutes({ ...options, metrics, server, logger });
  return { name: options.name, app, stop: () => server.stop() };
}
