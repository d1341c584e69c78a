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

/** Refuses, each named at once, the ids given that are no record of this region's registry. */
export async function assertInRegistry(
  tx: EntityManager,
  region: Region,
  references: readonly Reference[],
): Promise<void> {
  const missing = [];
  for (const { path, table, id } of references) {
    if (!id) continue;
    const [found] = await tx.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
    if (!found)
      missing.push({
        path,
        message: `${recordName(entityNames[table], region, id)} is not in this region's registry`,
      });
  }
  if (missing.length) throw badInput(missing);
}
