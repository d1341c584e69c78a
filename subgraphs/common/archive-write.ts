import { createReadStream, createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import tar from 'tar-stream';
import { archiveFormat, type ArchiveManifest, type ArchiveTable } from './archive-format.js';
import { archivedTables, settleSession } from './archive-session.js';
import { isUndefinedTable } from './sqlstate.js';

/**
 * Where the tables of an archive being written to `file` wait to be packed: a folder beside it,
 * its owner's alone, removed when the archive is written or fails (and by a tool stopped by a
 * signal), and replaced by the next backup to the same file should a killed one have left it.
 */
export const tablesFolderOf = (file: string) => `${file}.tables`;

/**
 * Writes the database at `databaseUrl` to `file` as the registries' own archive (archive-format.ts),
 * with nothing but a connection to the server: every table is read in one read-only snapshot,
 * under the lock pg_dump takes (ACCESS SHARE: no TRUNCATE or table rewrite meanwhile), into files
 * beside `file`, then packed behind the manifest that lists them. A tar entry states its size
 * before its bytes, which a table's COPY knows only at its end: hence the files. The caller writes
 * `file` where no one else may read it and renames it into place.
 */
export async function writeArchive(databaseUrl: string, file: string): Promise<void> {
  const folder = tablesFolderOf(file);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { mode: 0o700 });
  try {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    let manifest: ArchiveManifest;
    try {
      await settleSession(client);
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      manifest = await describe(client);
      for (const table of manifest.tables) table.rows = await copyOut(client, table, folder);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    await pack(manifest, folder, file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function describe(client: pg.Client): Promise<ArchiveManifest> {
  // The transaction's snapshot is taken here, at its first statement.
  const { rows: about } = await client.query<{ at: Date; version: string; database: string }>(
    `SELECT now() AS at, current_setting('server_version') AS version,
            current_database() AS database`,
  );
  const { database } = about[0]!;
  const { rows: migrations } = await client
    .query<{ name: string }>(`SELECT name FROM migrations ORDER BY id`)
    .catch((error: unknown) => {
      if (!isUndefinedTable(error)) throw error;
      throw new Error(
        `${database} 中没有 migrations 表：它不是登记库的数据库。${database} has no migrations table: it is no registry's database.`,
        { cause: error },
      );
    });
  const tables = await archivedTables(client);
  if (tables.length)
    await client.query(
      `LOCK TABLE ${tables.map((t) => pg.escapeIdentifier(t.name)).join(', ')} IN ACCESS SHARE MODE`,
    );
  // Read after the snapshot, as pg_dump reads them: never behind an id the rows hold.
  const sequences: ArchiveManifest['sequences'] = [];
  const { rows: names } = await client.query<{ name: string }>(
    `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY 1`,
  );
  for (const { name } of names) {
    const { rows } = await client.query<{ lastValue: string; isCalled: boolean }>(
      `SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${pg.escapeIdentifier(name)}`,
    );
    sequences.push({ name, ...rows[0]! });
  }
  return {
    format: archiveFormat,
    version: 1,
    database,
    createdAt: about[0]!.at.toISOString(),
    serverVersion: about[0]!.version,
    migrations: migrations.map((m) => m.name),
    tables: tables.map((t, i) => ({
      ...t,
      file: `tables/${String(i + 1).padStart(3, '0')}-${t.name}.copy`,
      rows: 0,
    })),
    sequences,
  };
}

async function copyOut(client: pg.Client, table: ArchiveTable, folder: string): Promise<number> {
  const columns = table.columns.map((c) => pg.escapeIdentifier(c)).join(', ');
  const copy = client.query(
    copyTo(`COPY (SELECT ${columns} FROM ${pg.escapeIdentifier(table.name)}) TO STDOUT`),
  );
  const target = path.join(folder, path.basename(table.file));
  await pipeline(copy, createWriteStream(target, { mode: 0o600 }));
  return copy.rowCount;
}

async function pack(manifest: ArchiveManifest, folder: string, file: string): Promise<void> {
  const archive = tar.pack();
  const writing = pipeline(archive, createGzip(), createWriteStream(file));
  const adding = (async () => {
    archive.entry({ name: 'manifest.json', mode: 0o600 }, JSON.stringify(manifest, null, 2));
    for (const table of manifest.tables) {
      const body = path.join(folder, path.basename(table.file));
      const entry = archive.entry({ name: table.file, size: statSync(body).size, mode: 0o600 });
      await pipeline(createReadStream(body), entry);
    }
    archive.finalize();
  })();
  // Both awaited together: a file that cannot be written (a full disk) fails the entry being
  // added too, and either failure is the archive's, never an unhandled one.
  await Promise.all([writing, adding]);
}
