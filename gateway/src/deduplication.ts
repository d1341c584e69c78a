import type { RemoteGraphQLDataSource } from '@apollo/gateway';

/**
 * Identical subgraph fetches in flight at once share one request and its answer, as Apollo Router
 * (`traffic_shaping … deduplicate_query`) and other Node gateways do: a dashboard's comparison asked
 * by twenty signed-in analysts at the same moment costs each region one request, not twenty.
 *
 * Only queries are shared, never mutations. Requests are identical when they go to the same URL with
 * the same body (operation and variables) and the same `authorization`, so that one caller never
 * receives another's answer; the request id differs for every request and is left out.
 */
type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;

/**
 * Apollo's data source writes the body as `{"query":"…", …}`, the query first; the gateway writes
 * its subgraph operations itself, so a query starts with `query` or `{`. A body of any other shape
 * is simply not shared.
 */
const QUERY_BODY = /^\{"query":"\s*(query\b|\{)/;

function keyOf(url: string, init: FetcherRequestInit | undefined): string | null {
  if (init?.method !== 'POST' || typeof init.body !== 'string' || !QUERY_BODY.test(init.body))
    return null;
  return JSON.stringify([url, init.headers?.authorization ?? null, init.body]);
}

export function deduplicating(fetcher: Fetcher, onShared: () => void): Fetcher {
  const inFlight = new Map<string, ReturnType<Fetcher>>();
  return async (url, init) => {
    const key = keyOf(url, init);
    if (!key) return fetcher(url, init);
    let answer = inFlight.get(key);
    if (answer) onShared();
    else {
      answer = fetcher(url, init);
      inFlight.set(key, answer);
      const forget = () => inFlight.delete(key);
      answer.then(forget, forget);
    }
    // Each caller reads an answer of its own (the subgraph's, read whole: subgraph-request.ts).
    return (await answer).clone();
  };
}
