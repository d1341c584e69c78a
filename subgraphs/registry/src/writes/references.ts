import type { EntityManager } from 'typeorm';
import { badInput } from './validation.js';
import { recordName } from '../global-ids.js';
import type { Region } from '../../../regions.js';

/** A record of this registry an input names by id: a figure's or a target's programme, a body. */
export interface Reference {
  path: string;
  table: 'program' | 'institution';
  id: string | null | undefined;
}

const entityNames = { program: 'programme', institution: 'institution' } as const;

/**
 * Refuses, each named at once, the ids given that are no record of this region's registry, or a
 * programme withdrawn.
 */
export async function assertInRegistry(
  tx: EntityManager,
  region: Region,
  references: readonly Reference[],
): Promise<void> {
  const missing = [];
  for (const { path, table, id } of references) {
    if (!id) continue;
    const [found]: { withdrawn: boolean }[] = await tx.query(
      // A programme is read FOR SHARE: one being withdrawn (withdrawProgram) is read once withdrawn,
      // or not withdrawn until this write commits, whose reference then holds it.
      `SELECT ${table === 'program' ? 'withdrawn_at IS NOT NULL' : 'false'} AS withdrawn FROM ${table} WHERE id = $1${table === 'program' ? ' FOR SHARE' : ''}`,
      [id],
    );
    const name = recordName(entityNames[table], region, id);
    if (!found) missing.push({ path, message: `${name} is not in this region's registry` });
    // Kept for the record only: what refers to it would count what counts nowhere.
    else if (found.withdrawn) missing.push({ path, message: `${name} was withdrawn` });
  }
  if (missing.length) throw badInput(missing);
}
