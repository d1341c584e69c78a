/**
 * What a file opened for reading gives, whatever its format: its header and its rows, one at a time.
 * Apart from the reader of each format, which gives it, so that what reads the rows needs neither.
 */

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

/** A file that opened: its header and its rows, read one at a time. */
export interface ReadableFile {
  header: string[];
  headerLine: number;
  rows: AsyncIterable<SheetRow>;
  /** Lets the file go when its rows are not read to the end (a refused header, an error). */
  close(): Promise<void>;
}

/** A file opened for reading, or why it could not be read at all. */
export type OpenedFile = ReadableFile | { problem: FileProblem };
