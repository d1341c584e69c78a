import { createHash } from 'node:crypto';
import autocannon from 'autocannon';
import { fetchWithin } from './fetch-within.js';
import type { LoadResult } from './load.js';

/**
 * The 304 path of the scenario `gateways`: a dashboard's persisted GET, revalidated with the ETag of
 * the answer it holds, which the class cache answers without asking a subgraph.
 */
/** A dashboard's persisted query, registered, and its GET with the ETag of the answer it got. */
export async function dashboardRevalidation(
  url: string,
  headers: Record<string, string>,
): Promise<{ getUrl: string; headers: Record<string, string> }> {
  const query =
    'query Dashboard { registries { code name institutions(first: 20) { totalCount } } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const asked = {
    ...headers,
    'content-type': 'application/json',
    'apollo-require-preflight': 'true',
  };
  await fetchWithin(url, {
    method: 'POST',
    headers: asked,
    body: JSON.stringify({ query, extensions }),
  });
  const getUrl = `${url}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`;
  const etag = (await fetchWithin(getUrl, { headers: asked })).headers.get('etag');
  if (!etag)
    throw new Error('持久化查询的 GET 应答没有 ETag。The persisted GET came without an ETag.');
  return { getUrl, headers: { ...asked, 'if-none-match': etag } };
}

/** The dashboard's GET revalidated: every request sends the ETag of the answer it holds. */
export async function notModified(
  url: string,
  { getUrl, headers }: { getUrl: string; headers: Record<string, string> },
  seconds: number,
  connections: number,
): Promise<LoadResult> {
  const answeredByCache = await notModifiedByCache(url);
  const result = await autocannon({
    url: getUrl,
    headers,
    connections,
    duration: seconds,
  });
  const notModifiedCount = result.statusCodeStats?.['304']?.count ?? 0;
  return {
    name: 'GET, If-None-Match → 304',
    answers: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Every answer must be a 304 of the class cache's, which asks no subgraph: anything else is an
    // error here, a 304 made after the pipeline too (as Express's own ETags once did).
    errors:
      result.errors +
      result.timeouts +
      (result.requests.total - notModifiedCount) +
      Math.max(0, notModifiedCount - ((await notModifiedByCache(url)) - answeredByCache)),
  };
}

/** The 304s the class cache has sent so far, from the gateway's /metrics. */
async function notModifiedByCache(graphqlUrl: string): Promise<number> {
  const text = await fetchWithin(graphqlUrl.replace('/graphql', '/metrics')).then((r) => r.text());
  return Number(
    /^class_cache_answers_total\{[^}]*outcome="not-modified"[^}]*\} (\d+)/m.exec(text)?.[1] ?? 0,
  );
}
