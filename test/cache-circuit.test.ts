import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { once } from 'node:events';
import { connect } from 'node:net';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { CacheCircuit, type CircuitState } from '../gateway/src/cache-circuit.js';

/** A shared store whose behaviour the test switches: answering, hanging for ever, or failing. */
class SharedStore {
  mode: 'answering' | 'hanging' | 'failing' = 'answering';
  calls = 0;
  readonly entries = new Map<string, string>();
  readonly cache: KeyValueCache<string> = {
    get: (key) => this.run(() => this.entries.get(key)),
    set: (key, value) => this.run(() => void this.entries.set(key, value)),
    delete: (key) => this.run(() => this.entries.delete(key)),
  };

  run<T>(answer: () => T): Promise<T> {
    this.calls += 1;
    if (this.mode === 'hanging') return new Promise<T>(() => {});
    if (this.mode === 'failing') return Promise.reject(new Error('ECONNREFUSED'));
    return Promise.resolve(answer());
  }
}

function circuitOver(shared: SharedStore, openMs = 60_000) {
  const states: CircuitState[] = [];
  const fallbacks: string[] = [];
  const circuit = new CacheCircuit(
    shared.cache,
    new InMemoryLRUCache<string>(),
    { timeoutMs: 5, failuresToOpen: 3, openMs },
    { onStateChange: (state) => states.push(state), onFallback: (op) => fallbacks.push(op) },
  );
  return { circuit, states, fallbacks };
}

describe('the cache circuit in front of Redis', () => {
  it('answers from the shared store while it works, and writes to it', async () => {
    const shared = new SharedStore();
    const { circuit, states } = circuitOver(shared);
    await circuit.set('k', 'v');
    await Promise.resolve();
    expect(shared.entries.get('k')).toBe('v');
    shared.entries.set('other', 'from another replica');
    expect(await circuit.get('other')).toBe('from another replica');
    expect(states).toEqual([]);
  });

  it('answers from memory when the shared store hangs, and stops asking it after three failures', async () => {
    const shared = new SharedStore();
    const { circuit, states, fallbacks } = circuitOver(shared);
    await circuit.set('k', 'written while it hung');
    shared.mode = 'hanging';
    for (let i = 0; i < 3; i++) expect(await circuit.get('k')).toBe('written while it hung');
    expect(circuit.state).toBe('open');
    expect(states).toEqual(['open']);
    const callsWhenOpened = shared.calls;
    await circuit.set('k2', 'v2');
    expect(await circuit.get('k2')).toBe('v2');
    expect(await circuit.delete('k2')).toBe(true);
    expect(shared.calls).toBe(callsWhenOpened);
    expect(fallbacks).toEqual(expect.arrayContaining(['get', 'set', 'delete']));
  });

  it('never makes a write wait for the shared store', async () => {
    const shared = new SharedStore();
    shared.mode = 'hanging';
    const { circuit } = circuitOver(shared);
    // A hanging store would keep this promise pending for ever if the write waited on it.
    await circuit.set('generation', 'g2');
    expect(await circuit.get('generation')).toBe('g2');
  });

  it('closes again when the shared store answers, and says so to who must refresh it', async () => {
    const shared = new SharedStore();
    shared.mode = 'failing';
    const { circuit, states } = circuitOver(shared, 0);
    let recoveries = 0;
    circuit.onRecovery(() => (recoveries += 1));
    for (let i = 0; i < 3; i++) await circuit.get('k');
    expect(circuit.state).toBe('open');
    // Still failing: a retry keeps it open.
    await circuit.get('k');
    expect(circuit.state).toBe('open');
    shared.mode = 'answering';
    shared.entries.set('k', 'v');
    expect(await circuit.get('k')).toBe('v');
    expect(circuit.state).toBe('closed');
    expect(states).toEqual(['open', 'closed']);
    expect(recoveries).toBe(1);
  });

  it('takes an answer that came in time for one, when the event loop was too busy to read it', async () => {
    // The shared store is a TCP server on a thread of its own, so that it answers while this
    // thread is blocked; it raises `answered` once its answer is on the wire.
    const answered = new Int32Array(new SharedArrayBuffer(4));
    const server = new Worker(
      `const { createServer } = require('node:net');
       const { parentPort, workerData } = require('node:worker_threads');
       const server = createServer((socket) => socket.on('data', () => {
         socket.write('from-redis', () => {
           Atomics.store(workerData, 0, 1);
           Atomics.notify(workerData, 0);
         });
       }));
       server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));`,
      { eval: true, workerData: answered },
    );
    const [port] = (await once(server, 'message')) as [number];
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const shared: KeyValueCache<string> = {
      get: () => {
        socket.write('get');
        return once(socket, 'data').then(([data]) => String(data));
      },
      set: async () => {},
      delete: async () => true,
    };
    const states: CircuitState[] = [];
    const fallbacks: string[] = [];
    const circuit = new CacheCircuit(
      shared,
      new InMemoryLRUCache<string>(),
      { timeoutMs: 5, failuresToOpen: 1, openMs: 60_000 },
      { onStateChange: (state) => states.push(state), onFallback: (op) => fallbacks.push(op) },
    );
    try {
      const value = circuit.get('k');
      // The loop is busy until well after the timeout is due, and the answer is waiting unread.
      Atomics.wait(answered, 0, 0, 10_000);
      expect(Atomics.load(answered, 0)).toBe(1);
      const busyUntil = performance.now() + 50;
      while (performance.now() < busyUntil);

      expect(await value).toBe('from-redis');
      expect(fallbacks).toEqual([]);
      expect(states).toEqual([]);
    } finally {
      socket.destroy();
      await server.terminate();
    }
  });
});
