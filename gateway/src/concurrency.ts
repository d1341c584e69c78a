import type { RequestListener, ServerResponse } from 'node:http';
import type express from 'express';
import { Counter, Gauge, type Registry } from 'prom-client';
import { wholeNumber } from '../../shared/config.js';
import { REQUEST_ID_HEADER, requestIdOf } from '../../shared/observability.js';

/**
 * `MAX_CONCURRENT_REQUESTS` (16) and `MAX_QUEUED_REQUESTS` (32): on 2 cores, with the subgraphs beside it, 16
 * places answered as many requests as 32 with a third of the p99 and half the event-loop delay
 * (BENCHMARKS.md, Overload).
 */
export function concurrencyFromEnv(env: NodeJS.ProcessEnv): ConcurrencyLimits {
  return {
    maxConcurrent: wholeNumber(env, 'MAX_CONCURRENT_REQUESTS', { fallback: 16, min: 1 }),
    maxQueued: wholeNumber(env, 'MAX_QUEUED_REQUESTS', { fallback: 32, min: 1 }),
  };
}

export interface ConcurrencyLimits {
  /** Requests the process works on at once. */
  maxConcurrent: number;
  /** Requests that may wait for one of those places; any more are refused at once. */
  maxQueued: number;
}

/**
 * A concurrency limit per process, as Apollo Router's and any load shedder's: at most
 * `maxConcurrent` GraphQL requests run at once and `maxQueued` more wait in order; beyond that a
 * request is answered at once with 503 and `Retry-After`, without parsing its body, rather than
 * waiting behind hundreds of others until every answer comes too late. Written here because the
 * libraries found (p-limit, p-queue, express-rate-limit) either queue without bound or limit a
 * rate per client, not the work in flight; this is a counter and a queue.
 */
export function concurrencyLimit(
  { maxConcurrent, maxQueued }: ConcurrencyLimits,
  registry: Registry,
): ConcurrencyLimit {
  let running = 0;
  const waiting: (() => void)[] = [];
  const gauge = (name: string, help: string, value: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(value());
      },
    });
  gauge('gateway_requests_running', 'GraphQL requests being answered now', () => running);
  gauge('gateway_requests_queued', 'GraphQL requests waiting for a place', () => waiting.length);
  // Counted where it is refused (here, or before Express in refusingWhenFull): what an operator
  // alerts on, since the gauges show a full gateway only while it is full.
  const refusals = new Counter({
    name: 'gateway_requests_refused_total',
    help: 'GraphQL requests refused with 503 because every place and the queue were taken',
    registers: [registry],
  });

  const start = (res: express.Response, next: express.NextFunction) => {
    running += 1;
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      running -= 1;
      waiting.shift()?.();
    };
    // Whether the answer was sent or the caller went away, the place is given to the next.
    res.once('finish', done);
    res.once('close', done);
    next();
  };
  return {
    full: () => running >= maxConcurrent && waiting.length >= maxQueued,
    refused: () => refusals.inc(),
    middleware(req, res, next) {
      if (running < maxConcurrent) return start(res, next);
      if (waiting.length >= maxQueued) {
        refusals.inc();
        return refuse(res, res.locals.requestId as string);
      }
      const admit = () => start(res, next);
      waiting.push(admit);
      // A caller that leaves while waiting gives up its place in the queue.
      res.once('close', () => {
        const index = waiting.indexOf(admit);
        if (index >= 0) waiting.splice(index, 1);
      });
    },
  };
}

export interface ConcurrencyLimit {
  /** Every place taken and the queue full: the next request is refused. */
  full(): boolean;
  /** Counts a request refused outside the middleware (refusingWhenFull). */
  refused(): void;
  /** Admits, queues or refuses each request of the routes it is mounted on. */
  middleware: express.RequestHandler;
}

/**
 * `app`, with the refusals of a full gateway answered before it: when the storm is on, a refusal
 * that went through Express's router and the CORS and request-id middleware cost the loop as much
 * as the work it protects. Requests from a browser page (an `Origin` header) and preflights still
 * go through Express, whose CORS middleware lets the page read its refusal; the limit's middleware
 * refuses them there.
 */
export function refusingWhenFull(
  limit: ConcurrencyLimit,
  path: string,
  app: RequestListener,
): RequestListener {
  const limited = (url = '') =>
    url.startsWith(path) && (url.length === path.length || '/?'.includes(url[path.length]!));
  return (req, res) => {
    if (limit.full() && limited(req.url) && req.method !== 'OPTIONS' && !req.headers.origin) {
      limit.refused();
      return refuse(res, requestIdOf(req));
    }
    return app(req, res);
  };
}

/**
 * Written whole, without Express's serializing and ETag: a refusal costs the loop next to nothing
 * (the overload bench's floor server refuses with it too).
 */
export function refuse(res: ServerResponse, requestId: string): void {
  res.writeHead(503, { ...REFUSAL_HEADERS, [REQUEST_ID_HEADER]: requestId }).end(REFUSAL);
}

const REFUSAL = Buffer.from(
  JSON.stringify({
    errors: [
      {
        message: '网关繁忙，请一秒后重试。The gateway is busy; retry in a second.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      },
    ],
  }),
);
const REFUSAL_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'content-length': REFUSAL.length,
  'retry-after': '1',
};
