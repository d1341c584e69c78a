import type { Response } from 'express';

/**
 * The misses the pipeline is answering now, by answer key. A request for the same key (same
 * document, operation, variables and class) that comes in meanwhile waits for that answer to be
 * stored and is then answered from the cache, instead of running the pipeline again beside it.
 *
 * Without this, callers asking one question at once (a dashboard's connections, a bench's) each
 * missed, each ran the pipeline and each took one from its caller's quota of new entries
 * (cache-quotas.ts) for one and the same entry: twenty connections spent the minute's 120 on six
 * answers, and nothing asked after them was kept. Within one process only: replicas each have
 * their own first miss.
 */
export class MissesInFlight {
  readonly #answering = new Map<string, Promise<void>>();

  /** Settles when the request answering `key` has finished; undefined when none is. */
  answering(key: string): Promise<void> | undefined {
    return this.#answering.get(key);
  }

  /**
   * `res` answers `key` through the pipeline, until it has been sent (the answer is stored before)
   * or its caller went away. A second request that goes to the pipeline for the same key (its
   * leader's answer could not be kept) does not replace the first.
   */
  lead(key: string, res: Response): void {
    if (this.#answering.has(key)) return;
    const finished = new Promise<void>((resolve) => res.once('close', resolve)).then(() => {
      this.#answering.delete(key);
    });
    this.#answering.set(key, finished);
  }
}
