import type { Region } from '../../../regions.js';
import { globalId } from '../global-ids.js';
import { cellValue, recordIdAsTyped, type Cell } from './columns.js';
import type { ParsedRow } from './parse-row.js';
import type { StoredRecord } from './record-rows.js';

/**
 * Columns an export writes for its reader and the registry alone sets: where a record comes from
 * (a document, the team's registration, or made-up demo data), and the scheme a programme belongs
 * to, whose funding already includes its projects'. Without them a file cannot tell demo rows
 * from real ones, and its funding summed counts a scheme's money twice. An import reads them only
 * to check that they say what the registry says: a cell edited there is a correction the import
 * cannot write, and is refused at its cell rather than passed over.
 */
export const readOnlyColumns: Record<string, readonly string[]> = {
  institutions: ['provenance'],
  'social-workers': ['provenance'],
  programs: ['provenance', 'parent'],
};

export const isReadOnly = (kindName: string, column: string) =>
  readOnlyColumns[kindName]?.includes(column) ?? false;

/**
 * What a read-only column says of a record, as the export writes it and a row's cell reads once
 * parsed (a provenance's code, a scheme's id, null for none); of a record an import creates, what it
 * gets: registered, in no scheme.
 */
export function readOnlyValue(
  column: string,
  record: StoredRecord | null,
  region: Region,
): string | null {
  if (column === 'provenance') return record ? String(record.provenance) : 'REGISTERED';
  const parent = record?.parentId;
  return parent == null ? null : globalId(region, String(parent));
}

/** A read-only cell as its value reads: a provenance's label as its code, an id as typed (nx-2). */
export function readOnlyCell(kindName: string, column: string, text: string): Cell {
  const cell = cellValue(kindName, column, text);
  return column === 'parent' && 'value' in cell && typeof cell.value === 'string'
    ? { value: recordIdAsTyped(cell.value) }
    : cell;
}

/**
 * The read-only cells of a row that say something else than the registry says of its record (or,
 * for a row that creates one, than what the import gives it; there an empty cell says nothing).
 */
export function readOnlyProblems(
  row: ParsedRow,
  record: StoredRecord | null,
  region: Region,
): [string, string][] {
  return Object.entries(row.readOnly).flatMap(([column, value]): [string, string][] => {
    const registered = readOnlyValue(column, record, region);
    if (value === registered || (!record && value === null)) return [];
    const [subject, advice] = record
      ? [globalId(region, record.id), 'write the cell back as exported, or delete the column']
      : ['a record the import creates', 'leave the cell empty, or delete the column'];
    return [
      [
        column,
        `is set by the registry and cannot be imported: ${subject} has ${registered ?? 'none'} there; ${advice}`,
      ],
    ];
  });
}
