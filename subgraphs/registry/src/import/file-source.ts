import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';

/**
 * A file to import: its text (a CSV file a test writes), its bytes, or its path. A path is read a
 * slice at a time, never whole, so that the import of a large file holds one slice of it.
 */
export type FileSource = string | Uint8Array | { path: string };

/** A file's bytes, in memory or on disk. */
export type ByteSource = Exclude<FileSource, string>;

/** Bytes read at a time. */
const SLICE = 65_536;

/** The bytes a slice at a time; a path is read from its start on every call. */
export function* byteSlices(source: ByteSource): Generator<Uint8Array> {
  if (source instanceof Uint8Array) {
    for (let start = 0; start < source.length; start += SLICE)
      yield source.subarray(start, start + SLICE);
    return;
  }
  const file = openSync(source.path, 'r');
  try {
    for (;;) {
      const slice = Buffer.allocUnsafe(SLICE);
      const read = readSync(file, slice, 0, SLICE, null);
      if (read === 0) return;
      yield slice.subarray(0, read);
    }
  } finally {
    // Also when the reader stops early (an encoding refused at its first slice).
    closeSync(file);
  }
}

/** The first bytes of the source (fewer when it is shorter). */
export function firstBytes(source: ByteSource, count: number): Uint8Array {
  for (const slice of byteSlices(source)) return slice.subarray(0, count);
  return new Uint8Array(0);
}

/** The bytes as a stream, for readers that take one. */
export function byteStream(source: ByteSource): Readable {
  return source instanceof Uint8Array
    ? Readable.from([Buffer.from(source)])
    : createReadStream(source.path);
}

export type FileFormat = 'csv' | 'xlsx' | 'xls';

/** An OLE2 compound file's signature: Excel 97-2003's .xls, WPS's .et, and old Word documents. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The format a file is in: an xlsx file is a zip archive, which starts with "PK"; an old .xls
 * workbook, whatever its name, an OLE2 file, which the import cannot read.
 */
export function formatOf(file: FileSource): FileFormat {
  if (typeof file === 'string') return 'csv';
  const first = firstBytes(file, OLE2.length);
  if (first[0] === 0x50 && first[1] === 0x4b) return 'xlsx';
  return OLE2.every((byte, i) => first[i] === byte) ? 'xls' : 'csv';
}
