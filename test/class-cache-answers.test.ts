import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { describe, expect, it } from 'vitest';
import { Answers, etagOf, type StoredAnswer } from '../gateway/src/class-cache/answers.js';
import { WriteGenerations } from '../gateway/src/class-cache/write-generations.js';

describe('stored answers as a hit sends them', () => {
  it('are decoded again when the stored text under their key changes', async () => {
    const cache = new InMemoryLRUCache<string>();
    const generations = new WriteGenerations(cache, ['beijing']);
    const answers = new Answers(cache, generations);
    const answer = (count: number): StoredAnswer => ({
      body: `${JSON.stringify({ data: { beijing: { count, name: '北京' } } })}\n`,
      cacheControl: 'private, no-cache',
      storedAt: 1,
      generations: { beijing: '' },
    });
    const first = answer(1);
    first.generations.beijing = await generations.current('beijing');
    await answers.store('key', first, 60);
    const served = await answers.current('key');
    expect(served?.bytes.toString('utf8')).toBe(first.body);
    expect(served?.etag).toBe(etagOf('key', first));

    // Stored again under the same key (after a write, say): the new answer, not the one decoded.
    await generations.replace(['beijing']);
    expect(await answers.current('key')).toBeUndefined();
    const second = answer(2);
    second.generations.beijing = await generations.current('beijing');
    await answers.store('key', second, 60);
    const again = await answers.current('key');
    expect(again?.bytes.toString('utf8')).toBe(second.body);
    expect(again?.answer).toEqual(second);
    expect(again?.etag).toBe(etagOf('key', second));
    expect(again?.etag).not.toBe(served?.etag);
  });
});
