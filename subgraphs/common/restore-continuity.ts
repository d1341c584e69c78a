import pg from 'pg';

/**
 * What a restore over a database must carry on from the one it replaces. A dump is a day behind
 * the database: the records made since are gone with it, but their ids were seen (in the change
 * feed, in teams' files, in clients' caches) and must never name another record.
 */

/** PostgreSQL's SQLSTATE for a table that does not exist (a database not migrated, the directory). */
const UNDEFINED_TABLE = '42P01';

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The audit records of the database being replaced that came after the restored dump's last. */
export async function laterChanges(replacedUrl: string, restoredUrl: string): Promise<number> {
  try {
    const last = await withClient(restoredUrl, async (client) => {
      const { rows } = await client.query(`SELECT coalesce(max(id), 0)::text AS last FROM audit`);
      return rows[0].last as string;
    });
    return await withClient(replacedUrl, async (client) => {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM audit WHERE id > $1`, [
        last,
      ]);
      return rows[0].n as number;
    });
  } catch (error) {
    if ((error as { code?: string }).code === UNDEFINED_TABLE) return 0;
    throw error;
  }
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
