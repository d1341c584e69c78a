import type pg from 'pg';

/**
 * What the writing and the restoring of an archive both need of their connection: settings that
 * make COPY's text the same whatever the server's or the role's defaults (a DateStyle of `SQL`
 * would write a time that reads back in another zone), and the tables as the archive sees them.
 */

/** Fixes how values are written as text, and names resolve in `public` alone. */
export async function settleSession(client: pg.Client): Promise<void> {
  await client.query(
    `SET DateStyle = ISO; SET IntervalStyle = postgres; SET extra_float_digits = 3;
     SET search_path = public`,
  );
}

export interface TableColumns {
  name: string;
  /** Its columns in order, generated ones left out (they are computed again, never copied). */
  columns: string[];
}

/**
 * The tables of `public` whose rows an archive holds: every one but the migrations' (the
 * migrations write their rows) and an extension's (the extension makes and fills its own).
 */
export async function archivedTables(client: pg.Client): Promise<TableColumns[]> {
  const { rows } = await client.query<TableColumns>(
    `SELECT c.relname::text AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid
        AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND c.relname <> 'migrations'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d
                         WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                           AND d.deptype = 'e')
      GROUP BY c.relname ORDER BY c.relname`,
  );
  return rows;
}
