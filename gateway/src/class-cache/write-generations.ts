import { randomUUID } from 'node:crypto';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';

/**
 * One write generation per subgraph, kept in the gateway's cache (in Redis, shared by the replicas).
 * A cached answer holds the generations of the subgraphs it was made from; a write committed by a
 * subgraph replaces that subgraph's generation, so every answer and fetch it fed is stale before
 * the write's own answer is sent, while answers from the other subgraphs stay current.
 *
 * Each subgraph has a key of its own, so that two replicas recording writes of different subgraphs
 * at once never undo each other. A generation that is missing (never set, or evicted) gets a new
 * one rather than a default: an entry made under an evicted generation can never be current again.
 */
export class WriteGenerations {
  constructor(
    private readonly cache: KeyValueCache<string>,
    private readonly subgraphs: readonly string[],
  ) {}

  async current(subgraph: string): Promise<string> {
    const key = keyOf(subgraph);
    const generation = await this.cache.get(key);
    if (generation) return generation;
    const made = randomUUID();
    await this.cache.set(key, made);
    return made;
  }

  /** Whether every generation an entry was made under is still the current one. */
  async allCurrent(generations: Record<string, string>): Promise<boolean> {
    const names = Object.keys(generations);
    const now = await Promise.all(names.map((name) => this.cache.get(keyOf(name))));
    return names.every((name, i) => now[i] === generations[name]);
  }

  async replace(subgraphs: Iterable<string>): Promise<void> {
    await Promise.all([...subgraphs].map((name) => this.cache.set(keyOf(name), randomUUID())));
  }

  /** After an outage of the shared cache, during which writes could not reach it. */
  replaceAll(): Promise<void> {
    return this.replace(this.subgraphs);
  }
}

const keyOf = (subgraph: string) => `class-cache:generation:${subgraph}`;
