import { timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { regions } from '../subgraphs/regions.js';
import { inBoth, type Bilingual } from './bilingual.js';
import { wholeNumber } from './config.js';
import { KeyServerUnavailable, remoteKeys, type KeyServerWarning } from './remote-keys.js';

/**
 * Who is calling. Tokens are Bearer JWTs that the gateway forwards untouched; every subgraph
 * verifies them itself, so a subgraph never trusts a caller because the gateway let it through.
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
const MIN_SECRET_BYTES = 32;
/** The longest a token may still be valid for in production, unless `JWT_MAX_AGE` says otherwise: a day. */
const DEFAULT_MAX_AGE_SECONDS = 24 * 60 * 60;

export interface AuthConfig {
  secret?: Uint8Array;
  jwks?: JWTVerifyGetKey;
  /**
   * In production a token must carry `sub` and `exp`, and may not be valid for longer than this
   * from now: a token with no end, or one minted for years, is refused. Null outside production.
   */
  maxAgeSeconds: number | null;
}

function maxAge(env: NodeJS.ProcessEnv): number | null {
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
  const maxAgeSeconds = maxAge(env);
  if (env.JWT_JWKS_URL) return { jwks: remoteKeys(new URL(env.JWT_JWKS_URL), warn), maxAgeSeconds };
  if (env.JWT_SECRET) {
    const secret = new TextEncoder().encode(env.JWT_SECRET);
    if (secret.length < MIN_SECRET_BYTES) {
      throw new Error(
        `JWT_SECRET 只有 ${secret.length} 字节，至少须 ${MIN_SECRET_BYTES} 字节。JWT_SECRET is ${secret.length} bytes; use at least ${MIN_SECRET_BYTES} (node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))").`,
      );
    }
    return { secret, maxAgeSeconds };
  }
  if (env.NODE_ENV === 'production')
    throw new Error(
      '请设置 JWT_SECRET 或 JWT_JWKS_URL：生产环境没有默认的签名密钥。Set JWT_SECRET or JWT_JWKS_URL: production has no default signing key.',
    );
  return { secret: new TextEncoder().encode(DEVELOPMENT_SECRET), maxAgeSeconds };
}

const roles: Role[] = ['analyst', 'editor', 'admin'];
const regionCodes = new Set(regions.map((r) => r.code));

function unauthenticated(message: Bilingual): GraphQLError {
  return new GraphQLError(inBoth(message), {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/**
 * The key server is down: a 503 the caller may retry, not a 401 that blames its token. The answer
 * names the setting, not the server's address.
 */
function keysUnavailable(): GraphQLError {
  return new GraphQLError(
    inBoth({
      zh: '暂时无法验证令牌：取不到验证令牌的公钥（JWT_JWKS_URL），请稍后重试。',
      en: 'Tokens cannot be verified for now: the keys to verify them (JWT_JWKS_URL) cannot be fetched; retry in a moment.',
    }),
    {
      extensions: {
        code: 'AUTH_UNAVAILABLE',
        http: { status: 503, headers: new Map([['retry-after', '5']]) },
      },
    },
  );
}

export function forbidden(message: Bilingual): GraphQLError {
  return new GraphQLError(inBoth(message), { extensions: { code: 'FORBIDDEN' } });
}

/** Why jose refused a token, in Chinese; its own words follow in the English. */
function refusalZh(error: { code?: string; claim?: string }): string {
  switch (error.code) {
    case 'ERR_JWT_EXPIRED':
      return '令牌已过期';
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return '签名无效';
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return '签名算法不被接受';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return error.claim ? `声明 ${error.claim} 未通过校验` : '声明未通过校验';
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return '公钥集中没有与令牌相符的唯一公钥';
    default:
      return '令牌无法读取';
  }
}

/** The token of an Authorization header `Bearer <token>`; null when the header is another. */
export function bearerToken(authorization: string): string | null {
  return /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? null;
}

/** The caller of a request from its Authorization header; a bad token is an error, never anonymous. */
export async function callerFrom(
  authorization: string | undefined,
  config: AuthConfig,
): Promise<Caller> {
  if (!authorization) return anonymous;
  const token = bearerToken(authorization);
  if (!token)
    throw unauthenticated({
      zh: 'Authorization 请求头须为“Bearer <令牌>”。',
      en: 'The Authorization header must be "Bearer <token>".',
    });
  let payload;
  try {
    ({ payload } = config.jwks
      ? await jwtVerify(token, config.jwks, { issuer: ISSUER, audience: AUDIENCE })
      : await jwtVerify(token, config.secret!, {
          issuer: ISSUER,
          audience: AUDIENCE,
          algorithms: ['HS256'],
        }));
  } catch (error) {
    if (error instanceof KeyServerUnavailable) throw keysUnavailable();
    throw unauthenticated({
      zh: `令牌被拒绝：${refusalZh(error as { code?: string })}。`,
      en: `The token was refused: ${(error as Error).message}`,
    });
  }
  checkSubjectAndTimes(payload);
  if (config.maxAgeSeconds != null) {
    if (payload.sub === undefined)
      throw unauthenticated({
        zh: '令牌须写明其主体（sub）：每次写入都以它记入审计。',
        en: 'The token must name its subject (sub): every write is audited under it.',
      });
    if (payload.exp == null)
      throw unauthenticated({
        zh: '令牌须有过期时间（exp）。',
        en: 'The token must expire (exp).',
      });
    if (payload.exp - Date.now() / 1000 > config.maxAgeSeconds) {
      throw unauthenticated({
        zh: `令牌的有效期超过从现在起 ${config.maxAgeSeconds} 秒；请签发更早过期的令牌。`,
        en: `The token is valid for longer than ${config.maxAgeSeconds} seconds from now; issue one that expires sooner.`,
      });
    }
  }
  const role = payload.role as Role;
  if (!roles.includes(role))
    throw unauthenticated({
      zh: `令牌的角色须为 ${roles.join('、')} 之一。`,
      en: `The token's role must be one of ${roles.join(', ')}.`,
    });
  const region = payload.region === undefined ? null : payload.region;
  if (region !== null && !regionCodes.has(region as string)) {
    throw unauthenticated({
      zh: `令牌的地区须为联邦的地区代码（${[...regionCodes].join('、')}）。`,
      en: `The token's region must be a region code of the federation (${[...regionCodes].join(', ')}).`,
    });
  }
  if (role === 'editor' && !region)
    throw unauthenticated({
      zh: '编辑令牌须写明其地区。',
      en: 'An editor token must name its region.',
    });
  return { subject: payload.sub ?? 'unknown', role, region: region as string | null };
}

/** The longest a subject may be: it is written to the audit of every write. */
const MAX_SUBJECT_LENGTH = 256;
/** How far a token's issuing time may lie ahead of this server's clock: clocks drift a little. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * What jose leaves to the application: `sub`, when given, is a non-empty string of at most 256
 * characters (any other JSON value would reach the audit as it is), and `iat` is not in the future
 * beyond a small skew (a token "issued" in ten years is forged or from a broken clock). jose itself
 * refuses an `exp` in the past and a `nbf` in the future.
 */
function checkSubjectAndTimes(payload: { sub?: unknown; iat?: unknown }): void {
  if (payload.sub !== undefined) {
    if (typeof payload.sub !== 'string' || payload.sub.trim() === '')
      throw unauthenticated({
        zh: '令牌的主体（sub）须为非空字符串。',
        en: "The token's subject (sub) must be a non-empty string.",
      });
    if (payload.sub.length > MAX_SUBJECT_LENGTH)
      throw unauthenticated({
        zh: `令牌的主体（sub）长 ${payload.sub.length} 个字符；最多允许 ${MAX_SUBJECT_LENGTH} 个。`,
        en: `The token's subject (sub) is ${payload.sub.length} characters long; at most ${MAX_SUBJECT_LENGTH} are allowed.`,
      });
  }
  if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS)
    throw unauthenticated({
      zh: '令牌的签发时间（iat）在未来；请检查签发方的时钟。',
      en: "The token's issuing time (iat) is in the future; check the clock of whoever issued it.",
    });
}

export interface TokenClaims {
  subject: string;
  role: Role;
  region?: string;
  expiresIn?: string;
}

/** Signs a token with the configured secret (or the development one): for `npm run token` and tests. */
export function issueToken(
  { subject, role, region, expiresIn = '12h' }: TokenClaims,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const { secret } = authConfig(env);
  if (!secret)
    throw new Error(
      '只能用 JWT_SECRET（或开发环境的密钥）签发令牌，公钥集（JWKS）不能签发。Tokens can only be issued with JWT_SECRET (or the development secret), not from a JWKS.',
    );
  return new SignJWT({ role, ...(region ? { region } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secret);
}

/** The header by which the gateway proves itself to a subgraph. */
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

/**
 * The secret a request to an operators' route (`/metrics`) shows: in the gateway's header, or as a
 * bearer token, as Prometheus sends its `authorization`.
 */
export function operatorSecretOf(header: (name: string) => string | undefined): string | undefined {
  return header(GATEWAY_SECRET_HEADER) ?? bearerToken(header('authorization') ?? '') ?? undefined;
}

/**
 * On a subgraph's answer to the gateway: how many writes the request committed. The gateway's
 * response cache is emptied by a committed write only, never by a mutation that wrote nothing.
 */
export const COMMITTED_WRITES_HEADER = 'x-committed-writes';

/** `<NAME>_GATEWAY_SECRET`: the secret the gateway and one subgraph share. Required in production. */
export function gatewaySecret(
  subgraph: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const secret = env[`${subgraph.toUpperCase()}_GATEWAY_SECRET`];
  // Mutual TLS stands in for the secret: a subgraph's TLS_CLIENT_CA_FILE, the gateway's TLS_CLIENT_CERT_FILE.
  const mutualTls = Boolean(env.TLS_CLIENT_CA_FILE || env.TLS_CLIENT_CERT_FILE);
  if (!secret && !mutualTls && env.NODE_ENV === 'production') {
    throw new Error(
      `请设置 ${subgraph.toUpperCase()}_GATEWAY_SECRET（或双向 TLS：子图设 TLS_CLIENT_CA_FILE，网关设 TLS_CLIENT_CERT_FILE）：生产环境中子图只为网关提供服务。Set ${subgraph.toUpperCase()}_GATEWAY_SECRET (or mutual TLS: TLS_CLIENT_CA_FILE on the subgraph, TLS_CLIENT_CERT_FILE on the gateway): in production a subgraph serves only the gateway.`,
    );
  }
  return secret || undefined;
}

export function secretMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
