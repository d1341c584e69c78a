import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { gatewaySecret, GATEWAY_SECRET_HEADER } from '../../shared/gateway-headers.js';
import { noApolloReporting } from '../../shared/apollo-reporting.js';
import { bodyErrors, unknownAddress } from '../../shared/http-answers.js';
import { metricsSecret } from '../../shared/metrics-secret.js';
import { ConfigError, onOrOff, wholeNumber } from '../../shared/config.js';
import {
  createLogger,
  createMetrics,
  metricsEndpoint,
  observabilityPlugin,
  REQUEST_ID_HEADER,
  requestIdOf,
} from '../../shared/observability.js';
import { inBoth } from '../../shared/bilingual.js';
import { subgraphs } from '../../subgraphs/regions.js';
import { createCache } from './cache.js';
import { createClassCache } from './class-cache/index.js';
import { askedLanguage, dashboard, homePage, ide } from './browser-apps.js';
import { callerMistakes } from './caller-mistakes.js';
import { cacheQuotas } from './cache-quotas.js';
import { Authenticator, authenticating, verifyingKeys } from './authentication.js';
import { concurrencyFromEnv, concurrencyLimit, refusingWhenFull } from './concurrency.js';
import { maxQueryLength, queryLengthLimit } from './query-length.js';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { maskError } from './errors.js';
import { inChineseToo } from './messages-zh.js';
import { armor } from './armor.js';
import { costLimitPlugin } from './cost-limit.js';
import { limitsFromEnv } from './limits.js';
import { readiness } from './readiness.js';
import { regionErrorPaths } from './region-error-paths.js';
import { SubgraphSource, type GatewayContext } from './subgraph-source.js';
import { schemaVerifier } from './schema-check.js';
import { subgraphRequest } from './subgraph-request.js';
import {
  checkSubgraphUrl,
  fetchThrough,
  subgraphDispatcher,
  subgraphUrl,
} from './subgraph-transport.js';

/** Room for hundreds of persisted queries of the longest length allowed (MAX_QUERY_LENGTH). */
const PERSISTED_QUERY_BYTES = 16 * 1024 * 1024;

export const supergraphFile = new URL('../../schema/supergraph.graphql', import.meta.url);

export interface GatewayOptions {
  /** Subgraph name → URL. Missing names fall back to `<NAME>_SUBGRAPH_URL`, then to the supergraph's URL. */
  subgraphUrls?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  /**
   * The subgraphs verify tokens with this gateway's keys, the development secret too: they run in
   * its process with its environment, as `npm start` runs them. A token it refuses, they refuse.
   */
  subgraphsShareKeys?: boolean;
}

/**
 * `<NAME>_SUBGRAPH_TIMEOUT_MS`: one subgraph's own timeout, as Apollo Router's per-subgraph
 * `timeout`, for a region known to be slower; otherwise `SUBGRAPH_TIMEOUT_MS`.
 */
export function subgraphTimeoutMs(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  return wholeNumber(env, `${name.toUpperCase()}_SUBGRAPH_TIMEOUT_MS`, {
    fallback,
    min: 1,
    unit: 'milliseconds',
  });
}

/**
 * Apollo's gateway, unless `APOLLO_TELEMETRY_DISABLED` is set, probes the metadata services of four
 * clouds (169.254.169.254, 100.100.100.200, metadata.google.internal) when it is built and sends
 * usage metrics to usage-reporting.api.apollographql.com every minute. A registry's gateway talks to
 * its subgraphs and its cache and to nothing else, so it is turned off here; the library reads only
 * `process.env`, when the gateway is constructed.
 */
