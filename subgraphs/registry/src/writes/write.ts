import { isDeepStrictEqual } from 'node:util';
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { requireWriter } from '../access.js';
import { isRecordId } from '../record-ids.js';
import type { RegistryContext } from '../context.js';
import { badInput, idempotencyKey as idempotencyKeySchema, parseArgument } from './validation.js';

/** What a write changed: the table's name, the record's id, and the record before and after. */
export interface Written<T> {
  entity: 'institution' | 'social_worker' | 'program' | 'figure' | 'target';
  id: string;
  before: object | null;
  after: T;
  /**
   * Other records the write changed with it (a closing ends the posts of the institution's social
   * workers), each audited beside the record, under the same action, in the same transaction.
   */
  alongside?: Written<object>[];
}

export interface WriteRequest {
  /** The mutation's name, recorded in the audit and bound to the idempotency key. */
  action: string;
  idempotencyKey?: string | null;
  /** The mutation's arguments: a retry must send the same ones. */
  args: unknown;
}

function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

/**
 * Runs one write: the caller must be allowed to write this region; the write, its audit record and
 * its idempotency key commit together or not at all. A retry with a used key returns the record the
 * first call wrote (as it is now) and writes nothing.
 */
export async function write<T extends object>(
  context: RegistryContext,
  request: WriteRequest,
  work: (tx: EntityManager) => Promise<Written<T>>,
  reload: (tx: EntityManager, entity: string, id: string) => Promise<T | null>,
): Promise<T> {
  requireWriter(context);
  const key =
    request.idempotencyKey == null
      ? null
      : parseArgument(idempotencyKeySchema, request.idempotencyKey, 'idempotencyKey');
  const requestHash = createHash('sha256').update(JSON.stringify(request.args)).digest('hex');
  const result = await context.db
    .transaction(async (tx): Promise<{ value: T; wrote: boolean }> => {
      if (key) {
        // A concurrent retry waits here on the key's row until the first call commits or rolls back.
        const claimed: unknown[] = await tx.query(
          `INSERT INTO idempotency_key (key, actor, action, request_hash) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING RETURNING key`,
          [key, context.caller.subject, request.action, requestHash],
        );
        if (!claimed.length) {
          const [earlier] = await tx.query(
            `SELECT actor, action, request_hash, entity, entity_id FROM idempotency_key WHERE key = $1`,
            [key],
          );
          // Said as it is: another caller's retry of the same write is not "a different request".
          if (earlier.actor !== context.caller.subject)
            throw conflict(
              `idempotencyKey ${key} was already used by another caller; keys are each caller's own: use a new key.`,
            );
          if (earlier.action !== request.action || earlier.request_hash !== requestHash) {
            throw conflict(
              `idempotencyKey ${key} was already used for a different request; use a new key for a new write.`,
            );
          }
          return { value: (await reload(tx, earlier.entity, earlier.entity_id))!, wrote: false };
        }
      }
      const written = await work(tx);
      if (changedNothing(written)) {
        if (key) await claimFor(tx, key, written);
        return { value: written.after, wrote: false };
      }
      for (const change of [written, ...(written.alongside ?? [])].filter(
        (change) => !changedNothing(change),
      ))
        await tx.query(
          `INSERT INTO audit (actor, role, action, entity, entity_id, before, after, idempotency_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            context.caller.subject,
            context.caller.role,
            request.action,
            change.entity,
            change.id,
            change.before ? JSON.stringify(change.before) : null,
            JSON.stringify(change.after),
            key,
          ],
        );
      if (key) await claimFor(tx, key, written);
      return { value: written.after, wrote: true };
    })
    // A natural key taken by a concurrent write between our check and our insert.
    .catch((error: unknown) => {
      throw uniqueViolation(error) ?? error;
    });
  if (result.wrote) {
    context.committedWrites += 1;
    context.forgetReads();
  }
  return result.value;
}

/** An update that changed nothing (updateRecord kept the record as it was): no change to audit. */
export const changedNothing = (written: Written<object>) =>
  written.before !== null && isDeepStrictEqual(written.before, written.after);

/** The record a used idempotency key stands for, which a retry with it reads. */
const claimFor = (tx: EntityManager, key: string, written: Written<object>) =>
  tx.query(`UPDATE idempotency_key SET entity = $2, entity_id = $3 WHERE key = $1`, [
    key,
    written.entity,
    written.id,
  ]);

/** Natural keys a concurrent write may have taken between our check and our insert. */
const uniqueFields: Record<string, string> = {
  institution_credit_code_key: 'input.creditCode',
  social_worker_certificate_number_key: 'input.certificateNumber',
};

function uniqueViolation(error: unknown) {
  const { code, constraint } = error as { code?: string; constraint?: string };
  const field = code === '23505' && constraint ? uniqueFields[constraint] : undefined;
  return field
    ? badInput([{ path: field, message: 'is already registered to another record' }])
    : null;
}

/**
 * An update that loses no other update: it locks the row, refuses a version other than the one the
 * caller read, and its UPDATE repeats the version check (one row affected, or nothing changes).
 */
export async function lockForUpdate<T extends { version: number }>(
  tx: EntityManager,
  table: { name: string; numericIds: boolean },
  load: () => Promise<T | null>,
  id: string,
  expectedVersion: number,
  name: string,
): Promise<T> {
  // An id that cannot be a bigint is not in the table; asking PostgreSQL would be an internal error.
  if (table.numericIds && !isRecordId(id)) throw notFound(`${name} is not in this registry.`);
  await tx.query(`SELECT 1 FROM ${table.name} WHERE id = $1 FOR UPDATE`, [id]);
  const current = await load();
  if (!current) throw notFound(`${name} is not in this registry.`);
  if (current.version !== expectedVersion) {
    // A version above the record's is none it had: a mistyped one, not a change by someone else.
    throw conflict(
      expectedVersion > current.version
        ? `${name} is at version ${current.version}, and was never at version ${expectedVersion}: read it again and give the version it has.`
        : `${name} is at version ${current.version}, not ${expectedVersion}: someone changed it since you read it. Read it again and reapply your change.`,
    );
  }
  return current;
}

/** The UPDATE's own version check: exactly one row, or the write stops. */
export function assertOneRow(affected: number | undefined, name: string): void {
  if (affected !== 1)
    throw conflict(`${name} changed while it was being updated; nothing was written.`);
}
