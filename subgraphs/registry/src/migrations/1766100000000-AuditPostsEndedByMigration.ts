import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ENDED_BY_MIGRATION } from '../ended-by-migration.js';
import { workerState } from './1766000000000-EndPostsAtClosedInstitutions.js';

/**
 * EndPostsAtClosedInstitutions audits the posts it ends since this release; on a database it
 * upgraded before, it ended them unaudited, and the change feed, the restore and reopenings never
 * learned of them. Their audit rows are written here, under the same actor and action.
 *
 * A worker it ended is at a closed institution, ends on its closing day, and is one version past
 * its latest audited state (or past 1, unaudited since it was loaded): that version is the
 * migration's, which no caller wrote. A worker audited at its version (ended by a closing, changed
 * by the team since, or audited by the migration itself) is left alone, so nothing is written
 * twice. The state before is the latest audited one where there is one, and must then have run
 * past the closing as the migration required; a worker never audited before has no known earlier
 * last day, which its row leaves out (the feed shows none, and a reopening leaves its day to the
 * team). The rows are dated now, so that a consumer pulling the feed since its last pull gets them.
 */
export class AuditPostsEndedByMigration1766100000000 implements MigrationInterface {
  name = 'AuditPostsEndedByMigration1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `WITH latest AS (
        SELECT w.*, (SELECT a.after FROM audit a WHERE a.entity = 'social_worker'
                      AND a.entity_id = w.id::text ORDER BY a.id DESC LIMIT 1) AS audited
        FROM social_worker w JOIN institution i ON i.id = w.institution_id
        WHERE i.status = 'CLOSED' AND w.ended_on = i.closed_on
      ), unaudited AS (
        SELECT * FROM latest
        WHERE version = coalesce((audited->>'version')::int, 1) + 1
          AND (audited IS NULL OR audited->>'endedOn' IS NULL
               OR (audited->>'endedOn')::date > ended_on)
      )
      INSERT INTO audit (actor, role, action, entity, entity_id, before, after)
      SELECT $1, 'system', $2, 'social_worker', id::text,
        coalesce(audited, (${workerState('unaudited')} - 'endedOn' - 'updatedAt')
          || jsonb_build_object('version', version - 1)),
        ${workerState('unaudited')}
      FROM unaudited ORDER BY id`,
      [ENDED_BY_MIGRATION.actor, ENDED_BY_MIGRATION.action],
    );
  }

  async down(): Promise<void> {}
}
