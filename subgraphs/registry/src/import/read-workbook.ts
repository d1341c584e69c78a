import { PassThrough, Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createRequire } from 'node:module';
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

/**
 * A file's bytes on their way to the unzipper, which they hold to the `end` of its last entry
 * (`endWhenRead`). It also keeps the unzipper's failure (a file cut short, not a zip inside, a
 * failure to read it, which `firstSheetRowsOf` passes on): `failure`, and `leftEntryOpen`, which
 * rejects when the failure came inside an entry. unzipper then emits the error on itself and leaves
 * that entry open, so a reader of it (exceljs, reading a sheet, or copying one to a temporary file)
 * would wait for its next bytes forever. A failure after an entry's last byte leaves it whole: its
 * reader reads it to its end, and meets the failure at the next entry, as exceljs does.
 */
class ZipBytes extends PassThrough {
  failure: Error | undefined;
  readonly leftEntryOpen: Promise<never>;
  private rejectOpenEntry: (error: Error) => void = () => {};
  /** The entry the unzipper gave out last: unzipper announces none in the mode exceljs uses. */
  private entry: Writable | undefined;

  constructor() {
    super();
    this.leftEntryOpen = new Promise<never>((_, reject) => (this.rejectOpenEntry = reject));
    // A failure nobody is reading rows at (after the first sheet) is not an unhandled rejection.
    this.leftEntryOpen.catch(() => {});
  }

  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    if (destination instanceof Readable) {
      endWhenRead(destination);
      this.once('error', (error) => destination.destroy(error));
      const push = destination.push.bind(destination);
      destination.push = (item: unknown, encoding?: BufferEncoding) => {
        if (item instanceof Writable) this.entry = item;
        return push(item, encoding);
      };
      destination.once('error', (error: Error) => {
        this.failure = error;
        if (this.entry && !this.entry.writableEnded) this.rejectOpenEntry(error);
      });
    }
    return super.pipe(destination, options);
  }
}

/**
 * The items of `items` until `failed` rejects, which then ends them with its error. The items are
 * then left as they are: a reader waiting inside them (exceljs, on an entry that never ends) would
 * never return. A caller that stops early returns them.
 */
async function* untilFailed<T>(items: AsyncIterable<T>, failed: Promise<never>): AsyncGenerator<T> {
  const iterator = items[Symbol.asyncIterator]();
  for (;;) {
    const next = await Promise.race([iterator.next(), failed]);
    if (next.done) return;
    let resumed = false;
    try {
      yield next.value;
      resumed = true;
    } finally {
      if (!resumed) await iterator.return?.();
    }
  }
}

/**
 * A workbook that could not be read to its end: cut short (a download or a copy that stopped), not
 * a zip archive inside, a part that is not whole or not XML, or failing to be read from disk. What
 * was met (the unzipper's or the XML parser's words) is kept in brackets; what the person can do
 * follows it.
 */
export class UnreadableWorkbook extends Error {
  constructor(cause: unknown) {
    super(
      `the workbook could not be read to its end (${cause instanceof Error ? cause.message : String(cause)}): the file is cut short or damaged; save it again from the spreadsheet program, or export it again`,
      { cause },
    );
  }
}

/**
 * The first sheet's merged ranges (`B5:B9`), met at the end of its part, where Excel writes them:
 * a merged range keeps its value in its first cell, and exceljs reads the others as empty, so a
 * city merged over five rows would clear the city of four records. The reader of the rows decides
 * which matter (a title merged above the header does not).
 */
export class MergedCells extends Error {
  constructor(
    readonly ranges: {
      ref: string;
      firstRow: number;
      lastRow: number;
      /** 1-based, as the sheet's letters count them (A is 1). */
      firstColumn: number;
      lastColumn: number;
    }[],
  ) {
    super(`the first sheet has merged cells: ${ranges.map((range) => range.ref).join(', ')}`);
  }
}

/** A column's number from its letters: A is 1, Z 26, AA 27. */
const columnNumber = (letters: string) =>
  [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);

/**
 * A sheet part's bytes, which end in `MergedCells` where the part lists merged ranges
 * (`<mergeCell ref="B5:B9"/>`, after its rows) and it is the first tab's (`refusing`).
 */
