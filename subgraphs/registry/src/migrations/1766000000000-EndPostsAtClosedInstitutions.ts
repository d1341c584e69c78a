import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ENDED_BY_MIGRATION } from '../ended-by-migration.js';

/**
 * A closing now ends its social workers' posts on its day (writes/closing-posts.ts); the posts of
 * institutions closed before ran on, and counted, after their closing. They end on it here, as the
 * closing would have ended them, with a new version. A post the registry says started after the
 * closing is left as it is: only the team knows whether the start or the closing is wrong.
 *
 * Each end is audited, in the same statement, under a system actor naming this migration: the change
 * feed lists it (a consumer holding the worker's earlier version learns of the new one), and a
 * reopening gives back the last day it replaced, as it does a closing's. `down` leaves them: on a
 * database it upgraded before it audited them, the rows AuditPostsEndedByMigration writes do not
 * know the last day each post had, so there would be nothing to undo them to.
 */
export class EndPostsAtClosedInstitutions1766000000000 implements MigrationInterface {
  name = 'EndPostsAtClosedInstitutions1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `WITH ending AS (
        SELECT w.*, i.closed_on AS closing_day FROM social_worker w JOIN institution i ON i.id = w.institution_id
        WHERE i.status = 'CLOSED' AND i.closed_on IS NOT NULL
          AND (w.ended_on IS NULL OR w.ended_on > i.closed_on)
          AND (w.started_on_inferred OR w.started_on IS NULL OR w.started_on <= i.closed_on)
        FOR UPDATE OF w
      ), ended AS (
        UPDATE social_worker w SET ended_on = e.closing_day, version = w.version + 1, updated_at = now()
        FROM ending e WHERE w.id = e.id
        RETURNING w.*
      )
      INSERT INTO audit (actor, role, action, entity, entity_id, before, after)
      SELECT $1, 'system', $2, 'social_worker', ended.id::text, ${workerState('ending')}, ${workerState('ended')}
      FROM ending JOIN ended ON ended.id = ending.id ORDER BY ended.id`,
      [ENDED_BY_MIGRATION.actor, ENDED_BY_MIGRATION.action],
    );
  }

  async down(): Promise<void> {}
}

/**
 * A social worker's row as the audit holds records, its fields named as the API names them (as the
 * mutations' audit rows hold them: ids as strings); the columns as the table has them here.
 */
export function workerState(row: string): string {
  const fields = {
    id: `${row}.id::text`,
    key: `${row}.key`,
    name: `${row}.name`,
    certificateLevel: `${row}.certificate_level`,
    certificateNumber: `${row}.certificate_number`,
    institutionId: `${row}.institution_id::text`,
    employment: `${row}.employment`,
    recruitmentSource: `${row}.recruitment_source`,
    serviceFields: `${row}.service_fields`,
    supervisorRank: `${row}.supervisor_rank`,
    startedOn: `${row}.started_on`,
    startedOnInferred: `${row}.started_on_inferred`,
    endedOn: `${row}.ended_on`,
    programId: `${row}.program_id::text`,
    provenance: `${row}.provenance`,
    createdAt: `${row}.created_at`,
    updatedAt: `${row}.updated_at`,
    version: `${row}.version`,
  };
  return `jsonb_build_object(${Object.entries(fields)
    .map(([name, value]) => `'${name}', ${value}`)
    .join(', ')})`;
}
