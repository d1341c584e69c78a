import type { EntityManager } from 'typeorm';
import type { Region } from '../../../regions.js';
import { updateInstitution } from '../writes/institutions.js';
import { givenOnNewRow, historyCellOf, refusedAtColumn } from './history-cells.js';
import type { Written } from '../writes/write.js';

/**
 * An institution's 当前时期开始日期 (`currentSince`, the first day of its current period) in the
 * import: exported with its other fields, and a cell changed to a later day dates the row's other
 * changes, as the API's `updateInstitution` does with `effectiveOn`, through it; a cell as exported
 * leaves them a correction of the current period. A cell cannot withdraw a dated change: an empty
 * cell is too easily a column cleared by mistake to undo an institution's history.
 */

/** A new institution's row: its current period is its first, which no day starts. */
export const currentSinceOfNewRow = (values: Record<string, unknown>) =>
  givenOnNewRow(
    values,
    'currentSince',
    'must be empty for an institution the import registers, whose current period is its first: a dated change is updateInstitution with effectiveOn, once it is registered',
  );

/**
 * The API's advice in the file's terms: a correction is a row whose day is kept as exported, where
 * a mutation gives no effectiveOn.
 */
const inTheFile = (message: string) =>
  message.replace(/, given without effectiveOn$/, ': keep the cell as exported');

/**
 * An institution's row written as the API writes it: its changed fields by updateInstitution, dated
 * by a changed 当前时期开始日期 (`effectiveOn`), else a correction of the current period; one
 * change to audit.
 */
export async function updateInstitutionRow(
  tx: EntityManager,
  id: string,
  version: number,
  input: Record<string, unknown>,
  region: Region,
): Promise<Written<object>> {
  const { cell: currentSince, fields } = historyCellOf(
    input,
    'currentSince',
    "cannot be cleared by an import, which would withdraw the institution's latest dated change or reopening: withdraw it with withdrawInstitutionChange, or write the cell back as exported",
  );
  if (currentSince === undefined) return updateInstitution(tx, id, version, fields, region);
  // The day's problems at its column, and so are those of the input as a whole (a row that
  // changes its day alone gives no field to change); the fields' at theirs.
  return refusedAtColumn(
    'currentSince',
    () => updateInstitution(tx, id, version, fields, region, currentSince),
    (problem) => problem.path === 'effectiveOn' || problem.path === 'input',
    inTheFile,
  );
}
