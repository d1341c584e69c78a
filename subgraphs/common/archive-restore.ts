import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { MigrationInterface } from 'typeorm';
import {
  type ArchiveManifest,
  type ArchiveTable,
  readArchive,
  readManifest,
} from './archive-format.js';
import { withoutIndexes } from './archive-indexes.js';
import { archivedTables, settleSession } from './archive-session.js';
import { createDataSource } from './data-source.js';
import { fromLaterRelease } from './later-release.js';

/** A subgraph's migrations, in the order they run (the registries', the directory's). */
export type MigrationList = readonly (new () => MigrationInterface)[];

/** The name TypeORM records of a migration: its `name`, else its class's. */
export const migrationName = (migration: new () => MigrationInterface) =>
  new migration().name ?? migration.name;

/** What an archive held that the schema its migrations build has no place for. */
export interface LeftOut {
  /** Tables made outside the migrations (by hand, by another tool), with their rows. */
  tables: string[];
  /** Columns added to a migrated table outside the migrations, as `table.column`. */
  columns: string[];
}

/**
 * Restores an archive (archive-format.ts) into the empty database at `databaseUrl`: the schema from
 * the migrations the manifest names, taken from whichever of `schemas` begins with them (an
 * archive of an older release gets that release's schema, and the subgraph migrates it forward
 * when it starts, backing it up first), then every table's rows and every sequence's place in one
 * transaction. The tables' own triggers are off while their rows go in: the rows hold what the
 * triggers once derived (rollups, copied columns, the write generation) and are copied as read.
 * A table or column the migrations do not make is left out, and returned to be said.
 */
export async function restoreArchive(
  file: string,
  databaseUrl: string,
  schemas: readonly MigrationList[],
): Promise<LeftOut> {
  const manifest = await readManifest(file);
  await migrateTo(manifest, databaseUrl, schemas);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await settleSession(client);
    await client.query('BEGIN');
    const made = new Map((await archivedTables(client)).map((t) => [t.name, t.columns]));
    const loaded = manifest.tables.filter((t) => made.has(t.name));
    const leftOut: LeftOut = {
      tables: manifest.tables.filter((t) => !made.has(t.name)).map((t) => t.name),
      columns: loaded.flatMap((t) =>
        t.columns.filter((c) => !made.get(t.name)!.includes(c)).map((c) => `${t.name}.${c}`),
      ),
    };
    const tables = loaded.map((t) => pg.escapeIdentifier(t.name));
    for (const table of tables) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    // What the migrations wrote (a first row of a counter) gives way to what was read.
    if (tables.length) await client.query(`TRUNCATE ${tables.join(', ')}`);
    const byFile = new Map(loaded.map((t) => [t.file, t]));
    await withoutIndexes(
      client,
      loaded.map((t) => t.name),
      () =>
        readArchive(file, async (name, body) => {
          const table = byFile.get(name);
          if (!table) {
            for await (const _ of body);
            return;
          }
          await copyIn(client, table, made.get(table.name)!, body);
          byFile.delete(name);
        }),
    );
    if (byFile.size)
      throw new Error(
        `归档中缺少 ${[...byFile.keys()].join('、')}：它不完整。The archive lacks ${[...byFile.keys()].join(', ')}: it is incomplete.`,
      );
    for (const table of tables) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    for (const s of manifest.sequences)
      await client.query(`SELECT setval($1, $2, $3)`, [
        pg.escapeIdentifier(s.name),
        s.lastValue,
        s.isCalled,
      ]);
    await client.query('COMMIT');
    return leftOut;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * A table's rows copied in, and counted against the manifest. Columns the table no longer has go
 * through a temporary table of the archive's columns, from which the table takes its own.
 */
async function copyIn(
  client: pg.Client,
  table: ArchiveTable,
  columns: string[],
  body: AsyncIterable<Buffer>,
): Promise<void> {
  const list = (names: string[]) => names.map((c) => pg.escapeIdentifier(c)).join(', ');
  const name = pg.escapeIdentifier(table.name);
  const whole = table.columns.every((c) => columns.includes(c));
  const kept = table.columns.filter((c) => columns.includes(c));
  if (!whole)
    await client.query(
      `CREATE TEMPORARY TABLE archive_rows ON COMMIT DROP AS SELECT ${list(kept)} FROM ${name} WITH NO DATA;
       ${table.columns
         .filter((c) => !columns.includes(c))
         .map((c) => `ALTER TABLE archive_rows ADD COLUMN ${pg.escapeIdentifier(c)} text;`)
         .join('\n')}`,
    );
  const copy = copyFrom(
    `COPY ${whole ? name : 'archive_rows'} (${list(table.columns)}) FROM STDIN`,
  );
  await pipeline(body, client.query(copy));
  if (copy.rowCount !== table.rows)
    throw new Error(
      `归档中 ${table.name} 表有 ${copy.rowCount} 行，其清单记为 ${table.rows} 行：归档已损坏。The archive's ${table.name} holds ${copy.rowCount} rows where its manifest says ${table.rows}: it is damaged.`,
    );
  if (!whole) {
    await client.query(
      // The ids as read, identity columns' too, as COPY writes them.
      `INSERT INTO ${name} (${list(kept)}) OVERRIDING SYSTEM VALUE SELECT ${list(kept)} FROM archive_rows`,
    );
    await client.query('DROP TABLE archive_rows');
  }
}

/** Runs the migrations the archive was at, and no later ones, on the empty database. */
async function migrateTo(
  manifest: ArchiveManifest,
  databaseUrl: string,
  schemas: readonly MigrationList[],
): Promise<void> {
  const wanted = manifest.migrations;
  const schema = schemas.find(
    (list) =>
      list.length >= wanted.length && wanted.every((name, i) => migrationName(list[i]!) === name),
  );
  if (!schema) {
    const known = new Set(schemas.flatMap((list) => list.map(migrationName)));
    const unknown = wanted.filter((name) => !known.has(name));
    if (unknown.length) throw fromLaterRelease(unknown);
    throw new Error(
      `该备份的迁移与本版本的顺序不同，无法重建其结构。The archive's migrations are not in this release's order; its schema cannot be rebuilt.`,
    );
  }
  const { dataSource } = createDataSource({
    url: databaseUrl,
    entities: [],
    migrations: [...schema.slice(0, wanted.length)],
    poolSize: 1,
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}
