import pg from 'pg';
import { subgraphDatabaseUrl } from '../subgraphs/common/database-server.js';
import type { SubgraphInfo } from '../subgraphs/regions.js';
import { testDatabasePrefix } from './database-prefix.js';

/**
 * Templates the global setup makes once, and that test files copy instead of migrating and seeding
 * again: PostgreSQL copies a template's files, which takes a fraction of a second where migrations
 * and seeding take seconds. Nothing ever connects to a template, since PostgreSQL copies only a
 * database nobody is connected to.
 */
const templatePrefix = `${testDatabasePrefix}template_`;

/** The seeded copy of a subgraph's database (published and demo data, as `npm start` seeds). */
export const seededTemplate = (subgraph: SubgraphInfo) => `${templatePrefix}${subgraph.database}`;

/** A registry database migrated but empty. */
export const emptyRegistryTemplate = `${templatePrefix}empty_registry`;

/** The name of the database in a database URL. */
export const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

/** The URL of the database `name` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.href;
}

/** `use` given a connection to the server's `postgres` database, closed after it. */
export async function onServer<T>(
  serverUrl: string,
  use: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** `database` replaced by a copy of `template` (dropped first if it exists). */
export function copyDatabase(serverUrl: string, template: string, database: string): Promise<void> {
  return onServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
    await client.query(
      `CREATE DATABASE ${pg.escapeIdentifier(database)} TEMPLATE ${pg.escapeIdentifier(template)}`,
    );
  });
}

/** The subgraph's database under the current DATABASE_PREFIX, copied from its seeded template. */
export function copySeededDatabase(serverUrl: string, subgraph: SubgraphInfo): Promise<void> {
  return copyDatabase(
    serverUrl,
    seededTemplate(subgraph),
    databaseName(subgraphDatabaseUrl(serverUrl, subgraph)),
  );
}
