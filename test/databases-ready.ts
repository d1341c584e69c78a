import pg from 'pg';
import { emptyRegistryTemplate, onServer } from './template-databases.js';

/**
 * The global setup prepares the run's databases (migrations, seeds, templates) while the unit
 * tests already run; it holds this advisory lock until they are ready. A test file takes it shared,
 * which waits for the end of the preparation without polling.
 */
export const preparingLock = 7_310_502_027;

/** The last step of a preparation: its mark, as the comment of the empty registry's template. */
export function markPrepared(serverUrl: string, preparation: string): Promise<unknown> {
  return onServer(serverUrl, (client) =>
    client.query(
      `COMMENT ON DATABASE ${pg.escapeIdentifier(emptyRegistryTemplate)} IS ${pg.escapeLiteral(preparation)}`,
    ),
  );
}

/**
 * Resolves once the run's databases are prepared (`preparation` is the run's mark); throws, saying
 * where to look, if the preparation ended without finishing.
 */
export function databasesReady(serverUrl: string, preparation: string): Promise<void> {
  return onServer(serverUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock_shared($1)', [preparingLock]);
    await client.query('SELECT pg_advisory_unlock_shared($1)', [preparingLock]);
    const { rows } = await client.query<{ mark: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS mark FROM pg_database WHERE datname = $1`,
      [emptyRegistryTemplate],
    );
    if (rows[0]?.mark !== preparation)
      throw new Error(
        'The test databases were not prepared: the global setup (test/global-setup.ts) printed why, above the first test.',
      );
  });
}
