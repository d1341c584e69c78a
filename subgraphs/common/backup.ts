import { chmodSync, closeSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { oneLine } from '../../shared/one-line.js';
import { connectionFor, runTool, toolFor } from './postgres-tools.js';

/**
 * A database dumped in PostgreSQL's custom format (`pg_dump -Fc`: compressed, restored selectively
 * and in parallel by pg_restore, which PostgreSQL's documentation recommends for backups), and
 * restored from one. A dump is written beside its place and renamed there only when complete, so a
 * failed backup never leaves a file that looks like one. A region's dump holds its social workers'
 * personal data: it is its owner's alone to read (mode 0600), from its first byte.
 */
export async function backupDatabase(
  databaseUrl: string,
  file: string,
  // The pg_dump to run, where the caller has found it already (toolFor checks it reads the server).
  pgDump?: string,
): Promise<void> {
  pgDump ??= await toolFor('pg_dump', databaseUrl);
  const { dbname, env } = connectionFor(databaseUrl);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  try {
    // Made before pg_dump opens it, which keeps the mode of a file it finds (a umask would give 0644).
    closeSync(openSync(partial, 'w', 0o600));
    chmodSync(partial, 0o600);
    await runTool(pgDump, ['--format=custom', `--file=${partial}`, `--dbname=${dbname}`], { env });
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new Error(`pg_dump failed: ${oneLine((error as { stderr?: string }).stderr || error)}`, {
      cause: error,
    });
  }
}

/**
 * Restores a custom-format dump into the (empty) database at `databaseUrl` in one transaction: it
 * is all there or, on an error, none of it. Owners and grants are left out, so that the dump of one
 * server restores on another whose roles differ; the restoring user owns what it creates.
 */
export async function restoreDatabase(file: string, databaseUrl: string): Promise<void> {
  const pgRestore = await toolFor('pg_restore', databaseUrl);
  const { dbname, env } = connectionFor(databaseUrl);
  try {
    await runTool(
      pgRestore,
      [
        '--exit-on-error',
        '--single-transaction',
        '--no-owner',
        '--no-privileges',
        `--dbname=${dbname}`,
        file,
      ],
      { env },
    );
  } catch (error) {
    throw new Error(
      `pg_restore 未能恢复 ${file}。pg_restore failed: ${oneLine((error as { stderr?: string }).stderr || error)}`,
      { cause: error },
    );
  }
}
