import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProgram, type RunningProgram } from '../scripts/programs.js';
import { freePort } from '../shared/listen.js';

/**
 * `npm start` killed with `kill -9` leaves its embedded PostgreSQL running: the next start finds
 * it, says so, and stops it when it stops itself; a start on another data folder whose port that
 * server holds is refused in one line that names the folder in the way.
 */
const run = promisify(execFile);
const folder = mkdtempSync(path.join(tmpdir(), 'registry-stale-postgres-'));
chmodSync(folder, 0o755);
const dataDir = path.join(folder, 'postgres');
let databasePort: number;
const env = () => ({
  ...process.env,
  DATABASE_URL: '',
  DATABASE_PREFIX: '',
  PORT: '0',
  EMBEDDED_POSTGRES_PORT: String(databasePort),
  EMBEDDED_POSTGRES_DIR: dataDir,
  STACK_FILE: path.join(folder, 'stack.json'),
  LOG_LEVEL: 'warn',
  // The server's life is the subject, not the rows: no demo to generate (a first start 13.5 → 5.9 s).
  DEMO_DATA: 'off',
});
let second: RunningProgram | undefined;

async function accepts(port: number): Promise<boolean> {
  const client = new pg.Client({
    connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

beforeAll(async () => {
  databasePort = await freePort();
  const first = await startProgram('scripts/start.ts', [], { env: env() });
  first.child.kill('SIGKILL');
  await first.exited;
}, 180_000);

afterAll(async () => {
  if (second?.child.exitCode === null) {
    second.child.kill('SIGTERM');
    await second.exited;
  }
  rmSync(folder, { recursive: true, force: true });
}, 90_000);

describe('an embedded PostgreSQL left by a killed npm start', () => {
  it('is still running after the kill', async () => {
    expect(await accepts(databasePort)).toBe(true);
  });

  it('is found by the next start, which says so and serves on it', async () => {
    second = await startProgram('scripts/start.ts', [], { env: env() });
    expect(second.output()).toContain(`Found the embedded PostgreSQL of ${dataDir} still running`);
    expect(second.output()).toContain(
      `内置 PostgreSQL 已运行 Embedded PostgreSQL running (data in ${dataDir})`,
    );
  }, 180_000);

  it('refuses, in one line naming the folder, a start on another data folder with the same port', async () => {
    const other = path.join(folder, 'other-postgres');
    const failed = await run(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      env: { ...env(), EMBEDDED_POSTGRES_DIR: other, STACK_FILE: path.join(folder, 'other.json') },
      timeout: 120_000,
    }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).not.toMatch(/Embedded PostgreSQL running/);
    expect(failed?.stderr.trim().split('\n')).toEqual([
      expect.stringContaining(
        `Port ${databasePort} is taken by a PostgreSQL whose data is in ${dataDir}, not ${other}`,
      ),
    ]);
  }, 180_000);

  it('is stopped when the start that took it over stops', async () => {
    second!.child.kill('SIGTERM');
    expect(await second!.exited).toBe(0);
    expect(await accepts(databasePort)).toBe(false);
  }, 90_000);
});
