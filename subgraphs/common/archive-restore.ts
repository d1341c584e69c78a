import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { MigrationInterface } from 'typeorm';
import { type ArchiveManifest, readArchive, readManifest } from './archive-format.js';
import { withoutIndexes } from './archive-indexes.js';
import { createDataSource } from './data-source.js';

/** A subgraph's migrations, in the order they run (the registries', the directory's). */
export type MigrationList = readonly (new () => MigrationInterface)[];

/** The name TypeORM records of a migration: its `name`, else its class's. */
export const migrationName = (migration: new () => MigrationInterface) =>
  new migration().name ?? migration.name;

/**
 * Restores an archive (archive-format.ts) into the empty database at `databaseUrl`: the schema from
 * the migrations the manifest names, taken from whichever of `schemas` begins with them (an
 * archive of an older release gets that release's schema, and the subgraph migrates it forward
 * when it starts, backing it up first), then every table's rows and every sequence's place in one
 * transaction. The tables' own triggers are off while their rows go in: the rows hold what the
 * triggers once derived (rollups, copied columns, the write generation) and are copied as read.
 */
export async function restoreArchive(
  file: string,
  databaseUrl: string,
  schemas: readonly MigrationList[],
): Promise<void> {
  const manifest = await readManifest(file);
  if (!manifest) throw new Error(`${file} is not a registry archive.`);
  await migrateTo(manifest, databaseUrl, schemas);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const tables = manifest.tables.map((t) => pg.escapeIdentifier(t.name));
    for (const table of tables) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    // What the migrations wrote (a first row of a counter) gives way to what was read.
    await client.query(`TRUNCATE ${tables.join(', ')}`);
    const byFile = new Map(manifest.tables.map((t) => [t.file, t]));
    await withoutIndexes(
      client,
      manifest.tables.map((t) => t.name),
      () =>
        readArchive(file, async (name, body) => {
          const table = byFile.get(name);
          if (!table) {
            for await (const _ of body);
            return;
          }
          const columns = table.columns.map((c) => pg.escapeIdentifier(c)).join(', ');
          const into = `COPY ${pg.escapeIdentifier(table.name)} (${columns}) FROM STDIN`;
          await pipeline(body, client.query(copyFrom(into)));
          byFile.delete(name);
        }),
    );
    if (byFile.size)
      throw new Error(`The archive is cut short: ${[...byFile.keys()].join(', ')} missing.`);
    for (const table of tables) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    for (const s of manifest.sequences)
      await client.query(`SELECT setval($1, $2, $3)`, [
        pg.escapeIdentifier(s.name),
        s.lastValue,
        s.isCalled,
      ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
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
    throw new Error(
      unknown.length
        ? `该备份来自较新的版本，本版本没有它的迁移 ${unknown.join('、')}：请用不早于备份时的版本恢复。The archive comes from a later release: this one lacks its migrations ${unknown.join(', ')}; restore it with a release no older than the one that wrote it.`
        : `该备份的迁移与本版本的顺序不同，无法重建其结构。The archive's migrations are not in this release's order; its schema cannot be rebuilt.`,
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
