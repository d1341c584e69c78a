import { randomUUID } from 'node:crypto';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { MissedWrites } from '../cache-circuit.js';

/**
 * One write generation per subgraph, kept in the gateway's cache (in Redis, shared by the replicas).
 * A cached answer holds the generations of the subgraphs it was made from; a write committed by a
 * subgraph replaces that subgraph's generation, so every answer and fetch it fed is stale before
 * the write's own answer is sent, while answers from the other subgraphs stay current.
 *
 * Each subgraph has a key of its own, so that two replicas recording writes of different subgraphs
 * at once never undo each other. A generation that is missing (never set, or evicted) gets a new
 * one rather than a default: an entry made under an evicted generation can never be current again.
 *
 * Where the cache names the key the release before this one kept a generation under (`formerKey`:
 * its Redis keys had their prefix twice), a rolling deploy runs replicas of both releases on one
 * Redis, each reading its own key: a write through an old replica would leave a new replica's
 * answers current until their max-age, and the other way round. So a write replaces the generation
 * under both keys, and a generation is both keys' values together: a write through either release
 * changes it. The release after this one may read its own key alone, since this one writes both.
 */
export class WriteGenerations {
  constructor(
    private readonly cache: KeyValueCache<string>,
    private readonly subgraphs: readonly string[],
    private readonly formerKey?: (key: string) => string,
  ) {}

  async current(subgraph: string): Promise<string> {
    const keys = this.keysOf(subgraph);
    const found = await Promise.all(keys.map((key) => this.cache.get(key)));
    const made = randomUUID();
    await Promise.all(keys.filter((_, i) => !found[i]).map((key) => this.cache.set(key, made)));
    return found.map((generation) => generation ?? made).join(' ');
  }

  /** Whether every generation an entry was made under is still the current one. */
  async allCurrent(generations: Record<string, string>): Promise<boolean> {
    const names = Object.keys(generations);
    const now = await Promise.all(
      names.map(async (name) =>
        (await Promise.all(this.keysOf(name).map((key) => this.cache.get(key)))).join(' '),
      ),
    );
    return names.every((name, i) => now[i] === generations[name]);
  }

  async replace(subgraphs: Iterable<string>): Promise<void> {
    await Promise.all(
      [...subgraphs].map((name) => {
        const made = randomUUID();
        return Promise.all(this.keysOf(name).map((key) => this.cache.set(key, made)));
      }),
    );
  }

  /**
   * After an outage of the shared cache, the generations whose writes it missed: another replica
   * reading it would otherwise take its answers of those subgraphs for current. The others are
   * kept, and so are the answers made under them: an outage of a few seconds on a busy host empties
   * no cache.
   */
  replaceMissed(missed: MissedWrites): Promise<void> {
    return this.replace(
      missed.all
        ? this.subgraphs
        : this.subgraphs.filter((name) => this.keysOf(name).some((key) => missed.keys.has(key))),
    );
  }

  private keysOf(subgraph: string): string[] {
    const key = `class-cache:generation:${subgraph}`;
    return this.formerKey ? [key, this.formerKey(key)] : [key];
  }
}
