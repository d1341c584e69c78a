import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningProgram {
  /** What the program printed after "ready at". */
  url: string;
  child: ChildProcess;
  /** Its exit code once it ends. */
  exited: Promise<number | null>;
  /** Everything it has printed on its standard output so far. */
  output(): string;
  /** The last of what it has printed on its standard error (STDERR_KEPT characters). */
  errors(): string;
}

/** How much of a program's standard error an error about its start quotes. */
const STDERR_KEPT = 2_000;

/** The arguments of `node` that run a TypeScript `script` as `npm run` does: through tsx. */
export const throughTsx = (script: string): string[] => ['--import', 'tsx', script];

/**
 * Runs one of the project's programs (a subgraph, the gateway, a fixture) in a process of its own,
 * as `npm run` would, and resolves once it prints "ready at <url>"; fails if it ends before.
 * Unless told a PORT, it listens on port 0, a free port the system picks and the URL names: a port
 * probed free beforehand could be taken by another process before the program binds it. Its
 * environment is this process's and `env`, or `env` alone with `inheritEnv: false`.
 */
export async function startProgram(
  script: string,
  args: string[] = [],
  options: {
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    inheritEnv?: boolean;
    /** Given the process as soon as it is spawned: the caller can stop one that never gets ready. */
    onSpawn?: (child: ChildProcess) => void;
    /** What `node` is given to run it: through tsx, unless told otherwise (the script compiled, say). */
    nodeArguments?: string[];
  } = {},
): Promise<RunningProgram> {
  const inherited = options.inheritEnv === false ? {} : process.env;
  const nodeArguments = options.nodeArguments ?? throughTsx(script);
  const child = spawn(process.execPath, [...nodeArguments, ...args], {
    cwd: options.cwd,
    env: { ...inherited, PORT: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onSpawn?.(child);
  // Its errors are shown as they come, and the last of them also in the error of a program that
  // ended before it was ready, which would otherwise say only its exit code.
  let errors = '';
  child.stderr!.on('data', (chunk) => {
    process.stderr.write(chunk);
    errors = (errors + String(chunk)).slice(-STDERR_KEPT);
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
      reject(
        new Error(
          `${script} exited with ${code} before it was ready${errors ? `:\n${errors.trim()}` : ''}`,
        ),
      ),
    );
  });
  return { url, child, exited, output: () => printed, errors: () => errors };
}
