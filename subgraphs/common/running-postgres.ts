import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import pg from 'pg';
import { processAlive } from '../../shared/process-alive.js';

/**
 * A PostgreSQL server already answering where the embedded one would start: whose data folder it
 * serves, and how to stop one that a killed `npm start` left behind.
 */

/** The data folder of the server at `url` (its superuser may ask), or null if it cannot be read. */
export async function dataDirectoryOf(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ data_directory: string }>('SHOW data_directory');
    return rows[0] ? canonical(rows[0].data_directory) : null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The same folder written the same way, whatever links or relative parts lead to it. */
export function canonical(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}

/** The process id of the server running on `dataDir`: the first line of its `postmaster.pid`. */
export function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** How long a fast shutdown may take before the server is killed: PostgreSQL's own pg_ctl waits 60 s. */
const SHUTDOWN_TIMEOUT_MS = 60_000;

/**
 * Stops the server running on `dataDir` as `pg_ctl stop -m fast` does: SIGINT to the postmaster,
 * which rolls back open transactions, checkpoints and exits; then waits until it is gone.
 */
export async function stopServerOf(dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir);
  if (pid === null || !processAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + SHUTDOWN_TIMEOUT_MS;
  while (processAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      return;
    }
    await wait(100);
  }
}
