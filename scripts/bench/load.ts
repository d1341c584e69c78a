import autocannon from 'autocannon';
import { StatusTally, type StatusLoadResult } from './status-tally.js';

export interface LoadResult {
  name: string;
  /** Answers received in all. */
  answers: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** The national list of institutions a signed-in analyst asks for, pages of `first`: the signed-in scenarios' body. */
export const comparisonBody = (first: number) =>
  JSON.stringify({
    query: `query Comparison { registries { code name institutions(first: ${first}) { totalCount edges { node { name } } } } }`,
  });

export interface HttpLoad {
  name: string;
  url: string;
  /** One body for every request, or several that the connections take in turn. */
  body: string | string[];
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  /**
   * Several bodies: each connection starts at a place of its own in the list, so that the
   * connections ask different bodies at the same moment. Otherwise every connection starts with the
   * first body and they go through the list together, each body asked by all at once.
   */
  staggered?: boolean;
}

/** Loads one endpoint with autocannon; an answer with GraphQL errors counts as an error too. */
export async function loadHttp({
  name,
  url,
  body,
  headers = {},
  connections,
  seconds,
  staggered = false,
}: HttpLoad): Promise<LoadResult> {
  let graphqlErrors = 0;
  const requests = Array.isArray(body)
    ? body.map((b) => ({ method: 'POST' as const, body: b }))
    : undefined;
  let connection = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    ...(requests ? { requests } : { body: body as string }),
    connections,
    duration: seconds,
    setupClient: (client) => {
      if (requests && staggered) {
        const start = Math.floor((connection++ * requests.length) / connections);
        client.setRequests(
          [...requests.slice(start), ...requests.slice(0, start)].map((request) => ({
            ...request,
          })),
        );
      }
      client.on('body', (raw: Buffer) => {
        if (raw.includes('"errors"')) graphqlErrors++;
      });
    },
  });
  return {
    name,
    answers: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}

/** The same shape of load on a function (the SQL floor): `connections` loops for `seconds`. */
export async function loadFunction(
  name: string,
  work: () => Promise<unknown>,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        try {
          await work();
          latencies.push(performance.now() - started);
        } catch {
          errors++;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 100) /
    100;
  return {
    name,
    answers: latencies.length,
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50: at(0.5),
    p99: at(0.99),
    errors,
  };
}

/**
 * Loads one endpoint as `loadHttp` does, and sorts the answers by status: answered (2xx without
 * GraphQL errors), refused (503), failed (anything else, or no answer). With autocannon, whose
 * clients cost the load generator far less than `fetch` does: at 200 connections `fetch` alone
 * kept the generator's event loop 136 ms late at the 99th percentile, which every latency measured
 * included.
 */
export async function loadByStatus({
  name,
  url,
  body,
  headers = {},
  connections,
  seconds,
}: HttpLoad): Promise<StatusLoadResult> {
  const tally = new StatusTally();
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    ...(Array.isArray(body)
      ? { requests: body.map((b) => ({ method: 'POST' as const, body: b })) }
      : { body }),
    connections,
    duration: seconds,
    timeout: 30,
    setupClient: (client) => {
      // A response's body comes before its 'response' event, in one or more chunks.
      let graphqlErrors = false;
      client.on('body', (raw: Buffer) => {
        if (raw.includes('"errors"')) graphqlErrors = true;
      });
      client.on('response', (status: number, _bytes: number, took: number) => {
        tally.answer(status, took, graphqlErrors);
        graphqlErrors = false;
      });
    },
  });
  // autocannon counts a timeout among its errors too.
  tally.failed(result.errors);
  return tally.result(name);
}
