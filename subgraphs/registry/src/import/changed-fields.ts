import { globalId } from '../global-ids.js';
import type { Region } from '../../../regions.js';
import type { ImportKind } from './columns.js';
import type { RowProblem, ValueChange } from './import-report.js';
import type { ParsedRow } from './parse-row.js';
import type { NamedProgram, ProgramOfCell } from './program-references.js';
import {
  columnOfField,
  programFields,
  referenceFields,
  sameValue,
  type StoredRecord,
} from './record-rows.js';
import { zerosDropped, zerosDroppedWarning } from './leading-zeros.js';

/**
 * What a row of a registered record changes in it: apart from the matching of rows to records,
 * which decides whether the change is written, refused or a conflict.
 */

/**
 * The fields a row changes, as the update mutation takes them: a cleared cell clears its field. An
 * institution is compared by what the cell names, so that its credit code and its record id (one
 * given since the file was exported) are the same institution, and so is a programme. A text a spreadsheet took for a
 * number and wrote without its leading zeros (0451234567 read back as 451234567) in the row of a
 * record named by id is no change: the record's value is kept, and a warning says so.
 */
export function changedFields(
  kind: ImportKind,
  row: ParsedRow,
  columns: string[],
  record: StoredRecord,
  current: Record<string, unknown>,
  references: Map<string, { id: string }>,
  programs: Map<string, ProgramOfCell>,
  warnings: RowProblem[] = [],
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const column of columns) {
    // A programme's key is the file's own identifier, not a field its update mutation takes.
    if (column === 'id' || column === 'version' || column === 'key' || !(column in current))
      continue;
    const value = row.empty.includes(column) ? null : row.values[column];
    // By the programme's id, whether the cell gives its key or its record id; a row compared here
    // names one programme (checkReferences refused a cell naming none or two).
    const programField = column in kind.programReferences ? programFields[column] : undefined;
    if (programField) {
      const program = value == null ? null : (programs.get(value as string) as NamedProgram).id;
      if (program !== (record[programField] == null ? null : String(record[programField])))
        input[programField] = program;
      continue;
    }
    const field = referenceFields[column];
    if (field) {
      const institution = value == null ? null : references.get(value as string)!.id;
      if (institution !== (record[field] == null ? null : String(record[field])))
        input[field] = institution;
      continue;
    }
    if (sameValue(value, current[column])) continue;
    if (row.id !== null && zerosDropped(current[column], value)) {
      warnings.push(zerosDroppedWarning(row.line, column, current[column] as string, value));
      continue;
    }
    input[column] = column === 'serviceFields' && value == null ? [] : value;
  }
  return input;
}

/**
 * A worker's row that takes its certificate away (证书等级 changed to 无证书) and keeps its 证书取得日期
 * gives that day with the level, as the row says: the update refuses it at its column, as it refuses
 * a day given with NONE, rather than clearing it in silence as a change of the level alone does
 * (writes/social-workers.ts). The row writes what it shows, or nothing.
 */
export function withKeptCertificateDate(row: ParsedRow, input: Record<string, unknown>) {
  const kept = row.values.certifiedSince;
  return input.certificateLevel === 'NONE' && !('certifiedSince' in input) && kept != null
    ? { ...input, certifiedSince: kept }
    : input;
}

/**
 * Each changed field's value before and after, as the file's columns hold them (an institution as
 * its credit code, a programme as its key), for the report to show what a row changes before it is written.
 */
export function valueChanges(
  input: Record<string, unknown>,
  row: ParsedRow,
  current: Record<string, unknown>,
): ValueChange[] {
  return Object.keys(input).map((field) => {
    const column = columnOfField(field);
    return {
      field,
      before: current[column] ?? null,
      after: row.empty.includes(column) ? null : (row.values[column] ?? null),
    };
  });
}

/**
 * Why a programme's key in the row of a record named by id cannot be taken, or null: a key is the
 * file's own name for it, which no update writes, so one changed or cleared would otherwise be
 * passed over in silence, the row counted unchanged. A key that lost its leading zeros in a
 * spreadsheet is the record's, kept with a warning.
 */
export function keyProblem(
  kind: ImportKind,
  row: ParsedRow,
  columns: string[],
  match: StoredRecord,
  region: Region,
  warnings: RowProblem[],
): string | null {
  if (kind.naturalKey.column !== 'key' || row.id === null || !columns.includes('key')) return null;
  const stored = (match.key as string | null) ?? null;
  if (row.key === stored) return null;
  if (zerosDropped(stored, row.key)) {
    warnings.push(zerosDroppedWarning(row.line, 'key', stored!, row.key));
    return null;
  }
  return `differs from the key of ${globalId(region, match.id)} (${stored ?? 'none'}): a programme's key names it from one import to the next and an import cannot change it; write it back as it was, or leave the column out`;
}
