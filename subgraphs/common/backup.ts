import { chmodSync, closeSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { oneLine } from '../../shared/one-line.js';
import { backupKind } from './archive-format.js';
import { type LeftOut, type MigrationList, restoreArchive } from './archive-restore.js';
import { tablesFolderOf, writeArchive } from './archive-write.js';
import { connectionFor, runTool, toolFor, ToolUnusable } from './postgres-tools.js';

/**
 * A database dumped in PostgreSQL's custom format (`pg_dump -Fc`: compressed, restored selectively
 * and in parallel by pg_restore, which PostgreSQL's documentation recommends for backups), and
 * restored from one. Where no pg_dump can read the server (none installed, or older than it, as
 * next to the embedded PostgreSQL 17), the registries' own archive is written instead
 * (archive-format.ts), which needs nothing but the connection. A dump is written beside its place
 * and renamed there only when complete, so a failed backup never leaves a file that looks like
 * one. A region's dump holds its social workers' personal data: it is its owner's alone to read
 * (mode 0600), from its first byte.
 */

/** How a backup was written: by pg_dump, or as the registries' archive, and why not by pg_dump. */
export type BackupMethod = { kind: 'pg_dump'; tool: string } | { kind: 'archive'; why: string };

/**
 * pg_dump where one can read the server at `databaseUrl`, else (none found, or one older than the
 * server) the archive, with the reason. A server that cannot be reached fails here, as it is.
 */
export async function backupMethod(databaseUrl: string): Promise<BackupMethod> {
  try {
    return { kind: 'pg_dump', tool: await toolFor('pg_dump', databaseUrl) };
  } catch (error) {
    if (!(error instanceof ToolUnusable)) throw error;
    return { kind: 'archive', why: oneLine(error) };
  }
}

/** Where a backup to `file` is written until it is whole. */
const partialOf = (file: string) => `${file}.partial`;

/** Removes what a backup to `file` wrote before it was whole: when it fails, or is stopped. */
export function removeUnfinished(file: string): void {
  for (const unfinished of [partialOf(file), tablesFolderOf(partialOf(file))])
    rmSync(unfinished, { recursive: true, force: true });
}

/** How a backup was written, as a log line says it. */
export const methodWords = (method: BackupMethod) =>
  method.kind === 'archive'
    ? { zh: '登记库自己的归档', en: "the registries' own archive" }
    : { zh: 'pg_dump（PostgreSQL 自定义格式）', en: "pg_dump (PostgreSQL's custom format)" };

/** Backs the database at `databaseUrl` up to `file`, by `method` or the one `backupMethod` finds. */
export async function backupDatabase(
  databaseUrl: string,
  file: string,
  // How to write it, where the caller has chosen already.
  method?: BackupMethod,
): Promise<BackupMethod> {
  method ??= await backupMethod(databaseUrl);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = partialOf(file);
  try {
    // Made before pg_dump opens it, which keeps the mode of a file it finds (a umask would give 0644).
    closeSync(openSync(partial, 'w', 0o600));
    chmodSync(partial, 0o600);
    if (method.kind === 'archive') await writeArchive(databaseUrl, partial);
    else {
      const { dbname, env } = connectionFor(databaseUrl);
      await runTool(method.tool, ['--format=custom', `--file=${partial}`, `--dbname=${dbname}`], {
        env,
      });
    }
    renameSync(partial, file);
    return method;
  } catch (error) {
    removeUnfinished(file);
    const said = oneLine((error as { stderr?: string }).stderr || error);
    const how = methodWords(method);
    throw new Error(`未能写成备份（${how.zh}）。The backup (${how.en}) failed: ${said}`, {
      cause: error,
    });
  }
}

/**
 * Restores a custom-format dump into the (empty) database at `databaseUrl` in one transaction: it
 * is all there or, on an error, none of it. Owners and grants are left out, so that the dump of one
 * server restores on another whose roles differ; the restoring user owns what it creates. An
 * archive is restored by archive-restore.ts, its rows in one transaction too.
 */
export async function restoreDatabase(
  file: string,
  databaseUrl: string,
  // The subgraphs' migrations, which rebuild an archive's schema.
  schemas: readonly MigrationList[],
): Promise<LeftOut> {
  if (backupKind(file) === 'archive') {
    try {
      return await restoreArchive(file, databaseUrl, schemas);
    } catch (error) {
      throw new Error(`未能恢复 ${file}：${oneLine(error)}`, { cause: error });
    }
  }
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
  // pg_restore rebuilds the schema the dump holds, whatever made it: nothing is left out.
  return { tables: [], columns: [] };
}
