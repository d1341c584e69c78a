import { Readable, type Transform } from 'node:stream';
import { finished } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { textOfSpreadsheetCell } from '../../../../shared/spreadsheet-cell.js';
import { decodeCsv, withLineFeeds } from './decode.js';
import type { FileSource } from './file-source.js';
import { isNotesHeader } from './labels.js';
import {
  cellsLostCharacters,
  headerLostCharacters,
  LOST_CHARACTERS,
  LostCharacters,
} from './lost-characters.js';
import type { OpenedFile } from './opened-file.js';

/**
 * A CSV file read as rows: its header found, its separator guessed, its records parsed as they are
 * read and held no faster than the import takes them.
 */

/** How many rows a CSV file's header may come after: a title and a line or two under it. */
const ROWS_BEFORE_HEADER = 5;

interface CsvRecord {
  record: string[];
  info: { records: number; empty_lines: number };
}

/**
 * The row a spreadsheet shows a record on: the records and blank lines before it, and it. csv-parse's
 * `lines` counts the text's lines, one more for each line break inside a quoted cell (a header
 * `机构\n类型`), which a spreadsheet shows within one row: every row after it was named a row late.
 */
const spreadsheetRow = (info: CsvRecord['info']) => info.records + info.empty_lines;

/**
 * A CSV file, its header the first row that names columns, as a workbook's is: a workbook with a
 * title row above its header, saved as CSV, keeps the row. Where none of its first rows names a
 * column, the first row is the header, which the import then says is no header of the kind.
 */
export async function openCsv(
  file: FileSource,
  isHeader: (cells: string[]) => boolean,
): Promise<OpenedFile> {
  const decoded =
    typeof file === 'string'
      ? { slices: () => slices(file.replace(/^\uFEFF/, '')) }
      : decodeCsv(file);
  if ('problem' in decoded)
    return { problem: { line: decoded.line, column: '', message: decoded.problem } };
  const [opening, slicesAgain] = firstSlice(withLineFeeds(decoded.slices()));
  // Rows of another length than the header are reported one by one, not as the end of the file.
  const source = Readable.from(slicesAgain);
  // Each record is taken as the parser reads it (on_record), not from the stream's output: a quote
  // the parser cannot read destroys the stream, and with it the records read before the quote that
  // were still waiting in its buffer (a file of 500 rows was read as 485, one of 100 as none).
  const read = recordQueue();
  const parser = source.pipe(
    parse({
      skip_empty_lines: true,
      info: true,
      relax_column_count: true,
      delimiter: delimiterOf(opening),
      // With info, what on_record is given is the record with its info, as the stream would pass it.
      on_record: (record: unknown) => read.add(record as CsvRecord),
    }),
  );
  read.follow(parser, source);
  // Destroying the source ends the generators that read the file, which close it before the
  // source's 'close' event.
  const close = async () => {
    parser.destroy();
    source.destroy();
    await finished(source).catch(() => undefined);
  };
  const records = read.records;
  let first: IteratorResult<CsvRecord>;
  try {
    first = await records.next();
  } catch (error) {
    // The parser stops at the first quote it cannot read, even when it is in the first chunk.
    await close();
    if (!(error instanceof CsvError)) throw error;
    return { problem: { line: Number(error.lines ?? 1), column: '', message: error.message } };
  }
  if (first.done) return { header: [], headerLine: 1, rows: (async function* () {})(), close };
  // The rows read while looking for the header: the rows of the file if it has none of its own.
  const before = [first.value];
  let header = isHeader(first.value.record) ? first.value : undefined;
  try {
    while (!header && before.length <= ROWS_BEFORE_HEADER) {
      const next = await records.next();
      if (next.done) break;
      if (isHeader(next.value.record)) header = next.value;
      else before.push(next.value);
    }
  } catch (error) {
    await close();
    if (!(error instanceof CsvError)) throw error;
    return { problem: { line: Number(error.lines ?? 1), column: '', message: error.message } };
  }
  const headerRow = header ?? first.value;
  // A CSV cell has no type: a leading quote before =, +, -, @, a tab, a CR or a second quote is the
  // mark of text an export wrote, not part of the value; any other is the text's own.
  const cellsOf = (record: string[]) => record.map((cell) => textOfSpreadsheetCell(cell.trim()));
  const pending = header ? [] : before.slice(1);
  const width = headerRow.record.length;
  // Cells missing under the header's trailing blank columns are none missing.
  const needed = headerRow.record.map((cell) => cell.trim() !== '').lastIndexOf(true) + 1;
  if (headerLostCharacters(headerRow.record)) {
    await close();
    return {
      problem: { line: spreadsheetRow(headerRow.info), column: '', message: LOST_CHARACTERS },
    };
  }
  const notes = headerRow.record.map((name) => isNotesHeader(name.trim()));
  const lost = (record: string[], info: CsvRecord['info']) => {
    if (cellsLostCharacters(record, notes)) throw new LostCharacters(spreadsheetRow(info));
  };
  return {
    header: headerRow.record.map((name) => name.trim()),
    headerLine: spreadsheetRow(headerRow.info),
    rows: (async function* () {
      for (const { record, info } of pending) {
        if (record.every((cell) => cell.trim() === '')) continue;
        lost(record, info);
        yield {
          line: spreadsheetRow(info),
          cells: cellsOf(record),
          problem: lengthProblem(record, width, needed),
        };
      }
      for (let next = await records.next(); !next.done; next = await records.next()) {
        const { record, info } = next.value;
        // A row of empty cells is a blank row as a spreadsheet saves it (`,,,,`), as in a workbook.
        if (record.every((cell) => cell.trim() === '')) continue;
        lost(record, info);
        yield {
          line: spreadsheetRow(info),
          cells: cellsOf(record),
          problem: lengthProblem(record, width, needed),
        };
      }
    })(),
    close,
  };
}

