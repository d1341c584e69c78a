import type { EntityManager } from 'typeorm';
import { globalId } from '../global-ids.js';
import type { Region } from '../../../regions.js';
import type { NewRow } from './insert-rows.js';

/** A new institution without a credit code, where it is: what a renamed station's row looks like. */
export interface PlacedRow {
  line: number;
  kind: unknown;
  city: unknown;
  county: unknown;
  township: unknown;
}

/** The rows of new institutions with no credit code and a township, which alone name a place. */
export const placedRows = (creates: NewRow[]): PlacedRow[] =>
  creates
    .filter(({ values }) => values.creditCode == null && values.township != null)
    .map(({ line, values }) => ({
      line,
      kind: values.kind,
      city: values.city ?? null,
      county: values.county ?? null,
      township: values.township,
    }));

/**
 * New institutions without a credit code in the same township as an open one of their kind that the
 * registry holds without a code and the file does not name: a station renamed in a file without ids
 * comes back as a new row, and would be registered twice. Said, not refused: a township may have two.
 * The institutions are first kept to the rows' townships, a lookup in a list of constants, so that
 * however the join is planned it never pairs every institution of the region with every row.
 */
export async function samePlace(
  tx: EntityManager,
  rows: PlacedRow[],
  named: Set<string>,
  region: Region,
): Promise<{ line: number; ids: string[]; place: string }[]> {
  if (!rows.length) return [];
  const found: { line: number; ids: string[]; place: string }[] = await tx.query(
    `SELECT r.line, array_agg(i.id::text ORDER BY i.id) AS ids,
       concat_ws('', i.city, i.county, i.township) AS place
     FROM jsonb_to_recordset($1::jsonb) AS r(line int, kind text, city text, county text, township text)
     JOIN institution i ON i.credit_code IS NULL AND i.kind = r.kind AND i.status <> 'CLOSED'
       AND i.township = r.township
       AND i.city IS NOT DISTINCT FROM r.city AND i.county IS NOT DISTINCT FROM r.county
     WHERE NOT (i.id = ANY($2::bigint[])) AND i.township = ANY($3::text[])
     GROUP BY r.line, place ORDER BY r.line`,
    [JSON.stringify(rows), [...named], [...new Set(rows.map((row) => String(row.township)))]],
  );
  return found.map(({ line, ids, place }) => ({
    line,
    place,
    ids: ids.map((id) => globalId(region, id)),
  }));
}
