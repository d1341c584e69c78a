import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningProgram } from '../scripts/programs.js';
import { startTool, toolArguments } from './tool-command.js';
import { regions } from '../subgraphs/regions.js';
import { testDatabasePrefix } from './database-prefix.js';

/** `WORKERS=2 npm start` on the run's seeded databases: two processes serve the whole federation on the same ports. */
const run = promisify(execFile);
const env = () => ({
  DATABASE_URL: inject('databaseServerUrl'),
  DATABASE_PREFIX: testDatabasePrefix,
  PORT: '0',
  STACK_FILE: path.join(os.tmpdir(), `workers-test-${process.pid}.json`),
  LOG_LEVEL: 'warn',
});
let started: RunningProgram;

beforeAll(async () => {
  started = await startTool('scripts/start.ts', [], { env: { ...env(), WORKERS: '2' } });
}, 120_000);

afterAll(async () => {
  if (started?.child.exitCode === null) started.child.kill('SIGTERM');
  await started?.exited;
});

/**
 * The workers of the stack whose primary is `pid`: its children that run the start script (its
 * source through tsx, or compiled for the run). Not every child is one: tsx may start esbuild's
 * service beside them when it has a module to compile.
 */
async function workersOf(pid: number): Promise<number[]> {
  const { stdout } = await run('ps', ['-o', 'pid=,args=', '--ppid', String(pid)]).catch(() => ({
    stdout: '',
  }));
  return stdout
    .split('\n')
    .filter((line) => /scripts\/start\.[jt]s/.test(line))
    .map((line) => Number.parseInt(line.trim(), 10));
}

describe('WORKERS=2', () => {
  /**
   * The regions the gateway answers for, asked on a connection of its own: a connection kept open
   * from an earlier request may lead to the worker that was killed, and is reset.
   */
  const national = async () => {
    const connection = new Agent();
    try {
      const response = await request(started.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ registries { code measure(indicator: "MSW_INSTITUTIONS") { value } } }',
        }),
        dispatcher: connection,
      });
      const { data, errors } = (await response.body.json()) as {
        data: { registries: { code: string }[] };
        errors?: unknown[];
      };
      expect(errors).toBeUndefined();
      return data.registries.map((r) => r.code);
    } finally {
      await connection.close();
    }
  };

  it('runs two workers, either of which answers on the one gateway URL, and replaces one that dies', async () => {
    const [first, second] = await workersOf(started.child.pid!);
    expect(second).toBeDefined();
    expect(await national()).toEqual(regions.map((r) => r.code).sort());
    // With one worker killed, the other answers alone; then a new one takes the dead one's place.
    process.kill(first!, 'SIGKILL');
    // Asked once the primary knows: Node's cluster loses a connection it hands to a worker that has
    // just died (README, Performance), and the process is gone a moment before the primary knows it.
    await expect
      .poll(() => started.errors(), { timeout: 60_000 })
      .toContain('A worker exited (SIGKILL); starting another.');
    expect(await workersOf(started.child.pid!)).not.toContain(first);
    expect(await national()).toEqual(regions.map((r) => r.code).sort());
    // The new worker's process is there before it serves: its report says it does.
    await expect
      .poll(() => started.output(), { timeout: 60_000 })
      .toContain('A new worker serves in its place.');
    expect(await workersOf(started.child.pid!)).toHaveLength(2);
    expect(await national()).toEqual(regions.map((r) => r.code).sort());
  }, 90_000);

  it('stops its workers and itself on SIGTERM', async () => {
    const workers = await workersOf(started.child.pid!);
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });

  it('refuses a count that is not a whole number, saying what it takes', async () => {
    const refused = await run(process.execPath, toolArguments('scripts/start.ts'), {
      env: { ...process.env, ...env(), WORKERS: 'many' },
    }).catch((error) => error);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('WORKERS must be a whole number from 1 to 64, not "many"');
  });
});
