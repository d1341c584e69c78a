import type { DataSource, EntityManager, EntitySchema } from 'typeorm';
import { InstitutionEntity } from '../entities/Institution.js';
import { ProgramEntity } from '../entities/Program.js';
import { SocialWorkerEntity } from '../entities/SocialWorker.js';
import { importKinds } from './columns.js';
import { globalId } from '../global-ids.js';
import type { Region } from '../../../regions.js';

/** A record as TypeORM reads it: the API's field names, numerics as text, dates as YYYY-MM-DD. */
export type StoredRecord = Record<string, unknown> & { id: string; version: number };

export const entityOfKind: Record<string, EntitySchema<StoredRecord>> = {
  institutions: InstitutionEntity as unknown as EntitySchema<StoredRecord>,
  'social-workers': SocialWorkerEntity as unknown as EntitySchema<StoredRecord>,
  programs: ProgramEntity as unknown as EntitySchema<StoredRecord>,
};

/** The record field a reference column gives, by the institution's credit code or record id. */
export const referenceFields: Record<string, string> = {
  institutionCreditCode: 'institutionId',
  hostCreditCode: 'hostInstitutionId',
};

/** The record field a programme column gives, by the programme's key or record id. */
export const programFields: Record<string, string> = { programKey: 'programId' };

/** The file's column that gives a record field (`hostInstitutionId` → hostCreditCode). */
export const columnOfField = (field: string): string =>
  Object.entries({ ...referenceFields, ...programFields }).find(([, f]) => f === field)?.[0] ??
  field;

const numeric = new Set(['fundingYuan']);

/**
 * A record in the import's columns, as a file row reads once parsed: codes, lists as arrays,
 * numbers as numbers, an institution as its credit code (or, without one, its record id), a
 * programme as its key (or its record id), nothing as null. A blank reference cell therefore always
 * means no institution, or no programme: a worker whose institution has no credit code is never
 * exported with a blank that would unlink it on the way back in.
 */
export function rowOfRecord(
  kindName: string,
  record: StoredRecord,
  references: Map<string, string>,
  programs: Map<string, string>,
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const column of importKinds[kindName]!.columns) {
    const field = referenceFields[column] ?? programFields[column];
    const value = field ? record[field] : record[column];
    const names = column in programFields ? programs : references;
    if (value == null) row[column] = null;
    else if (field) row[column] = names.get(String(value)) ?? null;
    else if (numeric.has(column)) row[column] = Number(value);
    else row[column] = value;
  }
  return row;
}

/** How a file names the institutions that records refer to, by institution id: NX-55 where it has no credit code. */
export async function institutionReferencesOf(
  db: DataSource | EntityManager,
  records: StoredRecord[],
  region: Region,
): Promise<Map<string, string>> {
  const ids = [
    ...new Set(
      records.flatMap((record) =>
        Object.values(referenceFields)
          .map((field) => record[field])
          .filter((id) => id != null)
          .map(String),
      ),
    ),
  ];
  if (!ids.length) return new Map();
  const rows: { id: string; credit_code: string | null }[] = await db.query(
    `SELECT id::text AS id, credit_code FROM institution WHERE id = ANY($1::bigint[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.credit_code ?? globalId(region, row.id)]));
}

/** Whether a file's value and a record's value say the same (lists in any order). */
export function sameValue(fileValue: unknown, recordValue: unknown): boolean {
  const file = fileValue ?? null;
  const stored = recordValue ?? null;
  if (Array.isArray(file) || Array.isArray(stored)) {
    const a = [...((file as unknown[]) ?? [])].map(String).sort();
    const b = [...((stored as unknown[]) ?? [])].map(String).sort();
    return a.length === b.length && a.every((item, i) => item === b[i]);
  }
  if (typeof file === 'number' || typeof stored === 'number')
    return file !== null && stored !== null && Number(file) === Number(stored);
  return file === stored;
}
