import { randomUUID } from 'node:crypto';
import { createClient } from '@keyv/redis';
import { afterAll, describe, expect, it } from 'vitest';
import { removeKeysStartingWith } from './run-redis-namespace.js';

describe.skipIf(!process.env.REDIS_URL)("the run's Redis keys, removed when it ends", () => {
  const url = process.env.REDIS_URL!;
  // Glob characters in the prefix: a pattern that did not escape them would match other keys.
  const run = randomUUID();
  const prefix = `removal-test-[1]*-${run}`;
  const ours = [prefix, `${prefix}-file::class-cache:generation:beijing`, `${prefix}::apq:x`];
  // The first matches `removal-test-[1]*-<run>*` read as a pattern, not as the prefix it is.
  const others = [`removal-test-1zz-${run}`, `other-${prefix}`];
  const redis = createClient({ url });
  afterAll(async () => {
    if (redis.isOpen) {
      await redis.unlink([...ours, ...others]);
      await redis.close();
    }
  });

  it('removes every key that starts with the prefix, and no other', async () => {
    await redis.connect();
    for (const key of [...ours, ...others]) await redis.set(key, 'x');
    expect(await removeKeysStartingWith(url, prefix)).toBe(ours.length);
    expect(await redis.exists(ours)).toBe(0);
    expect(await redis.exists(others)).toBe(others.length);
  });
});
