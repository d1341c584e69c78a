import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import tar from 'tar-stream';
import { archiveFormat, type ArchiveManifest, type ArchiveTable } from './archive-format.js';

/**
 * Writes the database at `databaseUrl` to `file` as the registries' own archive (archive-format.ts),
 * with nothing but a connection to the server: every table is read in one read-only snapshot, as
 * pg_dump reads them, into files beside `file`, then packed behind the manifest that lists them.
 * The caller writes `file` where no one else may read it and renames it into place.
 */
export async function writeArchive(databaseUrl: string, file: string): Promise<void> {
  const folder = mkdtempSync(`${file}.tables-`);
  try {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    let manifest: ArchiveManifest;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      manifest = await describe(client, decodeURIComponent(new URL(databaseUrl).pathname.slice(1)));
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

async function describe(client: pg.Client, database: string): Promise<ArchiveManifest> {
  const { rows: about } = await client.query<{ at: Date; version: string }>(
    `SELECT now() AS at, current_setting('server_version') AS version`,
  );
  const { rows: migrations } = await client
    .query<{ name: string }>(`SELECT name FROM migrations ORDER BY id`)
    .catch((error: unknown) => {
      throw new Error(
        `${database} 中没有 migrations 表：它不是登记库的数据库。${database} has no migrations table: it is no registry's database.`,
        { cause: error },
      );
    });
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname::text AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid
        AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND c.relname <> 'migrations'
      GROUP BY c.relname ORDER BY c.relname`,
  );
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
  await pipeline(copy, createWriteStream(path.join(folder, path.basename(table.file))));
  return copy.rowCount;
}

async function pack(manifest: ArchiveManifest, folder: string, file: string): Promise<void> {
  const archive = tar.pack();
  const writing = pipeline(archive, createGzip(), createWriteStream(file));
  const add = async (name: string, body: Buffer | string) => {
    if (typeof body !== 'string') {
      archive.entry({ name, mode: 0o600 }, body);
      return;
    }
    const entry = archive.entry({ name, size: statSync(body).size, mode: 0o600 });
    await pipeline(createReadStream(body), entry);
  };
  await add('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
  for (const table of manifest.tables)
    await add(table.file, path.join(folder, path.basename(table.file)));
  archive.finalize();
  await writing;
}
