import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, type Registry } from 'prom-client';
import { quotasFromEnv } from './caller-quota.js';
import type { CacheQuota } from './class-cache/context.js';
import type { GatewayContext } from './subgraph-source.js';

/**
 * What each caller may add to the gateway's shared caches (caller-quota.ts): new persisted queries
 * and new cached answers, each at its own rate per minute. Past it, the request is answered as any
 * other and what it would have added is not kept, counted in `cache_entries_not_kept_total`.
 */
export function cacheQuotas(env: NodeJS.ProcessEnv, registry: Registry) {
  const quotas = quotasFromEnv(env);
  const notKept = new Counter({
    name: 'cache_entries_not_kept_total',
    help: 'Persisted queries and answers not kept because their caller was past their rate per minute',
    labelNames: ['cache'],
    registers: [registry],
  });
  /**
   * Apollo Server stores a registration right after `didResolveOperation`; one past the quota is
   * not stored, and the client sends the query in full again next time, as the protocol provides
   * for a hash the server does not know.
   */
  const persistedQueries: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ metrics, contextValue }) {
          if (!metrics.persistedQueryRegister) return;
          if (quotas.persistedQueries.take(contextValue.callerAddress)) return;
          metrics.persistedQueryRegister = false;
          notKept.inc({ cache: 'persisted_queries' });
        },
      };
    },
  };
  /**
   * Asked right before the class cache stores an answer or a subgraph fetch. A request takes one
   * from its caller's minute the first time it would add something, and its answer and fetches
   * are all kept or none: the rate counts requests, whatever number of regions each one asks.
   */
  const mayKeep: CacheQuota = (context, cache) => {
    context.mayAddEntries ??= quotas.responses.take(context.callerAddress ?? 'unknown');
    if (!context.mayAddEntries) notKept.inc({ cache });
    return context.mayAddEntries;
  };
  return { persistedQueries, mayKeep };
}
