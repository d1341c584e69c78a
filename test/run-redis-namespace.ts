import { randomUUID } from 'node:crypto';
import { createClient } from '@keyv/redis';

/**
 * The Redis namespace of a test run, which its workers get as REDIS_NAMESPACE (vitest.config.ts);
 * every namespace a test makes is inside it (`namespaceOfTheRun`), so that the keys the run left in
 * the machine's Redis (write generations keep no expiry) are removed when it ends. Named after the
 * process that runs vitest and the moment it began, where this module is read (the config and its
 * global setup, each reading the same two), never in a worker: a pid alone comes again in another
 * container or after a reboot.
 */
export const runRedisNamespace = `registry-test-${process.pid}-${Math.round(performance.timeOrigin)}`;

/** A namespace of its own for a test's gateway, inside the run's (read in a worker). */
export const namespaceOfTheRun = (what: string = randomUUID()): string =>
  `${process.env.REDIS_NAMESPACE ?? runRedisNamespace}-${what}`;

/**
 * Removes every key of Redis at `url` whose name starts with `prefix`; returns how many. A caller
 * ends its prefix with a delimiter, so that `run-12` takes nothing of `run-123`.
 */
export async function removeKeysStartingWith(url: string, prefix: string): Promise<number> {
  const redis = createClient({ url });
  await redis.connect();
  let removed = 0;
  try {
    const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
    for await (const keys of redis.scanIterator({ MATCH: pattern, COUNT: 500 })) {
      if (keys.length > 0) removed += await redis.unlink(keys);
    }
  } finally {
    await redis.close();
  }
  return removed;
}

/**
 * Global setup of every project: with REDIS_URL, teardown removes the run's keys once every file
 * has run. A Redis that cannot be reached by then is said, and does not fail the run.
 */
export function setup(): (() => Promise<void>) | void {
  const url = process.env.REDIS_URL;
  if (!url) return;
  return async () => {
    try {
      // The run's own keys (`<ns>:…`) and those of the namespaces made inside it (`<ns>-<id>:…`).
      for (const prefix of [`${runRedisNamespace}:`, `${runRedisNamespace}-`])
        await removeKeysStartingWith(url, prefix);
    } catch (error) {
      console.warn(
        `未能删除本次测试在 Redis 中的键 Could not remove the run's Redis keys: ${(error as Error).message}`,
      );
    }
  };
}
