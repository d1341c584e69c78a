import type ExcelJS from 'exceljs';
import { textOfSpreadsheetCell } from '../../../../shared/spreadsheet-cell.js';
import type { ByteSource } from './file-source.js';
import { isNotesHeader } from './labels.js';
import type { OpenedFile } from './opened-file.js';
import { firstSheetRows } from './read-workbook.js';
import { MergedCells, NoWorksheet, UnreadableWorkbook } from './workbook-errors.js';

/**
 * A workbook's first sheet read as rows of text: its header found, its cells as the sheet shows
 * them, those that hold no value to read said, and its merged ranges over the rows' fields refused.
 */

/**
 * A date cell as precise as its format shows it: 2024年3月 (a year and a month) is 2024-03, 2024 (a
 * year alone) is 2024, never a day nobody typed; a time alone is no date, and is given whole for the validation to refuse.
 */
function dateText(date: Date, format: string | undefined): string {
  const shown = (format ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '');
  if (!/[yd]/i.test(shown) && /[hs]/i.test(shown)) return date.toISOString();
  // A cell that shows the year alone (yyyy, yyyy"年") is the year, never its January.
  if (/y/i.test(shown) && !/[md]/i.test(shown)) return date.toISOString().slice(0, 4);
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

/**
 * Text as Excel stores it, unescaped: a character XML cannot hold (a control, say) is written
 * `_x001B_`, and `_x005F_` is the underscore that begins such a form. Read literally, an escape the
 * text check refuses would pass as the letters of its escape.
 */
const unescaped = (text: string) =>
  text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A cell of a workbook as text: numbers as written, dates as YYYY-MM-DD, formulas as their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (typeof value === 'string') return unescaped(value);
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // A number of 16 digits or more has lost digits in the spreadsheet (it keeps 15): written as
  // the spreadsheet shows it (2.01903545000123E+15), so that no column takes it for a code.
  if (typeof value === 'number' && Math.abs(value) >= 1e15)
    return value.toExponential().toUpperCase();
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return unescaped(value.richText.map((part) => part.text).join(''));
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return unescaped(String(value.text));
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * The first sheet of a workbook, streamed; its header is the first row that names columns (a title
 * row above it is skipped).
 */
export async function openWorkbook(
  file: ByteSource,
  isHeader: (cells: string[]) => boolean,
): Promise<OpenedFile> {
  const rows = firstSheetRows(file);
  // A quote before a formula's first character or a second quote is the mark of text a CSV export
  // wrote, kept by a spreadsheet that saved the CSV as a workbook: dropped, as the CSV reader does.
  const cellsOf = (row: ExcelJS.Row) =>
    Array.from((row.values as ExcelJS.CellValue[]).slice(1), (value, index) =>
      value instanceof Date
        ? dateText(value, row.getCell(index + 1).numFmt)
        : textOfSpreadsheetCell(cellText(value)),
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
