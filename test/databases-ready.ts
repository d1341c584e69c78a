import pg from 'pg';
import { databaseUrl, emptyRegistryTemplate } from './template-databases.js';

/**
 * The global setup prepares the run's databases (migrations, seeds, templates) while the unit
 * tests already run; it holds this advisory lock until they are ready. A test file takes it shared,
 * which waits for the end of the preparation without polling.
 */
export const preparingLock = 7_310_502_027;

/** Resolves once the run's databases are prepared; throws, saying where to look, if they are not. */
export async function databasesReady(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock_shared($1)', [preparingLock]);
    await client.query('SELECT pg_advisory_unlock_shared($1)', [preparingLock]);
    // The last database the preparation makes: missing, the preparation failed.
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      emptyRegistryTemplate,
    ]);
    if (!rowCount)
      throw new Error(
        'The test databases were not prepared: the global setup (test/global-setup.ts) printed why, above the first test.',
      );
  } finally {
    await client.end();
  }
}
