import type { MigrationInterface, QueryRunner } from 'typeorm';
import { socialWorkerPieceRollup, socialWorkerPostRollup } from '../measures/rollup-definitions.js';
import { currentPost, pastPost, postRollupSources } from './1766400000000-AddPostingHistory.js';
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
    await db.query(`CREATE VIEW social_worker_post_piece AS
      SELECT ${postColumns.map((c) => `p.${c}`).join(', ')} FROM social_worker_post p
        WHERE p.institution_id IS NULL OR NOT EXISTS (SELECT FROM institution_past_spell s WHERE s.institution_id = p.institution_id)
      UNION ALL ${piecesAtChangedInstitutions}`);
    await dropRollup(db, socialWorkerPostRollup.rollup, postRollupSources);
    await createRollup(db, socialWorkerPieceRollup, [
      {
        table: 'social_worker',
        prefix: 'social_worker_piece_rollup',
        relation: (rows) =>
          postsWithoutInstitution(rows, 'w', currentPost) +
          ` UNION ALL ${pieces(`(SELECT ${currentPost} FROM ${rows} w)`, 'institution_post_period')}`,
      },
      {
        table: 'social_worker_past_post',
        prefix: 'social_worker_past_post_piece_rollup',
        relation: (rows) =>
          postsWithoutInstitution(rows, 'p', pastPost) +
          ` UNION ALL ${pieces(`(SELECT ${pastPost} FROM ${rows} p)`, 'institution_post_period')}`,
      },
      {
        table: 'institution',
        prefix: 'institution_post_piece_rollup',
        relation: (rows) => pieces('social_worker_post', `(${currentPeriod(`${rows} i`)})`),
      },
      {
        table: 'institution_past_spell',
        prefix: 'institution_past_spell_post_piece_rollup',
        relation: (rows) => pieces('social_worker_post', `(${pastPeriod(`${rows} s`)})`),
      },
    ]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE social_worker, social_worker_past_post, institution, institution_past_spell
      IN SHARE ROW EXCLUSIVE MODE`);
    await dropRollup(db, socialWorkerPieceRollup.rollup, [
      { table: 'social_worker', prefix: 'social_worker_piece_rollup' },
      { table: 'social_worker_past_post', prefix: 'social_worker_past_post_piece_rollup' },
      { table: 'institution', prefix: 'institution_post_piece_rollup' },
      { table: 'institution_past_spell', prefix: 'institution_past_spell_post_piece_rollup' },
    ]);
    await db.query(`DROP VIEW social_worker_post_piece`);
    await db.query(`DROP VIEW institution_post_period`);
    await createRollup(db, socialWorkerPostRollup, postRollupSources);
  }
}

/** The columns of `social_worker_post` that a piece has too, in order (not `first_post`, which no measure reads). */
const postColumns = [
  'worker_id',
  'institution_id',
  'institution_kind',
  'institution_grade',
  'institution_city',
  'institution_county',
  'certificate_level',
  'provenance',
  'employment',
  'program_id',
  'service_fields',
  'post_from',
  'post_until',
  'sole_post',
  'post_from_inferred',
  'from_year',
  'left_year',
];

/**
 * An institution's period as the posts meet it: the days it covers (null: without bound on that
 * side) and its kind, grade and place. The current period runs from `current_since`, the past
 * ones over their own days.
 */
const currentPeriod = (
  rows: string,
) => `SELECT i.id AS institution_id, i.current_since AS cover_from,
  NULL::date AS cover_until, i.kind, i.grade, i.city, i.county FROM ${rows}`;
const pastPeriod = (rows: string) => `SELECT s.institution_id, s.spell_from AS cover_from,
  s.spell_until AS cover_until, s.kind, s.grade, s.city, s.county FROM ${rows}`;

/** Posts without an institution, which no period cuts: as they are. */
const postsWithoutInstitution = (rows: string, alias: string, select: string) =>
  `SELECT ${postColumns.map((c) => `p.${c}`).join(', ')} FROM (SELECT ${select} FROM ${rows} ${alias}) p
    WHERE p.institution_id IS NULL`;

/**
 * The pieces of posts (rows `p` of `social_worker_post`) at their institutions' periods (rows `t`),
 * as `joined` pairs them: the days a post and a period share, with the period's kind, grade and
 * place. A piece is the worker's only row (`sole_post`) where its post was and the period covers
 * all of it: a count over a period reads one by one only the workers whose posts are cut, or who
 * moved. Every piece of a post whose first day was inferred is undated: the worker's start is no
 * better known on a later period's days.
 */
function piecesOf(joined: string): string {
  const startsPost = 'coalesce(t.cover_from <= p.post_from, true)';
  const endsPost = 'coalesce(t.cover_until >= p.post_until, t.cover_until IS NULL)';
  const from = 'greatest(p.post_from, t.cover_from)';
  const until = 'least(p.post_until, t.cover_until)';
  return `SELECT p.worker_id, p.institution_id, t.kind AS institution_kind, t.grade AS institution_grade,
    t.city AS institution_city, t.county AS institution_county, p.certificate_level, p.provenance,
    p.employment, p.program_id, p.service_fields, ${from} AS post_from, ${until} AS post_until,
    p.sole_post AND ${startsPost} AND ${endsPost} AS sole_post,
    p.post_from_inferred,
    date_part('year', ${from})::int AS from_year, date_part('year', ${until} + 1)::int AS left_year
    FROM ${joined} AND ${periodMeetsPost}`;
}

/** Whether a period `t` and a post `p` share a day. */
const periodMeetsPost = `(t.cover_from IS NULL OR p.post_until IS NULL OR t.cover_from <= p.post_until)
  AND (t.cover_until IS NULL OR t.cover_until >= p.post_from)`;

/** The pieces of `posts` at `periods`, joined by institution: what a trigger adds or takes away. */
const pieces = (posts: string, periods: string) =>
  piecesOf(`${posts} p JOIN ${periods} t ON t.institution_id = p.institution_id`);

/**
 * The pieces of the posts at institutions with past periods, read from those institutions: their
 * posts and periods by the institution's indexes, a join of a few, whatever the posts' dates.
 */
const piecesAtChangedInstitutions =
  piecesOf(`(SELECT DISTINCT institution_id FROM institution_past_spell) c
  CROSS JOIN LATERAL (SELECT * FROM social_worker_post p WHERE p.institution_id = c.institution_id) p
  JOIN LATERAL (${currentPeriod('institution i')} WHERE i.id = c.institution_id
    UNION ALL ${pastPeriod('institution_past_spell s')} WHERE s.institution_id = c.institution_id) t ON true`);
