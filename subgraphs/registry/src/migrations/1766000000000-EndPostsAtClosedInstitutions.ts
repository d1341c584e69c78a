import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A closing now ends its social workers' posts on its day (writes/closing-posts.ts); the posts of
 * institutions closed before ran on, and counted, after their closing. They end on it here, as the
 * closing would have ended them, with a new version. A post the registry says started after the
 * closing is left as it is: only the team knows whether the start or the closing is wrong. The
 * audit holds no row for these ends (they are no caller's), and a rollback cannot tell them from
 * the team's own, so `down` leaves them.
 */
export class EndPostsAtClosedInstitutions1766000000000 implements MigrationInterface {
  name = 'EndPostsAtClosedInstitutions1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE social_worker w SET ended_on = i.closed_on, version = w.version + 1, updated_at = now()
      FROM institution i
      WHERE i.id = w.institution_id AND i.status = 'CLOSED' AND i.closed_on IS NOT NULL
        AND (w.ended_on IS NULL OR w.ended_on > i.closed_on)
        AND (w.started_on_inferred OR w.started_on IS NULL OR w.started_on <= i.closed_on)`);
  }

  async down(): Promise<void> {}
}
