import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { once } from 'node:events';
import { connect } from 'node:net';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  CacheCircuit,
  type CircuitState,
  type MissedWrites,
} from '../gateway/src/cache-circuit.js';

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

function circuitOver(shared: SharedStore, openMs = 60_000, clock?: { now: number }) {
  const states: CircuitState[] = [];
  const fallbacks: string[] = [];
  const circuit = new CacheCircuit(
    shared.cache,
    new InMemoryLRUCache<string>(),
    {
      timeoutMs: 5,
      failuresToOpen: 3,
      openMs,
      maxOpenMs: 8 * openMs,
      ...(clock && { now: () => clock.now }),
    },
    { onStateChange: (state) => states.push(state), onFallback: (op) => fallbacks.push(op) },
  );
  return { circuit, states, fallbacks };
}

/** Three failed reads: enough to open a closed circuit. */
async function failThrice(circuit: CacheCircuit) {
  for (let i = 0; i < 3; i++) await circuit.get('k');
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

  it('tells on recovery the keys of the writes the shared store missed, and only those', async () => {
    const shared = new SharedStore();
    shared.mode = 'failing';
    const { circuit } = circuitOver(shared, 0);
    const told: MissedWrites[] = [];
    circuit.onRecovery((missed) => told.push(missed));
    await circuit.set('written before', 'v');
    await failThrice(circuit);
    await circuit.set('generation:guangxi', 'g2');
    await circuit.delete('answer');
    shared.mode = 'answering';
    await circuit.get('k');
    // The write that failed before the circuit opened was missed too.
    expect(told).toEqual([
      { keys: new Set(['written before', 'generation:guangxi', 'answer']), all: false },
    ]);
    // Slow for a moment, with nothing written meanwhile: nothing was missed.
    shared.mode = 'failing';
    await failThrice(circuit);
    shared.mode = 'answering';
    await circuit.get('k');
    expect(told[1]).toEqual({ keys: new Set(), all: false });
  });

  it('tells a write that failed once, with the circuit still closed, at its next answer', async () => {
    const shared = new SharedStore();
    const { circuit, states } = circuitOver(shared);
    const told: MissedWrites[] = [];
    circuit.onRecovery((missed) => told.push(missed));
    shared.mode = 'failing';
    await circuit.set('generation:beijing', 'g2');
    await Promise.resolve();
    shared.mode = 'answering';
    await circuit.get('k');
    expect(states).toEqual([]);
    expect(told).toEqual([{ keys: new Set(['generation:beijing']), all: false }]);
    // Told once: the next answers have nothing to tell.
    await circuit.get('k');
    expect(told).toHaveLength(1);
  });

  it('waits twice as long each time the store fails again soon after a try, and as at first after a calm spell', async () => {
    const shared = new SharedStore();
    const clock = { now: 0 };
    const { circuit, states } = circuitOver(shared, 1000, clock);
    /** Whether the circuit asks the shared store at this time. */
    const asksAt = async (now: number) => {
      clock.now = now;
      const calls = shared.calls;
      await circuit.get('k');
      return shared.calls > calls;
    };
    shared.mode = 'failing';
    await failThrice(circuit);
    expect(await asksAt(999)).toBe(false);
    shared.mode = 'answering';
    expect(await asksAt(1000)).toBe(true);
    expect(circuit.state).toBe('closed');
    // Failing again within 1 s of closing: 2 s now, then 4 s.
    shared.mode = 'failing';
    clock.now = 1500;
    await failThrice(circuit);
    expect(await asksAt(3499)).toBe(false);
    shared.mode = 'answering';
    expect(await asksAt(3500)).toBe(true);
    shared.mode = 'failing';
    clock.now = 4000;
    await failThrice(circuit);
    expect(await asksAt(7999)).toBe(false);
    shared.mode = 'answering';
    expect(await asksAt(8000)).toBe(true);
    // Closed for longer than its last wait (4 s): the next outage waits 1 s again.
    shared.mode = 'failing';
    clock.now = 12_001;
    await failThrice(circuit);
    shared.mode = 'answering';
    expect(await asksAt(13_001)).toBe(true);
    expect(states).toEqual([
      'open',
      'closed',
      'open',
      'closed',
      'open',
      'closed',
      'open',
      'closed',
    ]);
  });

  it('waits no longer than its longest wait, however often the store fails again', async () => {
    const shared = new SharedStore();
    const clock = { now: 0 };
    const { circuit } = circuitOver(shared, 1000, clock);
    for (let i = 0; i < 6; i++) {
      shared.mode = 'failing';
      await failThrice(circuit);
      shared.mode = 'answering';
      clock.now += 8000;
      await circuit.get('k');
      expect(circuit.state).toBe('closed');
    }
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
      { timeoutMs: 5, failuresToOpen: 1, openMs: 60_000, maxOpenMs: 60_000 },
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
