import type { MigrationInterface, QueryRunner } from 'typeorm';
import { socialWorkerPostRollup } from '../measures/rollup-definitions.js';
import { postRollupSources } from './1766400000000-AddPostingHistory.js';
import {
  createPostPieces,
  currentPeriod,
  dropPostPieces,
  pastPeriod,
  uncutPosts,
} from './post-pieces.js';
import { createRollup, dropRollup } from './rollup-tables.js';

/**
 * A post counts with its institution's period of each day (AddInstitutionHistory), so that a
 * dated upgrade, move or reopening changes no worker measure of a day before it: a post spanning a
 * change is cut into pieces at its institution's periods, each with that period's kind, grade and
 * place. The view `social_worker_post_piece` gives the pieces; the measures read it, through
 * `social_worker_piece_rollup`, which replaces the rollup of posts. A post at an institution never
 * changed on a date is its own one piece, read through the post's own indexes; only posts at
 * institutions with periods are cut, a join of a few. The days an institution was closed, between
 * its periods, belong to no piece: no worker counts at an institution while it is closed.
 *
 * The rollup is kept by triggers on the posts' tables and on the periods' (the institution's row
 * for its current one): a statement changes one side, and the pieces it adds or takes away are
 * those of its rows joined to the other side as it stands. The view reads as the triggers count
 * while an institution has past periods exactly when its `current_since` is set, which every write
 * keeps (writes/institution-history.ts); no statement may write both sides at once.
 *
 * Down gives back the rollup of posts, each post with its institution's current attributes.
 */
export class AddPostPeriods1766900000000 implements MigrationInterface {
  name = 'AddPostPeriods1766900000000';

  async up(db: QueryRunner): Promise<void> {
    // As AddMeasureRollups: no write lands between building the rollup and its triggers taking over.
    await db.query(`LOCK TABLE social_worker, social_worker_past_post, institution, institution_past_spell
      IN SHARE ROW EXCLUSIVE MODE`);
    await db.query(`CREATE VIEW institution_post_period AS
      ${currentPeriod('institution i')} UNION ALL ${pastPeriod('institution_past_spell s')}`);
    await dropRollup(db, socialWorkerPostRollup.rollup, postRollupSources);
    await createPostPieces(db, uncutPosts);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE social_worker, social_worker_past_post, institution, institution_past_spell
      IN SHARE ROW EXCLUSIVE MODE`);
    await dropPostPieces(db);
    await db.query(`DROP VIEW institution_post_period`);
    await createRollup(db, socialWorkerPostRollup, postRollupSources);
  }
}
