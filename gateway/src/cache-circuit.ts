import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';

export interface CircuitOptions {
  /** The longest one cache operation may keep a request waiting before the fallback answers. */
  timeoutMs: number;
  /** Failures (errors or timeouts) in a row that open the circuit. */
  failuresToOpen: number;
  /** How long an open circuit sends everything to the fallback before trying the shared store again. */
  openMs: number;
  /**
   * The longest it may wait instead, where the store failed again soon after each try: every quick
   * reopening doubles the wait up to this, so that a store slow on and off is not taken back and
   * dropped every few seconds. After a calm spell the wait is `openMs` again.
   */
  maxOpenMs: number;
  /** The clock, in milliseconds (performance.now). */
  now?: () => number;
}

/**
 * What the shared store missed while the fallback alone was written: the keys, or all of them where
 * more were missed than are kept (MAX_MISSED_KEYS).
 */
export interface MissedWrites {
  keys: ReadonlySet<string>;
  all: boolean;
}

/** Keys of missed writes kept to be told on recovery; beyond them, every key is taken as missed. */
const MAX_MISSED_KEYS = 10_000;

export type CircuitState = 'closed' | 'open';

export interface CircuitEvents {
  /** Called on every change of state, with the error that opened the circuit. */
  onStateChange(state: CircuitState, cause?: unknown): void;
  /** Called for each operation the fallback answered instead of the shared store. */
  onFallback(operation: 'get' | 'set' | 'delete'): void;
}

class CacheTimeout extends Error {
  constructor(ms: number) {
    super(`the shared cache did not answer within ${ms} ms`);
  }
}

/**
 * A shared cache (Redis) that can never stop the API. Every operation on it is bounded by a timeout;
 * failures in a row open a circuit, and while it is open the in-memory fallback answers at once.
 * After `openMs` one operation tries the shared store again: success closes the circuit.
 *
 * Writes go to the fallback first, so that it is warm when the shared store fails, and then to the
 * shared store in the background: no caller waits on them. Reads wait at most `timeoutMs`. The keys
 * of the writes the shared store missed are told on recovery, so that what depends on them (a
 * subgraph's write generation) is written again, and nothing else is thrown away.
 */
export class CacheCircuit implements KeyValueCache<string> {
  #state: CircuitState = 'closed';
  #failures = 0;
  #openedAt = 0;
  #closedAt = -Infinity;
  #openFor: number;
  readonly #missed = new Set<string>();
  #missedTooMany = false;
  readonly #recoveryListeners: ((missed: MissedWrites) => void)[] = [];
  readonly #now: () => number;

  constructor(
    private readonly shared: KeyValueCache<string>,
    private readonly fallback: KeyValueCache<string>,
    private readonly options: CircuitOptions,
    private readonly events: CircuitEvents,
  ) {
    this.#openFor = options.openMs;
    this.#now = options.now ?? (() => performance.now());
  }

  get state(): CircuitState {
    return this.#state;
  }

  /**
   * Called when the shared store answers again after an outage, or after writes to it failed, with
   * the writes it missed.
   */
  onRecovery(listener: (missed: MissedWrites) => void): void {
    this.#recoveryListeners.push(listener);
  }

  async get(key: string): Promise<string | undefined> {
    if (this.#skipShared()) {
      this.events.onFallback('get');
      return this.fallback.get(key);
    }
    try {
      const value = await this.#bounded(this.shared.get(key));
      this.#succeeded();
      return value;
    } catch (error) {
      this.#failed(error);
      this.events.onFallback('get');
      return this.fallback.get(key);
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    await this.fallback.set(key, value, options);
    this.#inBackground('set', key, () => this.shared.set(key, value, options));
  }

  async delete(key: string): Promise<boolean | void> {
    const deleted = await this.fallback.delete(key);
    this.#inBackground('delete', key, () => this.shared.delete(key));
    return deleted;
  }

  #inBackground(operation: 'set' | 'delete', key: string, run: () => Promise<unknown>): void {
    if (this.#skipShared()) {
      this.events.onFallback(operation);
      this.#miss(key);
      return;
    }
    this.#bounded(run()).then(
      () => this.#succeeded(),
      (error: unknown) => {
        this.#miss(key);
        this.#failed(error);
      },
    );
  }

  #miss(key: string): void {
    if (this.#missed.size < MAX_MISSED_KEYS) this.#missed.add(key);
    else this.#missedTooMany = true;
  }

  /** Open, and not yet time to try the shared store again. */
  #skipShared(): boolean {
    return this.#state === 'open' && this.#now() - this.#openedAt < this.#openFor;
  }

  #bounded<T>(operation: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      // A busy event loop runs its timers before it reads its sockets: the timer of an answer that
      // came in time, but was not read yet, fires first. The timeout waits for that reading
      // (setImmediate runs right after it), so that a late loop is not taken for a late Redis and
      // does not open the circuit.
      timer = setTimeout(
        () => setImmediate(() => reject(new CacheTimeout(this.options.timeoutMs))),
        this.options.timeoutMs,
      );
    });
    // A late answer or error of the shared store, after the timeout, is of no use to anyone.
    operation.catch(() => {});
    return Promise.race([operation, timeout]).finally(() => clearTimeout(timer));
  }

  /**
   * An answer of the shared store: it closes an open circuit, and tells the writes it missed, with
   * the circuit open or closed: one that failed once and no more (a timeout on a busy host), or one
   * in flight as the circuit closed, is told at the next answer, not left until an outage. A key
   * written again since is told too: a write that failed after a later one succeeded may be the
   * later one, and telling it again costs an answer made stale, never a stale answer kept.
   */
  #succeeded(): void {
    this.#failures = 0;
    const recovered = this.#state === 'open';
    if (recovered) {
      this.#state = 'closed';
      this.#closedAt = this.#now();
      this.events.onStateChange('closed');
    }
    if (!recovered && !this.#missed.size && !this.#missedTooMany) return;
    const missed = { keys: new Set(this.#missed), all: this.#missedTooMany };
    this.#missed.clear();
    this.#missedTooMany = false;
    for (const listener of this.#recoveryListeners) listener(missed);
  }

  #failed(cause: unknown): void {
    this.#failures += 1;
    // A failed retry of an open circuit keeps it open for another while.
    if (this.#state === 'open') {
      this.#openedAt = this.#now();
      return;
    }
    if (this.#failures < this.options.failuresToOpen) return;
    // Failing again within the last wait of its closing is failing on and off: wait twice as long.
    const now = this.#now();
    this.#openFor =
      now - this.#closedAt < this.#openFor
        ? Math.min(this.#openFor * 2, this.options.maxOpenMs)
        : this.options.openMs;
    this.#state = 'open';
    this.#openedAt = now;
    this.events.onStateChange('open', cause);
  }
}
