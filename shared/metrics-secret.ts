import { ConfigError } from './config.js';
import { MIN_SECRET_BYTES } from './auth.js';

/**
 * `METRICS_SECRET`: the bearer token a scraper (Prometheus) shows for `/metrics` of the gateway and
 * of every subgraph, and that opens nothing else. A subgraph's `/metrics` used to take its gateway
 * secret, which also opens its `/graphql`: a scraper had to hold a credential with which it could
 * query the registry past the gateway's limits. Unset, `/metrics` is open outside production and
 * closed to everybody in production.
 */
export function metricsSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const secret = env.METRICS_SECRET || undefined;
  if (secret && env.NODE_ENV === 'production') refuseWeakMetricsSecret(secret, env);
  return secret;
}

/**
 * A production metrics secret shorter than an HS256 key (MIN_SECRET_BYTES), which whoever reaches
 * `/metrics` could guess, or that is another secret of this process (then whoever scrapes could
 * also sign tokens or call a subgraph's `/graphql`, and the secret's holder need not be the
 * scraper), is refused before the service starts, naming the variable.
 */
function refuseWeakMetricsSecret(secret: string, env: NodeJS.ProcessEnv): void {
  const bytes = Buffer.byteLength(secret);
  if (bytes < MIN_SECRET_BYTES)
    throw new ConfigError(
      `METRICS_SECRET 只有 ${bytes} 字节，至少须 ${MIN_SECRET_BYTES} 字节。METRICS_SECRET is ${bytes} bytes; use at least ${MIN_SECRET_BYTES} (node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))").`,
    );
  const reused = Object.keys(env)
    .filter((name) => name === 'JWT_SECRET' || name.endsWith('_GATEWAY_SECRET'))
    .sort()
    .find((name) => env[name] === secret);
  if (reused)
    throw new ConfigError(
      reused === 'JWT_SECRET'
        ? 'METRICS_SECRET 与 JWT_SECRET 相同：二者须各不相同，否则抓取指标者可签发令牌。METRICS_SECRET is JWT_SECRET: give each its own, or whoever scrapes the metrics could sign tokens.'
        : `METRICS_SECRET 与 ${reused} 相同：二者须各不相同，否则抓取指标者可绕过网关查询子图。METRICS_SECRET is ${reused}: give each its own, or whoever scrapes the metrics could query the subgraph past the gateway.`,
    );
}
