import type { EntityManager } from 'typeorm';

/** A value that names a record (an id, a natural key, an alternate key) and the row it is on. */
export interface RowKey {
  column: string;
  value: string;
  line: number;
}

/**
 * Rows that repeat an earlier row's id or key are found by PostgreSQL, in a table of the import's
 * transaction, rather than by a map in memory: what an import holds then does not grow with the
 * rows of its file (two maps held about 37 MB for 200,000 rows).
 */
export async function startRepeatCheck(tx: EntityManager): Promise<void> {
  await tx.query(
    // Values by their digest: a cell of any length fits the index (a refused row's raw text too).
    `CREATE TEMP TABLE import_row_key (column_name text, value text, line int NOT NULL,
       PRIMARY KEY (column_name, value)) ON COMMIT DROP`,
  );
}

/**
 * Records the keys of a chunk of rows; returns those that an earlier row holds (in an earlier chunk
 * or earlier in this one), each with that row's line.
 */
export async function repeatedKeys(
  tx: EntityManager,
  keys: RowKey[],
): Promise<{ column: string; line: number; firstLine: number }[]> {
  if (!keys.length) return [];
  // The table as it was before this statement holds the earlier chunks; `recorded`, this chunk's
  // first rows of each key (inserted in line order, so that the first one is kept).
  const repeated: { column: string; line: number; first_line: number }[] = await tx.query(
    `WITH given AS (
         SELECT column_name, md5(value) AS value, line
         FROM unnest($1::text[], $2::text[], $3::int[]) AS g(column_name, value, line)
       ), recorded AS (
         INSERT INTO import_row_key SELECT * FROM given ORDER BY line
         ON CONFLICT (column_name, value) DO NOTHING RETURNING *
       )
       SELECT g.column_name AS column, g.line, coalesce(earlier.line, first.line) AS first_line
       FROM given g
       LEFT JOIN import_row_key earlier USING (column_name, value)
       LEFT JOIN recorded first USING (column_name, value)
       WHERE first.line IS DISTINCT FROM g.line`,
    [keys.map((k) => k.column), keys.map((k) => k.value), keys.map((k) => k.line)],
  );
  return repeated.map((r) => ({ column: r.column, line: r.line, firstLine: r.first_line }));
}
