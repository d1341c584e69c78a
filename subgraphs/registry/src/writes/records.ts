import { isDeepStrictEqual } from 'node:util';
import type { EntityManager, EntitySchema, ObjectLiteral, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { badInput } from './validation.js';
import { assertOneRow, lockForUpdate } from './write.js';

/** The fields a patch gives; `null` is kept, because it clears a field. */
export function given<T extends object>(patch: T): Partial<T> {
  const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
  if (!entries.length) throw badInput([{ path: 'input', message: 'gives no field to change' }]);
  return Object.fromEntries(entries) as Partial<T>;
}

/** A record by its id (a query builder: TypeORM's `findOneBy` cannot type its condition for a row type still generic here). */
const byId = <T extends ObjectLiteral>(repository: Repository<T>, id: string) =>
  repository.createQueryBuilder('r').where('r.id = :id', { id }).getOne();

/** A numeric column's value as the decimal text PostgreSQL reads it back as (entity rows hold numerics as text). */
export const decimal = (value: number | null | undefined): string | null =>
  value == null ? null : String(value);

/** Inserts a record and reads it back as the API returns it. */
export async function insertRecord<T extends ObjectLiteral & { id: string }>(
  tx: EntityManager,
  entity: EntitySchema<T>,
  values: QueryDeepPartialEntity<T>,
): Promise<T> {
  const repository = tx.getRepository(entity);
  const inserted = await repository.insert(values);
  return (await byId(repository, String(inserted.identifiers[0]!.id)))!;
}

/** What a write changes beside the fields it is given: the record's version, time and provenance. */
const bookkeeping = new Set(['version', 'updatedAt', 'provenance']);

/** Whether two reads of a record hold the same fields, its bookkeeping aside. */
const sameFields = (a: ObjectLiteral, b: ObjectLiteral) =>
  isDeepStrictEqual(
    Object.entries(a).filter(([field]) => !bookkeeping.has(field)),
    Object.entries(b).filter(([field]) => !bookkeeping.has(field)),
  );

/**
 * Applies `changes` to the record at `expectedVersion`, or fails with CONFLICT naming the record
 * as `name` does (`Institution NX-108`); `check` sees the
 * record as it will be (and as it was), for rules across fields, before anything is written;
 * `beforeUpdate` writes what goes with the change (an institution's past spell) just before it.
 * Returns the record before and after.
 * Changes that leave every field as it was (a form saved unedited) leave the record as it was, its
 * version too: a version counts changes, and a team's next write must not be refused as stale
 * because nothing happened. The fields are compared as PostgreSQL reads them back: arrays and dates
 * by value, a numeric with the scale it stores (funding's two places: 45.5 over 45.50 is none).
 */
export async function updateRecord<T extends ObjectLiteral & { id: string; version: number }>(
  tx: EntityManager,
  entity: EntitySchema<T>,
  name: string,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
  check: (merged: T, before: T) => void = () => {},
  beforeUpdate?: (before: T) => Promise<void>,
): Promise<{ before: T; after: T }> {
  const repository = tx.getRepository(entity);
  const { tableName, primaryColumns } = repository.metadata;
  const table = { name: tableName, numericIds: primaryColumns[0]!.type === 'bigint' };
  const before = await lockForUpdate(
    tx,
    table,
    () => byId(repository, id),
    id,
    expectedVersion,
    name,
  );
  check({ ...before, ...changes }, before);
  // A record named in a document and then changed by the region no longer says what the document says.
  const provenance = before.provenance === 'PUBLISHED' ? { provenance: 'REGISTERED' } : {};
  // Undone, as if never run, where the record ends as it was.
  await tx.query('SAVEPOINT unchanged');
  await beforeUpdate?.(before);
  const result = await tx
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, ...provenance, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  assertOneRow(result.affected, name);
  const after = (await byId(repository, id))!;
  if (sameFields(before, after)) {
    await tx.query('ROLLBACK TO SAVEPOINT unchanged');
    return { before, after: before };
  }
  await tx.query('RELEASE SAVEPOINT unchanged');
  return { before, after };
}
