import { CsvError } from 'csv-parse';
import { hasChinese } from '../../../../shared/bilingual.js';
import type { DataSource, EntityManager } from 'typeorm';
import { globalId } from '../global-ids.js';
import { importKindWords, type ImportKindName, type ImportMode } from './choices.js';
import { importKinds } from './columns.js';
import { cellsOfKind, columnsOfKind, isHeaderOfAnyKind, kindOfHeader } from './header-kind.js';
import { classifyRows, type Classified, type Conflict, type RowProblem } from './classify-rows.js';
import { insertRows } from './insert-rows.js';
import { columnOfHeader, headerOf, isNotesHeader } from './labels.js';
import type { FileSource } from './file-source.js';
import type { FileProblem, OpenedFile, SheetRow } from './opened-file.js';
import { openFile } from './read-rows.js';
import { MergedCells, UnreadableWorkbook } from './workbook-errors.js';
import { startRepeatCheck } from './repeated-rows.js';
import { updateRow } from './update-row.js';
import { placedRows, samePlace, type PlacedRow } from './same-place.js';
import type { Region } from '../../../regions.js';

export type { Conflict, RowProblem } from './classify-rows.js';

export interface UpdatedRow {
  line: number;
  id: string;
  fields: string[];
  /** Of those, the fields an empty cell clears: said apart, as an empty cell is often no choice. */
  cleared: string[];
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
  problems: RowProblem[];
  written: boolean;
  /**
   * The file is refused as a whole (its header, a file that cannot be read to its end, rows far
   * apart naming one record): nothing is written, even with `partial`.
   */
  refusedWhole?: boolean;
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

export interface ImportOptions {
  kind: string;
  /** The region whose registry the file is for: its credit codes and ids must be the region's. */
  region: Region;
  mode?: ImportMode;
  /** Validate and match every row, write nothing. */
  dryRun?: boolean;
  /** Write the valid rows even when others are rejected or conflict. */
  partial?: boolean;
  /** Recorded as the actor of the audit records. */
  actor: string;
  progress?: (rowsRead: number) => void;
  /** Called as the import's one transaction is about to commit: until then, nothing is written. */
  committing?: () => void;
}

/** Rows matched and written together. */
const CHUNK = 1000;

class RolledBack extends Error {}

/**
 * Imports a CSV file or an xlsx workbook into a region's registry, one chunk of rows at a time,
 * all in one transaction. Every row is validated as the mutations validate, matched to a record
 * (by id, else by natural key) and created, updated through the update mutations, counted
 * unchanged, or reported as a conflict or a problem (in create mode, a row that would change a
 * record is a problem: create mode never changes one). Without `partial`, any problem or
 * conflict rolls everything back; a dry run always does, after counting what would be written.
 */
export async function importFile(
  db: DataSource,
  file: FileSource,
  options: ImportOptions,
): Promise<ImportReport> {
  const kind = importKinds[options.kind];
  if (!kind)
    throw new Error(`Unknown kind ${options.kind}; one of ${Object.keys(importKinds).join(', ')}`);
  const known = columnsOfKind(options.kind);
  const report: ImportReport = {
    rows: 0,
    valid: 0,
    created: 0,
    createdRows: [],
    updated: [],
    unchanged: 0,
    ignored: 0,
    conflicts: [],
    problems: [],
    written: false,
  };
  // A header of another kind is found too, so that the report can say which kind it is.
  const opened = await openFile(file, isHeaderOfAnyKind);
  if ('problem' in opened) return { ...report, problems: [opened.problem], refusedWhole: true };
  try {
    return await importRows(db, withoutNotes(opened, report), report, options, known);
  } finally {
    await opened.close();
  }
}

/**
 * A team's own notes beside the records (a 备注 column) are theirs, not the registry's: the file is
 * read without them, and the report says which columns it passed over.
 */
function withoutNotes(
  opened: Exclude<OpenedFile, { problem: FileProblem }>,
  report: ImportReport,
): Exclude<OpenedFile, { problem: FileProblem }> {
  const notes = opened.header.map(isNotesHeader);
  if (!notes.includes(true)) return opened;
  report.notesColumns = opened.header.filter((_, index) => notes[index]);
  const kept = <T>(cells: T[]) => cells.filter((_, index) => !notes[index]);
  // A note's cell that holds no value (a formula never calculated) is the team's, not a problem;
  // the others move left past the notes before them.
  const keptUnread = (unread: Map<number, string>) =>
    new Map(
      [...unread]
        .filter(([index]) => !notes[index])
        .map(([index, why]) => [index - notes.slice(0, index).filter(Boolean).length, why]),
    );
  const rows = opened.rows;
  return {
    ...opened,
    header: kept(opened.header),
    rows: (async function* () {
      for await (const row of rows) {
        const cells = kept(row.cells);
        const unreadCells = row.unreadCells && keptUnread(row.unreadCells);
        // A row of notes alone (备注：以上截至…, under the records) is no record: passed over.
        if (!row.problem && !unreadCells?.size && cells.every((cell) => cell.trim() === ''))
          continue;
        yield { ...row, cells, ...(unreadCells ? { unreadCells } : {}) };
      }
    })(),
  };
}

/** The rows of an opened file, read, matched and written (or counted, in a dry run). */
async function importRows(
  db: DataSource,
  opened: Exclude<OpenedFile, { problem: FileProblem }>,
  report: ImportReport,
  options: ImportOptions,
  known: string[],
): Promise<ImportReport> {
  const mode = options.mode ?? 'create';
  // Whatever is refused before the rows are read is refused for the whole file.
  report.refusedWhole = true;
  // An empty file (a CSV of nothing, saved by mistake) is said to be one, not read as no rows.
  if (!opened.header.length) {
    report.problems.push({
      line: 1,
      column: '',
      message: 'the file is empty: it has no header row naming the columns of this kind',
    });
    return report;
  }
  const columns = opened.header.map((text) => columnOfHeader(options.kind, known, text));
  const kindOfColumns = kindOfHeader(opened.header);
  if (kindOfColumns && kindOfColumns !== options.kind && columns.includes(null)) {
    report.problems.push(otherKind(opened.header, opened.headerLine, options.kind, kindOfColumns));
    return report;
  }
  report.problems = headerProblems(opened.header, columns, known, opened.headerLine, options.kind);
  if (mode === 'update' && !columns.includes('id'))
    report.problems.push({
      line: opened.headerLine,
      column: 'id',
      message:
        'update mode changes the records that rows name by id, and the header has no id (记录编号) column: export the records to get their ids, or import with --mode upsert',
    });
  if (report.problems.length) return report;
  report.refusedWhole = false;

  try {
    await db.transaction(async (tx) => {
      await startRepeatCheck(tx);
      let chunk: SheetRow[] = [];
      const named = new Set<string>();
      const placed: PlacedRow[] = [];
      let rowsWithId = 0;
      let unversioned = 0;
      // A row repeating one of an earlier chunk, which was written: nothing is, even with --partial.
      let repeatsEarlierChunk = false;
      const flush = async () => {
        const classified = await classifyRows(tx, chunk, columns as string[], {
          kindName: options.kind,
          region: options.region,
          mode,
        });
        report.rows += chunk.length;
        chunk = [];
        for (const id of classified.namedIds) named.add(id);
        rowsWithId += classified.rowsWithId;
        unversioned += classified.unversioned;
        repeatsEarlierChunk ||= classified.repeatsEarlierChunk;
        if (options.kind === 'institutions') placed.push(...placedRows(classified.creates));
        // The records the file creates are in it too: never among those it leaves out.
        for (const id of await apply(tx, classified, report, options)) named.add(id);
        options.progress?.(report.rows);
      };
      let lastLine = opened.headerLine;
      let unreadable = false;
      try {
        for await (const row of opened.rows) {
          chunk.push(row);
          lastLine = row.line;
          if (chunk.length === CHUNK) await flush();
        }
      } catch (error) {
        if (error instanceof MergedCells) {
          // Met after the last row, every row read: each range is the problem of its first row.
          unreadable = true;
          report.problems.push(
            ...error.ranges.map(({ ref, firstRow }) => ({
              line: firstRow,
              column: '',
              message: `cells ${ref} are merged: a merged range keeps its value in its first cell only, and the others would be read as empty, clearing what their records hold; unmerge them and fill in every cell, then import again`,
            })),
          );
        } else {
          // A quote that cannot be read ends the file, as a workbook cut short does; the rows
          // read before either are still checked.
          if (!(error instanceof CsvError) && !(error instanceof UnreadableWorkbook)) throw error;
          unreadable = true;
          const line = error instanceof CsvError ? Number(error.lines ?? lastLine) : lastLine + 1;
          report.problems.push(
            { line, column: '', message: error.message },
            {
              line: lastLine,
              column: '',
              message: `the rows after line ${lastLine} were not read, so nothing is written, even with --partial`,
            },
          );
        }
      }
      if (chunk.length) await flush();
      // A file of the registry's records (rows with ids, an export) is told which it leaves out;
      // one of new records alone (a template filled in, its id column empty) is not the registry's
      // whole.
      if (rowsWithId > 0) report.notInFile = await leftOut(tx, options, named);
      // Said once for the file, at its header: the rows that are refused for it say their lines.
      if (unversioned)
        report.problems.push({
          line: opened.headerLine,
          column: '',
          message: `the header has no version column, and ${unversioned} ${unversioned === 1 ? 'row changes a record' : 'rows change records'} named by id: without the version each record was exported at, the import cannot tell whether someone changed it since, so ${unversioned === 1 ? 'that row was' : 'those rows were'} not written; keep the version column of the export, or export the records again and make the changes there`,
        });
      const alike = await samePlace(tx, placed, named, options.region);
      if (alike.length) report.samePlace = alike;
      const refused = report.problems.length > 0 || report.conflicts.length > 0;
      if (repeatsEarlierChunk)
        report.problems.push({
          line: lastLine,
          column: '',
          message:
            'rows far apart in the file name one record, and the first was read before the second: nothing is written, even with --partial',
        });
      report.refusedWhole = unreadable || repeatsEarlierChunk;
      if (options.dryRun || unreadable || repeatsEarlierChunk || (refused && !options.partial))
        throw new RolledBack();
      options.committing?.();
    });
    report.written = report.created + report.updated.length > 0;
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  return named(report, opened.header, columns, options.kind);
}

/** The registry's records of the kind that a file naming records by id leaves out. */
async function leftOut(
  tx: EntityManager,
  options: ImportOptions,
  named: Set<string>,
): Promise<{ count: number; ids: string[] }> {
  const [row]: { count: number; ids: string[] | null }[] = await tx.query(
    `SELECT count(*)::int AS count, (array_agg(id::text ORDER BY id))[1:10] AS ids
       FROM ${importKinds[options.kind]!.table} WHERE NOT (id = ANY($1::bigint[]))`,
    [[...named]],
  );
  return { count: row!.count, ids: (row!.ids ?? []).map((id) => globalId(options.region, id)) };
}

/**
 * The report with columns named as the file's header names them (机构名称 in a Chinese file); a
 * column the file does not have, as its language would name it (机构类型 where a Chinese file leaves
 * out the kind).
 */
function named(
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
    problems: report.problems
      .map((problem) => ({ ...problem, column: text(problem.column) }))
      .sort((a, b) => a.line - b.line),
  };
}

/** Writes a chunk's rows and counts them in the report; returns the ids of the records it created. */
async function apply(
  tx: EntityManager,
  classified: Classified,
  report: ImportReport,
  options: ImportOptions,
): Promise<string[]> {
  const kind = importKinds[options.kind]!;
  report.problems.push(...classified.problems);
  report.conflicts.push(...classified.conflicts);
  report.unchanged += classified.unchanged;
  report.valid += classified.valid;
  const inserted = await insertRows(
    tx,
    kind,
    classified.creates,
    classified.references,
    options.actor,
  );
  // A natural key a concurrent writer took since the rows were matched: left as it is.
  report.ignored += classified.creates.length - inserted.length;
  report.created += inserted.length;
  report.createdRows.push(
    ...inserted.map(({ line, id }) => ({ line, id: globalId(options.region, id) })),
  );
  for (const update of classified.updates) {
    const result = await updateRow(
      tx,
      options.kind,
      update.id,
      update.version,
      update.input,
      options.region,
      options.actor,
    );
    const id = globalId(options.region, update.id);
    if (result.conflict)
      report.conflicts.push({
        line: update.line,
        id,
        message: result.conflict,
        current: update.current,
      });
    else if (result.problems.length) {
      report.valid -= 1;
      report.problems.push(
        ...result.problems.map((p) => ({
          line: update.line,
          column: p.path,
          message: `${id}: ${p.message}`,
        })),
      );
    } else
      report.updated.push({
        line: update.line,
        id,
        fields: Object.keys(update.input),
        cleared: Object.entries(update.input)
          .filter(([, value]) => value == null || (Array.isArray(value) && !value.length))
          .map(([field]) => field),
      });
  }
  return inserted.map(({ id }) => String(id));
}

/**
 * A file of another kind than the one it is imported as (social workers given as institutions): one
 * problem naming the kind its header is, with some of the columns that say so, rather than one for
 * every column this kind has not.
 */
function otherKind(
  header: string[],
  line: number,
  kind: string,
  other: ImportKindName,
): RowProblem {
  const telling = cellsOfKind(other, header).filter((cell) => !cellsOfKind(kind, [cell]).length);
  return {
    line,
    column: '',
    message: `the header's columns are those of ${importKindWords[other].en} (${telling.slice(0, 4).join(', ')}), not of ${importKindWords[kind as ImportKindName]?.en ?? kind}: import the file with --kind ${other}`,
  };
}

function headerProblems(
  header: string[],
  columns: (string | null)[],
  known: string[],
  line: number,
  kindName: string,
): RowProblem[] {
  return [
    ...header
      .filter((_, index) => columns[index] === null)
      .map((text) => ({
        line,
        // A wrapped header on one line, so that the report's line is not broken by it.
        column: text.replace(/\s*\n\s*/g, ' '),
        message: `is not a column of ${kindName}; the columns are ${known.join(', ')} (or their Chinese headers)`,
      })),
    // A second column of one name would silently replace the first.
    ...columns
      .map((column, index) => ({ column, index }))
      .filter(({ column, index }) => column !== null && columns.indexOf(column) !== index)
      .map(({ column }) => ({
        line,
        column: column!,
        message: `appears twice in the header (columns ${columns.indexOf(column) + 1} and ${columns.lastIndexOf(column) + 1}); keep one`,
      })),
  ];
}