/** Records waiting to be read before the file is read on: a few slices' worth. */
const QUEUED_RECORDS = 10_000;

/**
 * The records of a parser in the order it read them, then its end or its error: every record read
 * before a quote it cannot read comes before that error. The file is paused while `limit` records
 * wait, so that it is read no faster than its rows are imported. Its source, not the parser: the
 * parser passes nothing on (on_record keeps each record here), so its output never fills, and
 * paused it would still take in the whole file.
 */
export function recordQueue(limit = QUEUED_RECORDS) {
  const queue: CsvRecord[] = [];
  let end: { error: unknown } | { done: true } | undefined;
  let input: Readable | undefined;
  let wake: (() => void) | undefined;
  const woken = () => {
    wake?.();
    wake = undefined;
  };
  return {
    /** What on_record is given: the record is kept here, and nothing is passed on to the stream. */
    add(record: CsvRecord): null {
      queue.push(record);
      if (queue.length >= limit) input?.pause();
      woken();
      return null;
    },
    follow(stream: Transform, source: Readable) {
      input = source;
      stream.on('error', (error) => ((end ??= { error }), woken()));
      stream.on('end', () => ((end ??= { done: true }), woken()));
      // Flowing, though it passes no record on: its 'end' comes once the text is read.
      stream.resume();
    },
    records: (async function* (): AsyncGenerator<CsvRecord> {
      for (;;) {
        const next = queue.shift();
        if (next) {
          if (queue.length < limit / 2 && input?.isPaused()) input.resume();
          yield next;
          continue;
        }
        if (end) {
          if ('error' in end) throw end.error;
          return;
        }
        input?.resume();
        await new Promise<void>((resolve) => (wake = resolve));
      }
    })(),
  };
}

/** The first slice of the text, and every slice again, the first among them. */
function firstSlice(slices: Iterable<string>): [string, Iterable<string>] {
  const iterator = slices[Symbol.iterator]();
  const first = iterator.next();
  const head = first.done ? '' : first.value;
  return [
    head,
    (function* () {
      if (!first.done) yield head;
      yield* { [Symbol.iterator]: () => iterator };
    })(),
  ];
}

/**
 * The header's separator: the one of comma, tab (Excel's "Unicode 文本", UTF-16) and semicolon (a CSV
 * where the decimal mark is a comma) it holds most often outside quotes, a comma when it holds none
 * or as many of another.
 */
function delimiterOf(text: string): string {
  const header = text.split('\n', 1)[0]!.replace(/"[^"]*"/g, '');
  const count = (separator: string) => header.split(separator).length - 1;
  return [',', '\t', ';'].reduce((best, separator) =>
    count(separator) > count(best) ? separator : best,
  );
}

/**
 * Empty cells after the header's last column are what spreadsheets write, and so are cells left out
 * under its trailing blank columns (`needed`, the columns up to its last named one); others are not.
 */
function lengthProblem(cells: string[], width: number, needed = width): string | undefined {
  const filled = cells.length > width ? cells.slice(width).some((cell) => cell.trim()) : false;
  if (cells.length >= needed && !filled) return undefined;
  return `has ${cells.length} cells where the header has ${width} columns: ${
    cells.length > width ? 'a cell holds a comma without quotes around it' : 'cells are missing'
  }; nothing of this row was read`;
}

/** Text given in slices, as a decoded file is: given the whole text, the parser would buffer every record it holds. */
function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length; start += 65_536) yield text.slice(start, start + 65_536);
}
