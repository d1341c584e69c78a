import { oneLine } from './one-line.js';

/** A step of stopping: close a listener, stop a gateway, stop a database. */
export type ShutdownStep = () => Promise<unknown> | unknown;

/**
 * On the first SIGINT or SIGTERM, runs the steps in order (each once: a listener closes before the
 * service behind it stops, the database last), then exits. A step that fails is said and the next
 * one still runs; the exit code is then 1. Further signals while stopping are ignored, and a stop
 * that outlasts the deadline (a connection that never closes) ends the process with exit code 1.
 */
export function stopOnSignals(steps: ShutdownStep[], deadlineMs = 30_000): void {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      console.error(
        `${deadlineMs / 1000} 秒内未能停止，强制退出 Not stopped within ${deadlineMs / 1000} s; exiting.`,
      );
      process.exit(1);
    }, deadlineMs).unref();
    let failed = false;
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        failed = true;
        console.error(`停止时出错 Error while stopping: ${oneLine(error)}`);
      }
    }
    process.exit(failed ? 1 : 0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
}
