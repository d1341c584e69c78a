import { MergedCells, UnreadableWorkbook } from './workbook-errors.js';

/**
 * The bytes of a workbook's parts on their way to exceljs's reader, passed on as they come: cut at
 * character boundaries, checked to end where their XML ends, searched for merged ranges. Each
 * mends or checks what the reader takes without a check, on the bytes alone, so apart from it.
 */

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

/** A column's number from its letters: A is 1, Z 26, AA 27. */
const columnNumber = (letters: string) =>
  [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);

/**
 * A sheet part's bytes, which end in `MergedCells` where the part lists merged ranges
 * (`<mergeCell ref="B5:B9"/>`, after its rows) and it is the first tab's (`refusing`).
 */
export async function* noticingMerges(
  bytes: AsyncIterable<Buffer>,
  refusing: () => boolean,
): AsyncGenerator<Buffer> {
  const found: MergedCells['ranges'] = [];
  // The tags are ASCII; a tag cut between two chunks is found whole in the carried tail.
  let tail = '';
  for await (const chunk of bytes) {
    const text = tail + chunk.toString('latin1');
    for (const match of text.matchAll(
      /<(?:[\w.-]+:)?mergeCell\b[^<>]*?\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/g,
    )) {
      if (match.index + match[0].length <= tail.length) continue;
      found.push({
        ref: match[4] ? `${match[1]}${match[2]}:${match[3]}${match[4]}` : `${match[1]}${match[2]}`,
        firstRow: Number(match[2]),
        lastRow: Number(match[4] ?? match[2]),
        firstColumn: columnNumber(match[1]!),
        lastColumn: columnNumber(match[3] ?? match[1]!),
      });
    }
    tail = text.slice(-TAIL);
    yield chunk;
  }
  if (found.length && refusing()) throw new MergedCells(found);
}

/**
 * The bytes of a part of the workbook, which must end with its root element closed (`</sst>`, or
 * `<sst … />` when it holds nothing, as writers of inline strings write it): exceljs stops quietly
 * where a part's XML stops, so a part cut short inside a whole zip (a writer that failed) read as a
 * shorter sheet, or as cells without their text (29 of a sheet's 50 rows, and no problem, when its
 * XML stopped at 60%).
 */
export async function* closedBy(
  root: 'worksheet' | 'sst',
  bytes: AsyncIterable<Buffer>,
): AsyncGenerator<Buffer> {
  const closed = new RegExp(
    `(?:</(?:[\\w.-]+:)?${root}\\s*>|<(?:[\\w.-]+:)?${root}\\b[^<>]*/>)\\s*$`,
  );
  let tail = '';
  for await (const chunk of bytes) {
    // The tags are ASCII: the last bytes decoded one to a character are enough to find them, and
    // an empty root's start tag with its attributes fits in 512.
    tail = (tail + chunk.subarray(-TAIL).toString('latin1')).slice(-TAIL);
    yield chunk;
  }
  if (!closed.test(tail))
    throw new UnreadableWorkbook(new Error(`its ${root} part stops before its end`));
}
const TAIL = 512;
