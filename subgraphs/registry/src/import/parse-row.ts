import type { z } from 'zod';
import { globalId, localId } from '../global-ids.js';
import type { Region } from '../../../regions.js';
import type { RowProblem } from './import-report.js';
import { cellValue, recordIdAsTyped, type ImportKind } from './columns.js';
import { alternateKeyOf } from './match-records.js';
import { isReadOnly, readOnlyCell } from './read-only-columns.js';
import type { SheetRow } from './opened-file.js';
import { isDateColumn } from './cell-dates.js';
import { withZerosHint } from './leading-zeros.js';

/** A row read and validated field by field, before it is matched to a record. */
export interface ParsedRow {
  line: number;
  /** The row's values as the write validation returns them, empty cells left out. */
  values: Record<string, unknown>;
  /** Columns the file has and left empty: they clear the record's field. */
  empty: string[];
  /** The cells of the read-only columns the file has, as their values read (null for empty). */
  readOnly: Record<string, string | null>;
  id: string | null;
  version: number | null;
  key: string | null;
  /** The alternate key (a programme's name and year), where the natural key is empty. */
  alternate: string | null;
}

/** A kind's schema with every field optional (an update row gives some), built once per kind. */
const partialSchemas = new Map<ImportKind, z.ZodType>();
function partialSchema(kind: ImportKind): z.ZodType {
  if (!partialSchemas.has(kind)) partialSchemas.set(kind, (kind.schema as z.ZodObject).partial());
  return partialSchemas.get(kind)!;
}

function keyAlone(kind: ImportKind, raw: Record<string, unknown>): unknown {
  const column = kind.naturalKey.column;
  const schema = (partialSchema(kind) as z.ZodObject).shape[column] as z.ZodType;
  const read = schema.safeParse(raw[column]);
  return read.success ? read.data : raw[column];
}

/**
 * A sheet row's cells as the schema expects them (labels turned into codes, numbers parsed), with
 * its id, version and keys; each cell that cannot be read adds a problem at its line and column.
 */
export function parseRow(
  kind: ImportKind,
  row: SheetRow,
  columns: string[],
  context: { kindName: string; region: Region },
  problems: RowProblem[],
): ParsedRow {
  if (row.problem) {
    problems.push({ line: row.line, column: '', message: row.problem });
    return {
      line: row.line,
      values: {},
      empty: [],
      readOnly: {},
      id: null,
      version: null,
      key: null,
      alternate: null,
    };
  }
  const raw: Record<string, unknown> = {};
  const empty: string[] = [];
  const readOnly: Record<string, string | null> = {};
  let id: string | null = null;
  let version: number | null = null;
  columns.forEach((column, index) => {
    const text = (row.cells[index] ?? '').trim();
    const unread = row.unreadCells?.get(index);
    if (unread) problems.push({ line: row.line, column, message: unread });
    else if (column === 'id') {
      // An id as typed (nx-6) or in full-width characters (ＮＸ－５５) is the id it spells.
      id = text ? localId(context.region, recordIdAsTyped(text)) : null;
      if (text && !id)
        problems.push({
          line: row.line,
          column,
          message: `"${text}" is not an id of this registry; its ids look like ${globalId(context.region, '5')}`,
        });
    } else if (column === 'version') {
      // A version typed in full-width digits (２), as number cells take them, is the number.
      version = text ? Number(text.normalize('NFKC')) : null;
      if (text && !Number.isInteger(version))
        problems.push({
          line: row.line,
          column,
          message: `"${text}" is not a version number: keep the version as the export wrote it, a whole number such as 3`,
        });
    } else if (isReadOnly(context.kindName, column)) {
      // Read to be checked, never written: an empty cell clears nothing here.
      const cell = text ? readOnlyCell(context.kindName, column, text) : { value: null };
      if ('problem' in cell) problems.push({ line: row.line, column, message: cell.problem });
      else readOnly[column] = (cell.value as string | null) ?? null;
    } else if (!text) empty.push(column);
    else if (text.includes('\uFFFD'))
      problems.push({
        line: row.line,
        column,
        message:
          'holds U+FFFD, the mark of characters lost in an earlier conversion: export the file again from the original',
      });
    else {
      const cell = cellValue(context.kindName, column, text);
      if ('problem' in cell) problems.push({ line: row.line, column, message: cell.problem });
      else raw[column] = cell.value;
    }
  });
  const parsed = partialSchema(kind).safeParse(raw);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      if (!problems.some((p) => p.column === String(issue.path[0])))
        problems.push({
          line: row.line,
          column: String(issue.path[0] ?? ''),
          message: zerosMayBeLost(raw, String(issue.path[0] ?? ''), issue.message),
        });
  const values = parsed.success ? (parsed.data as Record<string, unknown>) : raw;
  // A refused row's key as its column alone reads it (a credit code in capitals), to find whether
  // the row names a record.
  const key = parsed.success ? values[kind.naturalKey.column] : keyAlone(kind, raw);
  return {
    line: row.line,
    values,
    empty,
    readOnly,
    id,
    version,
    key: typeof key === 'string' ? key : null,
    // A row with an id names its record by it: two records may share a name and a year.
    alternate: id !== null || typeof key === 'string' ? null : alternateKeyOf(kind, values),
  };
}

/**
 * A refusal of a text of digits (a certificate number 123, six digits long before a spreadsheet
 * took it for a number) says that a spreadsheet may have removed its leading zeros.
 */
function zerosMayBeLost(raw: Record<string, unknown>, column: string, message: string): string {
  const value = raw[column];
  return typeof value === 'string' && !isDateColumn(column)
    ? withZerosHint(message, value)
    : message;
}
