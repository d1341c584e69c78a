import { localId } from '../global-ids.js';
import type { Region } from '../../../regions.js';
import type { EntityManager } from 'typeorm';
import type { ImportKind } from './columns.js';
import { entityOfKind, type StoredRecord } from './record-rows.js';

/** A row as far as matching needs it: its id, its natural key, its alternate key and its values. */
export interface MatchedRow {
  id: string | null;
  key: string | null;
  /** The alternate key's values, as `alternateKeyOf` writes them, where the natural key is empty. */
  alternate: string | null;
  values: Record<string, unknown>;
}

/** The records that rows name, by id, by natural key and by alternate key. */
export interface ExistingRecords {
  byId: Map<string, StoredRecord>;
  byKey: Map<string, StoredRecord>;
  /** Every record with those values: more than one cannot be told apart without an id. */
  byAlternate: Map<string, StoredRecord[]>;
  /** Of a kind whose alternate key names keyless records only, the records it passed over for their key. */
  keyedAlike: Map<string, StoredRecord[]>;
}

/**
 * The alternate key of a row that gives a natural key but no id, of a kind whose alternate key names
 * keyless records only (`byAlternate` holds those): whether it is such a record's row, its key
 * newly written in.
 */
export function alternateOfKeyedRow(kind: ImportKind, row: MatchedRow): string | null {
  if (!kind.alternateNamesKeylessOnly || row.id !== null || row.key === null) return null;
  return alternateKeyOf(kind, row.values);
}

/**
 * A row's or a record's alternate key as one string (a programme's name and year), its text in
 * NFKC: 社工站(街道)００００４ as typed on a keyboard set to half or full width names the
 * 社工站（街道）00004 registered, not a record more.
 */
export function alternateKeyOf(kind: ImportKind, values: Record<string, unknown>): string | null {
  if (!kind.alternateKey || values[kind.alternateKey[0]!] == null) return null;
  return JSON.stringify(
    kind.alternateKey.map((column) => {
      const value = values[column] ?? null;
      return typeof value === 'string' ? value.normalize('NFKC') : value;
    }),
  );
}

/** The records that rows name by id, natural key or alternate key, one query for a chunk of rows. */
export async function existingRecords(
  tx: EntityManager,
  kindName: string,
  kind: ImportKind,
  rows: MatchedRow[],
): Promise<ExistingRecords> {
  // PostgreSQL's text holds no NUL: a value with one (refused by its cell) names no record.
  const storable = (value: string) => !value.includes('\u0000');
  const ids = rows.map((row) => row.id).filter((id): id is string => id !== null);
  const keys = rows
    .map((row) => row.key)
    .filter((key): key is string => key !== null && storable(key));
  const alternates = rows
    .filter((row) => row.alternate !== null || alternateOfKeyedRow(kind, row) !== null)
    .map((row) => Object.fromEntries((kind.alternateKey ?? []).map((c) => [c, row.values[c]])))
    .filter((values) => Object.values(values).every((v) => typeof v !== 'string' || storable(v)));
  const entity = entityOfKind[kindName]!;
  const found = await tx
    .getRepository(entity)
    .createQueryBuilder('r')
    .where(`r.id = ANY(:ids) OR r.${kind.naturalKey.stored} = ANY(:keys)`, { ids, keys })
    .getMany();
  const alike =
    kind.alternateKey && alternates.length
      ? await recordsAlike(tx, entity, kind.alternateKey, alternates, kind.withdrawnColumn)
      : [];
  const keyOf = (record: StoredRecord) => record[kind.naturalKey.column];
  const byAlternate = new Map<string, StoredRecord[]>();
  const keyedAlike = new Map<string, StoredRecord[]>();
  for (const record of alike) {
    const alternate = alternateKeyOf(kind, record);
    if (alternate === null) continue;
    const into = kind.alternateNamesKeylessOnly && keyOf(record) != null ? keyedAlike : byAlternate;
    into.set(alternate, [...(into.get(alternate) ?? []), record]);
  }
  return {
    byId: new Map(found.map((record) => [String(record.id), record])),
    byKey: new Map(
      found.filter((record) => keyOf(record) != null).map((r) => [String(keyOf(r)).trim(), r]),
    ),
    byAlternate,
    keyedAlike,
  };
}

