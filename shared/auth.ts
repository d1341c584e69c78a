import { GraphQLError } from 'graphql';
import { SignJWT, type JWTVerifyGetKey } from 'jose';
import { keyPairFile, type SigningKey } from './key-files.js';
import { inBoth, type Bilingual } from './bilingual.js';
import { ConfigError, wholeNumber } from './config.js';
import { remoteKeys, type KeyServerWarning } from './remote-keys.js';

/**
 * Who is calling. Tokens are Bearer JWTs that the gateway forwards untouched; every subgraph
 * verifies them itself (token-verification.ts), so a subgraph never trusts a caller because the
 * gateway let it through.
 */
export type Role = 'analyst' | 'editor' | 'admin';

export interface Caller {
  /** The token's subject, recorded in the audit; `anonymous` without a token. */
  subject: string;
  role: Role | null;
  /** For editors, the one region they may write. */
  region: string | null;
}

export const anonymous: Caller = { subject: 'anonymous', role: null, region: null };

export const ISSUER = 'social-work-registry';
export const AUDIENCE = 'social-work-registry';

/**
 * Outside production a fixed development secret stands in, so that `npm start` and `npm run token`
 * work with no configuration; production refuses to start without a configured key.
 */
const DEVELOPMENT_SECRET = 'development-only-secret-never-use-in-production';

/** HS256 wants a key at least as long as its hash: 256 bits. */
export const MIN_SECRET_BYTES = 32;
/** The longest a token may still be valid for in production, unless `JWT_MAX_AGE` says otherwise: a day. */
const DEFAULT_MAX_AGE_SECONDS = 24 * 60 * 60;

export interface AuthConfig {
  secret?: Uint8Array;
  jwks?: JWTVerifyGetKey;
  /**
   * A public key that verifies tokens and cannot sign one (`JWT_PUBLIC_KEY_FILE`), with the one
   * algorithm its private key signs with: what a region's own host holds, rather than a shared
   * secret with which it could sign another region's editor's token, or an admin's.
   */
  publicKey?: SigningKey;
  /**
   * In production a token must carry `sub` and `exp`, and may not be valid for longer than this
   * from now: a token with no end, or one minted for years, is refused. Null outside production.
   */
  maxAgeSeconds: number | null;
}

/** The longest a token may be valid for here, in seconds; null outside production. */
export function tokenMaxAgeSeconds(env: NodeJS.ProcessEnv): number | null {
  if (env.NODE_ENV !== 'production') return null;
  return wholeNumber(env, 'JWT_MAX_AGE', {
    fallback: DEFAULT_MAX_AGE_SECONDS,
    min: 1,
    unit: 'seconds',
  });
}

/** `warn` says where the key server of JWT_JWKS_URL failed behind the requests (remote-keys.ts). */
export function authConfig(
  env: NodeJS.ProcessEnv = process.env,
  warn?: KeyServerWarning,
): AuthConfig {
  const maxAgeSeconds = tokenMaxAgeSeconds(env);
  if (env.JWT_JWKS_URL) return { jwks: remoteKeys(new URL(env.JWT_JWKS_URL), warn), maxAgeSeconds };
  if (env.JWT_PUBLIC_KEY_FILE)
    return { publicKey: keyPairFile(env, 'JWT_PUBLIC_KEY_FILE'), maxAgeSeconds };
  if (env.JWT_SECRET) {
    // Printed in this file for anyone to read: with it, anyone could sign an admin's token.
    if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEVELOPMENT_SECRET)
      throw new ConfigError(
        'JWT_SECRET 是公开的开发用密钥，任何人都能用它签发令牌：生产环境请另设密钥。JWT_SECRET is the public development secret, with which anyone can sign a token: set a secret of your own in production.',
      );
    const secret = new TextEncoder().encode(env.JWT_SECRET);
    if (secret.length < MIN_SECRET_BYTES) {
      throw new ConfigError(
        `JWT_SECRET 只有 ${secret.length} 字节，至少须 ${MIN_SECRET_BYTES} 字节。JWT_SECRET is ${secret.length} bytes; use at least ${MIN_SECRET_BYTES} (node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))").`,
      );
    }
    return { secret, maxAgeSeconds };
  }
  if (env.NODE_ENV === 'production')
    throw new ConfigError(
      '请设置 JWT_SECRET、JWT_PUBLIC_KEY_FILE 或 JWT_JWKS_URL：生产环境没有默认的签名密钥。Set JWT_SECRET, JWT_PUBLIC_KEY_FILE or JWT_JWKS_URL: production has no default signing key.',
    );
  return { secret: new TextEncoder().encode(DEVELOPMENT_SECRET), maxAgeSeconds };
}

export function forbidden(message: Bilingual): GraphQLError {
  return new GraphQLError(inBoth(message), { extensions: { code: 'FORBIDDEN' } });
}

export interface TokenClaims {
  subject: string;
  role: Role;
  region?: string;
  expiresIn?: string;
}

/**
 * Signs a token with the private key of `JWT_PRIVATE_KEY_FILE`, else the configured secret (or the
 * development one): for `npm run token` and tests.
 */
export async function issueToken(
  { subject, role, region, expiresIn = '12h' }: TokenClaims,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  if (!env.JWT_PRIVATE_KEY_FILE && !env.JWT_SECRET && env.NODE_ENV === 'production')
    throw new Error(
      '签发令牌须设置 JWT_PRIVATE_KEY_FILE（私钥）或 JWT_SECRET：生产环境没有默认的签名密钥。To issue a token, set JWT_PRIVATE_KEY_FILE (a private key) or JWT_SECRET: production has no default signing key.',
    );
  const { key, algorithm } = env.JWT_PRIVATE_KEY_FILE
    ? keyPairFile(env, 'JWT_PRIVATE_KEY_FILE')
    : { key: authConfig(env).secret, algorithm: 'HS256' };
  if (!key)
    throw new Error(
      '只能用 JWT_PRIVATE_KEY_FILE 的私钥或 JWT_SECRET（或开发环境的密钥）签发令牌，公钥或公钥集（JWKS）不能签发。Tokens can only be issued with the private key of JWT_PRIVATE_KEY_FILE or JWT_SECRET (or the development secret), not with a public key or a JWKS.',
    );
  return new SignJWT({ role, ...(region ? { region } : {}) })
    .setProtectedHeader({ alg: algorithm })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}
