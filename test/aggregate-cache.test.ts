import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { AggregateCache } from '../subgraphs/registry/src/measures/aggregate-cache.js';

/** A database whose write generation never moves: only the cache's bound can evict an entry. */
const database = {
  query: async () => [{ generation: '1' }],
} as unknown as DataSource;

/** Asks the cache for each question in turn and says which ones it had to compute. */
async function computed(cache: AggregateCache, questions: [string, number][]): Promise<string[]> {
  const aggregates = cache.forRequest(database, 'PUBLISHED_ONLY');
  const misses: string[] = [];
  for (const [question, characters] of questions)
    await aggregates(question, async () => {
      misses.push(question);
      return 'x'.repeat(characters);
    });
  return misses;
}

describe("the subgraphs' aggregate cache", () => {
  it('is bounded by the size of the answers it holds, not by their number', async () => {
    const cache = new AggregateCache(new Registry(), { maxSize: 10_000 });
    // Forty small answers fit, and are all served from memory the second time.
    const small = Array.from({ length: 40 }, (_, i): [string, number] => [`small ${i}`, 100]);
    expect(await computed(cache, small)).toHaveLength(40);
    expect(await computed(cache, small)).toEqual([]);
    // Two answers of 4,000 characters push out the least recently used small ones: the forty
    // (4,000 characters) and the two (8,000) do not fit in 10,000 together.
    const large: [string, number][] = [
      ['large 1', 4_000],
      ['large 2', 4_000],
    ];
    expect(await computed(cache, large)).toEqual(['large 1', 'large 2']);
    expect(await computed(cache, large)).toEqual([]);
    expect(await computed(cache, small.slice(0, 20))).toHaveLength(20);
  });

  it('serves an answer larger than the whole bound without keeping it', async () => {
    const cache = new AggregateCache(new Registry(), { maxSize: 10_000 });
    const huge: [string, number][] = [['huge', 20_000]];
    expect(await computed(cache, huge)).toEqual(['huge']);
    expect(await computed(cache, huge)).toEqual(['huge']);
  });
});
