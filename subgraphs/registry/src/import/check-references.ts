import type { ImportKind } from './columns.js';
import type { ParsedRow } from './parse-row.js';

/**
 * The institutions a row names, checked as the mutations check them: apart from the query that
 * finds them (referencedInstitutions, match-records.ts).
 */

/** Institutions a row names must be in the registry, and active for a new worker. */
export function checkReferences(
  kind: ImportKind,
  row: ParsedRow,
  references: Map<string, { id: string; status: string }>,
  isNew: boolean,
): [string, string][] {
  const problems: [string, string][] = [];
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
