import type { ImportKind } from './columns.js';
import type { ParsedRow } from './parse-row.js';
import { programProblems, type ProgramOfCell } from './program-references.js';
import type { StoredRecord } from './record-rows.js';

/**
 * The institutions and the programme a row names, checked as the mutations check them: apart from
 * the queries that find them (referencedInstitutions, match-records.ts; referencedPrograms).
 */

/**
 * Institutions a row names must be in the registry, and active for a new worker; its programme in
 * the registry, and not withdrawn where the row places the worker there.
 */
export function checkReferences(
  kind: ImportKind,
  row: ParsedRow,
  references: Map<string, { id: string; status: string }>,
  programs: Map<string, ProgramOfCell>,
  record: StoredRecord | undefined,
): [string, string][] {
  const isNew = !record;
  const problems: [string, string][] = programProblems(kind, row, programs, record);
  for (const column of Object.keys(kind.references)) {
    const code = row.values[column] as string | undefined;
    const institution = code ? references.get(code) : undefined;
    const named = code?.length === 18 ? `the credit code ${code}` : `the id ${code}`;
    if (code && !institution)
      problems.push([column, `no institution of this registry has ${named}`]);
    // As registerSocialWorker: a worker joins an active institution only.
    else if (
      institution &&
      isNew &&
      kind.table === 'social_worker' &&
      institution.status !== 'ACTIVE'
    )
      problems.push([
        column,
        code!.length === 18
          ? `the institution with the credit code ${code} is closed`
          : `the institution ${code} is closed`,
      ]);
  }
  return problems;
}
