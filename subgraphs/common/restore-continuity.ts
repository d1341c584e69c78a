import pg from 'pg';
import { onServerOf, withClient } from './database-server.js';
import { isUndefinedTable } from './sqlstate.js';

/**
 * What a restore over a database must carry on from the one it replaces. A dump is a day behind
 * the database: the records made since are gone with it, but their ids were seen (in the change
 * feed, in teams' files, in clients' caches) and must never name another record.
 */

/** A query's rows, or none where its table does not exist in that database (not migrated to it). */
async function rowsIfTable<T>(url: string, sql: string, parameters: unknown[] = []): Promise<T[]> {
  try {
    return await withClient(url, async (client) => (await client.query(sql, parameters)).rows);
  } catch (error) {
    if (isUndefinedTable(error)) return [];
    throw error;
  }
}

/**
 * The audit records of the database being replaced that came after the restored dump's last: all
 * of them where the dump predates the audit; none where the replaced database has no audit (the
 * national directory).
 */
export async function laterChanges(replacedUrl: string, restoredUrl: string): Promise<number> {
  const [restored] = await rowsIfTable<{ last: string }>(
    restoredUrl,
    `SELECT coalesce(max(id), 0)::text AS last FROM audit`,
  );
  const [later] = await rowsIfTable<{ n: number }>(
    replacedUrl,
    `SELECT count(*)::int AS n FROM audit WHERE id > $1`,
    [restored?.last ?? '0'],
  );
  return later?.n ?? 0;
}

/**
 * Closes the database being replaced to writes while the restore carries on from it: its sessions
 * are ended and new ones are read-only, so that no record is made there after its changes are
 * counted and its sequences read. Undone by `reopenToWrites` if the restore stops before the drop.
 */
export function closeToWrites(url: string): Promise<void> {
  return onServerOf(url, async (client, name) => {
    await client.query(
      `ALTER DATABASE ${pg.escapeIdentifier(name)} SET default_transaction_read_only = on`,
    );
    await client.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [name],
    );
  });
}

export function reopenToWrites(url: string): Promise<void> {
  return onServerOf(url, (client, name) =>
    client
      .query(`ALTER DATABASE ${pg.escapeIdentifier(name)} RESET default_transaction_read_only`)
      .then(() => undefined),
  );
}

/**
 * Moves every sequence of the restored database past where the replaced one had got to, so that an
 * id given out after the dump (SC-7 for a station since lost) is never given to another record.
 */
export async function sequencesPast(replacedUrl: string, restoredUrl: string): Promise<void> {
  const reached: { schemaname: string; sequencename: string; last_value: string }[] =
    await withClient(
      replacedUrl,
      async (client) =>
        (
          await client.query(
            `SELECT schemaname, sequencename, last_value::text FROM pg_sequences WHERE last_value IS NOT NULL`,
          )
        ).rows,
    );
  await withClient(restoredUrl, async (client) => {
    for (const sequence of reached)
      await client.query(
        `SELECT setval(format('%I.%I', schemaname, sequencename)::regclass, $3::bigint)
           FROM pg_sequences
          WHERE schemaname = $1 AND sequencename = $2 AND coalesce(last_value, 0) < $3::bigint`,
        [sequence.schemaname, sequence.sequencename, sequence.last_value],
      );
  });
}
