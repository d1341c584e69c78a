import { monitorEventLoopDelay } from 'node:perf_hooks';

/** A load's answers by what they were: served, refused as overload (503), or failed otherwise. */
export interface StatusLoadResult {
  name: string;
  answered: number;
  refused: number;
  failed: number;
  /** Latencies of the answered requests only, in milliseconds: a fast refusal does not lower them. */
  p50: number;
  p99: number;
  /** How long a refusal took, at the 99th percentile. */
  refusedP99: number;
  /**
   * The load generator's own event-loop delay at the 99th percentile, in milliseconds: a latency
   * measured here includes it, however fast the server answered.
   */
  generatorDelayP99: number;
}

/**
 * The answers of one load, counted by status as they come, and the load generator's event-loop
 * delay meanwhile (from its creation to `result`).
 */
export class StatusTally {
  readonly #answered: number[] = [];
  readonly #refused: number[] = [];
  #failed = 0;
  readonly #delay = monitorEventLoopDelay({ resolution: 10 });

  constructor() {
    this.#delay.enable();
  }

  /** An answer that came after `took` ms: refused (503), answered (2xx, no GraphQL error) or failed. */
  answer(status: number, took: number, graphqlErrors: boolean): void {
    if (status === 503) this.#refused.push(took);
    else if (status >= 200 && status < 300 && !graphqlErrors) this.#answered.push(took);
    else this.#failed++;
  }

  /** Requests that got no answer at all. */
  failed(count = 1): void {
    this.#failed += count;
  }

  result(name: string): StatusLoadResult {
    this.#delay.disable();
    return {
      name,
      answered: this.#answered.length,
      refused: this.#refused.length,
      failed: this.#failed,
      p50: percentile(this.#answered, 0.5),
      p99: percentile(this.#answered, 0.99),
      refusedP99: percentile(this.#refused, 0.99),
      generatorDelayP99: Math.round(this.#delay.percentile(99) / 1e6),
    };
  }
}

export function percentile(values: number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
}
