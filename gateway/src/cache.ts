import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { GatewayContext } from './subgraph-source.js';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';

/**
 * The gateway's cache, for persisted queries and whole responses: in memory by default, in Redis
 * when `REDIS_URL` is set, so that several gateway replicas share it.
 */
export function createCache(env: NodeJS.ProcessEnv): {
  cache: KeyValueCache<string>;
  close: () => Promise<void>;
} {
  if (!env.REDIS_URL)
    return { cache: new InMemoryLRUCache({ maxSize: 64 * 1024 * 1024 }), close: async () => {} };
  const keyv = new Keyv({
    store: new KeyvRedis(env.REDIS_URL),
    namespace: env.REDIS_NAMESPACE ?? 'registry-gateway',
  });
  // The adapter is typed against its own copy of Keyv; ours is another major version with the same
  // methods but other private fields, which TypeScript compares: the library's types force the cast.
  return { cache: new KeyvAdapter(keyv as never), close: () => keyv.disconnect() };
}

/**
 * Whole answers for callers without a token (dashboards polling public figures, measures and
 * targets), for as long as every subgraph's Cache-Control allows. Signed-in callers are never
 * served from it and never fill it: their answers may hold records or personal data.
 *
 * A write committed through the gateway makes every cached answer stale before its own answer is
 * sent, so a dashboard asking after a write sees it: the cache key holds a write generation, kept in
 * the same cache (in Redis, shared by the replicas), which each committed write replaces. Keys read
 * before the write are never read again. A mutation that wrote nothing (refused, failed, or only
 * `__typename`) leaves the cache alone: otherwise anyone could empty it. Writes that bypass the
 * gateway (a CSV import) wait out the max-age.
 */
export function responseCache(cache: KeyValueCache<string>): ApolloServerPlugin<GatewayContext>[] {
  const anonymous = async ({ request }: GraphQLRequestContext<GatewayContext>) =>
    !request.http?.headers.get('authorization');
  const writeGeneration = () => cache.get(WRITE_GENERATION_KEY);
  const answers = responseCachePlugin<GatewayContext>({
    shouldReadFromCache: anonymous,
    shouldWriteToCache: anonymous,
    extraCacheKeyData: async () => ({ writeGeneration: (await writeGeneration()) ?? 'none' }),
  });
  const invalidation: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          if (contextValue.committedWrite) await cache.set(WRITE_GENERATION_KEY, randomUUID());
        },
      };
    },
  };
  return [answers, invalidation];
}

const WRITE_GENERATION_KEY = 'response-cache:write-generation';
