import { LRUCache } from 'lru-cache';
import { Counter, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { today } from '../dates.js';

/**
 * What the cache may hold, in characters of the answers' JSON: a bound on its memory (about 100 MB
 * of strings at two bytes a character), whatever the number of entries. One answer larger than
 * this is served but not kept.
 */
const MAX_SIZE = 50_000_000;

/**
 * Measures, data-quality checks and target progress, computed once per registry write generation
 * of the database (see the AddWriteGeneration migration) and served from memory until a write moves it: registries
 * change a few times a day, dashboards and analysts ask all day. An entry is keyed by the generation,
 * the day (a measure of today changes at midnight without a write), who may see what (callers who
 * see different rows never share an entry) and the question itself. Least recently used entries go
 * first once the cache holds `maxSize` characters.
 */
export class AggregateCache {
  private readonly entries: LRUCache<string, { value: unknown }>;
  private readonly lookups: Counter<'outcome'>;

  private readonly enabled: boolean;

  constructor(metrics: Registry, { enabled = true, maxSize = MAX_SIZE } = {}) {
    this.enabled = enabled;
    this.entries = new LRUCache({
      maxSize,
      sizeCalculation: (entry) => Math.max(1, JSON.stringify(entry.value)?.length ?? 1),
    });
    this.lookups = new Counter({
      name: 'aggregate_cache_lookups_total',
      help: 'Measures, data-quality checks and target progress served from the cache (hit) or computed (miss)',
      labelNames: ['outcome'],
      registers: [metrics],
    });
  }

  /** The cache as one request sees it: the generation is read once, on the first aggregate it asks. */
  forRequest(db: DataSource, visibility: string): Aggregates {
    if (!this.enabled) return (_question, compute) => compute();
    let generation: Promise<string> | undefined;
    // The generation counts the writes of one database. A database restored from a dump, or put in
    // place of another, counts again from its own number, and a number it reaches again would find
    // answers of the database it replaced: the counter's table has a new oid in every database made
    // from a dump (a cluster's oid counter gives each new table its own, wrapping round only after
    // four billion), so the key holds both.
    const current = () =>
      (generation ??= db
        .query(`SELECT tableoid::text || ':' || generation AS generation FROM write_generation`)
        .then((rows: { generation: string }[]) => rows[0]!.generation));
    return async <T>(question: unknown, compute: () => Promise<T>): Promise<T> => {
      const key = JSON.stringify([await current(), today(), visibility, question]);
      const found = this.entries.get(key);
      if (found) {
        this.lookups.inc({ outcome: 'hit' });
        return found.value as T;
      }
      this.lookups.inc({ outcome: 'miss' });
      const value = await compute();
      this.entries.set(key, { value });
      return value;
    };
  }
}

/** An aggregate answered from the cache, or computed and kept. */
export type Aggregates = <T>(question: unknown, compute: () => Promise<T>) => Promise<T>;
