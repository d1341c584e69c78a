import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { fetchPatiently } from '../../../shared/patient-fetch.js';
import type { TypedDocumentString } from './__generated__/graphql.js';

/**
 * The dashboard reads only the public GraphQL API, as any outside client would: queries go as GET
 * requests carrying only their persisted-query hash (cacheable by browsers, proxies and the
 * gateway) and the header that Apollo's CSRF prevention asks of GET requests. A hash the gateway
 * does not know yet is registered once with a POST.
 */
const endpoint = new URL('/graphql', window.location.href).href;
const hashes = new Map<string, string>();

/**
 * A query's persisted-query hash, computed in the page rather than by the browser's `crypto.subtle`,
 * which browsers give only to secure pages (HTTPS, or localhost): a dashboard opened over plain HTTP
 * by a host's name or address, as a deployment on a local network is, had none, and never loaded.
 */
const sha256Hex = (text: string): string => bytesToHex(sha256(new TextEncoder().encode(text)));

/** A GraphQL answer; an error of a subgraph names it (`serviceName`), as the gateway keeps it. */
export interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; serviceName?: string } }[];
}

/**
 * How long an answer may take before the page gives up on it: the gateway answers in well under a
 * second when it answers, and a request hanging on a dead proxy must not hold the next refresh.
 */
const ANSWER_TIMEOUT_MS = 30_000;

/** The code of an answer that never came as GraphQL: no connection, a timeout, a proxy's HTML page. */
export const UNREACHABLE = 'GATEWAY_UNREACHABLE';

/**
 * A persisted query's answer, or, when the gateway could not be reached or did not answer in
 * GraphQL, an error of code `UNREACHABLE`: the page says so and keeps what it shows.
 */
export async function query<T, Variables>(
  document: TypedDocumentString<T, Variables>,
  variables: Variables,
): Promise<Answer<T>> {
  try {
    return await ask(document, variables);
  } catch (error) {
    if (!unreachable(error)) throw error;
    return { errors: [{ message: String(error), extensions: { code: UNREACHABLE } }] };
  }
}

/**
 * Whether an error is the gateway's not answering in GraphQL: no connection (fetch's TypeError), no
 * answer in time (a timeout's DOMException), or a page that is not JSON (a proxy's error page).
 * Anything else is the page's own fault and is not said to be the gateway's.
 */
const unreachable = (error: unknown) =>
  error instanceof TypeError ||
  error instanceof SyntaxError ||
  (error instanceof DOMException && ['TimeoutError', 'AbortError'].includes(error.name));

async function ask<T, Variables>(
  document: TypedDocumentString<T, Variables>,
  variables: Variables,
): Promise<Answer<T>> {
  const text = document.toString();
  const hash = hashes.get(text) ?? sha256Hex(text);
  hashes.set(text, hash);
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  const url = `${endpoint}?variables=${encodeURIComponent(JSON.stringify(variables))}&extensions=${encodeURIComponent(JSON.stringify(extensions))}`;
  const byHash = (await (
    await fetchPatiently(
      url,
      { headers: { 'apollo-require-preflight': 'true' } },
      { attemptTimeoutMs: ANSWER_TIMEOUT_MS },
    )
  ).json()) as Answer<T>;
  if (byHash.errors?.[0]?.extensions?.code !== 'PERSISTED_QUERY_NOT_FOUND') return byHash;
  const registered = await fetchPatiently(
    endpoint,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text, variables, extensions }),
    },
    { attemptTimeoutMs: ANSWER_TIMEOUT_MS },
  );
  return (await registered.json()) as Answer<T>;
}
