import { GraphQLError } from 'graphql';
import { jwtVerify } from 'jose';
import { regions } from '../subgraphs/regions.js';
import { inBoth, type Bilingual } from './bilingual.js';
import { KeyServerUnavailable } from './remote-keys.js';
import { refusedInActor } from './text-hygiene.js';
import { anonymous, AUDIENCE, ISSUER, type AuthConfig, type Caller, type Role } from './auth.js';

/**
 * A request's token verified, and the caller it names (callerFrom): what jose checks, what it
 * leaves to the application, and why a token is refused, in both languages. Apart from what a
 * token is and how one is configured and issued (auth.ts), which the tools that issue tokens
 * read without verifying any.
 */

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
      : config.publicKey
        ? await jwtVerify(token, config.publicKey.key, {
            issuer: ISSUER,
            audience: AUDIENCE,
            algorithms: [config.publicKey.algorithm],
          })
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
 * characters of clean text on one line (any other JSON value, or a zero-width space, a terminal
 * escape or a forged second line, would reach the audit as it is), and `iat` is not in the future
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
    const found = refusedInActor(payload.sub);
    if (found)
      throw unauthenticated({
        zh: `令牌的主体（sub）含 ${found}（不可见字符、控制字符、私用字符或换行）：它会记入审计。`,
        en: `The token's subject (sub) holds ${found}, an invisible, control or private character or a line break: it is written to the audit.`,
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
