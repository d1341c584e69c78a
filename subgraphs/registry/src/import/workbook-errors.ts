/**
 * What reading a workbook fails with, in words for the person importing it: apart from the reader,
 * as the reader of the rows and the import each tell these failures from any other error.
 */

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
