import type { QueryRunner } from 'typeorm';
import { socialWorkerPeriodPieceRollup, type RollupOf } from '../measures/rollup-definitions.js';
import { currentPost, pastPost as pastPostRow } from './1766400000000-AddPostingHistory.js';
import { createRollup, dropRollup } from './rollup-tables.js';

/**
 * The view `social_worker_post_piece` and its rollup (AddPostPeriods): posts cut at their
 * institution's periods, each piece with that period's kind, grade and place. Written once for the
 * migrations that build them over different posts: AddPostPeriods over `social_worker_post`,
 * AddCertificationDates over the posts cut again at the worker's certification.
 */
export interface PostsCut {
  /** The relation of every post, as the view reads it. */
  view: string;
  /**
   * The posts that meet a condition on `p` (those of some institutions), as a relation that reads
   * them through the posts' own indexes: a join of `view` by institution may read every post.
   */
  meeting: (condition: string) => string;
  /** Of a worker's rows changed (a transition table), its current posts as a relation. */
  current: (rows: string) => string;
  /** Of past posts changed, those posts as a relation. */
  past: (rows: string) => string;
  /** Columns a piece carries beyond `postColumns`, as its post has them. */
  extra: readonly string[];
  /** The rollup of the pieces. */
  rollup: RollupOf;
}

/** Every post as `social_worker_post` gives it, uncut (AddPostPeriods). */
export const uncutPosts: PostsCut = {
  view: 'social_worker_post',
  meeting: (condition) => `(SELECT * FROM social_worker_post p WHERE ${condition})`,
  current: (rows) => `(SELECT ${currentPost} FROM ${rows} w)`,
  past: (rows) => `(SELECT ${pastPostRow} FROM ${rows} p)`,
  extra: [],
  rollup: socialWorkerPeriodPieceRollup,
};

/** The rollup's sources, named as its triggers are. */
const worker = { table: 'social_worker', prefix: 'social_worker_piece_rollup' };
const pastPost = {
  table: 'social_worker_past_post',
  prefix: 'social_worker_past_post_piece_rollup',
};
const institution = { table: 'institution', prefix: 'institution_post_piece_rollup' };
const pastSpell = {
  table: 'institution_past_spell',
  prefix: 'institution_past_spell_post_piece_rollup',
};

/** Creates the view of pieces over `posts` and its rollup, kept by triggers on the four tables. */
export async function createPostPieces(db: QueryRunner, posts: PostsCut): Promise<void> {
  const { view, extra } = posts;
  const columns = [...postColumns, ...extra];
  await db.query(`CREATE VIEW social_worker_post_piece AS
      SELECT ${columns.map((c) => `p.${c}`).join(', ')} FROM ${view} p
        WHERE p.institution_id IS NULL OR NOT EXISTS (SELECT FROM institution_past_spell s WHERE s.institution_id = p.institution_id)
      UNION ALL ${piecesAtChangedInstitutions(posts)}`);
  await createRollup(db, posts.rollup, [
    {
      ...worker,
      relation: (rows) =>
        postsWithoutInstitution(posts.current(rows), columns) +
        ` UNION ALL ${pieces(posts.current(rows), 'institution_post_period', extra)}`,
    },
    {
      ...pastPost,
      relation: (rows) =>
        postsWithoutInstitution(posts.past(rows), columns) +
        ` UNION ALL ${pieces(posts.past(rows), 'institution_post_period', extra)}`,
    },
    {
      ...institution,
      relation: (rows) =>
        pieces(
          posts.meeting(`p.institution_id IN (SELECT i.id FROM ${rows} i)`),
          `(${currentPeriod(`${rows} i`)})`,
          extra,
        ),
    },
    {
      ...pastSpell,
      relation: (rows) =>
        pieces(
          posts.meeting(`p.institution_id IN (SELECT s.institution_id FROM ${rows} s)`),
          `(${pastPeriod(`${rows} s`)})`,
          extra,
        ),
    },
  ]);
}

