import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import { InstitutionEntity } from '../entities/Institution.js';
import { ProgramEntity } from '../entities/Program.js';
import { SocialWorkerEntity } from '../entities/SocialWorker.js';
import { cellValue, importKinds, type ImportKind } from './columns.js';
import { decodeCsv } from './decode.js';
import type { Region } from '../../../regions.js';

export interface RowProblem {
  /** The line of the file (the header is line 1). */
  line: number;
  column: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  valid: number;
  inserted: number;
  /** Valid rows whose natural key is already in the registry: written by an earlier import or by hand. */
  alreadyPresent: number;
  problems: RowProblem[];
  written: boolean;
}

export interface ImportOptions {
  kind: string;
  /** The region whose registry the file is for: its credit codes must be the region's. */
  region: Region;
  /** Write the valid rows even when others are rejected. */
  partial?: boolean;
  /** Recorded as the actor of the audit records. */
  actor: string;
  progress?: (done: number, total: number) => void;
}

/** Rows per INSERT statement, all in the one transaction. */
const CHUNK = 1000;

const toSnake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Imports a CSV file into a region's registry: every row is validated as the matching mutation
 * validates its input, then the valid rows are written in one transaction with their audit records,
 * all or (without `partial`) nothing when any row is rejected. Rows whose natural key is already
 * present are skipped, so a second import of the same file writes nothing.
 */
export async function importCsv(
  db: DataSource,
  file: string | Uint8Array,
  options: ImportOptions,
): Promise<ImportReport> {
  const kind = importKinds[options.kind];
  if (!kind)
    throw new Error(`Unknown kind ${options.kind}; one of ${Object.keys(importKinds).join(', ')}`);
  const refused = (problems: RowProblem[], rows = 0) => ({
    rows,
    valid: 0,
    inserted: 0,
    alreadyPresent: 0,
    problems,
    written: false,
  });
  const decoded = typeof file === 'string' ? { text: file } : decodeCsv(file);
  if ('problem' in decoded) return refused([{ line: 0, column: '', message: decoded.problem }]);
  const garbled = decoded.text.indexOf('\uFFFD');
  if (garbled >= 0) {
    const line = decoded.text.slice(0, garbled).split('\n').length;
    return refused([
      {
        line,
        column: '',
        message:
          'holds U+FFFD, the mark of characters lost in an earlier conversion: export the file again from the original',
      },
    ]);
  }
  // Lines may end in CRLF, LF or CR, mixed (files edited by hand on two systems).
  const csv = decoded.text.replace(/\r\n?/g, '\n');
  let header: string[] = [];
  let records: Record<string, string>[];
  try {
    records = parse(csv, {
      columns: (names: string[]) => (header = names.map((name) => name.trim())),
      bom: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    // A file that is not well-formed CSV (a row with more cells than the header, an open quote).
    const { lines, message } = error as { lines?: number; message: string };
    return refused([{ line: lines ?? 0, column: '', message }]);
  }
  const problems: RowProblem[] = [
    ...header
      .filter((column) => !kind.columns.includes(column))
      .map((column) => ({
        line: 1,
        column,
        message: `is not a column of ${options.kind}; the columns are ${kind.columns.join(', ')}`,
      })),
    // A second column of one name would silently replace the first.
    ...header
      .filter((column, index) => header.indexOf(column) !== index)
      .map((column) => ({
        line: 1,
        column,
        message: `appears twice in the header (columns ${header.indexOf(column) + 1} and ${header.lastIndexOf(column) + 1}); keep one`,
      })),
  ];
  if (problems.length) return refused(problems, records.length);

  const references = await referencedInstitutions(db, kind, records);
  const seen = new Map<string, number>();
  const valid: Record<string, unknown>[] = [];
  records.forEach((record, index) => {
    const line = index + 2;
    const row = Object.fromEntries(
      Object.entries(record).map(([column, text]) => [column, cellValue(kind, column, text)]),
    );
    const parsed = kind.schema.safeParse(row);
    const rowProblems: RowProblem[] = parsed.success
      ? kind
          .rules(parsed.data as Record<string, unknown>, options.region)
          .map((p) => ({ line, column: p.path, message: p.message }))
      : parsed.error.issues.map((issue) => ({
          line,
          column: String(issue.path[0] ?? ''),
          message:
            issue.code === 'invalid_type' && issue.input === undefined
              ? 'is required'
              : issue.message,
        }));
    for (const [column] of Object.entries(kind.references)) {
      const code = row[column] as string | undefined;
      const institution = code ? references.get(code) : undefined;
      if (code && !institution)
        rowProblems.push({
          line,
          column,
          message: `no institution of this registry has the credit code ${code}`,
        });
      // As registerSocialWorker: a worker joins an active institution only.
      else if (institution && kind.table === 'social_worker' && institution.status !== 'ACTIVE') {
        rowProblems.push({
          line,
          column,
          message: `the institution with the credit code ${code} is closed`,
        });
      }
    }
    const key = String(
      (parsed.success ? (parsed.data as Record<string, unknown>) : row)[kind.naturalKey.column] ??
        '',
    );
    if (key && seen.has(key))
      rowProblems.push({
        line,
        column: kind.naturalKey.column,
        message: `repeats line ${seen.get(key)}`,
      });
    if (key) seen.set(key, line);
    if (rowProblems.length) problems.push(...rowProblems);
    else valid.push(parsed.data as Record<string, unknown>);
  });

  const report = {
    rows: records.length,
    valid: valid.length,
    inserted: 0,
    alreadyPresent: 0,
    problems,
    written: false,
  };
  if (problems.length && !options.partial) return report;
  if (!valid.length) return report;

  await db.transaction(async (tx) => {
    for (let start = 0; start < valid.length; start += CHUNK) {
      const chunk = valid
        .slice(start, start + CHUNK)
        .map((row) => storedRow(kind, row, references));
      const inserted: unknown[] = await tx.query(insertSql(db, kind), [
        JSON.stringify(chunk),
        options.actor,
      ]);
      report.inserted += inserted.length;
      options.progress?.(Math.min(start + CHUNK, valid.length), valid.length);
    }
  });
  report.alreadyPresent = valid.length - report.inserted;
  report.written = report.inserted > 0;
  return report;
}

async function referencedInstitutions(
  db: DataSource,
  kind: ImportKind,
  records: Record<string, string>[],
): Promise<Map<string, { id: string; status: string }>> {
  const codes = [
    ...new Set(
      records.flatMap((r) =>
        Object.keys(kind.references)
          .map((column) => r[column]?.trim())
          .filter(Boolean),
      ),
    ),
  ];
  if (!codes.length) return new Map();
  const rows: { id: string; credit_code: string; status: string }[] = await db.query(
    `SELECT id, credit_code, status FROM institution WHERE credit_code = ANY($1)`,
    [codes],
  );
  return new Map(rows.map((r) => [r.credit_code, { id: String(r.id), status: r.status }]));
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