async function* noticingMerges(
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
 * A zip archive in which no worksheet can be read: a Word document or another archive given as a
 * workbook, a workbook with no sheet, or one whose sheets are not where Excel writes them
 * (`xl/worksheets/sheetN.xml`, the only place exceljs reads). It is not the header's fault, which
 * is what an empty first sheet is told.
 */
export class NoWorksheet extends Error {
  constructor() {
    super(
      'the file holds no worksheet that can be read (a Word document or another zip archive, or a workbook without sheets); save the sheet from the spreadsheet program as .xlsx or .csv and import that',
    );
  }
}

/**
 * exceljs knows the built-in number formats 27–36 and 50–58, the dates of East Asian Excel and WPS
 * (`yyyy"年"m"月"d"日"`, id 31, which a cell typed 2024年3月5日 gets), only by locale, and without a
 * format read such a cell as its serial number (45356). They are read with their zh-CN format, so
 * that the cell comes as the date it shows.
 */
const requireExcel = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const numberFormats = requireExcel('./lib/xlsx/xform/style/numfmt-xform.js') as {
  getDefaultFmtCode(id: number): string | undefined;
};
const builtInFormats = requireExcel('./lib/xlsx/defaultnumformats.js') as Record<
  number,
  { f?: string; 'zh-cn'?: string }
>;
const defaultFormat = numberFormats.getDefaultFmtCode.bind(numberFormats);
numberFormats.getDefaultFmtCode = (id) => defaultFormat(id) ?? builtInFormats[id]?.['zh-cn'];

/** The reader's own steps that take a sheet's and the shared strings' bytes (not in its type declarations). */
interface ReaderSteps {
  _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
}
const steps = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderSteps;

/**
 * The bytes of a part of the workbook, which must end with its root element closed (`</sst>`, or
 * `<sst … />` when it holds nothing, as writers of inline strings write it): exceljs stops quietly
 * where a part's XML stops, so a part cut short inside a whole zip (a writer that failed) read as a
 * shorter sheet, or as cells without their text (29 of a sheet's 50 rows, and no problem, when its
 * XML stopped at 60%).
 */
async function* closedBy(
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

/**
 * An error of the XML parser exceljs reads with (saxes), which words each one `line:column: what`:
 * a part of the workbook that is not well-formed XML.
 */
const isXmlError = (error: unknown) => error instanceof Error && /^\d+:\d+: /.test(error.message);

/**
 * exceljs's streaming reader, given the sheets' and the shared strings' bytes in whole characters,
 * each part to its closing tag.
 */
class WholeCharacterReader extends ExcelJS.stream.xlsx.WorkbookReader {
  /** The number of the sheet part (`xl/worksheets/sheetN.xml`) whose rows are being read. */
  private sheetPart: number | null = null;

  *_parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string) {
    this.sheetPart = Number(sheetNo);
    const part = this.sheetPart;
    const merges = noticingMerges(iterator, () => this.isFirstTab(part));
    yield* steps._parseWorksheet.call(
      this,
      wholeCharacters(closedBy('worksheet', merges)),
      sheetNo,
    );
  }

  /**
   * Whether the sheet being read is the first worksheet tab, the one a person sees first: the
   * workbook part lists the tabs in their order, while the sheets' parts keep the order they were
   * made in, so a copy moved before its original comes after it in the file. Tabs are matched to
   * parts by their links, however a writer spells them (`worksheets/sheet2.xml`, openpyxl's
   * `/xl/worksheets/sheet2.xml`). A workbook whose parts do not say (its workbook part after its
   * sheets) is read from its first sheet part.
   */
  isFirstTab(part = this.sheetPart): boolean {
    const { model, workbookRels } = this as unknown as WorkbookParts;
    if (!model?.sheets?.length || !workbookRels) return true;
    const partOf = (rId: string) => {
      const target = workbookRels.find((rel) => rel.Id === rId)?.Target ?? '';
      const part = /(?:^|\/)worksheets\/sheet(\d+)\.xml$/.exec(target);
      return part ? Number(part[1]) : null;
    };
    const tabs = model.sheets
      .map((tab) => ({ ...tab, part: partOf(tab.rId) }))
      .filter((tab) => tab.part !== null);
    const first =
      tabs.find((tab) => tab.state !== 'hidden' && tab.state !== 'veryHidden') ?? tabs[0];
    return first === undefined || first.part === part;
  }

  _parseSharedStrings(entry: Readable) {
    const bytes = wholeCharacters(closedBy('sst', entry as AsyncIterable<Buffer>));
    return steps._parseSharedStrings.call(this, Readable.from(bytes));
  }
}

/** What the reader knows of the workbook's parts once its workbook part is read. */
interface WorkbookParts {
  model?: { sheets?: { rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

/**
 * The rows of a workbook's first sheet (its first worksheet tab), read as the file is unzipped: one
 * row in memory at a time (and the shared strings, which Excel keeps apart from the rows). Styles are read so that a date
 * cell comes as a date. A workbook that cannot be read to its end throws `UnreadableWorkbook`; a zip
 * with no worksheet in it, `NoWorksheet`.
 */
export async function* firstSheetRows(file: ByteSource): AsyncGenerator<ExcelJS.Row> {
  yield* firstSheetRowsOf(byteStream(file));
}

/** `firstSheetRows` of a stream of the file's bytes, which it destroys when it stops. */
export async function* firstSheetRowsOf(bytes: Readable): AsyncGenerator<ExcelJS.Row> {
  const zipBytes = new ZipBytes();
  // A failure to read the file goes on to the unzipper: `pipe` does not pass it on, and it would
  // be an unhandled error.
  bytes.once('error', (error) => zipBytes.destroy(error));
  const reader = new WholeCharacterReader(bytes.pipe(zipBytes), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const failed = zipBytes.leftEntryOpen;
  try {
    for await (const sheet of untilFailed(reader, failed)) {
      // A sheet that is not the first tab is passed over: the reader drains its part.
      if (!reader.isFirstTab()) continue;
      for await (const row of untilFailed(sheet, failed)) yield row;
      return;
    }
  } catch (error) {
    // What the unzipper or the XML parser met is the file's problem; anything else is not, and is
    // thrown as it is.
    if (error instanceof UnreadableWorkbook) throw error;
    if (zipBytes.failure) throw new UnreadableWorkbook(zipBytes.failure);
    throw isXmlError(error) ? new UnreadableWorkbook(error) : error;
  } finally {
    // Also when the rows are not read to the end: the file is closed.
    bytes.destroy();
    await finished(bytes).catch(() => undefined);
  }
  throw zipBytes.failure ? new UnreadableWorkbook(zipBytes.failure) : new NoWorksheet();
}
