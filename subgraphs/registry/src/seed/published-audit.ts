import type { EntityManager } from 'typeorm';

/**
 * The audit of what the data files change in a registry (correct-published.ts): their changes are
 * recorded under an actor of their own, so that the change feed shows them, and a target or a
 * programme that anyone else changed is the team's, which the files no longer revise
 * (team-records.ts). Apart, for the figures' corrections and the team's records both write it.
 */

export const ACTOR = 'published-data';

export async function audit(
  db: EntityManager,
  action: string,
  entity: 'figure' | 'target' | 'program',
  id: string,
  before: object,
  after: object,
): Promise<void> {
  await db.query(
    `INSERT INTO audit (actor, role, action, entity, entity_id, before, after) VALUES ($1, 'system', $2, $3, $4, $5, $6)`,
    [ACTOR, action, entity, id, JSON.stringify(before), JSON.stringify(after)],
  );
}
