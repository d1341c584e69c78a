import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { processAlive } from '../shared/process-alive.js';

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

/**
 * A folder of an earlier run of this user whose process is gone (a run stopped by Ctrl-C never
 * reaches its teardown). Another user's is left alone: it is not ours to remove, nor could we.
 */
function leftBehind(name: string): boolean {
  const pid = Number(name.slice(prefix.length));
  if (!name.startsWith(prefix) || !Number.isInteger(pid) || processAlive(pid)) return false;
  return statSync(path.join(tmpdir(), name), { throwIfNoEntry: false })?.uid === process.getuid?.();
}

/**
 * Global setup of every project: the run's folder made, and those left behind removed, as far as
 * they can be (a file in one that cannot be removed does not stop the run). Teardown, once every
 * file has run: the run's folder removed.
 */
export function setup(): () => void {
  for (const name of readdirSync(tmpdir()).filter(leftBehind)) {
    try {
      rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
    } catch (error) {
      console.warn(`未能删除 Could not remove ${name}: ${(error as Error).message}`);
    }
  }
  mkdirSync(runTemporaryFolder, { recursive: true });
  return () => rmSync(runTemporaryFolder, { recursive: true, force: true });
}
