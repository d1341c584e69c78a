import type { RowProblem } from './import-report.js';

/**
 * Leading zeros a spreadsheet removed: a code of digits (a certificate number 0451234567, a batch
 * 01) that a spreadsheet took for a number, opening a CSV file or a cell of the General format, and
 * wrote back as the number (451234567, 1).
 */

/** Whether a value read is a stored text of digits starting with 0 without those zeros. */
export function zerosDropped(stored: unknown, read: unknown): boolean {
  return (
    typeof stored === 'string' &&
    typeof read === 'string' &&
    /^0\d*$/.test(stored) &&
    /^\d+$/.test(read) &&
    read !== stored &&
    stored.replace(/^0+(?=\d)/, '') === read
  );
}

/** The warning of a value kept for zeros a spreadsheet removed: said, never a change. */
export function zerosDroppedWarning(
  line: number,
  column: string,
  stored: string,
  read: unknown,
): RowProblem {
  return {
    line,
    column,
    message: `the spreadsheet removed the leading zeros (${stored} → ${String(read)}); the registry's value was kept: to change it, use the API`,
  };
}

/**
 * Said after a refusal of a cell of digits in a column of text: its zeros may have been removed by
 * a spreadsheet (a certificate number 000123 read back as 123), which nothing in the file shows.
 */
export const ZEROS_HINT =
  'if the value had zeros at its start, the spreadsheet probably removed them: set the column to Text and type the value again';

/** A refusal of a cell of digits, with the hint that its zeros may have been removed. */
export const withZerosHint = (message: string, typed: string) =>
  /^\d+$/.test(typed) ? `${message}; ${ZEROS_HINT}` : message;
