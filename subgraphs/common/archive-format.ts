import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';

/**
 * The registries' own backup archive, for a server whose pg_dump is missing or older than it (the
 * embedded PostgreSQL 17, which ships no client programs): a gzipped tar of `manifest.json` and one
 * file per table in COPY's text format, all read in one snapshot. It keeps no schema: a restore
 * runs the subgraph's migrations the manifest names, which build the schema the data was read
 * from, then copies the rows in. `tar tzf guangxi.dump` lists it; any tar reads it.
 */
export const archiveFormat = 'social-work-registry-archive';

export interface ArchiveTable {
  name: string;
  /** The columns copied, in the order of the file's fields (generated columns are left out). */
  columns: string[];
  /** The entry in the archive holding its rows. */
  file: string;
  rows: number;
}

export interface ArchiveManifest {
  format: typeof archiveFormat;
  version: 1;
  /** The database read, as its server names it. */
  database: string;
  /** The start of the snapshot every table was read in. */
  createdAt: string;
  serverVersion: string;
  /** The migrations applied to it, in the order they ran: the schema a restore rebuilds. */
  migrations: string[];
  /** Every table but the migrations' (whose rows the migrations write), by name. */
  tables: ArchiveTable[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
}

/**
 * What `file` is by its first bytes: the registries' archive (gzip), pg_dump's custom format
 * (`PGDMP`), or neither.
 */
export function backupKind(file: string): 'archive' | 'custom' | 'other' {
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return 'archive';
  return head.toString('latin1') === 'PGDMP' ? 'custom' : 'other';
}

/**
 * Every entry of the archive in `file`, the manifest first, handed to `onEntry` as a stream that
 * must be read to its end (or the next never comes). Stops early when `onEntry` returns `false`.
 */
export async function readArchive(
  file: string,
  onEntry: (name: string, body: AsyncIterable<Buffer>) => Promise<boolean | void>,
): Promise<void> {
  const extract = tar.extract();
  const reading = pipeline(createReadStream(file), createGunzip(), extract);
  // Its failure (a file cut short, no gzip) surfaces in the loop below, which it ends.
  reading.catch(() => undefined);
  for await (const entry of extract) {
    // tar-stream's entries are streamx streams of Buffers; their types say `unknown`.
    if ((await onEntry(entry.header.name, entry as AsyncIterable<Buffer>)) === false) {
      extract.destroy();
      return;
    }
  }
  await reading;
}

/** The manifest of the archive in `file`, or null when it is no such archive. */
export async function readManifest(file: string): Promise<ArchiveManifest | null> {
  let manifest: ArchiveManifest | null = null;
  try {
    await readArchive(file, async (name, body) => {
      if (name !== 'manifest.json') return false;
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(chunk);
      const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<ArchiveManifest>;
      if (parsed.format === archiveFormat && parsed.version === 1)
        manifest = parsed as ArchiveManifest;
      return false;
    });
  } catch {
    return null;
  }
  return manifest;
}
