import { Agent, get } from 'node:http';
import { percentile } from './status-tally.js';

/** Time between two probes: light beside the load, and enough samples for a 99th percentile. */
const PROBE_EVERY_MS = 20;

/**
 * The floor under a load: while `work` runs, one caller asks `url` (a route nothing limits or
 * computes, such as /health) again and again, each time PROBE_EVERY_MS after the last answer, and
 * the 99th percentile of those answers' times, in milliseconds, is what any answer of that process
 * took at least under the same load, however little it had to do.
 */
export async function floorDuring<T>(url: string, work: Promise<T>): Promise<[T, number]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const took: number[] = [];
  let done = false;
  const probing = (async () => {
    while (!done) {
      const started = performance.now();
      await new Promise<void>((resolve) =>
        get(url, { agent }, (response) => response.resume().on('end', resolve)).on('error', () =>
          resolve(),
        ),
      );
      took.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
    }
  })();
  const result = await work.finally(() => (done = true));
  await probing;
  agent.destroy();
  return [result, percentile(took, 0.99)];
}
