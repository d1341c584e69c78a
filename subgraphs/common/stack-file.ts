import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { processAlive } from '../../shared/process-alive.js';

/**
 * Where a running `npm start` says what it runs, so that every tool (`import`, `seed`, `demo`,
 * `report`, `bench:measures`) finds the same stack whatever port it was given (`PORT=0`,
 * `EMBEDDED_POSTGRES_PORT`): `.data/stack.json`, or `STACK_FILE`.
 */
export interface RunningStack {
  gatewayUrl: string;
  /** Every subgraph's URL by name, for a person or a tool that asks one directly. */
  subgraphUrls: Record<string, string>;
  databaseUrl: string;
  pid: number;
}

const file = (env: NodeJS.ProcessEnv) => path.resolve(env.STACK_FILE ?? '.data/stack.json');

export function writeStackFile(stack: RunningStack, env: NodeJS.ProcessEnv = process.env): void {
  mkdirSync(path.dirname(file(env)), { recursive: true });
  writeFileSync(file(env), `${JSON.stringify(stack, null, 2)}\n`);
}

export function removeStackFile(env: NodeJS.ProcessEnv = process.env): void {
  rmSync(file(env), { force: true });
}

/** The stack a live `npm start` wrote, or null: none was written, or its process has gone. */
export function readStackFile(env: NodeJS.ProcessEnv = process.env): RunningStack | null {
  let stack: RunningStack;
  try {
    stack = JSON.parse(readFileSync(file(env), 'utf8')) as RunningStack;
  } catch {
    return null;
  }
  return processAlive(stack.pid) ? stack : null;
}
