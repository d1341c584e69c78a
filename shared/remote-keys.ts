import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwksCache,
  type ExportedJWKSCache,
  type JWKSCacheInput,
  type JWTVerifyGetKey,
} from 'jose';

/**
 * The key server of `JWT_JWKS_URL` failed: it could not be reached, did not answer in time, or
 * answered something other than a key set. Not the caller's token: a caller can only wait it out.
 */
export class KeyServerUnavailable extends Error {
  constructor(url: string, cause: unknown) {
    super(`The key server ${url} gave no key set: ${(cause as Error).message}`, { cause });
  }
}

/** jose's errors of fetching and reading a key set, as against those of a token's key. */
const keyServerFailure = (error: unknown) =>
  error instanceof TypeError || // fetch: refused, reset, DNS
  error instanceof errors.JWKSTimeout ||
  error instanceof errors.JWKSInvalid ||
  (error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC');

/** After a failed fetch, the key server is not asked again for this long. */
export const KEY_SERVER_RETRY_MS = 30_000;

/**
 * How long a set may be used past jose's 10 minutes while it cannot be renewed. A key taken out of
 * the set, to revoke it, is honoured at most this late during an outage of the key server; past
 * it, signed-in requests wait for the key server again, and are 503s while it fails.
 */
export const KEY_SET_MAX_STALE_MS = 60 * 60_000;

/** Where a key server's failure behind the requests is said: the process's log. */
export type KeyServerWarning = (message: string) => void;

/**
 * The keys of a JWKS endpoint, fetched and cached as jose does (5 s to answer, kept 10 minutes,
 * fetched again for an unknown key id at most every 30 s), whose failures are KeyServerUnavailable.
 *
 * Once a set is older than jose's 10 minutes, the set last fetched still answers at once (for up
 * to KEY_SET_MAX_STALE_MS), while a fetch behind the requests renews it: a key server that is slow
 * or down then delays no caller and refuses none whose key it served. (jose alone would make every
 * signed-in request wait for the key server, and fail with it.) A failed fetch is said in `warn`,
 * and for KEY_SERVER_RETRY_MS after it nothing asks the key server again: what only it could
 * answer (no set yet, a set too old, a key the set does not hold) is a 503 at once, so that no
 * caller, and no token naming made-up keys, makes the key server be asked once per request.
 */
export function remoteKeys(url: URL, warn: KeyServerWarning = () => {}): JWTVerifyGetKey {
  // jose writes each set it fetches, and when, into this object.
  const fetched: Partial<ExportedJWKSCache> = {};
  const remote = createRemoteJWKSet(url, { [jwksCache]: fetched as JWKSCacheInput });
  let lastSet: { fetchedAt: number; keys: JWTVerifyGetKey } | undefined;
  let failedAt: number | undefined;
  const unavailable = (error: unknown) => new KeyServerUnavailable(url.href, error);

  const lastFetched = () => {
    if (!fetched.jwks || fetched.uat === undefined) return undefined;
    if (lastSet?.fetchedAt !== fetched.uat)
      lastSet = { fetchedAt: fetched.uat, keys: createLocalJWKSet(fetched.jwks) };
    return lastSet;
  };
  // A clock set back makes an age negative: that is not "a moment ago".
  const within = (since: number | undefined, ms: number) => {
    const age = since === undefined ? Infinity : Date.now() - since;
    return age >= 0 && age < ms;
  };
  const renewBehind = (set: { fetchedAt: number }) => {
    if (remote.reloading || within(failedAt, KEY_SERVER_RETRY_MS)) return;
    remote.reload().catch((error: unknown) => {
      failedAt = Date.now();
      const fetchedAt = new Date(set.fetchedAt).toISOString();
      warn(
        `令牌公钥集无法更新，继续使用 ${fetchedAt} 取得的公钥集。The key set could not be renewed; the one fetched at ${fetchedAt} is still used. ${unavailable(error).message}`,
      );
    });
  };

  return async (header, token) => {
    const last = lastFetched();
    if (last && (remote.fresh || within(last.fetchedAt, KEY_SET_MAX_STALE_MS))) {
      if (!remote.fresh) renewBehind(last);
      try {
        return await last.keys(header, token);
      } catch (error) {
        if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
      }
    }
    if (within(failedAt, KEY_SERVER_RETRY_MS))
      throw unavailable(new Error(`it failed less than ${KEY_SERVER_RETRY_MS / 1000} s ago`));
    try {
      return await remote(header, token);
    } catch (error) {
      if (!keyServerFailure(error)) throw error;
      failedAt = Date.now();
      throw unavailable(error);
    }
  };
}
