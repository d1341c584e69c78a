import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { decodeCsv } from './decode.js';
import { firstSheetRows } from './read-workbook.js';

/** One row of a file: its line (the header's line comes before it) and its cells as text. */
export interface SheetRow {
  line: number;
  cells: string[];
  /** Why the row cannot be read cell by cell (a CSV row of more or fewer cells than the header). */
  problem?: string;
}

export interface FileProblem {
  line: number;
  column: string;
  message: string;
}

/** A file opened for reading: its header and its rows, read one at a time. */
export type OpenedFile =
  | { header: string[]; headerLine: number; rows: AsyncIterable<SheetRow> }
  | { problem: FileProblem };

export type FileFormat = 'csv' | 'xlsx';

/** The format a file is in: an xlsx file is a zip archive, which starts with "PK". */
export function formatOf(bytes: Uint8Array | string): FileFormat {
  return typeof bytes !== 'string' && bytes[0] === 0x50 && bytes[1] === 0x4b ? 'xlsx' : 'csv';
}

/**
 * Opens a CSV file or an xlsx workbook. Rows are parsed as they are read, so that a file of
 * 100,000 rows never lives in memory as 100,000 parsed records.
 */
export async function openFile(
  file: Uint8Array | string,
  isHeader: (cells: string[]) => boolean,
): Promise<OpenedFile> {
  return formatOf(file) === 'xlsx' ? openWorkbook(file as Uint8Array, isHeader) : openCsv(file);
}

async function openCsv(file: Uint8Array | string): Promise<OpenedFile> {
  const decoded =
    typeof file === 'string' ? { text: file.replace(/^\uFEFF/, '') } : decodeCsv(file);
  if ('problem' in decoded)
    return { problem: { line: decoded.line, column: '', message: decoded.problem } };
  const garbled = decoded.text.indexOf('\uFFFD');
  if (garbled >= 0)
    return {
      problem: {
        line: decoded.text.slice(0, garbled).split('\n').length,
        column: '',
        message:
          'holds U+FFFD, the mark of characters lost in an earlier conversion: export the file again from the original',
      },
    };
  // Lines may end in CRLF, LF or CR, mixed (files edited by hand on two systems).
  const text = decoded.text.replace(/\r\n?/g, '\n');
  // Fed in slices: given the whole text at once, the parser would buffer every record it holds.
  // Rows of another length than the header are reported one by one, not as the end of the file.
  const parser = Readable.from(slices(text)).pipe(
    parse({ skip_empty_lines: true, info: true, relax_column_count: true }),
  );
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{
    record: string[];
    info: { lines: number };
  }>;
  let first: IteratorResult<{ record: string[]; info: { lines: number } }>;
  try {
    first = await records.next();
  } catch (error) {
    // The parser stops at the first quote it cannot read, even when it is in the first chunk.
    const { code, lines, message } = error as { code?: string; lines?: number; message: string };
    if (!code?.startsWith('CSV_')) throw error;
    return { problem: { line: lines ?? 1, column: '', message } };
  }
  if (first.done) return { header: [], headerLine: 1, rows: (async function* () {})() };
  const width = first.value.record.length;
  return {
    header: first.value.record.map((name) => name.trim()),
    headerLine: first.value.info.lines,
    rows: (async function* () {
      for (let next = await records.next(); !next.done; next = await records.next()) {
        const { record, info } = next.value;
        yield { line: info.lines, cells: record, problem: lengthProblem(record, width) };
      }
    })(),
  };
}

/** Empty cells after the header's last column are what spreadsheets write; others are not. */
function lengthProblem(cells: string[], width: number): string | undefined {
  const filled = cells.length > width ? cells.slice(width).some((cell) => cell.trim()) : false;
  if (cells.length >= width && !filled) return undefined;
  return `has ${cells.length} cells where the header has ${width} columns: ${
    cells.length > width ? 'a cell holds a comma without quotes around it' : 'cells are missing'
  }; nothing of this row was read`;
}

function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length; start += 65_536) yield text.slice(start, start + 65_536);
}

/** A cell of a workbook as text: numbers as written, dates as YYYY-MM-DD, formulas as their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
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
  bytes: Uint8Array,
  isHeader: (cells: string[]) => boolean,
): Promise<OpenedFile> {
  const rows = firstSheetRows(bytes);
  const cellsOf = (row: ExcelJS.Row) =>
    Array.from((row.values as ExcelJS.CellValue[]).slice(1), (value) => cellText(value));
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    const cells = cellsOf(next.value);
    if (!isHeader(cells)) continue;
    return {
      header: cells.map((name) => name.trim()),
      headerLine: next.value.number,
      rows: (async function* () {
        for await (const row of rows) {
          const values = cellsOf(row);
          if (values.some((value) => value.trim() !== ''))
            yield { line: row.number, cells: values };
        }
      })(),
    };
  }
  return {
    problem: {
      line: 1,
      column: '',
      message: 'the first sheet has no header row naming the columns of this kind',
    },
  };
}
