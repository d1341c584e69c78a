import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { describe, expect, it } from 'vitest';
import { CacheCircuit } from '../gateway/src/cache-circuit.js';
import { WriteGenerations } from '../gateway/src/class-cache/write-generations.js';

/** A shared store (Redis, to the circuit) that refuses everything while `failing`. */
function sharedStore() {
  const entries = new Map<string, string>();
  const store = { entries, failing: false, cache: {} as KeyValueCache<string> };
  const run = <T>(answer: () => T) =>
    store.failing ? Promise.reject(new Error('ECONNREFUSED')) : Promise.resolve(answer());
  store.cache = {
    get: (key) => run(() => entries.get(key)),
    set: (key, value) => run(() => void entries.set(key, value)),
    delete: (key) => run(() => entries.delete(key)),
  };
  return store;
}

/** Lets the circuit's background writes to the shared store finish. */
const backgroundWrites = () => new Promise((resolve) => setImmediate(resolve));

describe('write generations through an outage of the shared cache', () => {
  it('are written again on recovery for the subgraphs written meanwhile, and kept for the others', async () => {
    const shared = sharedStore();
    const circuit = new CacheCircuit(
      shared.cache,
      new InMemoryLRUCache<string>(),
      { timeoutMs: 1000, failuresToOpen: 1, openMs: 0, maxOpenMs: 0 },
      { onStateChange: () => {}, onFallback: () => {} },
    );
    const generations = new WriteGenerations(circuit, ['beijing', 'guangxi', 'tianjin']);
    // As the class cache listens (class-cache/index.ts).
    const recovered = new Promise<void>((resolve) =>
      circuit.onRecovery((missed) => resolve(generations.replaceMissed(missed))),
    );
    const before = {
      beijing: await generations.current('beijing'),
      guangxi: await generations.current('guangxi'),
      tianjin: await generations.current('tianjin'),
    };
    await backgroundWrites();
    const stored = (subgraph: string) => shared.entries.get(`class-cache:generation:${subgraph}`);
    expect(stored('guangxi')).toBe(before.guangxi);

    shared.failing = true;
    await circuit.get('anything');
    expect(circuit.state).toBe('open');
    // A write to Guangxi while Redis is away: its new generation reaches memory alone.
    await generations.replace(['guangxi']);
    await backgroundWrites();
    expect(stored('guangxi')).toBe(before.guangxi);

    shared.failing = false;
    await circuit.get('anything');
    await recovered;
    await backgroundWrites();
    expect(circuit.state).toBe('closed');
    // Another replica reading Redis now takes its Guangxi answers for stale, and keeps the rest.
    expect(stored('guangxi')).not.toBe(before.guangxi);
    expect(stored('beijing')).toBe(before.beijing);
    expect(stored('tianjin')).toBe(before.tianjin);
    expect(await generations.allCurrent({ beijing: before.beijing, tianjin: before.tianjin })).toBe(
      true,
    );
    expect(await generations.allCurrent({ guangxi: before.guangxi })).toBe(false);
  });
});
