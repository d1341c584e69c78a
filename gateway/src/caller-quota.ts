import { LRUCache } from 'lru-cache';
import { wholeNumber } from '../../shared/config.js';

const MINUTE_MS = 60_000;
/** Callers whose minute is kept; one more pushes out the one seen longest ago. */
const TRACKED_CALLERS = 10_000;

/**
 * How many new entries one caller (by address) may add to a cache shared by everyone, per minute.
 * Past it the caller is still answered, but nothing of theirs is kept, so no one caller can push
 * other callers' entries (a dashboard's persisted queries, a cached national comparison) out of a
 * bounded cache faster than this rate. A counter per caller per minute: the libraries found
 * (express-rate-limit, rate-limiter-flexible) refuse requests, where this only decides what is kept.
 */
export class CallerQuota {
  readonly #minutes = new LRUCache<string, { start: number; taken: number }>({
    max: TRACKED_CALLERS,
  });

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one entry from the caller's minute; false when the minute has none left. */
  take(caller: string): boolean {
    const now = this.now();
    let minute = this.#minutes.get(caller);
    if (!minute || now - minute.start >= MINUTE_MS) {
      minute = { start: now, taken: 0 };
      this.#minutes.set(caller, minute);
    }
    if (minute.taken >= this.perMinute) return false;
    minute.taken += 1;
    return true;
  }
}

/**
 * `PERSISTED_QUERIES_PER_MINUTE` (30): new persisted queries one caller may register a minute;
 * `CACHED_RESPONSES_PER_MINUTE` (120): requests of one caller a minute that may add to the response
 * cache (their answer and their subgraph fetches).
 */
export function quotasFromEnv(env: NodeJS.ProcessEnv): {
  persistedQueries: CallerQuota;
  responses: CallerQuota;
} {
  const quota = (name: string, fallback: number) =>
    new CallerQuota(wholeNumber(env, name, { fallback, min: 1 }));
  return {
    persistedQueries: quota('PERSISTED_QUERIES_PER_MINUTE', 30),
    responses: quota('CACHED_RESPONSES_PER_MINUTE', 120),
  };
}
