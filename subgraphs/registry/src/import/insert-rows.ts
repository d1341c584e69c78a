import type { DataSource, EntityManager } from 'typeorm';
import { InstitutionEntity } from '../entities/Institution.js';
import { ProgramEntity } from '../entities/Program.js';
import { SocialWorkerEntity } from '../entities/SocialWorker.js';
import type { ImportKind } from './columns.js';
import type { NamedProgram, ProgramOfCell } from './program-references.js';

const toSnake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Rows per INSERT statement. */
const CHUNK = 1000;

/** A new row of the file: its line, and its values validated. */
export interface NewRow {
  line: number;
  values: Record<string, unknown>;
}

/**
 * Inserts new rows (validated, references resolved to ids) with their audit records; a row whose
 * natural key a concurrent writer took meanwhile is skipped. Returns the line and id of each row
 * inserted: the ids are drawn from the table's sequence before the insert, so that the summary can
 * say which record each line became (a sequence's gaps are no one's concern).
 */
export async function insertRows(
  tx: EntityManager,
  kind: ImportKind,
  rows: NewRow[],
  references: Map<string, { id: string }>,
  programs: Map<string, ProgramOfCell>,
  actor: string,
  dryRun = false,
): Promise<{ line: number; id: string }[]> {
  const inserted: { line: number; id: string }[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    // A dry run's rows are written to be judged as a real import's, then rolled back; a sequence is
    // not rolled back, so they take ids of their own, their lines negated, which no record has.
    const ids: { id: string }[] = dryRun
      ? chunk.map((row) => ({ id: String(-row.line) }))
      : await tx.query(
          `SELECT nextval(pg_get_serial_sequence($1, 'id'))::text AS id FROM generate_series(1, $2)`,
          [kind.table, chunk.length],
        );
    const stored = chunk.map((row, index) => ({
      id: ids[index]!.id,
      ...storedRow(kind, row.values, references, programs),
    }));
    const written: { entity_id: string }[] = await tx.query(insertSql(tx.connection, kind), [
      JSON.stringify(stored),
      actor,
    ]);
    const taken = new Set(written.map((row) => row.entity_id));
    chunk.forEach((row, index) => {
      if (taken.has(ids[index]!.id)) inserted.push({ line: row.line, id: ids[index]!.id });
    });
  }
  return inserted;
}

/** The row with table column names, references resolved to ids, lists as arrays. */
function storedRow(
  kind: ImportKind,
  row: Record<string, unknown>,
  references: Map<string, { id: string }>,
  programs: Map<string, ProgramOfCell>,
) {
  const stored: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (value === undefined) continue;
    const target = kind.references[column];
    const program = kind.programReferences[column];
    if (target) stored[target] = references.get(value as string)!.id;
    // A row written names one programme: checkReferences refused a cell naming none or two.
    else if (program) stored[program] = (programs.get(value as string) as NamedProgram).id;
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
  const columns = [
    ...new Set(
      kind.columns.map((c) => kind.references[c] ?? kind.programReferences[c] ?? toSnake(c)),
    ),
  ];
  const types: Record<string, string> = {
    service_fields: 'text[]',
    institution_id: 'bigint',
    host_institution_id: 'bigint',
    program_id: 'bigint',
    year: 'int',
    funding_yuan: 'numeric',
    individual_cases: 'int',
    group_sessions: 'int',
    community_services: 'int',
    group_service_person_times: 'int',
    community_service_person_times: 'int',
    beneficiaries: 'int',
    certified_since: 'date',
    started_on: 'date',
    ended_on: 'date',
    // Always null: a new worker has never moved, and a 现任职首日 on its row is refused.
    posted_on: 'date',
    // Always null: a new institution's current period is its first, and a 当前时期开始日期 on its
    // row is refused.
    current_since: 'date',
  };
  const metadata = db.getMetadata(entities[kind.table]);
  const select = columns.map((c) => {
    if (types[c] === 'text[]')
      return `ARRAY(SELECT jsonb_array_elements_text(coalesce(r -> '${c}', '[]')))`;
    const value = `(r ->> '${c}')::${types[c] ?? 'text'}`;
    // An empty cell of a column that is never null is its default, as a mutation leaving the field
    // out gets it (a worker without a certificate level is 无证书, NONE), not a null that fails the
    // whole file's statement.
    const column = metadata.findColumnWithDatabaseName(c);
    const fallback = column?.default as unknown;
    return typeof fallback === 'string' && !column!.isNullable
      ? `coalesce(${value}, '${fallback.replaceAll("'", "''")}')`
      : value;
  });
  return `WITH inserted AS (
      INSERT INTO ${kind.table} (id, ${columns.join(', ')}, provenance) OVERRIDING SYSTEM VALUE
      SELECT (r ->> 'id')::bigint, ${select.join(', ')}, 'REGISTERED' FROM jsonb_array_elements($1::jsonb) AS r
      ON CONFLICT (${kind.naturalKey.stored}) DO NOTHING
      RETURNING *
    )
    INSERT INTO audit (actor, role, action, entity, entity_id, after)
    SELECT $2, 'import', 'import', '${kind.table}', inserted.id::text, ${auditJson(db, kind, 'inserted')} FROM inserted
    RETURNING entity_id`;
}
