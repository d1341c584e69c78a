import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import express from 'express';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { DataSource } from 'typeorm';
import {
  authConfig,
  callerFrom,
  COMMITTED_WRITES_HEADER,
  gatewaySecret,
  GATEWAY_SECRET_HEADER,
  secretMatches,
  type Caller,
} from '../../shared/auth.js';
import {
  createLogger,
  createMetrics,
  metricsEndpoint,
  observabilityPlugin,
  REQUEST_ID_HEADER,
  requestIdOf,
  type Metrics,
} from '../../shared/observability.js';
import { fromCertifiedGateway } from '../../shared/tls.js';
import { readConfig } from '../../shared/config.js';

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
  /** Builds the per-request context: fresh DataLoaders for every request, and who is calling. */
  context: (caller: Caller) => Context;
  /** Metrics of the subgraph's own, beside those every subgraph has (made here when not given). */
  metrics?: Metrics;
}

/** What a context counts of the writes its request committed (see COMMITTED_WRITES_HEADER). */
export interface WriteTally {
  committedWrites: number;
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
  const { production, mutualTls } = readConfig();
  const logger = createLogger(options.name);
  const metrics = options.metrics ?? createMetrics(options.name);
  const server = new ApolloServer<Context & { requestId: string; signedIn: boolean }>({
    schema,
    // The launcher owns signals and shutdown order; inline traces would tell any caller how the subgraph works.
    stopOnTerminationSignals: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: subgraphErrorFormatter(options.name),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // Every answer may be cached this long (the gateway's response cache follows the header);
      // writes are not pushed to caches, so this is how stale a dashboard may be.
      ApolloServerPluginCacheControl({ defaultMaxAge: cacheMaxAge() }),
      {
        // Only answers to anonymous queries are public: a signed-in caller's answer may hold records
        // or personal data that no shared cache may keep, and a write's answer is never reused.
        async requestDidStart() {
          return {
            async didResolveOperation({ operation, overallCachePolicy, contextValue }) {
              if (operation?.operation !== 'query' || contextValue.signedIn)
                overallCachePolicy.restrict({ maxAge: 0 });
            },
            async willSendResponse({ contextValue, response }) {
              const { committedWrites } = contextValue as Partial<WriteTally>;
              if (committedWrites)
                response.http.headers.set(COMMITTED_WRITES_HEADER, String(committedWrites));
            },
          };
        },
      },
      observabilityPlugin(logger, metrics),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', subgraph: options.name });
  });
  const secret = gatewaySecret(options.name);
  // Mutual TLS (TLS_CLIENT_CA_FILE) proves the gateway by its certificate, instead of or beside the secret.
  const fromGateway = (req: express.Request, given: string | undefined) =>
    (!secret && !mutualTls) ||
    (mutualTls && fromCertifiedGateway(req)) ||
    (secret !== undefined && secretMatches(given, secret));
  // Like /graphql, the metrics are for the operators' side only: with a secret configured (always in
  // production), a scraper shows it as a bearer token (Prometheus `authorization`) or the gateway's header.
  app.get(
    '/metrics',
    (req, res, next) => {
      const given =
        req.get(GATEWAY_SECRET_HEADER) ??
        /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
      if (fromGateway(req, given)) return next();
      res
        .status(403)
        .type('text/plain')
        .send("Metrics are served with the subgraph's secret only.\n");
    },
    // The guard above has checked the caller (by secret or certificate): the endpoint only serves.
    metricsEndpoint(metrics, undefined, '', false),
  );
  app.get('/ready', async (_req, res) => {
    try {
      await options.db.query('SELECT 1');
      res.json({ status: 'ready', subgraph: options.name });
    } catch (error) {
      res
        .status(503)
        .json({ status: 'unavailable', subgraph: options.name, reason: 'database unreachable' });
    }
  });
  const auth = authConfig();
  app.use(
    '/graphql',
    // With a secret configured (always in production), only the gateway may call: nobody else can
    // reach `_entities` or `_service`, or skip the gateway's limits.
    (req, res, next) => {
      if (fromGateway(req, req.get(GATEWAY_SECRET_HEADER))) return next();
      res.status(403).json({
        errors: [
          {
            message: 'This subgraph serves only the gateway.',
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      });
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const requestId = requestIdOf(req);
        res.set(REQUEST_ID_HEADER, requestId);
        const caller = await callerFrom(req.get('authorization'), auth);
        return { ...options.context(caller), requestId, signedIn: caller.role !== null };
      },
    }),
  );
  return { name: options.name, app, stop: () => server.stop() };
}

/**
 * Errors of pg and of the pool when the database cannot be reached: the socket's (refused, reset,
 * timed out), SQLSTATE class 08 (connection exceptions), the server shutting down or starting
 * (57P01–57P03), refusing connections to this database (55000), too many connections (53300), and
 * the database gone (3D000). Each is an outage the caller can only wait out, never their mistake.
 */
const unreachableSocket = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
const unreachableSqlStates = new Set(['57P01', '57P02', '57P03', '55000', '53300', '3D000']);
const isUnreachable = (code: string) =>
  unreachableSocket.has(code) || unreachableSqlStates.has(code) || /^08[0-9A-Z]{3}$/.test(code);

/**
 * Values PostgreSQL refuses (SQLSTATE class 22: text that is no number or time, a number out of
 * range, a character no text may hold). Every argument is checked before it reaches the database;
 * should one slip through, it is still the caller's value, not the registry's fault.
 */
const refusedValues = new Set(['22001', '22003', '22007', '22008', '22021', '22P02', '22P05']);

/**
 * While the database is down or restarting, a request fails with DATABASE_UNAVAILABLE and a message
 * a caller can act on; the pool reconnects by itself once the database is back. A value the
 * database refuses is the caller's BAD_USER_INPUT.
 */
export function subgraphErrorFormatter(name: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as { code?: string; message?: string } | undefined;
    if (original && refusedValues.has(String(original.code))) {
      return {
        message: `A value of this request cannot be read by the ${name} registry (${original.message}); check the arguments of this field.`,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', serviceName: name },
      };
    }
    const lost =
      original &&
      (isUnreachable(String(original.code)) ||
        /Connection terminated|connect ECONNREFUSED|terminating connection/.test(
          original.message ?? '',
        ));
    if (!lost) return formatted;
    return {
      message: `The ${name} registry's database is unavailable; retry in a moment.`,
      path: formatted.path,
      extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: name },
    };
  };
}

/** `CACHE_MAX_AGE` seconds, 30 by default; 0 turns caching off. */
function cacheMaxAge(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CACHE_MAX_AGE ?? 30);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`CACHE_MAX_AGE must be a whole number of seconds, not "${env.CACHE_MAX_AGE}"`);
  return value;
}
