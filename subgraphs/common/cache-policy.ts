import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { COMMITTED_WRITES_HEADER } from '../../shared/gateway-headers.js';
import { wholeNumber } from '../../shared/config.js';

/** What a context counts of the writes its request committed (see COMMITTED_WRITES_HEADER). */
export interface WriteTally {
  committedWrites: number;
}

/**
 * How long the gateway's response cache may keep a subgraph's answer: every answer may be cached
 * `CACHE_MAX_AGE` seconds (writes are not pushed to caches, so this is how stale a dashboard may
 * be), but only answers to anonymous queries are public.
 */
export function cachePolicyPlugins<Context extends BaseContext & { signedIn: boolean }>(
  env: NodeJS.ProcessEnv = process.env,
): ApolloServerPlugin<Context>[] {
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: cacheMaxAge(env) }),
    {
      // A signed-in caller's answer may hold records or personal data that no shared cache may keep,
      // and a write's answer is never reused. The count of committed writes tells the gateway to
      // empty its response cache.
      async requestDidStart() {
        return {
          async didResolveOperation({ operation, overallCachePolicy, contextValue }) {
            if (operation?.operation !== 'query' || contextValue.signedIn)
              overallCachePolicy.restrict({ maxAge: 0 });
          },
          async willSendResponse({ contextValue, response }) {
            const { committedWrites } = contextValue as Partial<WriteTally>;
            if (committedWrites)
              response.http.headers.set(COMMITTED_WRITES_HEADER, String(committedWrites));
          },
        };
      },
    },
  ];
}

/** `CACHE_MAX_AGE` seconds, 30 by default; 0 turns caching off. */
export function cacheMaxAge(env: NodeJS.ProcessEnv): number {
  return wholeNumber(env, 'CACHE_MAX_AGE', { fallback: 30, min: 0, unit: 'seconds' });
}
