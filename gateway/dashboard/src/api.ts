import type { TypedDocumentString } from './__generated__/graphql.js';

/**
 * The dashboard reads only the public GraphQL API, as any outside client would: queries go as GET
 * requests carrying only their persisted-query hash (cacheable by browsers, proxies and the
 * gateway) and the header that Apollo's CSRF prevention asks of GET requests. A hash the gateway
 * does not know yet is registered once with a POST.
 */
const endpoint = new URL('/graphql', window.location.href).href;
const hashes = new Map<string, string>();

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Tries of a request the gateway refuses as busy (503) before the page says it is busy. */
const BUSY_TRIES = 3;
/** The longest wait a `Retry-After` gets, whatever it asks. */
const LONGEST_WAIT_SECONDS = 30;

/**
 * A request the gateway refuses as busy (503) is asked again after the seconds its `Retry-After`
 * says, as the gateway asks of its callers: a page that asked again at once would only add to
 * the load that made it refuse.
 */
async function fetchPatiently(url: string, init: RequestInit): Promise<globalThis.Response> {
  for (let tried = 1; ; tried++) {
    const response = await fetch(url, init);
    if (response.status !== 503 || tried === BUSY_TRIES) return response;
    const seconds = Math.min(
      LONGEST_WAIT_SECONDS,
      Number(response.headers.get('retry-after')) || 1,
    );
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

interface Response<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function query<T, Variables>(
  document: TypedDocumentString<T, Variables>,
  variables: Variables,
): Promise<Response<T>> {
  const text = document.toString();
  const hash = hashes.get(text) ?? (await sha256(text));
  hashes.set(text, hash);
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  const url = `${endpoint}?variables=${encodeURIComponent(JSON.stringify(variables))}&extensions=${encodeURIComponent(JSON.stringify(extensions))}`;
  const byHash = (await (
    await fetchPatiently(url, { headers: { 'apollo-require-preflight': 'true' } })
  ).json()) as Response<T>;
  if (byHash.errors?.[0]?.extensions?.code !== 'PERSISTED_QUERY_NOT_FOUND') return byHash;
  const registered = await fetchPatiently(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text, variables, extensions }),
  });
  return (await registered.json()) as Response<T>;
}
