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
  // One statement after another: a client runs one at a time.
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
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT child.relname::text AS child, parent.relname::text AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = k.connamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND k.conrelid <> k.confrelid`,
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
    tables: parentsFirst(tables, references).map((t, i) => ({
      ...t,
      file: `tables/${String(i + 1).padStart(3, '0')}-${t.name}.copy`,
      rows: 0,
    })),
    sequences,
  };
}

/** The tables in an order that loads each after the tables its foreign keys refer to. */
function parentsFirst<T extends { name: string }>(
  tables: T[],
  references: { child: string; parent: string }[],
): T[] {
  const placed = new Set<string>();
  const ordered: T[] = [];
  let left = tables;
  while (left.length) {
    const ready = left.filter((t) =>
      references.every((r) => r.child !== t.name || placed.has(r.parent)),
    );
    if (!ready.length)
      throw new Error(
        `外键相互引用，无法排定表的顺序：${left.map((t) => t.name).join('、')}。Foreign keys refer in a cycle; the tables cannot be ordered: ${left.map((t) => t.name).join(', ')}.`,
      );
    for (const t of ready) placed.add(t.name);
    ordered.push(...ready);
    left = left.filter((t) => !placed.has(t.name));
  }
  return ordered;
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
