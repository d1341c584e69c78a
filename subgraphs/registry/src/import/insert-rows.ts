import type { DataSource, EntityManager } from 'typeorm';
import { InstitutionEntity } from '../entities/Institution.js';
import { ProgramEntity } from '../entities/Program.js';
import { SocialWorkerEntity } from '../entities/SocialWorker.js';
import type { ImportKind } from './columns.js';

const toSnake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Rows per INSERT statement. */
const CHUNK = 1000;

/**
 * Inserts new rows (validated, references resolved to ids) with their audit records; a row whose
 * natural key a concurrent writer took meanwhile is skipped. Returns how many were inserted.
 */
export async function insertRows(
  tx: EntityManager,
  kind: ImportKind,
  rows: Record<string, unknown>[],
  references: Map<string, { id: string }>,
  actor: string,
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK).map((row) => storedRow(kind, row, references));
    const written: unknown[] = await tx.query(insertSql(tx.connection, kind), [
      JSON.stringify(chunk),
      actor,
    ]);
    inserted += written.length;
  }
  return inserted;
}

/** The row with table column names, references resolved to ids, lists as arrays. */
function storedRow(
  kind: ImportKind,
  row: Record<string, unknown>,
  references: Map<string, { id: string }>,
) {
  const stored: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (value === undefined) continue;
    const target = kind.references[column];
    if (target) stored[target] = references.get(value as string)!.id;
    else stored[toSnake(column)] = value;
  }
  return stored;
}

const entities = {
  institution: InstitutionEntity,
  social_worker: SocialWorkerEntity,
  program: ProgramEntity,
};

/** The audit holds records as the API names their fields, as the mutations' audit records do. */
function auditJson(db: DataSource, kind: ImportKind, alias: string): string {
  const columns = db.getMetadata(entities[kind.table]).columns;
  return `jsonb_build_object(${columns.map((c) => `'${c.propertyName}', ${alias}.${c.databaseName}`).join(', ')})`;
}

/**
 * One statement per chunk: the rows arrive as JSON, are inserted unless their natural key exists,
 * and every inserted row gets its audit record in the same statement.
 */
function insertSql(db: DataSource, kind: ImportKind): string {
  const columns = [...new Set(kind.columns.map((c) => kind.references[c] ?? toSnake(c)))];
  const types: Record<string, string> = {
    service_fields: 'text[]',
    institution_id: 'bigint',
    host_institution_id: 'bigint',
    year: 'int',
    funding_yuan: 'numeric',
    individual_cases: 'int',
    group_sessions: 'int',
    community_services: 'int',
    group_service_person_times: 'int',
    community_service_person_times: 'int',
    beneficiaries: 'int',
    started_on: 'date',
    ended_on: 'date',
  };
  const select = columns.map((c) =>
    types[c] === 'text[]'
      ? `ARRAY(SELECT jsonb_array_elements_text(coalesce(r -> '${c}', '[]')))`
      : `(r ->> '${c}')::${types[c] ?? 'text'}`,
  );
  return `WITH inserted AS (
      INSERT INTO ${kind.table} (${columns.join(', ')}, provenance)
      SELECT ${select.join(', ')}, 'REGISTERED' FROM jsonb_array_elements($1::jsonb) AS r
      ON CONFLICT (${kind.naturalKey.stored}) DO NOTHING
      RETURNING *
    )
    INSERT INTO audit (actor, role, action, entity, entity_id, after)
    SELECT $2, 'import', 'import', '${kind.table}', inserted.id::text, ${auditJson(db, kind, 'inserted')} FROM inserted
    RETURNING entity_id`;
}
