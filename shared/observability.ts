import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type express from 'express';
import pino, { type Logger } from 'pino';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { secretMatches } from './gateway-headers.js';
import { bearerToken } from './token-verification.js';
import { knownOperationNames, operationLabeller } from './operation-labels.js';
import { oneOf, readConfig } from './config.js';

/**
 * Structured logs and Prometheus metrics, the same on the gateway and on every subgraph. A request
 * id comes in with the request (or is made here), goes back in the response header, is forwarded by
 * the gateway to the subgraphs, and is in every log line, so one query can be followed across them.
 */

export const REQUEST_ID_HEADER = 'x-request-id';

/** pino's levels, as `LOG_LEVEL` takes them. */
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function createLogger(service: string, env: NodeJS.ProcessEnv = process.env): Logger {
  return pino({ level: oneOf(env, 'LOG_LEVEL', logLevels, 'info'), base: { service } });
}

/** The caller's request id when it is a sensible one, otherwise a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[A-Za-z0-9._-]{8,100}$/.test(given) ? given : randomUUID();
}

export interface Metrics {
  registry: Registry;
  requests: Counter<'operation' | 'outcome'>;
  duration: Histogram<'operation'>;
  errors: Counter<'code'>;
  subgraphFetches: Histogram<'subgraph' | 'outcome'>;
  /** Subgraph fetches answered by an identical one in flight (see gateway/src/deduplication.ts). */
  subgraphFetchesDeduplicated: Counter<'subgraph'>;
}

export function createMetrics(service: string, { processMetrics = false } = {}): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  // Process metrics (memory, event loop) once per process: on the gateway, or a subgraph run alone.
  if (processMetrics) collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests by operation and outcome',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL request latency by operation',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors by code',
      labelNames: ['code'],
      registers: [registry],
    }),
    subgraphFetches: new Histogram({
      name: 'subgraph_fetch_duration_seconds',
      help: 'Gateway fetches to each subgraph, by outcome',
      labelNames: ['subgraph', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    subgraphFetchesDeduplicated: new Counter({
      name: 'subgraph_fetches_deduplicated_total',
      help: 'Subgraph fetches that shared an identical fetch in flight instead of sending their own',
      labelNames: ['subgraph'],
      registers: [registry],
    }),
  };
}

/**
 * `/metrics` of the gateway and of every subgraph, for the operators' side only: with a metrics
 * secret (shared/metrics-secret.ts), a scraper shows it as a bearer token (Prometheus
 * `authorization`). In production without one the metrics are served to nobody (they name
 * operations, subgraphs and error codes). No gateway secret nor gateway certificate opens them: the
 * gateway reads no metrics, and a scraper that still sent a gateway secret would keep holding a
 * credential to a subgraph's `/graphql` unnoticed; refused, its operator is told what to send.
 */
export function metricsEndpoint(
  metrics: Metrics,
  secret: string | undefined,
  production: boolean,
): express.RequestHandler {
  return async (req, res) => {
    const given = bearerToken(req.get('authorization') ?? '') ?? undefined;
    const open = !secret && !production;
    if (!open && !(secret && secretMatches(given, secret))) {
      res
        .status(403)
        .type('text/plain')
        .send(
          '指标仅凭 METRICS_SECRET（作为 bearer 令牌）提供。Metrics are served with METRICS_SECRET only (as a bearer token).\n',
        );
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

export interface ObservedContext extends BaseContext {
  requestId: string;
}

/** Logs one line per GraphQL request and counts it. */
export function observabilityPlugin<C extends ObservedContext>(
  logger: Logger,
  metrics: Metrics,
  env: NodeJS.ProcessEnv = process.env,
): ApolloServerPlugin<C> {
  const operationLabel = operationLabeller(knownOperationNames(env));
  const { production } = readConfig(env);
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ request, errors, response, operationName }) {
          const seconds = (performance.now() - started) / 1000;
          const operation = operationLabel(operationName ?? request.operationName);
          // The codes the caller got, once formatted: a database outage is DATABASE_UNAVAILABLE
          // there, where the error raised (PostgreSQL's, with no code of ours) would count as an
          // internal error, and an alert on those would fire at every outage.
          const answered =
            response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const codes = (answered ?? errors ?? []).map((e) =>
            String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          );
          const unique = [...new Set(codes)];
          metrics.requests.inc({ operation, outcome: unique.length ? 'error' : 'ok' });
          metrics.duration.observe({ operation }, seconds);
          for (const code of unique) metrics.errors.inc({ code });
          const line = {
            requestId: contextValue.requestId,
            operation,
            ms: Math.round(seconds * 1000),
            errors: unique,
          };
          if (
            unique.some(
              (code) =>
                code === 'INTERNAL_SERVER_ERROR' ||
                code.startsWith('SUBGRAPH') ||
                code === 'DATABASE_UNAVAILABLE',
            )
          ) {
            // Each message once: a region's database away fails every field of it with one.
            logger.error(
              { ...line, messages: [...new Set((errors ?? []).map((e) => e.message))] },
              'request failed',
            );
          } else {
            // An access log is for operators: in development it would bury the output of `npm start`
            // and of the tools that start subgraphs (LOG_LEVEL=debug shows it).
            logger[production ? 'info' : 'debug'](line, 'request');
          }
        },
      };
    },
  };
}