function stopApolloDataCollection(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

/**
 * The gateway's HTTP application, built but not listening. The supergraph comes from the committed
 * file, never from introspecting the subgraphs, so a subgraph that is down at boot cannot stop it.
 */
export async function createGateway(options: GatewayOptions = {}) {
  const env = options.env ?? process.env;
  const production = env.NODE_ENV === 'production';
  const limits = limitsFromEnv(env);
  const scraperSecret = metricsSecret(env);
  const logger = createLogger('gateway', env);
  const metrics = createMetrics('gateway', { processMetrics: true });
  const urls = new Map<string, string>();
  const dispatcher = subgraphDispatcher(env, limits.maxSubgraphAnswerBytes);
  const transport = fetchThrough(dispatcher);
  const supergraphSdl = readFileSync(supergraphFile, 'utf8');
  const schemaCheck = schemaVerifier(supergraphSdl, env, transport, (message) =>
    logger.warn(message),
  );
  const limit = armor(limits, production);
  const keys = verifyingKeys(env, options.subgraphsShareKeys, (message) => logger.warn(message));
  if (!keys)
    logger.warn(
      '网关没有验证令牌的密钥（JWT_JWKS_URL 或 JWT_PUBLIC_KEY_FILE）：令牌原样转给各子图，由它们验证；已登录调用者的应答不缓存。The gateway has no keys to verify tokens with (JWT_JWKS_URL or JWT_PUBLIC_KEY_FILE): it passes tokens on to the subgraphs, which verify them, and caches no answer of a signed-in caller.',
    );
  const gatewayCache = createCache(env, logger, metrics);
  const quotas = cacheQuotas(env, metrics.registry);
  const classCache = await createClassCache(
    env,
    gatewayCache,
    metrics,
    subgraphs.map((s) => s.name),
    quotas.mayKeep,
  );
  const deduplicate = onOrOff(env, 'SUBGRAPH_DEDUPLICATION', true);
  stopApolloDataCollection();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      urls.set(name, subgraphUrl(name, url, options));
      checkSubgraphUrl(name, urls.get(name)!, env);
      const secret = gatewaySecret(name, env);
      return new SubgraphSource({
        fetch: subgraphRequest(dispatcher, limits.maxSubgraphAnswerBytes),
        verifySchema: schemaCheck(
          name,
          urls.get(name)!,
          secret ? { [GATEWAY_SECRET_HEADER]: secret } : {},
        ),
        name,
        url: urls.get(name)!,
        secret,
        timeoutMs: subgraphTimeoutMs(name, limits.subgraphTimeoutMs, env),
        maxAnswerBytes: limits.maxSubgraphAnswerBytes,
        metrics,
        deduplicate,
        fetches: classCache?.fetches,
      });
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    // Whole responses (and the write generations) only. Persisted queries have a cache of their own,
    // in this process, so that registering queries never evicts cached answers nor the other way
    // round; a client whose hash another replica does not know sends the query again (APQ).
    cache: gatewayCache.cache,
    persistedQueries: { cache: new InMemoryLRUCache<string>({ maxSize: PERSISTED_QUERY_BYTES }) },
    stopOnTerminationSignals: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: limit.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    // Masked in production first, so that the Chinese said is of what the caller gets.
    formatError: (formatted) => inChineseToo(production ? maskError(formatted) : formatted),
    plugins: [
      ...noApolloReporting<GatewayContext>(),
      callerMistakes(),
      ...limit.plugins,
      costLimitPlugin(limits.maxCost, limits.maxMeasureCells),
      quotas.persistedQueries,
      observabilityPlugin(logger, metrics, env),
      regionErrorPaths(),
      // Last, so that it stores the answer as every other plugin left it.
      ...(classCache ? [classCache.plugin] : []),
      // A browser opening /graphql gets the links to the offline IDE, not Apollo Sandbox from a CDN.
      production
        ? ApolloServerPluginLandingPageDisabled()
        : {
            serverWillStart: async () => ({
              renderLandingPage: async () => ({ html: homePage(null) }),
            }),
          },
    ],
  });
  await server.start();

  const concurrency = concurrencyLimit(concurrencyFromEnv(env), metrics.registry);
  const app = express();
  app.disable('x-powered-by');
  // The only ETags the gateway sends are the class cache's, whose 304 touches no subgraph. Express's
  // own (a hash of whatever body is sent) turned a GET the class cache had not kept into a 304 after
  // the whole pipeline and every subgraph had run, and hashed every answer, cache hits included.
  // The dashboard's files keep theirs (express.static sets its own).
  app.set('etag', false);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get(
    '/ready',
    readiness(
      urls,
      subgraphs.map((s) => s.name),
      env,
      transport,
      gatewayCache.status,
    ),
  );
  app.get('/metrics', metricsEndpoint(metrics, scraperSecret, production));
  app.use('/dashboard', dashboard());
  // The IDE and the page that leads to it and the dashboard are for development: production serves neither.
  if (!production) {
    app.use('/ide', ide());
    app.get('/', (req, res) => res.type('html').send(homePage(askedLanguage(req.query.lang))));
  }
  app.use(
    '/graphql',
    // Browsers on the origins listed in CORS_ORIGINS may call the API; no other origin, by default none.
    cors({
      origin: corsOrigins(env),
      credentials: false,
      maxAge: 600,
      // Headers a page must read to act: when to ask again (a full gateway, a key server down),
      // why its token was refused, and the id to quote. Browsers hide all but a safelisted few.
      exposedHeaders: ['retry-after', 'www-authenticate', REQUEST_ID_HEADER],
    }),
    (req, res, next) => {
      res.locals.requestId = requestIdOf(req);
      res.set(REQUEST_ID_HEADER, res.locals.requestId);
      next();
    },
    concurrency.middleware,
    authenticating(new Authenticator(keys), logger, metrics),
    express.json({ limit: limits.maxBodyBytes }),
    queryLengthLimit(maxQueryLength(env)),
    ...(classCache ? [classCache.middleware] : []),
    expressMiddleware(server, {
      context: async ({ req, res }) => ({
        requestId: res.locals.requestId as string,
        authorization: req.get('authorization'),
        callerAddress: req.ip ?? 'unknown',
        ...classCache?.context(req, res),
      }),
    }),
  );
  app.use(unknownAddress({ zh: '网关', en: 'gateway' }, servedByGateway(production)));
  app.use(bodyErrors('MAX_BODY_BYTES'));
  return {
    app: refusingWhenFull(concurrency, '/graphql', app),
    limits,
    async stop() {
      await server.stop();
      await gatewayCache.close();
    },
  };
}

/** What the gateway serves, as a person would open or call it. */
function servedByGateway(production: boolean): string[] {
  return production
    ? ['/graphql', '/dashboard/', '/health', '/ready', '/metrics']
    : ['/', '/graphql', '/dashboard/', '/ide/', '/health', '/ready', '/metrics'];
}

/** `CORS_ORIGINS`: origins allowed to call the API from a browser, separated by commas (`https://dash.example.org`). */
function corsOrigins(env: NodeJS.ProcessEnv): string[] {
  const origins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      throw new ConfigError(
        inBoth({
          zh: `环境变量 CORS_ORIGINS 有误：其中的“${origin}”不是来源；请写成 https://dash.example.org 这样的来源，以逗号分隔。`,
          en: `CORS_ORIGINS holds "${origin}": give origins such as https://dash.example.org, separated by commas.`,
        }),
      );
  }
  return origins;
}
