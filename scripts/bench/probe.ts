import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { percentile } from './status-tally.js';

/** Time between two probes: light beside the load, and enough samples for a 99th percentile. */
const PROBE_EVERY_MS = 20;

/** What one more caller, whose own event loop nothing else uses, saw of a gateway under a load. */
export interface Probes {
  /**
   * The 99th percentile of `/health` (nothing limits or computes it), in milliseconds: what any
   * answer of that process took at least under the load, however little it had to do.
   */
  floorP99: number;
  /** The GraphQL requests of the probe that were refused (503), and how long a refusal took. */
  refusals: number;
  refusalP50: number;
  refusalP99: number;
}

/**
 * Two callers on a thread of their own, whose event loop the load does not delay (they share the
 * machine's cores with it): the load generator's event loop, busy with hundreds of connections,
 * delays every time it measures (its own p99 is printed beside its figures), and these would be
 * delayed as much on its thread. One asks /health again and again; the other sends the load's
 * GraphQL request and keeps the times of its refusals, asking again PROBE_EVERY_MS after each
 * answer whatever `Retry-After` says, since refusals are what it measures.
 */
const probeThread = `
const { parentPort, workerData } = require('node:worker_threads');
const { Agent, request } = require('node:http');
const { url, health, body, headers, everyMs } = workerData;
let done = false;
parentPort.once('message', () => (done = true));
const ask = (agent, target, method, payload) =>
  new Promise((resolve) => {
    const started = performance.now();
    const sending = request(
      target,
      {
        method,
        agent,
        headers: payload ? { 'content-type': 'application/json', ...headers } : {},
        timeout: 30000,
      },
      (response) =>
        response.resume().on('end', () =>
          resolve({ status: response.statusCode, took: performance.now() - started }),
        ),
    );
    sending.on('timeout', () => sending.destroy());
    sending.on('error', () => resolve(undefined));
    sending.end(payload);
  });
const probe = async (target, method, payload, kept) => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const took = [];
  while (!done) {
    const answer = await ask(agent, target, method, payload);
    if (answer && kept(answer.status)) took.push(answer.took);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  agent.destroy();
  return took;
};
Promise.all([
  probe(health, 'GET', undefined, () => true),
  probe(url, 'POST', body, (status) => status === 503),
]).then(([floor, refusals]) => parentPort.postMessage({ floor, refusals }));
`;

/** Probes a gateway's `/health` and its refusals of `body` while `work` runs. */
export async function probesDuring<T>(
  { url, body, headers }: { url: string; body: string; headers: Record<string, string> },
  work: Promise<T>,
): Promise<[T, Probes]> {
  const thread = new Worker(probeThread, {
    eval: true,
    workerData: {
      url,
      health: url.replace('/graphql', '/health'),
      body,
      headers,
      everyMs: PROBE_EVERY_MS,
    },
  });
  // A thread that fails ends the bench with its error, not with an unhandled event.
  const failed = once(thread, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => {});
  let result: T;
  try {
    result = await Promise.race([work, failed]);
  } catch (error) {
    await thread.terminate();
    throw error;
  }
  thread.postMessage('stop');
  const [{ floor, refusals }] = (await Promise.race([once(thread, 'message'), failed])) as [
    { floor: number[]; refusals: number[] },
  ];
  await thread.terminate();
  return [
    result,
    {
      floorP99: percentile(floor, 0.99),
      refusals: refusals.length,
      refusalP50: percentile(refusals, 0.5),
      refusalP99: percentile(refusals, 0.99),
    },
  ];
}