/** A text in NFKC, as alternateKeyOf keys it: full-width letters, digits and brackets as half. */
const nfkc = (text: string) => `normalize(${text}, NFKC)`;

/**
 * The records whose alternate key columns hold a row's values, in a query of their own, so that the
 * lookup by id and natural key keeps its indexes. Compared in NFKC, as the rows' values arrive in
 * JSON; an empty cell matches an empty field. Only rows without an id or a natural key ask it (and
 * rows that name a keyless record by a newly written key): an export's rows, which carry their ids,
 * never do.
 *
 * Two statements and no join: PostgreSQL first writes each row's key (a JSON array of the columns in
 * NFKC), then keeps the records whose own key is one of them, a lookup in a hashed list of
 * constants, whatever the table's statistics say. A semi-join of the table with the rows' JSON was
 * planned on them: in two runs of the suite out of four, the same chunk of 1,000 rows took it 4 to
 * 17 s where it took milliseconds in the others.
 */
async function recordsAlike(
  tx: EntityManager,
  entity: (typeof entityOfKind)[string],
  alternateKey: string[],
  alternates: Record<string, unknown>[],
  withdrawnColumn: string | undefined,
): Promise<StoredRecord[]> {
  const metadata = tx.connection.getMetadata(entity);
  const stored = alternateKey.map(
    (column) => metadata.findColumnWithPropertyName(column)!.databaseName,
  );
  const keyOf = (columns: string[]) =>
    `jsonb_build_array(${columns.map((column) => nfkc(column)).join(', ')})::text`;
  const [row]: { keys: string[] | null }[] = await tx.query(
    `SELECT array_agg(DISTINCT ${keyOf(alternateKey.map((column) => `a."${column}"`))}) AS keys
     FROM jsonb_to_recordset($1::jsonb) AS a(${alternateKey.map((column) => `"${column}" text`).join(', ')})`,
    [JSON.stringify(alternates)],
  );
  const keys = row?.keys;
  if (!keys) return [];
  // A withdrawn programme (a duplicate, most often) is not the one a row without its id means:
  // matched by name, it made every such row name two records. By id or key it is still found.
  return tx
    .getRepository(entity)
    .createQueryBuilder('r')
    .where(`${keyOf(stored.map((column) => `r.${column}::text`))} = ANY(:keys)`, { keys })
    .andWhere(withdrawnColumn ? `r.${withdrawnColumn} IS NULL` : 'true')
    .getMany();
}

/**
 * The institutions that rows refer to, by the cell that names them (a credit code, or a record id
 * of this region), with their status. A cell that names none is not in the map.
 */
export async function referencedInstitutions(
  tx: EntityManager,
  kind: ImportKind,
  rows: MatchedRow[],
  region: Region,
): Promise<Map<string, { id: string; status: string }>> {
  const cells = [
    ...new Set(
      rows.flatMap((row) =>
        Object.keys(kind.references)
          .map((column) => row.values[column])
          .filter((cell): cell is string => typeof cell === 'string'),
      ),
    ),
  ];
  if (!cells.length) return new Map();
  const ids = new Map(
    cells.flatMap((cell) => {
      const id = cell.length === 18 ? null : localId(region, cell);
      return id ? [[id, cell] as const] : [];
    }),
  );
  const found: { id: string; credit_code: string | null; status: string }[] = await tx.query(
    // FOR SHARE, as the mutations lock an institution they add a worker to: none of these can be
    // closed until the import commits, so no worker is added to one closed meanwhile, and a closing
    // waits for the import before it locks the institution's workers (never the other way round).
    `SELECT id::text AS id, credit_code, status FROM institution
     WHERE credit_code = ANY($1) OR id = ANY($2::bigint[]) ORDER BY id FOR SHARE`,
    [cells.filter((cell) => cell.length === 18), [...ids.keys()]],
  );
  const asked = new Set(cells);
  const named = new Map<string, { id: string; status: string }>();
  for (const r of found) {
    if (r.credit_code && asked.has(r.credit_code))
      named.set(r.credit_code, { id: r.id, status: r.status });
    const cell = ids.get(r.id);
    if (cell) named.set(cell, { id: r.id, status: r.status });
  }
  return named;
}
