import type { EntityManager } from 'typeorm';
import type { Region } from '../../../regions.js';
import { updateSocialWorker } from '../writes/social-workers.js';
import { lockForRedating, redateTransfer } from '../writes/transfer-corrections.js';
import { givenOnNewRow, historyCellOf, refusedAtColumn } from './history-cells.js';
import type { Written } from '../writes/write.js';

/**
 * A social worker's 现任职首日 (`postedOn`, the day of its latest move) in the import: exported with
 * the worker's other personal data, and a changed cell is what the API's `redateTransfer` does,
 * through it. A cell cannot make a move, which needs the institution left, nor withdraw one: an
 * empty cell is too easily a column cleared by mistake to undo a worker's history.
 */

/** A new worker's row: it has not moved, so it has no day of a latest move. */
export const postedOnOfNewRow = (values: Record<string, unknown>) =>
  givenOnNewRow(
    values,
    'postedOn',
    'must be empty for a worker the import registers, who has not moved: a move is transferSocialWorker, with its day',
  );

/**
 * A worker's row written as the API writes each of its changes: its fields by updateSocialWorker,
 * then a changed 现任职首日 by redateTransfer, at the version the update left; one change to audit,
 * from the record before the first to the record after the last.
 */
export async function updateSocialWorkerRow(
  tx: EntityManager,
  id: string,
  version: number,
  input: Record<string, unknown>,
  region: Region,
): Promise<Written<object>> {
  const { cell: postedOn, fields } = historyCellOf(
    input,
    'postedOn',
    "cannot be cleared by an import, which would withdraw the worker's latest move: withdraw it with withdrawTransfer, or write the cell back as exported",
  );
  if (postedOn === undefined) return updateSocialWorker(tx, id, version, fields, region);
  // The redating's locks before the update locks the worker: see lockForRedating.
  await lockForRedating(tx, id);
  const updated = Object.keys(fields).length
    ? await updateSocialWorker(tx, id, version, fields, region)
    : null;
  // A redating's problems at the 现任职首日 column, whatever argument the mutation named.
  const redated = await refusedAtColumn('postedOn', () =>
    redateTransfer(tx, id, updated ? updated.after.version : version, postedOn, region),
  );
  return { ...redated, before: updated ? updated.before : redated.before };
}
