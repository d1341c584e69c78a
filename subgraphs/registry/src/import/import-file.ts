import { CsvError } from 'csv-parse';
import type { DataSource, EntityManager } from 'typeorm';
import { globalId } from '../global-ids.js';
import type { ImportMode } from './choices.js';
import { importKinds } from './columns.js';
import { columnsOfKind, isHeaderOfAnyKind } from './header-kind.js';
import { headerRefusal } from './header-problems.js';
import { withoutBlankColumns } from './blank-columns.js';
import { classifyRows } from './classify-rows.js';
import { namedAsTheFile, type ImportReport } from './import-report.js';
import { columnOfHeader } from './labels.js';
import { LostCharacters } from './lost-characters.js';
import { withoutNotes } from './notes-columns.js';
import type { FileSource } from './file-source.js';
import type { ReadableFile, SheetRow } from './opened-file.js';
import { openFile } from './read-rows.js';
import { MergedCells, UnreadableWorkbook } from './workbook-errors.js';
import { startRepeatCheck } from './repeated-rows.js';
import { placedRows, samePlace, type PlacedRow } from './same-place.js';
import { writeChunk } from './write-chunk.js';
import type { Region } from '../../../regions.js';

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
  if ('problem' in opened)
    return { ...report, problems: [opened.problem], refusedWhole: true, refusedBeforeRows: 'file' };
  try {
    const read = withoutNotes(withoutBlankColumns(opened), report);
    return await importRows(db, read, report, options, known);
  } finally {
    await opened.close();
  }
}

/** The rows of an opened file, read, matched and written (or counted, in a dry run). */
async function importRows(
  db: DataSource,
  opened: ReadableFile,
  report: ImportReport,
  options: ImportOptions,
  known: string[],
): Promise<ImportReport> {
  const mode = options.mode ?? 'create';
  // Whatever is refused before the rows are read is refused for the whole file.
  report.refusedWhole = true;
  const columns = opened.header.map((text) => columnOfHeader(options.kind, known, text));
  report.problems = headerRefusal(
    opened.header,
    opened.headerLine,
    columns,
    options.kind,
    known,
    mode,
  );
  if (report.problems.length) return { ...report, refusedBeforeRows: 'header' };
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
        for (const id of await writeChunk(tx, classified, report, options)) named.add(id);
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
          // So does a row whose Chinese characters became "?" (lost-characters.ts).
          if (
            !(error instanceof CsvError) &&
            !(error instanceof UnreadableWorkbook) &&
            !(error instanceof LostCharacters)
          )
            throw error;
          unreadable = true;
          const line =
            error instanceof CsvError
              ? Number(error.lines ?? lastLine)
              : error instanceof LostCharacters
                ? error.line
                : lastLine + 1;
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
      // whole, nor one not read to its end, whose unread rows may hold them.
      if (rowsWithId > 0 && !unreadable) report.notInFile = await leftOut(tx, options, named);
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
  return namedAsTheFile(report, opened.header, columns, options.kind);
}

/** The registry's records of the kind that a file naming records by id leaves out. */
async function leftOut(
  tx: EntityManager,
  options: ImportOptions,
  named: Set<string>,
): Promise<{ count: number; ids: string[] }> {
  const { table, withdrawnColumn } = importKinds[options.kind]!;
  const [row]: { count: number; ids: string[] | null }[] = await tx.query(
    `SELECT count(*)::int AS count, (array_agg(id::text ORDER BY id))[1:10] AS ids
       FROM ${table} WHERE NOT (id = ANY($1::bigint[]))${withdrawnColumn ? ` AND ${withdrawnColumn} IS NULL` : ''}`,
    [[...named]],
  );
  return { count: row!.count, ids: (row!.ids ?? []).map((id) => globalId(options.region, id)) };
}
