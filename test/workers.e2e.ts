import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startProgram, type RunningProgram } from '../scripts/programs.js';
import { regions } from '../subgraphs/regions.js';
import { data } from './harness.js';
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
  started = await startProgram('scripts/start.ts', [], { env: { ...env(), WORKERS: '2' } });
}, 120_000);

afterAll(async () => {
  if (started?.child.exitCode === null) started.child.kill('SIGTERM');
  await started?.exited;
});

/** The processes whose parent is `pid`. */
async function childrenOf(pid: number): Promise<number[]> {
  const { stdout } = await run('ps', ['-o', 'pid=', '--ppid', String(pid)]).catch(() => ({
    stdout: '',
  }));
  return stdout
    .split('\n')
    .filter((line) => line.trim())
    .map(Number);
}

describe('WORKERS=2', () => {
  const national = async () => {
    const { registries } = await data(
      started.url,
      '{ registries { code measure(indicator: "MSW_INSTITUTIONS") { value } } }',
    );
    return registries.map((r: { code: string }) => r.code);
  };

  it('runs two workers, either of which answers on the one gateway URL, and replaces one that dies', async () => {
    const [first, second] = await childrenOf(started.child.pid!);
    expect(second).toBeDefined();
    expect(await national()).toEqual(regions.map((r) => r.code).sort());
    // With one worker killed, the other answers alone; then a new one takes the dead one's place.
    process.kill(first!, 'SIGKILL');
    await expect
      .poll(() => childrenOf(started.child.pid!), { timeout: 60_000 })
      .not.toContain(first);
    expect(await national()).toEqual(regions.map((r) => r.code).sort());
    // The new worker's process is there before it serves: its report says it does.
    await expect
      .poll(() => started.output(), { timeout: 60_000 })
      .toContain('A new worker serves in its place.');
    expect(await childrenOf(started.child.pid!)).toHaveLength(2);
    expect(await national()).toEqual(regions.map((r) => r.code).sort());
  }, 90_000);

  it('stops its workers and itself on SIGTERM', async () => {
    const workers = await childrenOf(started.child.pid!);
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });

  it('refuses a count that is not a whole number, saying what it takes', async () => {
    const refused = await run(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      env: { ...process.env, ...env(), WORKERS: 'many' },
    }).catch((error) => error);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('WORKERS must be a whole number from 1 to 64, not "many"');
  });
});
