import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningProgram } from '../scripts/programs.js';
import { startTool, toolArguments } from './tool-command.js';
import { freePort } from '../shared/listen.js';
import { stopServerOf } from '../subgraphs/common/running-postgres.js';
import { regionNamed } from '../subgraphs/regions.js';
import { runTool } from './tool-at-work.js';

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
  const first = await startTool('scripts/start.ts', [], { env: env() });
  first.child.kill('SIGKILL');
  await first.exited;
}, 180_000);

afterAll(async () => {
  if (second?.child.exitCode === null) {
    second.child.kill('SIGTERM');
    await second.exited;
  }
  // Whatever a failed test left running on the folder.
  await stopServerOf(dataDir);
  rmSync(folder, { recursive: true, force: true });
}, 90_000);

describe('an embedded PostgreSQL left by a killed npm start', () => {
  it('is still running after the kill', async () => {
    expect(await accepts(databasePort)).toBe(true);
  });

  it('is found by the next start, which says so and serves on it', async () => {
    second = await startTool('scripts/start.ts', [], { env: env() });
    expect(second.output()).toContain(`Found the embedded PostgreSQL of ${dataDir} still running`);
    expect(second.output()).toContain(
      `内置 PostgreSQL 已运行 Embedded PostgreSQL running (data in ${dataDir})`,
    );
  }, 180_000);

  it('refuses, in one line naming the folder, a start on another data folder with the same port', async () => {
    const other = path.join(folder, 'other-postgres');
    const failed = await run(process.execPath, toolArguments('scripts/start.ts'), {
      env: { ...env(), EMBEDDED_POSTGRES_DIR: other, STACK_FILE: path.join(folder, 'other.json') },
      timeout: 120_000,
    }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    // A configuration mistake: exit code 2, said in Chinese first, with what to do.
    expect(failed?.code).toBe(2);
    expect(failed?.stdout).not.toMatch(/Embedded PostgreSQL running/);
    expect(failed?.stderr).toMatch(
      new RegExp(
        `^端口 ${databasePort} 已被另一个 PostgreSQL 占用.*EMBEDDED_POSTGRES_PORT.*。Port`,
      ),
    );
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

  it('is stopped by an export that took it over, when a signal stops the export half-way', async () => {
    // Left running again, by a start killed as the first one was.
    const killed = await startTool('scripts/start.ts', [], { env: env() });
    killed.child.kill('SIGKILL');
    await killed.exited;
    // The export reads Tianjin's institutions, which a lock the test holds keeps it waiting on: it
    // is stopped while it waits, with no sleep and no race with its work.
    const lock = new pg.Client({
      connectionString: `postgres://postgres:postgres@127.0.0.1:${databasePort}/${regionNamed('tianjin')!.database}`,
    });
    // The server's shutdown ends this connection under it: an error it reports then is expected.
    lock.on('error', () => {});
    await lock.connect();
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE institution IN ACCESS EXCLUSIVE MODE');
    const out = path.join(folder, 'institutions.csv');
    const exporting = runTool(
      'scripts/export.ts',
      ['--region', 'tianjin', '--kind', 'institutions', '--out', out],
      { ...env(), LOG_LEVEL: 'warn' },
    );
    await exporting.until(() => exporting.stderr().includes('正在导出到'));
    exporting.child.kill('SIGTERM');
    expect(await exporting.exited).toEqual({ code: 143, signal: null });
    const said = exporting.stderr();
    expect(said).toContain(`导出已中断：未写入 ${out}`);
    expect(said).not.toContain('错误 Error');
    expect(said).not.toContain('停止时出错');
    expect(existsSync(out)).toBe(false);
    expect(await accepts(databasePort)).toBe(false);
    await lock.end().catch(() => {});
  }, 180_000);
});
