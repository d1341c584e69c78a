import type express from 'express';
import { gatewaySecret, GATEWAY_SECRET_HEADER } from '../../shared/gateway-headers.js';
import type { Fetch } from './subgraph-transport.js';

/**
 * `/ready`: which subgraphs the gateway can reach now, from each subgraph's own `/ready` (which
 * checks its database, and refuses a gateway whose secret it does not accept: `refused`). 200 when all are ready; 503 with the list when any is not, though the
 * gateway still serves what the others answer. `cache` says where cached entries live now (`redis`
 * with its circuit `closed`, or `open` while the in-memory cache stands in for it).
 */
export function readiness(
  urls: Map<string, string>,
  names: string[],
  env: NodeJS.ProcessEnv,
  fetch: Fetch,
  cacheStatus: () => object,
): express.RequestHandler {
  return async (_req, res) => {
    const checks = await Promise.all(
      names.map(async (name) => {
        const url = urls.get(name);
        if (!url) return [name, 'unknown'] as const;
        const secret = gatewaySecret(name, env);
        try {
          const response = await fetch(url.replace(/\/graphql$/, '/ready'), {
            headers: secret ? { [GATEWAY_SECRET_HEADER]: secret } : {},
            signal: AbortSignal.timeout(2000),
          });
          // Refused: the subgraph does not accept this gateway's secret (<NAME>_GATEWAY_SECRET).
          if (response.status === 403) return [name, 'refused'] as const;
          return [name, response.ok ? 'ready' : 'unavailable'] as const;
        } catch {
          return [name, 'unreachable'] as const;
        }
      }),
    );
    const subgraphs = Object.fromEntries(checks);
    const ready = checks.every(([, status]) => status === 'ready');
    // The cache's state is said but does not make the gateway unready: every replica shares one
    // Redis, so a 503 for it would take all of them out of a load balancer while each still serves.
    res
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'degraded', subgraphs, cache: cacheStatus() });
  };
}
