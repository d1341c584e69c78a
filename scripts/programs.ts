import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningProgram {
  /** What the program printed after "ready at". */
  url: string;
  child: ChildProcess;
  /** Its exit code once it ends. */
  exited: Promise<number | null>;
  /** Everything it has printed on its standard output so far. */
  output(): string;
}

/**
 * Runs one of the project's programs (a subgraph, the gateway, a fixture) in a process of its own,
 * as `npm run` would, and resolves once it prints "ready at <url>"; fails if it ends before.
 */
export async function startProgram(
  script: string,
  args: string[] = [],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<RunningProgram> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let printed = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      printed += String(chunk);
      const ready = /ready at (\S+)/.exec(String(chunk));
      if (ready) resolve(ready[1]!);
    });
    void exited.then((code) =>
      reject(new Error(`${script} exited with ${code} before it was ready`)),
    );
  });
  return { url, child, exited, output: () => printed };
}
