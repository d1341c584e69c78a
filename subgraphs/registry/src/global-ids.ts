import type { Region } from '../../regions.js';
import { isRecordId } from './record-ids.js';

/**
 * Ids of institutions, social workers, programmes and changes are unique across the federation:
 * `BJ-5`, the region's code before the row's id, so that a client cache that keys records by
 * `__typename:id` (Apollo Client, urql) never merges Beijing's institution 5 with Guangxi's.
 */
export const globalId = (region: Pick<Region, 'code'>, id: string): string =>
  `${region.code}-${id}`;

/** A global id as written, in any case (nx-12 is read as NX-12 where a cell may give one). */
export const RECORD_ID_SHAPE = /^[A-Z]{2}-\d{1,19}$/i;

/**
 * The row id in this region's tables: from a global id of this region, or from the bare id the
 * API gave before ids carried their region (accepted for one release). Null for another region's
 * id or anything that is no id.
 */
export function localId(region: Pick<Region, 'code'>, value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // A space copied with the id from a spreadsheet's cell (`GX-5 `) is not part of it.
  const trimmed = value.trim();
  const match = /^([A-Z]{2})-(\d+)$/.exec(trimmed);
  const given = match ? (match[1] === region.code ? match[2]! : null) : trimmed;
  // NX-05 is NX-5: a row id has no leading zeros.
  const id = given?.replace(/^0+(?=\d)/, '') ?? null;
  return isRecordId(id) ? id : null;
}

/**
 * How messages name a record of this region: by its global id (`Institution NX-108`), the id the
 * API and the export show; an id that is no row id as it was given.
 */
export const recordName = (what: string, region: Pick<Region, 'code'>, id: string): string =>
  `${what} ${isRecordId(id) ? globalId(region, id) : id}`;
