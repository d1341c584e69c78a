import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { updateProgram } from '../writes/programs.js';
import type { Problem } from '../writes/validation.js';
import { changedNothing, type Written } from '../writes/write.js';
import { columnOfField } from './record-rows.js';
import { updateSocialWorkerRow } from './posted-on.js';
import { updateInstitutionRow } from './current-since.js';
import type { Region } from '../../../regions.js';

const updates: Record<
  string,
  (
    tx: EntityManager,
    id: string,
    version: number,
    input: Record<string, unknown>,
    region: Region,
  ) => Promise<Written<object>>
> = {
  institutions: updateInstitutionRow,
  'social-workers': updateSocialWorkerRow,
  programs: (tx, id, version, input, region) => updateProgram(tx, id, version, input, region),
};

/** The column of the file a mutation's problem path names (`input.institutionId` → institutionCreditCode). */
const columnOfPath = (path: string): string => columnOfField(path.replace(/^input\./, ''));

/**
 * Applies a row's changes to a record through the update mutation of its kind (the same
 * validation, row lock and version check), with an audit record that the change feed shows.
 * Returns the problems that refused it, as the mutation reported them.
 */
export async function updateRow(
  tx: EntityManager,
  kindName: string,
  id: string,
  version: number,
  input: Record<string, unknown>,
  region: Region,
  actor: string,
): Promise<{ problems: Problem[]; conflict?: string }> {
  // A savepoint: a refused row leaves the import's transaction as it was.
  await tx.query('SAVEPOINT import_row');
  try {
    const written = await updates[kindName]!(tx, id, version, input, region);
    if (changedNothing(written)) {
      await tx.query('RELEASE SAVEPOINT import_row');
      return { problems: [] };
    }
    await tx.query(
      `INSERT INTO audit (actor, role, action, entity, entity_id, before, after) VALUES ($1, 'import', 'import', $2, $3, $4, $5)`,
      [
        actor,
        written.entity,
        written.id,
        JSON.stringify(written.before),
        JSON.stringify(written.after),
      ],
    );
    await tx.query('RELEASE SAVEPOINT import_row');
    return { problems: [] };
  } catch (error) {
    await tx.query('ROLLBACK TO SAVEPOINT import_row');
    if (!(error instanceof GraphQLError)) throw error;
    if (error.extensions.code === 'CONFLICT') return { problems: [], conflict: error.message };
    const problems = (error.extensions.problems as Problem[] | undefined) ?? [
      { path: String(error.extensions.field ?? ''), message: error.message },
    ];
    return { problems: problems.map((p) => ({ path: columnOfPath(p.path), message: p.message })) };
  }
}
