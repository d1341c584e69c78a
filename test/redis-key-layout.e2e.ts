import { setImmediate as nextTurn } from 'node:timers/promises';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import KeyvRedis, { createClient } from '@keyv/redis';
import Keyv from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCache, type GatewayCache } from '../gateway/src/cache.js';
import { WriteGenerations } from '../gateway/src/class-cache/write-generations.js';
import { createLogger, createMetrics } from '../shared/observability.js';
import { namespaceOfTheRun, removeKeysStartingWith } from './run-redis-namespace.js';

describe.skipIf(!process.env.REDIS_URL)("the gateway's keys in Redis", () => {
  const url = process.env.REDIS_URL!;
  const redis = createClient({ url });
  const opened: { close: () => Promise<void> }[] = [];
  const namespaces: string[] = [];
  beforeAll(() => redis.connect());
  afterAll(async () => {
    for (const cache of opened) await cache.close();
    for (const namespace of namespaces) await removeKeysStartingWith(url, `${namespace}:`);
    await redis.close();
  });

  /** A gateway replica's cache of this release, in a namespace of its own. */
  async function replicaCache(namespace: string): Promise<GatewayCache> {
    namespaces.push(namespace);
    // The subject is where the keys go, not how long Redis takes: a busy machine's slow answer
    // would otherwise open the circuit, and memory would answer instead.
    const cache = createCache(
      { REDIS_URL: url, REDIS_NAMESPACE: namespace, CACHE_TIMEOUT_MS: '60000' },
      createLogger('test', { LOG_LEVEL: 'silent' }),
      createMetrics('test'),
    );
    opened.push(cache);
    await cache.connected;
    return cache;
  }

  /** A replica of the release before this one: Keyv and @keyv/redis as it built them. */
  function formerReplicaCache(namespace: string): KeyvAdapter {
    const store = new KeyvRedis({ url }, { throwOnErrors: true });
    opened.push({ close: () => store.disconnect() });
    return new KeyvAdapter(new Keyv({ store, namespace, throwOnErrors: true }) as never);
  }

  /**
   * Waits until what the cache wrote so far is in Redis: a replica writes to Redis after it answered
   * (cache-circuit.ts), one command after another on one connection, so a key written last and read
   * back through the cache comes after them.
   */
  async function landed(cache: GatewayCache, key = `class-cache:answer:landed-${++written}`) {
    await cache.cache.set(key, '{}', { ttl: 60 });
    while ((await cache.cache.get(key)) === undefined) await nextTurn();
  }
  let written = 0;

  it('names each key with the namespace once, and keeps a write generation under the former name too', async () => {
    const namespace = namespaceOfTheRun('key-names');
    const cache = await replicaCache(namespace);
    await new WriteGenerations(cache.cache, ['beijing'], cache.formerKey).current('beijing');
    await landed(cache, 'class-cache:answer:0123');
    expect((await redis.keys(`${namespace}*`)).sort()).toEqual([
      `${namespace}::${namespace}:class-cache:generation:beijing`,
      `${namespace}:class-cache:answer:0123`,
      `${namespace}:class-cache:generation:beijing`,
    ]);
  });

  it("lets a write through either release's replicas make the other's cached answers stale, during a rolling deploy", async () => {
    const namespace = namespaceOfTheRun('rolling-deploy');
    const cache = await replicaCache(namespace);
    const current = new WriteGenerations(cache.cache, ['beijing'], cache.formerKey);
    const former = new WriteGenerations(formerReplicaCache(namespace), ['beijing']);
    const formerKey = `${namespace}::${namespace}:class-cache:generation:beijing`;

    const made = await current.current('beijing');
    await landed(cache);
    // The former release reads the generation this one keeps under its name.
    const formerMade = await former.current('beijing');
    expect(made.split(' ')).toEqual([expect.any(String), formerMade]);
    expect((await redis.keys(`${namespace}*generation*`)).sort()).toEqual([
      formerKey,
      `${namespace}:class-cache:generation:beijing`,
    ]);
    expect(await current.allCurrent({ beijing: made })).toBe(true);

    // A write through a replica of the former release.
    await former.replace(['beijing']);
    expect(await current.allCurrent({ beijing: made })).toBe(false);

    // A write through one of this release.
    const afterFormerWrite = await current.current('beijing');
    const formerNow = await former.current('beijing');
    await current.replace(['beijing']);
    await landed(cache);
    expect(await former.allCurrent({ beijing: formerNow })).toBe(false);
    expect(await current.allCurrent({ beijing: afterFormerWrite })).toBe(false);
  });
});