/** Drops the view of pieces and its rollup. */
export async function dropPostPieces(db: QueryRunner): Promise<void> {
  await dropRollup(db, socialWorkerPeriodPieceRollup.rollup, [
    worker,
    pastPost,
    institution,
    pastSpell,
  ]);
  await db.query(`DROP VIEW social_worker_post_piece`);
}

/** The columns of `social_worker_post` that a piece has too, in order (not `first_post`, which no measure reads). */
export const postColumns = [
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
export const currentPeriod = (
  rows: string,
) => `SELECT i.id AS institution_id, i.current_since AS cover_from,
  NULL::date AS cover_until, i.kind, i.grade, i.city, i.county FROM ${rows}`;
export const pastPeriod = (rows: string) => `SELECT s.institution_id, s.spell_from AS cover_from,
  s.spell_until AS cover_until, s.kind, s.grade, s.city, s.county FROM ${rows}`;

/** Posts without an institution, which no period cuts: as they are. */
const postsWithoutInstitution = (posts: string, columns: readonly string[]) =>
  `SELECT ${columns.map((c) => `p.${c}`).join(', ')} FROM ${posts} p
    WHERE p.institution_id IS NULL`;

/**
 * The pieces of posts (rows `p` of `social_worker_post`) at their institutions' periods (rows `t`),
 * as `joined` pairs them: the days a post and a period share, with the period's kind, grade and
 * place. A piece is the worker's only row (`sole_post`) where its post was and the period covers
 * all of it: a count over a period reads one by one only the workers whose posts are cut, or who
 * moved. Every piece of a post whose first day was inferred is undated: the worker's start is no
 * better known on a later period's days.
 */
function piecesOf(joined: string, extra: readonly string[]): string {
  const startsPost = 'coalesce(t.cover_from <= p.post_from, true)';
  const endsPost = 'coalesce(t.cover_until >= p.post_until, t.cover_until IS NULL)';
  const from = 'greatest(p.post_from, t.cover_from)';
  const until = 'least(p.post_until, t.cover_until)';
  return `SELECT p.worker_id, p.institution_id, t.kind AS institution_kind, t.grade AS institution_grade,
    t.city AS institution_city, t.county AS institution_county, p.certificate_level, p.provenance,
    p.employment, p.program_id, p.service_fields, ${from} AS post_from, ${until} AS post_until,
    p.sole_post AND ${startsPost} AND ${endsPost} AS sole_post,
    p.post_from_inferred,
    date_part('year', ${from})::int AS from_year, date_part('year', ${until} + 1)::int AS left_year${extra.map((c) => `, p.${c}`).join('')}
    FROM ${joined} AND ${periodMeetsPost}`;
}

/** Whether a period `t` and a post `p` share a day. */
const periodMeetsPost = `(t.cover_from IS NULL OR p.post_until IS NULL OR t.cover_from <= p.post_until)
  AND (t.cover_until IS NULL OR t.cover_until >= p.post_from)`;

/** The pieces of `posts` at `periods`, joined by institution: what a trigger adds or takes away. */
const pieces = (posts: string, periods: string, extra: readonly string[]) =>
  piecesOf(`${posts} p JOIN ${periods} t ON t.institution_id = p.institution_id`, extra);

/**
 * The pieces of the posts at institutions with past periods, read from those institutions: their
 * posts and periods by the institution's indexes, a join of a few, whatever the posts' dates.
 */
const piecesAtChangedInstitutions = (posts: PostsCut) =>
  piecesOf(
    `(SELECT DISTINCT institution_id FROM institution_past_spell) c
  CROSS JOIN LATERAL ${posts.meeting('p.institution_id = c.institution_id')} p
  JOIN LATERAL (${currentPeriod('institution i')} WHERE i.id = c.institution_id
    UNION ALL ${pastPeriod('institution_past_spell s')} WHERE s.institution_id = c.institution_id) t ON true`,
    posts.extra,
  );
