import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';

/**
 * The gateway's cache, for persisted queries and whole responses: in memory by default, in Redis
 * when `REDIS_URL` is set, so that several gateway replicas share it.
 */
export function createCache(env: NodeJS.ProcessEnv): { cache: KeyValueCache<string>; close: () => Promise<void> } {
  if (!env.REDIS_URL) return { cache: new InMemoryLRUCache({ maxSize: 64 * 1024 * 1024 }), close: async () => {} };
  const keyv = new Keyv({ store: new KeyvRedis(env.REDIS_URL), namespace: env.REDIS_NAMESPACE ?? 'registry-gateway' });
  return { cache: new KeyvAdapter(keyv as never), close: () => keyv.disconnect() };
}

/**
 * Whole answers for callers without a token (dashboards polling public figures, measures and
 * targets), for as long as every subgraph's Cache-Control allows. Signed-in callers are never
 * served from it and never fill it: their answers may hold records or personal data.
 */
export function responseCache(): ApolloServerPlugin {
  const anonymous = async ({ request }: { request: { http?: { headers: Map<string, string> } } }) => !request.http?.headers.get('authorization');
  return responseCachePlugin({ shouldReadFromCache: anonymous as never, shouldWriteToCache: anonymous as never });
}
