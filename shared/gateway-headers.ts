import { ConfigError } from './config.js';
import { timingSafeEqual } from 'node:crypto';
import { MIN_SECRET_BYTES } from './auth.js';

/**
 * What the gateway and a subgraph tell each other in headers: the secret by which the gateway
 * proves itself to a subgraph, and, in a subgraph's answer, the writes a request committed. Apart
 * from the callers' tokens (auth.ts), which the gateway forwards untouched; the scraper's secret is
 * metrics-secret.ts's.
 */

/** The header by which the gateway proves itself to a subgraph. */
export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

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
    throw new ConfigError(
      `请设置 ${subgraph.toUpperCase()}_GATEWAY_SECRET（或双向 TLS：子图设 TLS_CLIENT_CA_FILE，网关设 TLS_CLIENT_CERT_FILE）：生产环境中子图只为网关提供服务。Set ${subgraph.toUpperCase()}_GATEWAY_SECRET (or mutual TLS: TLS_CLIENT_CA_FILE on the subgraph, TLS_CLIENT_CERT_FILE on the gateway): in production a subgraph serves only the gateway.`,
    );
  }
  if (secret && env.NODE_ENV === 'production')
    refuseWeakSecret(subgraph.toUpperCase(), secret, env);
  return secret || undefined;
}

/**
 * A production gateway secret shorter than an HS256 key (MIN_SECRET_BYTES), which whoever reaches
 * the subgraph could guess, or that is `JWT_SECRET` (then whoever holds the gateway could sign
 * tokens, and whoever holds a token key could pass as the gateway), is refused before the service
 * starts, with what to do.
 */
function refuseWeakSecret(name: string, secret: string, env: NodeJS.ProcessEnv): void {
  const bytes = Buffer.byteLength(secret);
  if (bytes < MIN_SECRET_BYTES)
    throw new ConfigError(
      `${name}_GATEWAY_SECRET 只有 ${bytes} 字节，至少须 ${MIN_SECRET_BYTES} 字节。${name}_GATEWAY_SECRET is ${bytes} bytes; use at least ${MIN_SECRET_BYTES} (node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))").`,
    );
  if (secret === env.JWT_SECRET)
    throw new ConfigError(
      `${name}_GATEWAY_SECRET 与 JWT_SECRET 相同：二者须各不相同，否则持有网关者可签发令牌。${name}_GATEWAY_SECRET is JWT_SECRET: give each its own, or whoever holds the gateway could sign tokens.`,
    );
}

export function secretMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
