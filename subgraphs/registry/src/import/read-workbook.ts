import { PassThrough, Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { byteStream, type ByteSource } from './file-source.js';

/**
 * The bytes of a stream cut at character boundaries: a chunk ends after the last whole UTF-8
 * character, and the bytes of a character it splits start the next chunk. exceljs's streaming
 * reader decodes each chunk of a sheet on its own, so a Chinese character that straddles two
 * chunks would otherwise become two U+FFFD (about 1 row in 4,000 of a Chinese export).
 */
export async function* wholeCharacters(
  chunks: AsyncIterable<Buffer | string>,
): AsyncGenerator<Buffer> {
  let carry = Buffer.alloc(0);
  for await (const chunk of chunks) {
    const bytes = carry.length ? Buffer.concat([carry, Buffer.from(chunk)]) : Buffer.from(chunk);
    const cut = lastBoundary(bytes);
    if (cut > 0) yield bytes.subarray(0, cut);
    carry = bytes.subarray(cut);
  }
  if (carry.length) yield carry;
}

/** Where the last character that the bytes do not hold whole starts (their length when none). */
function lastBoundary(bytes: Buffer): number {
  // A character is at most 4 bytes: its lead byte is among the last 4.
  for (let start = bytes.length - 1; start >= Math.max(0, bytes.length - 4); start--) {
    const byte = bytes[start]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: the lead is further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return start + length > bytes.length ? start : bytes.length;
  }
  return bytes.length;
}

/**
 * Holds back a stream's `end` until its last item has been read. unzipper's parser, under exceljs's
 * streaming reader, also emits `end` as soon as the last byte of the file is written to it, while
 * entries it has parsed may still wait in its buffer; exceljs stops at that first `end`, and when it
 * was busy with a sheet at that moment it loses the entries after it (the shared strings, the
 * workbook part). Beside two busy processes, 6 reads in 300 of an export edited and saved again
 * failed so ("Cannot read properties of undefined (reading 'sheets')"). The `end` Node emits once
 * the buffer is read is let through.
 */
export function endWhenRead(stream: Readable): void {
  const emit = stream.emit.bind(stream);
  stream.emit = (event: string | symbol, ...args: unknown[]) =>
    event === 'end' && !stream.readableEnded ? false : emit(event, ...args);
}

/** A file's bytes on their way to the unzipper, which they hold to the `end` of its last entry. */
class ZipBytes extends PassThrough {
  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    if (destination instanceof Readable) endWhenRead(destination);
    return super.pipe(destination, options);
  }
}

/** The reader's own steps that take a sheet's and the shared strings' bytes (not in its type declarations). */
interface ReaderSteps {
  _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
}
const steps = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderSteps;

/** exceljs's streaming reader, given the sheets' and the shared strings' bytes in whole characters. */
class WholeCharacterReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string) {
    return steps._parseWorksheet.call(this, wholeCharacters(iterator), sheetNo);
  }

  _parseSharedStrings(entry: Readable) {
    return steps._parseSharedStrings.call(this, Readable.from(wholeCharacters(entry)));
  }
}

/**
 * The rows of a workbook's first sheet, read as the file is unzipped: one row in memory at a time
 * (and the shared strings, which Excel keeps apart from the rows). Styles are read so that a date
 * cell comes as a date.
 */
export async function* firstSheetRows(file: ByteSource): AsyncGenerator<ExcelJS.Row> {
  const bytes = byteStream(file);
  const reader = new WholeCharacterReader(bytes.pipe(new ZipBytes()), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) yield row;
      return;
    }
  } finally {
    // Also when the rows are not read to the end: the file is closed.
    bytes.destroy();
    await finished(bytes).catch(() => undefined);
  }
}
