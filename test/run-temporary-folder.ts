import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The temporary folder of a test run, which its workers get as TMPDIR (vitest.config.ts): what
 * they leave there is removed when the run ends. vitest ends its workers by killing them, so a
 * library's clean-up at exit never runs: exceljs's streaming reader, which keeps a copy of a sheet
 * in a temporary file until every sheet is read, left 13.7 MB in the system's folder in one run.
 * Named after the process that runs vitest, where this module is read (the config and its global
 * setup), never in a worker.
 */
const prefix = 'registry-tests-';
export const runTemporaryFolder = path.join(tmpdir(), `${prefix}${process.pid}`);

/** Is the process still running (a signal 0 is only a check)? */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Global setup of every project: the run's folder made, and those of earlier runs whose process is
 * gone removed (a run stopped by Ctrl-C never reaches its teardown). Teardown, once every file has
 * run: the run's folder removed.
 */
export function setup(): () => void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.slice(prefix.length));
    if (name.startsWith(prefix) && Number.isInteger(pid) && !running(pid))
      rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
  }
  mkdirSync(runTemporaryFolder, { recursive: true });
  return () => rmSync(runTemporaryFolder, { recursive: true, force: true });
}
