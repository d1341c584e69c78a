import type { Region } from '../../../regions.js';
import type { ImportKind } from './columns.js';
import type { RowProblem } from './import-report.js';
import type { ParsedRow } from './parse-row.js';

/**
 * A row that would create a record: judged as the create mutation judges its input, or, refused
 * for something else, told which fields a new record needs. Apart from the matching of rows to
 * records, which hands a row here once no record is its.
 */

/** The fields a new record needs that a refused row leaves empty, besides its other problems. */
export function missingFields(
  kind: ImportKind,
  row: ParsedRow,
  problems: RowProblem[],
): RowProblem[] {
  // A row that could not be read cell by cell has no fields to judge.
  if (problems.some((p) => p.column === '')) return [];
  const parsed = kind.schema.safeParse(row.values);
  if (parsed.success) return [];
  return (
    parsed.error.issues
      // Whatever a field's check says of nothing given (a type expected, an enum's values), it is
      // required.
      .filter((issue) => issue.input === undefined)
      .map((issue) => String(issue.path[0]))
      .filter((column) => !problems.some((p) => p.column === column))
      .map((column) => ({ line: row.line, column, message: 'is required' }))
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
  const problems = kind.rules(values, region).map((p): [string, string] => [p.path, p.message]);
  return problems.length ? { problems } : { values };
}
