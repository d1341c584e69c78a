import { Readable, type Transform } from 'node:stream';
import { finished } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { decodeCsv, withLineFeeds } from './decode.js';
import { formatOf, type ByteSource, type FileSource } from './file-source.js';
import { firstSheetRows } from './read-workbook.js';
import { MergedCells, NoWorksheet, UnreadableWorkbook } from './workbook-errors.js';
import { isNotesHeader } from './labels.js';

/** One row of a file: its line (the header's line comes before it) and its cells as text. */
export interface SheetRow {
  line: number;
  cells: string[];
  /** Why the row cannot be read cell by cell (a CSV row of more or fewer cells than the header). */
  problem?: string;
  /** Cells of a workbook that hold no value to read (a formula never calculated, an error), by index. */
  unreadCells?: Map<number, string>;
}

export interface FileProblem {
  line: number;
  column: string;
  message: string;
}

/** A file opened for reading: its header and its rows, read one at a time. */
export type OpenedFile =
  | {
      header: string[];
      headerLine: number;
      rows: AsyncIterable<SheetRow>;
      /** Lets the file go when its rows are not read to the end (a refused header, an error). */
      close(): Promise<void>;
    }
  | { problem: FileProblem };

/**
 * Opens a CSV file or an xlsx workbook. Rows are parsed as they are read, so that a file of
 * 100,000 rows never lives in memory as 100,000 parsed records.
 */
