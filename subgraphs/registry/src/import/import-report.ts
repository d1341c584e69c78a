import { hasChinese } from '../../../../shared/bilingual.js';
import { headerOf } from './labels.js';
import type { SheetRow } from './opened-file.js';

/**
 * What an import says it did: the rows' problems and conflicts, what it wrote and what it passed
 * over. Apart from the import that fills it, because the checks of the rows, the command that
 * prints it and the tests use it without the import.
 */

export interface RowProblem {
  /** The line of the file (a CSV file's header is line 1). */
  line: number;
  /** The column (the import's English name; the report names it as the file's header does). */
  column: string;
  message: string;
  /** The cell as the file holds it, where the problem is one filled cell's: what to look for. */
  typed?: string;
}

export interface Conflict {
  line: number;
  id: string;
  message: string;
  /** The record as it is now, in the file's columns. */
  current: Record<string, unknown>;
}

/** A field's value before and after a row changes it, as the file's column holds it. */
export interface ValueChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface UpdatedRow {
  line: number;
  id: string;
  fields: string[];
  /** Each changed field's value before and after: the report shows them, to be checked before writing. */
  changes?: ValueChange[];
  /** Of those, the fields an empty cell clears: said apart, as an empty cell is often no choice. */
  cleared: string[];
  /**
   * The record was one a document names: changed, it is the region's registered record, which
   * anonymous readers do not see (the writes' rule), and the report says so before it is done.
   */
  published: boolean;
}

export interface ImportReport {
  rows: number;
  /** Rows without a problem. */
  valid: number;
  created: number;
  /** The line and global id of each record created. */
  createdRows: { line: number; id: string }[];
  updated: UpdatedRow[];
  /** Rows that say what the record already says: counted, not rewritten. */
  unchanged: number;
  /** New rows whose natural key a concurrent writer took meanwhile: left as the registry has them. */
  ignored: number;
  conflicts: Conflict[];
  /** The version column, where every conflict is, as the file's header names it (版本, version). */
  versionColumn?: string;
  problems: RowProblem[];
  /**
   * What the import did not take and says, refusing nothing: a value kept whose leading zeros a
   * spreadsheet removed.
   */
  warnings?: RowProblem[];
  written: boolean;
  /**
   * The file is refused as a whole (its header, a file that cannot be read to its end, rows far
   * apart naming one record): nothing is written, even with `partial`.
   */
  refusedWhole?: boolean;
  /**
   * Refused before any row was read: the file could not be opened as one of this kind, or its
   * header is wrong. The summary says so, not "0 rows read, 0 invalid".
   */
  refusedBeforeRows?: 'file' | 'header';
  /** The team's notes columns (备注) the import passed over. */
  notesColumns?: string[];
  /**
   * Where the file names records by id (an export brought back): how many of the registry's records
   * of this kind it leaves out, and the first of their ids. A row deleted in a spreadsheet deletes
   * nothing, and the summary says so.
   */
  notInFile?: { count: number; ids: string[] };
  /**
   * New institutions without a credit code in the township of one the registry holds without a
   * code and the file does not name (same-place.ts): each line, the records, and the place.
   */
  samePlace?: { line: number; ids: string[]; place: string }[];
}

/**
 * The report with columns named as the file's header names them (机构名称 in a Chinese file); a
 * column the file does not have, as its language would name it (机构类型 where a Chinese file leaves
 * out the kind).
 */
export function namedAsTheFile(
  report: ImportReport,
  header: string[],
  columns: (string | null)[],
  kindName: string,
): ImportReport {
  const chineseFile = header.some(hasChinese);
  const text = (column: string) =>
    header[columns.indexOf(column)] ??
    (column ? headerOf(kindName, column, chineseFile ? 'zh' : 'en') : column);
  return {
    ...report,
    versionColumn: text('version'),
    problems: report.problems
      .map((problem) => ({ ...problem, column: text(problem.column) }))
      .sort((a, b) => a.line - b.line),
    ...(report.warnings?.length
      ? {
          warnings: report.warnings.map((warning) => ({
            ...warning,
            column: text(warning.column),
          })),
        }
      : {}),
  };
}

/** A problem of one cell says what the cell holds: 2013年2月3号 is found in a file at a glance. */
export function withTyped(problems: RowProblem[], rows: SheetRow[], columns: string[]): void {
  const cellsOf = new Map(rows.map((row) => [row.line, row.cells]));
  for (const problem of problems) {
    const typed = cellsOf.get(problem.line)?.[columns.indexOf(problem.column)]?.trim();
    if (typed) problem.typed = typed;
  }
}
