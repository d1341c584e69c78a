import pg from 'pg';

/**
 * Runs `load` on `tables` with their indexes and constraints set aside, and makes them again after
 * it, as pg_restore does: each index is built once over all its rows rather than updated row by
 * row, and each foreign key checked in one pass. Within the caller's transaction, so a row that
 * breaks a key fails the whole restore. Foreign keys go first and come back last.
 */
export async function withoutIndexes(
  client: pg.Client,
  tables: readonly string[],
  load: () => Promise<void>,
): Promise<void> {
  const { rows: constraints } = await client.query<{
    table: string;
    name: string;
    definition: string;
    foreign: boolean;
  }>(
    `SELECT t.relname::text AS table, k.conname::text AS name, pg_get_constraintdef(k.oid) AS definition,
            k.contype = 'f' AS foreign
       FROM pg_constraint k
       JOIN pg_class t ON t.oid = k.conrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND t.relname = ANY($1) AND k.contype IN ('f', 'p', 'u', 'x')
      ORDER BY k.contype <> 'f', k.conname`,
    [tables],
  );
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT x.relname::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       JOIN pg_class x ON x.oid = i.indexrelid
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND t.relname = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k
                         WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))`,
    [tables],
  );
  const on = (table: string) => `ALTER TABLE ${pg.escapeIdentifier(table)}`;
  for (const c of constraints)
    await client.query(`${on(c.table)} DROP CONSTRAINT ${pg.escapeIdentifier(c.name)}`);
  for (const index of indexes) await client.query(`DROP INDEX ${pg.escapeIdentifier(index.name)}`);
  await load();
  const [foreignKeys, ownKeys] = [
    constraints.filter((c) => c.foreign),
    constraints.filter((c) => !c.foreign),
  ];
  for (const c of ownKeys)
    await client.query(
      `${on(c.table)} ADD CONSTRAINT ${pg.escapeIdentifier(c.name)} ${c.definition}`,
    );
  for (const index of indexes) await client.query(index.definition);
  for (const c of foreignKeys)
    await client.query(
      `${on(c.table)} ADD CONSTRAINT ${pg.escapeIdentifier(c.name)} ${c.definition}`,
    );
}
