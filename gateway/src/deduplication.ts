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

interface Answer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer;
}

function keyOf(url: string, init: FetcherRequestInit | undefined): string | null {
  if (init?.method !== 'POST' || typeof init.body !== 'string') return null;
  const { query } = JSON.parse(init.body) as { query?: unknown };
  // The gateway writes its subgraph operations itself: a query starts with `query` or `{`.
  if (typeof query !== 'string' || !/^\s*(query\b|\{)/.test(query)) return null;
  return JSON.stringify([url, new Headers(init.headers).get('authorization'), init.body]);
}

export function deduplicating(fetcher: Fetcher, onShared: () => void): Fetcher {
  const inFlight = new Map<string, Promise<Answer>>();
  return async (url, init) => {
    const key = keyOf(url, init);
    if (!key) return fetcher(url, init);
    let answer = inFlight.get(key);
    if (answer) onShared();
    else {
      answer = fetcher(url, init).then(async (response) => ({
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        body: await response.arrayBuffer(),
      }));
      inFlight.set(key, answer);
      // Shared while in flight only: the next identical request, once this one is answered, asks again.
      const forget = () => inFlight.delete(key);
      answer.then(forget, forget);
    }
    const { body, ...rest } = await answer;
    return new Response(body.slice(0), rest);
  };
}
