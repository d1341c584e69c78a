import type { ApolloServer, BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { authConfig, type Caller } from '../../shared/auth.js';
import {
  gatewaySecret,
  GATEWAY_SECRET_HEADER,
  secretMatches,
} from '../../shared/gateway-headers.js';
import { metricsSecret } from '../../shared/metrics-secret.js';
import { callerFrom } from '../../shared/token-verification.js';
import {
  metricsEndpoint,
  REQUEST_ID_HEADER,
  requestIdOf,
  type Metrics,
} from '../../shared/observability.js';
import { inBoth } from '../../shared/bilingual.js';
import { readConfig } from '../../shared/config.js';
import { bodyErrors, unknownAddress } from '../../shared/http-answers.js';
import { fromCertifiedGateway } from '../../shared/tls.js';

/** The per-request context a subgraph's GraphQL server receives: its own, and who is calling. */
export type RequestContext<Context extends BaseContext> = Context & {
  requestId: string;
  signedIn: boolean;
};

/** The largest body a subgraph reads: the gateway's requests, whose own callers are limited far below it. */
const BODY_LIMIT = '1mb';

/**
 * A subgraph's HTTP routes: `/health` and `/ready` for the orchestrator, `/metrics` for the
 * scraper (METRICS_SECRET), `/graphql` for the gateway alone.
 */
export function subgraphRoutes<Context extends BaseContext>(options: {
  name: string;
  db: DataSource;
  metrics: Metrics;
  logger: Logger;
  server: ApolloServer<RequestContext<Context>>;
  context: (caller: Caller) => Context;
}): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', subgraph: options.name });
  });
  const secret = gatewaySecret(options.name);
  // Mutual TLS (TLS_CLIENT_CA_FILE) proves the gateway by its certificate, instead of or beside the secret.
  const { mutualTls, production } = readConfig();
  const fromGateway = (req: express.Request, given: string | undefined) =>
    (!secret && !mutualTls) ||
    (mutualTls && fromCertifiedGateway(req)) ||
    (secret !== undefined && secretMatches(given, secret));
  // The scraper's own secret, as on the gateway; the gateway's opens /graphql, not this.
  app.get('/metrics', metricsEndpoint(options.metrics, metricsSecret(), production));
  app.get('/ready', async (req, res) => {
    // Probes show no secret; the gateway shows its own, and one this subgraph does not accept means
    // that nothing the gateway asks will be answered: not ready for it, said as such.
    const shown = req.get(GATEWAY_SECRET_HEADER);
    if (shown !== undefined && !fromGateway(req, shown)) {
      res.status(403).json({
        status: 'refused',
        subgraph: options.name,
        reason: inBoth({
          zh: `网关出示的密钥与本子图的 ${options.name.toUpperCase()}_GATEWAY_SECRET 不符：网关的请求都会被拒绝，请让两边的密钥一致。`,
          en: `the gateway secret does not match: set the same ${options.name.toUpperCase()}_GATEWAY_SECRET on both sides.`,
        }),
      });
      return;
    }
    try {
      await options.db.query('SELECT 1');
      res.json({ status: 'ready', subgraph: options.name });
    } catch (error) {
      res.status(503).json({
        status: 'unavailable',
        subgraph: options.name,
        reason: inBoth({
          zh: '无法连接数据库：请检查数据库是否在运行，以及本子图的数据库地址。',
          en: "database unreachable: check that the database runs, and the subgraph's database URL.",
        }),
      });
    }
  });
  const auth = authConfig(process.env, (message) => options.logger.warn(message));
  app.use(
    '/graphql',
    // With a secret configured (always in production), only the gateway may call: nobody else can
    // reach `_entities` or `_service`, or skip the gateway's limits.
    (req, res, next) => {
      if (fromGateway(req, req.get(GATEWAY_SECRET_HEADER))) return next();
      res.status(403).json({
        errors: [
          {
            message: '此子图只为网关提供服务。This subgraph serves only the gateway.',
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      });
    },
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(options.server, {
      context: async ({ req, res }) => {
        const requestId = requestIdOf(req);
        res.set(REQUEST_ID_HEADER, requestId);
        const caller = await callerFrom(req.get('authorization'), auth);
        return { ...options.context(caller), requestId, signedIn: caller.role !== null };
      },
    }),
  );
  app.use(
    unknownAddress({ zh: '子图', en: 'subgraph' }, ['/graphql', '/health', '/ready', '/metrics']),
  );
  app.use(bodyErrors(BODY_LIMIT));
  return app;
}
