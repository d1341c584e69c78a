import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import type { Logger } from 'pino';
import { Counter, Gauge } from 'prom-client';
import { wholeNumber } from '../../shared/config.js';
import type { Metrics } from '../../shared/observability.js';
import { CacheCircuit, type CircuitState, type MissedWrites } from './cache-circuit.js';

export interface GatewayCache {
  cache: KeyValueCache<string>;
  /** Where cached entries live now: `memory`, or `redis` with its circuit's state. */
  status(): { store: 'memory' } | { store: 'redis'; circuit: CircuitState };
  /** Resolves once the shared store is connected, or has failed to (then the circuit handles it). */
  connected: Promise<void>;
  /** Called when Redis answers again after an outage or failed writes, with the writes it missed. */
  onRecovery(listener: (missed: MissedWrites) => void): void;
  /**
   * The key under which the release before this one kept `key` in Redis (`<ns>::<ns>:key`, a
   * prefix given twice), as a key of this cache; none in memory, which no other release shares.
   */
  formerKey?: (key: string) => string;
  close: () => Promise<void>;
}

const MEMORY_CACHE_BYTES = 64 * 1024 * 1024;

/** The longest wait before Redis is asked again, after it failed again soon after each try. */
const MAX_RETRY_MS = 30_000;

/**
 * The gateway's cache, for persisted queries and whole responses: in memory by default, in Redis
 * when `REDIS_URL` is set, so that several gateway replicas share it. Redis is optional: behind a
 * circuit (`cache-circuit.ts`) whose timeouts keep every request from waiting on it for more than
 * `CACHE_TIMEOUT_MS`, and whose fallback is the in-memory cache while Redis is down or slow.
 */
export function createCache(
  env: NodeJS.ProcessEnv,
  logger: Logger,
  metrics: Metrics,
): GatewayCache {
  const memory = new InMemoryLRUCache<string>({ maxSize: MEMORY_CACHE_BYTES });
  if (!env.REDIS_URL)
    return {
      cache: memory,
      status: () => ({ store: 'memory' }),
      connected: Promise.resolve(),
      onRecovery: () => {},
      close: async () => {},
    };
  const { timeoutMs, retryMs } = redisCircuitTimes(env);
  const store = new KeyvRedis(
    {
      url: env.REDIS_URL,
      // Commands fail at once while Redis is unreachable, rather than queueing for it.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 1000,
        reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5000),
      },
    },
    {
      // `<ns>:key`: the store prefixes the namespace alone. Keyv would prefix it a second time
      // (`<ns>::<ns>:key`, as the release before this one did) unless told not to (@keyv/redis's
      // README, "double prefixing").
      keyPrefixSeparator: ':',
      throwOnConnectError: true,
      throwOnErrors: true,
      connectionTimeout: 1000,
    },
  );
  const namespace = env.REDIS_NAMESPACE ?? 'registry-gateway';
  const keyv = new Keyv({ store, namespace, useKeyPrefix: false, throwOnErrors: true });
  // Errors reach the circuit through the rejected operations; the events would only repeat them.
  store.on('error', () => {});
  keyv.on('error', () => {});
  // Connected before the first requests: operations that find the client still connecting each try
  // to connect on their own, and fail together (@keyv/redis), which would open the circuit at once.
  const connected = store.getClient().then(
    () => {},
    () => {},
  );
  const open = new Gauge({
    name: 'cache_circuit_open',
    help: '1 while Redis is bypassed and the in-memory cache answers instead',
    registers: [metrics.registry],
  });
  const fallbacks = new Counter({
    name: 'cache_fallback_operations_total',
    help: 'Cache operations the in-memory cache answered because Redis was down or slow',
    labelNames: ['operation'],
    registers: [metrics.registry],
  });
  // The adapter is typed against its own copy of Keyv; ours is another major version with the same
  // methods but other private fields, which TypeScript compares: the library's types force the cast.
  const circuit = new CacheCircuit(
    new KeyvAdapter(keyv as never),
    memory,
    {
      timeoutMs,
      failuresToOpen: 3,
      openMs: retryMs,
      // A Redis slow on and off (a busy host) is asked again less and less often, up to the
      // max-age of an anonymous answer: never longer than an answer is kept anyway.
      maxOpenMs: Math.max(retryMs, MAX_RETRY_MS),
    },
    {
      onStateChange(state, cause) {
        open.set(state === 'open' ? 1 : 0);
        if (state === 'open')
          logger.warn(
            { cache: 'redis', error: String((cause as Error | undefined)?.message ?? cause) },
            'Redis is failing: the in-memory cache answers until it is back',
          );
        else logger.info({ cache: 'redis' }, 'Redis answers again: the shared cache is back');
      },
      onFallback: (operation) => fallbacks.inc({ operation }),
    },
  );
  return {
    cache: circuit,
    status: () => ({ store: 'redis', circuit: circuit.state }),
    connected,
    onRecovery: (listener) => circuit.onRecovery(listener),
    // The store's `<ns>:` before `:<ns>:key` spells the former `<ns>::<ns>:key`.
    formerKey: (key) => `:${namespace}:${key}`,
    close: () => closeBounded(store),
  };
}

/** `CACHE_TIMEOUT_MS` (20) and `CACHE_RETRY_MS` (5000), read only when Redis is used. */
export function redisCircuitTimes(env: NodeJS.ProcessEnv): { timeoutMs: number; retryMs: number } {
  const milliseconds = (name: string, fallback: number) =>
    wholeNumber(env, name, { fallback, min: 1, unit: 'milliseconds' });
  return {
    timeoutMs: milliseconds('CACHE_TIMEOUT_MS', 20),
    retryMs: milliseconds('CACHE_RETRY_MS', 5000),
  };
}

/** How long closing waits for the commands Redis still owes before it cuts the connection. */
const CLOSE_GRACE_MS = 1000;

/**
 * Closes the Redis client, gracefully if Redis answers what it still owes within CLOSE_GRACE_MS,
 * else by cutting the connection: a graceful close waits for every pending command, and a Redis
 * that accepts connections but never answers would keep the gateway from stopping for ever.
 */
async function closeBounded(store: KeyvRedis<string>): Promise<void> {
  const closed = store.disconnect().then(
    () => true,
    () => true,
  );
  const grace = new Promise<false>((resolve) => setTimeout(resolve, CLOSE_GRACE_MS, false).unref());
  if (await Promise.race([closed, grace])) return;
  await store.disconnect(true).catch(() => {});
}
