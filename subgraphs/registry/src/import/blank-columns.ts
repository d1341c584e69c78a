import { fileWithoutColumns } from './dropped-columns.js';
import type { ReadableFile } from './opened-file.js';

/**
 * Columns with a blank header taken out of a file before its rows are read: Excel writes a cleared
 * column that its used range still spans as a blank header and blank cells (`a,b,c,` and rows ending
 * in `,`), and a header cell may hold a space alone. Such a column of blank cells is nothing; a row
 * with a value under a blank header is refused, naming the column, since no one can tell what the
 * value is.
 */

/** A column's letter as a spreadsheet names it: 1 is A, 27 is AA. */
export function columnLetter(position: number): string {
  let letters = '';
  for (let n = position; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The file without the columns its header leaves blank; a row with a value in one is refused. */
export function withoutBlankColumns(opened: ReadableFile): ReadableFile {
  const blank = opened.header.map((cell) => cell.trim() === '');
  if (!blank.includes(true)) return opened;
  return fileWithoutColumns(opened, blank, (row, kept) => {
    const filled = row.cells.findIndex((cell, index) => blank[index] && cell.trim() !== '');
    return filled >= 0 && !row.problem
      ? {
          ...kept,
          problem: `column ${filled + 1} (${columnLetter(filled + 1)}) has no header, and this row holds a value in it: give the column its header, or delete the column`,
        }
      : kept;
  });
}
