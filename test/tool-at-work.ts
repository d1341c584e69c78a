import { spawn, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { toolArguments } from './tool-command.js';

/** One of the project's command-line tools, run as a team runs it. */
export interface RunningTool {
  child: ChildProcess;
  /** How it ended: its exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: string | null }>;
  /** Everything it has printed on its standard error so far. */
  stderr(): string;
  /**
   * Resolves once `ready()` holds, checked as the tool says something and as `folder` changes;
   * fails if the tool ends first. What a test waits on before it stops the tool with a signal,
   * while a lock the test holds keeps the tool from finishing: no sleep, no race with its work.
   */
  until(ready: () => boolean, folder?: string): Promise<void>;
}

export function runTool(script: string, args: string[], env: NodeJS.ProcessEnv): RunningTool {
  const child = spawn(process.execPath, [...toolArguments(script), ...args], { env });
  child.stdout!.resume();
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const until = (ready: () => boolean, folder?: string) =>
    new Promise<void>((resolve, reject) => {
      const watcher = folder ? watch(folder, () => check()) : undefined;
      const done = () => {
        watcher?.close();
        child.stderr!.off('data', check);
        child.off('exit', ended);
      };
      const check = () => {
        if (!ready()) return;
        done();
        resolve();
      };
      const ended = () => {
        done();
        reject(new Error(`${script} ended before it was stopped: ${stderr}`));
      };
      child.stderr!.on('data', check);
      child.once('exit', ended);
      check();
    });
  return { child, exited, stderr: () => stderr, until };
}
