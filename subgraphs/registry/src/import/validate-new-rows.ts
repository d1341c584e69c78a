import type { z } from 'zod';
import type { Region } from '../../../regions.js';
import type { ImportKind } from './columns.js';
import type { RowProblem } from './import-report.js';
import type { ParsedRow } from './parse-row.js';
import { postedOnOfNewRow } from './posted-on.js';
import { currentSinceOfNewRow } from './current-since.js';

/**
 * A row that would create a record: judged as the create mutation judges its input, or, refused
 * for something else, told which fields a new record needs. Apart from the matching of rows to
 * records, which hands a row here once no record is its.
 */

/**
 * What else a row refused for a cell would be refused for, so that one round of corrections is
 * enough: the fields a new record needs that it leaves empty, or of a row naming its record the
 * required fields its empty cells would clear; and the rules of the values it gives (a city written
 * without 市), a changing row's judged with its record as its update would be. Its cells' own
 * problems are said already and not again.
 */
export function otherProblems(
  kind: ImportKind,
  row: ParsedRow,
  problems: RowProblem[],
  region: Region,
  of: { creates: true } | { creates: false; record: Record<string, unknown> | null },
): RowProblem[] {
  // A row that could not be read cell by cell has no fields to judge.
  if (problems.some((p) => p.column === '')) return [];
  const said = (column: string) => problems.some((p) => p.column === column);
  const required = (of.creates ? missingFields(kind, row) : clearedRequired(kind, row)).map(
    (column) => ({ line: row.line, column, message: 'is required' }),
  );
  const cleared = Object.fromEntries(row.empty.map((column) => [column, null]));
  const judged = of.creates ? row.values : of.record && { ...of.record, ...cleared, ...row.values };
  const ruled = judged
    ? kind
        .rules(judged, region)
        .filter((p) => p.path in row.values)
        .map((p) => ({ line: row.line, column: p.path, message: p.message }))
    : [];
  return [...required, ...ruled].filter((p) => !said(p.column));
}

/** The fields a new record needs that a row leaves empty. */
function missingFields(kind: ImportKind, row: ParsedRow): string[] {
  const parsed = kind.schema.safeParse(row.values);
  if (parsed.success) return [];
  // Whatever a field's check says of nothing given (a type expected, an enum's values), it is
  // required.
  return parsed.error.issues
    .filter((issue) => issue.input === undefined)
    .map((issue) => String(issue.path[0]));
}

/**
 * The required fields whose cells a row naming its record leaves empty: it would clear them. A field
 * a record may be without (its schema takes it absent: 服务领域, a worker's institution) is not one,
 * though its schema takes no null: the row's update clears it, as the mutation does.
 */
function clearedRequired(kind: ImportKind, row: ParsedRow): string[] {
  const shape = (kind.schema as z.ZodObject).shape as Record<string, z.ZodType | undefined>;
  const refuses = (field: z.ZodType | undefined, value: unknown) =>
    field?.safeParse(value).success === false;
  return row.empty.filter(
    (column) => refuses(shape[column], null) && refuses(shape[column], undefined),
  );
}

/** A row that matches no record, judged as the create mutation judges its input. */
export function validateNew(
  kind: ImportKind,
  row: ParsedRow,
  region: Region,
): { values: Record<string, unknown> } | { problems: [string, string][] } {
  const parsed = kind.schema.safeParse(row.values);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((issue) => [
        String(issue.path[0] ?? ''),
        issue.input === undefined ? 'is required' : issue.message,
      ]),
    };
  const values = parsed.data as Record<string, unknown>;
  const problems = [
    ...kind.rules(values, region).map((p): [string, string] => [p.path, p.message]),
    ...postedOnOfNewRow(values),
    ...currentSinceOfNewRow(values),
  ];
  return problems.length ? { problems } : { values };
}
