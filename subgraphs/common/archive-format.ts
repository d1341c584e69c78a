import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { oneLine } from '../../shared/one-line.js';
import { hasSqlState } from './sqlstate.js';

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

/** A file `npm run restore` cannot read as an archive, said so that a person can act on it. */
export class ArchiveUnreadable extends Error {}

const notAnArchive = (file: string, cause?: unknown) =>
  new ArchiveUnreadable(
    `${file} 以 gzip 开头，但不是登记库的归档（其中没有登记库归档的 manifest.json）。` +
      `${file} begins as gzip but is no registry archive (it holds no registry archive's manifest.json).`,
    { cause },
  );

const damaged = (file: string, cause: unknown) =>
  new ArchiveUnreadable(
    `备份文件 ${file} 不完整或已损坏（可能在复制或下载时被截断）：请换用另一份备份。` +
      `The archive ${file} is incomplete or damaged (cut short when copied?): restore another backup. ${oneLine(cause)}`,
    { cause },
  );

/**
 * Every entry of the archive in `file`, the manifest first, handed to `onEntry` as a stream that
 * must be read to its end (or the next never comes). Stops early when `onEntry` returns `false`.
 * A file that ends before its last entry, or whose bytes do not decompress, is said to be damaged;
 * an error of the database `onEntry` writes to is passed on as it is.
 */
export async function readArchive(
  file: string,
  onEntry: (name: string, body: AsyncIterable<Buffer>) => Promise<boolean | void>,
): Promise<void> {
  const extract = tar.extract();
  const reading = pipeline(createReadStream(file), createGunzip(), extract);
  // Its failure (a file cut short, no gzip) surfaces in the loop below, which it ends.
  reading.catch(() => undefined);
  try {
    for await (const entry of extract) {
      // tar-stream's entries are streamx streams of Buffers; their types say `unknown`.
      if ((await onEntry(entry.header.name, entry as AsyncIterable<Buffer>)) === false) {
        extract.destroy();
        return;
      }
    }
    await reading;
  } catch (error) {
    throw hasSqlState(error) ? error : damaged(file, error);
  }
}

/**
 * The manifest of the archive in `file`. Refused, saying why: a gzip that is no registry archive,
 * and an archive of a later format than this release reads.
 */
export async function readManifest(file: string): Promise<ArchiveManifest> {
  let parsed: Partial<ArchiveManifest> | null = null;
  try {
    await readArchive(file, async (name, body) => {
      if (name !== 'manifest.json') return false;
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(chunk);
      try {
        parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<ArchiveManifest>;
      } catch {
        parsed = null;
      }
      return false;
    });
  } catch (error) {
    throw notAnArchive(file, error);
  }
  const manifest = parsed as Partial<ArchiveManifest> | null;
  if (manifest?.format !== archiveFormat) throw notAnArchive(file);
  if (manifest.version !== 1)
    throw new ArchiveUnreadable(
      `${file} 是第 ${manifest.version} 版格式的归档，本版本只能读取第 1 版：请用写出它的版本或更新的版本恢复。` +
        `${file} is an archive of format ${manifest.version}; this release reads format 1 only: restore it with the release that wrote it or a later one.`,
    );
  return manifest as ArchiveManifest;
}
