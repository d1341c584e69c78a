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
 * The audit records of a database made after `since` (a dump's time), by the server's clock: what
 * a restore would lose, said before it is asked for. (Once restored, `laterChanges` counts by id.)
 */
export async function changesSince(url: string, since: Date): Promise<number> {
  const [later] = await rowsIfTable<{ n: number }>(
    url,
    `SELECT count(*)::int AS n FROM audit WHERE at > $1`,
    [since],
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

/** A record of the personal-data export log, as a restore reports one it cannot keep. */
export interface ExportRecord {
  id: string;
  at: string;
  actor: string;
  kind: string;
  file: string;
}

/**
 * Carries the personal-data export log of the database being replaced into the restored one. The
 * log says who took the region's personal data out, and when: a compliance record, not registry
 * data, which no restore may take back. Its rows made after the dump are added with their own ids
 * (ids a restore never gives out twice, `sequencesPast`, so an id names the same export in both),
 * and a row the dump holds unfinished that the replaced database has finished since (the backup
 * the dump is of, above all) takes its finish. Where the restored database has no such log (a dump
 * from before it), nothing can be carried: the rows are returned, for the restore to name them.
 */
export async function keepExportLog(
  replacedUrl: string,
  restoredUrl: string,
): Promise<{ kept: number; notKept: ExportRecord[] }> {
  const [replaced] = await rowsIfTable<{ rows: (ExportRecord & Record<string, unknown>)[] }>(
    replacedUrl,
    `SELECT coalesce(json_agg(p ORDER BY id), '[]') AS rows FROM personal_data_export p`,
  );
  const rows = replaced?.rows ?? [];
  if (!rows.length) return { kept: 0, notKept: [] };
  const columns = (
    await rowsIfTable<{ name: string }>(
      restoredUrl,
      `SELECT attname AS name FROM pg_attribute
        WHERE attrelid = 'public.personal_data_export'::regclass AND attnum > 0 AND NOT attisdropped`,
    )
  )
    .map((c) => c.name)
    .filter((name) => name in rows[0]!);
  if (!columns.length) return { kept: 0, notKept: rows };
  const list = columns.map((c) => pg.escapeIdentifier(c)).join(', ');
  const added = await withClient(restoredUrl, async (client) => {
    const { rows: written } = await client.query<{ added: boolean }>(
      `INSERT INTO personal_data_export (${list}) OVERRIDING SYSTEM VALUE
       SELECT ${list} FROM json_populate_recordset(NULL::personal_data_export, $1::json)
       ON CONFLICT (id) DO UPDATE SET records = excluded.records, finished_at = excluded.finished_at
        WHERE personal_data_export.finished_at IS NULL AND excluded.finished_at IS NOT NULL
       RETURNING xmax = 0 AS added`,
      [JSON.stringify(rows)],
    );
    return written.filter((row) => row.added).length;
  });
  return { kept: added, notKept: [] };
}

/**
 * The dump's own record in the restored log (`npm run backup` records itself, kind `backup`, just
 * before pg_dump begins, so the dump holds it unfinished): the latest unfinished backup begun
 * within a minute of the dump (the archive's time is to the second, and pg_dump's clock may not be
 * the server's), if any. A dump made with no record (the backup a subgraph takes before a
 * migration) finds none, and an earlier backup left unfinished (one killed) is left as it was.
 */
export async function dumpRecordOf(restoredUrl: string, dumpedAt: Date): Promise<string | null> {
  if (Number.isNaN(dumpedAt.getTime())) return null;
  const [own] = await rowsIfTable<{ id: string }>(
    restoredUrl,
    `SELECT id::text FROM personal_data_export
      WHERE kind = 'backup' AND finished_at IS NULL
        AND at BETWEEN $1::timestamptz - interval '1 minute' AND $1::timestamptz + interval '1 minute'
      ORDER BY id DESC LIMIT 1`,
    [dumpedAt.toISOString()],
  );
  return own?.id ?? null;
}

/**
 * Marks the dump's own record finished, where it is still unfinished once the log is carried over
 * (a restore into a scratch database, or a database that has no record of the backup): the dump is
 * whole, so the backup that wrote it finished, by `finishedBy` at the latest (the file's time).
 */
export async function finishDumpRecord(
  restoredUrl: string,
  id: string,
  finishedBy: Date,
): Promise<void> {
  await withClient(restoredUrl, (client) =>
    client.query(
      `UPDATE personal_data_export SET finished_at = $2 WHERE id = $1 AND finished_at IS NULL`,
      [id, finishedBy.toISOString()],
    ),
  );
}
