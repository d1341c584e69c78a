import { createHash } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { decodeJwt } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import type { KeyServerWarning } from '../../shared/remote-keys.js';
import { anonymous, authConfig, type AuthConfig, type Caller } from '../../shared/auth.js';
import { bearerToken, callerFrom } from '../../shared/token-verification.js';
import type { Metrics } from '../../shared/observability.js';

/** A verified token is trusted this long at most, so that a key taken out of a JWKS stops it soon. */
const REVERIFY_MS = 60_000;

/**
 * The keys the gateway verifies tokens with: the subgraphs' (`JWT_JWKS_URL`, `JWT_PUBLIC_KEY_FILE`
 * or `JWT_SECRET`), or
 * none. The deployment files never give the gateway the signing secret, which would let whoever
 * holds the gateway sign tokens; a gateway without either key refuses no token, and each subgraph
 * still verifies every token it is sent. Outside production the development secret stands in, as
 * for the subgraphs: `npm start` and `npm run token` need no key, and a token it does not verify
 * may be one a subgraph verifies with a key of its own, so it is passed on, not refused; unless
 * the subgraphs share the gateway's keys (`npm start`, which runs them all in one process).
 */
export function verifyingKeys(
  env: NodeJS.ProcessEnv,
  subgraphsShareKeys = false,
  warn?: KeyServerWarning,
): VerifyingKeys | null {
  const configured = Boolean(env.JWT_SECRET || env.JWT_JWKS_URL || env.JWT_PUBLIC_KEY_FILE);
  if (!configured && env.NODE_ENV === 'production') return null;
  return { keys: authConfig(env, warn), refuses: configured || subgraphsShareKeys };
}

export interface VerifyingKeys {
  keys: AuthConfig;
  /** Whether a token these keys do not verify is refused, or passed on to the subgraphs. */
  refuses: boolean;
}

/**
 * The caller of each request, read from its Authorization header with the same keys and checks as
 * the subgraphs (shared/auth.ts, shared/token-verification.ts), once per request, at the gateway. A
 * verified token is remembered until it expires (or a minute), under its hash: the header's
 * spelling (`bearer`, two spaces) makes no second entry, and a long token takes no more room than a
 * short one.
 */
export class Authenticator {
  readonly #verified = new LRUCache<string, { caller: Caller; until: number }>({ max: 10_000 });

  constructor(private readonly verifying: VerifyingKeys | null) {}

  /**
   * The caller; undefined for a token the gateway cannot vouch for (it has no keys, or only the
   * development secret). A refused token throws the refusal (`UNAUTHENTICATED`, or
   * `AUTH_UNAVAILABLE` when the key server is down).
   */
  async callerOf(authorization: string | undefined): Promise<Caller | undefined> {
    if (!authorization) return anonymous;
    if (!this.verifying) return undefined;
    const token = bearerToken(authorization);
    const key = token && createHash('sha256').update(token).digest('base64url');
    const known = key ? this.#verified.get(key) : undefined;
    if (known && known.until > Date.now()) return known.caller;
    let caller: Caller;
    try {
      caller = await callerFrom(authorization, this.verifying.keys);
    } catch (error) {
      if (this.verifying.refuses) throw error;
      return undefined;
    }
    this.#verified.set(key!, {
      caller,
      until: Math.min(Date.now() + REVERIFY_MS, expiryOf(token!)),
    });
    return caller;
  }
}

/**
 * Sets `res.locals.caller` for what follows (the class cache). A token the gateway refuses is
 * answered here, once, with the refusal's status (401, or 503 with `Retry-After`), as Apollo
 * Router's JWT authentication answers: sent on, it reached every subgraph the query touched, each
 * refused it, and the caller got HTTP 200 with one error per region and no data.
 */
export function authenticating(
  authenticator: Authenticator,
  logger: Logger,
  metrics: Metrics,
): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.caller = await authenticator.callerOf(req.get('authorization'));
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const code = String(error.extensions.code);
      // Counted as a request, as every answer with errors is: the body is not read before the
      // token, so its operation is not known.
      metrics.requests.inc({ operation: 'other', outcome: 'error' });
      metrics.errors.inc({ code });
      logger.warn({ requestId: res.locals.requestId, errors: [code] }, 'token refused');
      return refuse(res, error);
    }
    next();
  };
}

function refuse(res: Response, error: GraphQLError): void {
  const http = (error.extensions.http ?? { status: 401 }) as {
    status: number;
    headers?: Map<string, string>;
  };
  res.status(http.status);
  for (const [name, value] of http.headers ?? []) res.set(name, value);
  // RFC 6750: a refused bearer token says so, and which scheme the server takes.
  if (http.status === 401) res.set('www-authenticate', 'Bearer error="invalid_token"');
  res.json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
}

/** The token's `exp` in milliseconds (it was verified just before), or never. */
function expiryOf(token: string): number {
  const { exp } = decodeJwt(token);
  return typeof exp === 'number' ? exp * 1000 : Infinity;
}