export async function openFile(
  file: FileSource,
  isHeader: (cells: string[]) => boolean,
): Promise<OpenedFile> {
  const format = formatOf(file);
  if (format === 'xls')
    return {
      problem: {
        line: 1,
        column: '',
        message:
          'the file is an Excel 97-2003 workbook (.xls) or another old Office file, which the import cannot read: save it as an Excel workbook (.xlsx) or as CSV UTF-8, and import that',
      },
    };
  return format === 'xlsx' ? openWorkbook(file as ByteSource, isHeader) : openCsv(file, isHeader);
}

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
async function openCsv(
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
  const pending = header ? [] : before.slice(1);
  const width = headerRow.record.length;
  return {
    header: headerRow.record.map((name) => name.trim()),
    headerLine: spreadsheetRow(headerRow.info),
    rows: (async function* () {
      for (const { record, info } of pending) {
        if (record.every((cell) => cell.trim() === '')) continue;
        yield { line: spreadsheetRow(info), cells: record, problem: lengthProblem(record, width) };
      }
      for (let next = await records.next(); !next.done; next = await records.next()) {
        const { record, info } = next.value;
        // A row of empty cells is a blank row as a spreadsheet saves it (`,,,,`), as in a workbook.
        if (record.every((cell) => cell.trim() === '')) continue;
        yield { line: spreadsheetRow(info), cells: record, problem: lengthProblem(record, width) };
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
export function delimiterOf(text: string): string {
  const header = text.split('\n', 1)[0]!.replace(/"[^"]*"/g, '');
  const count = (separator: string) => header.split(separator).length - 1;
  return [',', '\t', ';'].reduce((best, separator) =>
    count(separator) > count(best) ? separator : best,
  );
}

/** Empty cells after the header's last column are what spreadsheets write; others are not. */
function lengthProblem(cells: string[], width: number): string | undefined {
  const filled = cells.length > width ? cells.slice(width).some((cell) => cell.trim()) : false;
  if (cells.length >= width && !filled) return undefined;
  return `has ${cells.length} cells where the header has ${width} columns: ${
    cells.length > width ? 'a cell holds a comma without quotes around it' : 'cells are missing'
  }; nothing of this row was read`;
}

/** Text given in slices, as a decoded file is: given the whole text, the parser would buffer every record it holds. */
function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length; start += 65_536) yield text.slice(start, start + 65_536);
}

/**
 * A date cell as precise as its format shows it: 2024年3月 (a year and a month) is 2024-03, never a
 * day nobody typed; a time alone is no date, and is given whole for the validation to refuse.
 */
function dateText(date: Date, format: string | undefined): string {
  const shown = (format ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '');
  if (!/[yd]/i.test(shown) && /[hs]/i.test(shown)) return date.toISOString();
  if (/y/i.test(shown) && !/d/i.test(shown)) return date.toISOString().slice(0, 7);
  return date.toISOString().slice(0, 10);
}

/**
 * Why a workbook cell holds no value to read, or null: a formula whose result the file does not
 * hold (written by a program that does not calculate, or saved without calculating) would read as
 * empty and clear the field; an error (#REF!, #N/A) would read as its code.
 */
function unreadCell(value: ExcelJS.CellValue): string | null {
  if (value == null || typeof value !== 'object' || value instanceof Date) return null;
  const formula = 'formula' in value || 'sharedFormula' in value;
  const shown: unknown = formula ? value.result : value;
  if (formula && shown === undefined)
    return 'is a formula whose value the file does not hold: open the workbook in Excel or WPS, let it calculate, save it and import it again';
  const code =
    shown != null && typeof shown === 'object' && 'error' in shown ? String(shown.error) : null;
  return code
    ? `shows the error ${code}: correct the cell (or its formula) and import the file again`
    : null;
}

/** A cell of a workbook as text: numbers as written, dates as YYYY-MM-DD, formulas as their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // A number of 16 digits or more has lost digits in the spreadsheet (it keeps 15): written as
  // the spreadsheet shows it (2.01903545000123E+15), so that no column takes it for a code.
  if (typeof value === 'number' && Math.abs(value) >= 1e15)
    return value.toExponential().toUpperCase();
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * The first sheet of a workbook, streamed; its header is the first row that names columns (a title
 * row above it is skipped).
 */
async function openWorkbook(
  file: ByteSource,
  isHeader: (cells: string[]) => boolean,
): Promise<OpenedFile> {
  const rows = firstSheetRows(file);
  const cellsOf = (row: ExcelJS.Row) =>
    Array.from((row.values as ExcelJS.CellValue[]).slice(1), (value, index) =>
      value instanceof Date ? dateText(value, row.getCell(index + 1).numFmt) : cellText(value),
    );
  // The line of the last row read: a workbook cut short before its header is reported after it.
  let line = 0;
  // The first sheet's tab, named where the header is not on it (a sheet of instructions first).
  let sheetName: string | undefined;
  for (;;) {
    let read: IteratorResult<ExcelJS.Row>;
    try {
      read = await rows.next();
    } catch (error) {
      // Merged cells are met after the last row: a sheet without a header has no record to clear.
      if (error instanceof MergedCells) break;
      if (!(error instanceof UnreadableWorkbook || error instanceof NoWorksheet)) throw error;
      return { problem: { line: line + 1, column: '', message: error.message } };
    }
    if (read.done) break;
    line = read.value.number;
    sheetName = read.value.worksheet?.name;
    const cells = cellsOf(read.value);
    if (!isHeader(cells)) continue;
    const headerLine = line;
    const header = cells.map((name) => name.trim());
    return {
      header,
      headerLine: line,
      rows: (async function* () {
        try {
          for await (const row of rows) {
            const values = cellsOf(row);
            const unread = new Map(
              (row.values as ExcelJS.CellValue[]).slice(1).flatMap((value, index) => {
                const why = unreadCell(value);
                return why ? [[index, why] as const] : [];
              }),
            );
            if (unread.size) yield { line: row.number, cells: values, unreadCells: unread };
            else if (values.some((value) => value.trim() !== ''))
              yield { line: row.number, cells: values };
          }
        } catch (error) {
          if (!(error instanceof MergedCells)) throw error;
          // A title merged above the header clears nothing, nor does a range over the team's notes
          // alone (备注, which the import passes over); a range over the rows' fields would.
          const notes = header.map(isNotesHeader);
          const overFields = (range: MergedCells['ranges'][number]) =>
            Array.from(
              { length: range.lastColumn - range.firstColumn + 1 },
              (_, i) => range.firstColumn + i - 1,
            ).some((index) => !notes[index]);
          const overRows = error.ranges.filter(
            (range) => range.lastRow > headerLine && overFields(range),
          );
          if (overRows.length) throw new MergedCells(overRows);
        }
      })(),
      close: async () => void (await rows.return(undefined)),
    };
  }
  return {
    problem: {
      line: 1,
      column: '',
      message: sheetName
        ? `the first sheet ("${sheetName}") has no header row naming the columns of this kind: move the sheet of records to the front, or save it on its own, and import again`
        : 'the first sheet has no header row naming the columns of this kind',
    },
  };
}
