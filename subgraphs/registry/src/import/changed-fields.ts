import type { ImportKind } from './columns.js';
import type { ParsedRow } from './parse-row.js';
import { referenceFields, sameValue, type StoredRecord } from './record-rows.js';

/**
 * What a row of a registered record changes in it: apart from the matching of rows to records,
 * which decides whether the change is written, refused or a conflict.
 */

/**
 * The fields a row changes, as the update mutation takes them: a cleared cell clears its field. An
 * institution is compared by what the cell names, so that its credit code and its record id (one
 * given since the file was exported) are the same institution.
 */
export function changedFields(
  kind: ImportKind,
  row: ParsedRow,
  columns: string[],
  record: StoredRecord,
  current: Record<string, unknown>,
  references: Map<string, { id: string }>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const column of columns) {
    // A programme's key is the file's own identifier, not a field its update mutation takes.
    if (column === 'id' || column === 'version' || column === 'key' || !(column in current))
      continue;
    const value = row.empty.includes(column) ? null : row.values[column];
    const field = referenceFields[column];
    if (field) {
      const institution = value == null ? null : references.get(value as string)!.id;
      if (institution !== (record[field] == null ? null : String(record[field])))
        input[field] = institution;
      continue;
    }
    if (sameValue(value, current[column])) continue;
    input[column] = column === 'serviceFields' && value == null ? [] : value;
  }
  return input;
}
