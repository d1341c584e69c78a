import { isIP } from 'node:net';
import { Agent, Headers, fetch as undiciFetch, type Dispatcher } from 'undici';
import { inBoth } from '../../shared/bilingual.js';
import { ConfigError } from '../../shared/config.js';
import { readSettingFile } from '../../shared/tls.js';
import { subgraphNames } from '../../subgraphs/regions.js';

/**
 * How the gateway reaches its subgraphs across machines: HTTPS verified against `TLS_CA_FILE` (the
 * CA that signed the subgraphs' certificates) or, without it, Node's bundled root certificates;
 * with `TLS_CLIENT_CERT_FILE` and `TLS_CLIENT_KEY_FILE` it shows its own certificate (mutual TLS).
 * In production a plain `http://` URL to another machine is refused, since that hop carries the
 * subgraph's secret and every caller's token, unless `ALLOW_INSECURE_SUBGRAPHS=true` says the
 * network is private (one host's compose network, a service mesh that encrypts).
 */
export type Fetch = typeof globalThis.fetch;

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/** A subgraph's URL: given, `<NAME>_SUBGRAPH_URL`, or its usual one; a missing or malformed one is a configuration mistake. */
export function subgraphUrl(
  name: string,
  fallback: string | undefined,
  options: { env?: NodeJS.ProcessEnv; subgraphUrls?: Record<string, string> },
): string {
  const env = options.env ?? process.env;
  const url = options.subgraphUrls?.[name] ?? env[`${name.toUpperCase()}_SUBGRAPH_URL`] ?? fallback;
  const variable = `${name.toUpperCase()}_SUBGRAPH_URL`;
  if (!url)
    throw new ConfigError(
      inBoth({
        zh: `没有${subgraphNames(name).zh}的地址：请设置 ${variable}。`,
        en: `No URL for subgraph ${name}: set ${variable}.`,
      }),
    );
  if (!URL.canParse(url))
    throw new ConfigError(
      inBoth({
        zh: `${subgraphNames(name).zh}的地址“${url}”不是网址：${variable} 须形如 http://127.0.0.1:5012/graphql。`,
        en: `The ${name} subgraph's URL "${url}" is not a URL: give ${variable} as http://127.0.0.1:5012/graphql, say.`,
      }),
    );
  return url;
}

/** Throws when production would send a subgraph's secret and callers' tokens unencrypted off the machine. */
export function checkSubgraphUrl(name: string, url: string, env: NodeJS.ProcessEnv): void {
  const parsed = new URL(url);
  if (parsed.protocol === 'https:' || env.NODE_ENV !== 'production') return;
  if (isLoopback(parsed.hostname) || env.ALLOW_INSECURE_SUBGRAPHS === 'true') return;
  throw new ConfigError(
    inBoth({
      zh: `${subgraphNames(name).zh}的地址 ${url} 是发往另一台机器的明文 HTTP：请改用 https://（子图设置 TLS_CERT_FILE 和 TLS_KEY_FILE），或在网络本身为内网时设置 ALLOW_INSECURE_SUBGRAPHS=true。`,
      en: `The ${name} subgraph's URL ${url} is plain HTTP to another machine: use https:// (the subgraph with TLS_CERT_FILE and TLS_KEY_FILE), or set ALLOW_INSECURE_SUBGRAPHS=true where the network itself is private.`,
    }),
  );
}

/**
 * The connections the gateway calls subgraphs on. An answer larger than `maxAnswerBytes` is cut and
 * fails (`MAX_SUBGRAPH_ANSWER_BYTES`); with TLS settings, the connections trust `TLS_CA_FILE` and
 * show the client certificate. Queries go through it with `subgraphRequest` (subgraph-request.ts),
 * health and schema checks with `fetchThrough`.
 */
export function subgraphDispatcher(env: NodeJS.ProcessEnv, maxAnswerBytes: number): Dispatcher {
  const { TLS_CA_FILE: ca, TLS_CLIENT_CERT_FILE: cert, TLS_CLIENT_KEY_FILE: key } = env;
  if (Boolean(cert) !== Boolean(key))
    throw new ConfigError(
      inBoth({
        zh: '要用双向 TLS，须同时设置 TLS_CLIENT_CERT_FILE 和 TLS_CLIENT_KEY_FILE，或两者都不设置。',
        en: 'Set both TLS_CLIENT_CERT_FILE and TLS_CLIENT_KEY_FILE for mutual TLS, or neither.',
      }),
    );
  return new Agent({
    maxResponseSize: maxAnswerBytes,
    ...((ca || cert) && {
      connect: {
        ...(ca && { ca: readSettingFile(ca, 'TLS_CA_FILE') }),
        ...(cert &&
          key && {
            cert: readSettingFile(cert, 'TLS_CLIENT_CERT_FILE'),
            key: readSettingFile(key, 'TLS_CLIENT_KEY_FILE'),
          }),
        rejectUnauthorized: true,
      },
    }),
  });
}

/**
 * `fetch` on the subgraphs' connections. A redirect is an error, never followed: the request carries
 * the subgraph's secret, which must not go wherever a subgraph's answer points.
 */
export function fetchThrough(dispatcher: Dispatcher): Fetch {
  return (async (input: Parameters<Fetch>[0], init?: RequestInit) => {
    // fetch asks for gzip and deflate (Brotli over TLS) unless told otherwise and decompresses
    // what comes without a bound: MAX_SUBGRAPH_ANSWER_BYTES bounds only the bytes received. These
    // checks ask for none and refuse a compressed answer unread.
    const headers = new Headers(init?.headers as ConstructorParameters<typeof Headers>[0]);
    headers.set('accept-encoding', 'identity');
    const answer = await undiciFetch(input as string, {
      ...(init as Parameters<typeof undiciFetch>[1]),
      headers,
      redirect: 'error',
      dispatcher,
    });
    const encoding = answer.headers.get('content-encoding');
    if (encoding && encoding.trim().toLowerCase() !== 'identity') {
      await answer.body?.cancel();
      throw new Error(
        inBoth({
          zh: `子图的应答经过压缩（content-encoding ${encoding}），而请求时已要求不压缩。`,
          en: `The subgraph answered compressed (content-encoding ${encoding}), asked not to.`,
        }),
      );
    }
    return answer;
  }) as unknown as Fetch;
}
