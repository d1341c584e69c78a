import type { EntityManager } from 'typeorm';
import type { ImportKind } from './columns.js';
import { entityOfKind, type StoredRecord } from './record-rows.js';

/** A row as far as matching needs it: its id, its natural key and its values. */
export interface MatchedRow {
  id: string | null;
  key: string | null;
  values: Record<string, unknown>;
}

/** The records that rows name by id or by natural key, one query for a chunk of rows. */
export async function existingRecords(
  tx: EntityManager,
  kindName: string,
  kind: ImportKind,
  rows: MatchedRow[],
): Promise<{ byId: Map<string, StoredRecord>; byKey: Map<string, StoredRecord> }> {
  const ids = rows.map((row) => row.id).filter((id): id is string => id !== null);
  const keys = rows.map((row) => row.key).filter((key): key is string => key !== null);
  const found = await tx
    .getRepository(entityOfKind[kindName]!)
    .createQueryBuilder('r')
    .where(`r.id = ANY(:ids) OR r.${kind.naturalKey.stored} = ANY(:keys)`, {
      ids,
      keys,
    })
    .getMany();
  const keyOf = (record: StoredRecord) => record[kind.naturalKey.column];
  return {
    byId: new Map(found.map((record) => [String(record.id), record])),
    byKey: new Map(
      found.filter((record) => keyOf(record) != null).map((r) => [String(keyOf(r)).trim(), r]),
    ),
  };
}

/** The institutions that rows refer to by credit code, with their status. */
export async function referencedInstitutions(
  tx: EntityManager,
  kind: ImportKind,
  rows: MatchedRow[],
): Promise<Map<string, { id: string; status: string }>> {
  const codes = [
    ...new Set(
      rows.flatMap((row) =>
        Object.keys(kind.references)
          .map((column) => row.values[column])
          .filter((code): code is string => typeof code === 'string'),
      ),
    ),
  ];
  if (!codes.length) return new Map();
  const found: { id: string; credit_code: string; status: string }[] = await tx.query(
    `SELECT id::text AS id, credit_code, status FROM institution WHERE credit_code = ANY($1)`,
    [codes],
  );
  return new Map(found.map((r) => [r.credit_code, { id: r.id, status: r.status }]));
}
