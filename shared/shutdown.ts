import { constants } from 'node:os';
import { oneLine } from './one-line.js';

/** A step of stopping: close a listener, stop a gateway, stop a database. */
export type ShutdownStep = () => Promise<unknown> | unknown;

export interface StopOptions {
  /** How long the steps may take before the process exits all the same, with exit code 1. */
  deadlineMs?: number;
  /**
   * A tool a person stops (Ctrl-C) rather than a service told to stop: it exits as a program the
   * signal ended, 128 and the signal's number (130 for SIGINT, 143 for SIGTERM), as a shell says it,
   * so that a script that ran it does not take its work for done.
   */
  interrupted?: boolean;
}

let stopSignalled = false;

/**
 * Whether a signal is stopping the process: an error its steps cause then (a query whose connection
 * a stopped database ended) is not a second ending (fatal-errors.ts), and the stop's exit code stands.
 */
export const stoppingOnSignal = () => stopSignalled;

/**
 * On the first SIGINT or SIGTERM, runs the steps in order (each once: a listener closes before the
 * service behind it stops, the database last), then exits. A step that fails is said and the next
 * one still runs; the exit code is then 1. Further signals while stopping are ignored, and a stop
 * that outlasts the deadline (a connection that never closes) ends the process with exit code 1.
 * Returns what stops listening for the signals (a tool whose work is done, and said, may be ended
 * by them as any program is).
 */
export function stopOnSignals(
  steps: ShutdownStep[],
  { deadlineMs = 30_000, interrupted = false }: StopOptions = {},
): () => void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    stopSignalled = true;
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
    process.exit(failed ? 1 : interrupted ? 128 + constants.signals[signal] : 0);
  };
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const handlers = signals.map((signal) => {
    const handler = () => void stop(signal);
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  return () => handlers.forEach(([signal, handler]) => process.off(signal, handler));
}
