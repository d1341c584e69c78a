import { createRemoteJWKSet, errors, type JWTVerifyGetKey } from 'jose';

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

/**
 * The keys of a JWKS endpoint, fetched and cached as jose does (5 s to answer, kept 10 minutes,
 * fetched again for an unknown key id at most every 30 s), whose failures are KeyServerUnavailable.
 */
export function remoteKeys(url: URL): JWTVerifyGetKey {
  const keys = createRemoteJWKSet(url);
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (error) {
      throw keyServerFailure(error) ? new KeyServerUnavailable(url.href, error) : error;
    }
  };
}
