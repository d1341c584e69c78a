import type { MigrationInterface, QueryRunner } from 'typeorm';
import { socialWorkerPieceRollup } from '../measures/rollup-definitions.js';
import { currentPost, pastPost } from './1766400000000-AddPostingHistory.js';
import {
  createPostPieces,
  dropPostPieces,
  postColumns,
  uncutPosts,
  type PostsCut,
} from './post-pieces.js';

/**
 * The day a worker first held a social work certificate (`certified_since`), so that a past day
 * counts the workers certified then, not those certified today: before it the worker counts as
 * uncertified (`NONE`), from it at its current level (the levels it held before are not kept).
 * Null for a worker without a certificate, and for one whose certificate is not dated: such a
 * worker counts as certified on every day of its posts, as every worker did before, and a measure
 * of certified workers counts it among those whose start is not known (`undated`).
 *
 * A past post keeps a copy of the date, as it keeps the worker's level (AddPostingHistory), and the
 * view `social_worker_certified_post` cuts each post at it: a post begun uncertified and certified
 * within it is two pieces, neither its worker's only row (`sole_post`), so that a count over a
 * period counts the person once. The pieces at institutions' periods (AddPostPeriods) are then cut
 * from those, and say whether their certificate has no day (`certificate_undated`), which their
 * rollup keeps: once migrated, every certificate already there has none.
 *
 * The demo's certified workers already there are dated as a demo seeded now is. Down drops the
 * dates, and says how many it drops: each of those workers counts as certified
 * again on every day of its posts.
 */
export class AddCertificationDates1767200000000 implements MigrationInterface {
  name = 'AddCertificationDates1767200000000';

  async up(db: QueryRunner): Promise<void> {
    // As AddMeasureRollups: no write lands between building the rollup and its triggers taking over.
    await db.query(`LOCK TABLE social_worker, social_worker_past_post, institution, institution_past_spell
      IN SHARE ROW EXCLUSIVE MODE`);
    await db.query(`ALTER TABLE social_worker ADD COLUMN certified_since date,
      ADD CONSTRAINT social_worker_certified_since_with_level
        CHECK (certified_since IS NULL OR certificate_level <> 'NONE')`);
    await db.query(`ALTER TABLE social_worker_past_post ADD COLUMN certified_since date`);
    await dropPostPieces(db);
    // The demo's certified workers are certified on their first day, as a demo seeded now is
    // (seed/demo-rows.ts): a stack seeded before keeps the figures its plan agrees with, dated.
    // Written before the rollup and the copies' triggers, in two statements whatever the rows.
    await db.query(`UPDATE social_worker SET certified_since = started_on
      WHERE provenance = 'DEMO' AND certificate_level <> 'NONE' AND NOT started_on_inferred`);
    await db.query(`UPDATE social_worker_past_post p SET certified_since = w.certified_since
      FROM social_worker w WHERE w.id = p.worker_id AND w.certified_since IS NOT NULL`);
    await copyToPastPosts(db);
    // The posts a certification cuts, by the days of their parts (cutAtCertification): the
    // certified part's first, the uncertified part's last.
    for (const [table, from, until] of [
      ['social_worker', 'coalesce(posted_on, started_on)', 'ended_on'],
      ['social_worker_past_post', 'posted_from', 'posted_until'],
    ]) {
      await db.query(`CREATE INDEX ${table}_certified_from_idx ON ${table} (certified_since)
        WHERE certified_since > ${from}`);
      await db.query(`CREATE INDEX ${table}_uncertified_until_idx
        ON ${table} ((least(certified_since - 1, ${until}))) WHERE certified_since > ${from}`);
    }
    await db.query(`CREATE OR REPLACE VIEW social_worker_post AS
      SELECT ${currentPost}, w.certified_since FROM social_worker w
      UNION ALL SELECT ${pastPost}, p.certified_since FROM social_worker_past_post p`);
    await db.query(`CREATE VIEW social_worker_certified_post AS
      ${cutAtCertification('social_worker_post')}`);
    await createPostPieces(db, postsCutAtCertification);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE social_worker, social_worker_past_post, institution, institution_past_spell
      IN SHARE ROW EXCLUSIVE MODE`);
    const [{ dated }] = await db.query(
      `SELECT count(*)::int AS dated FROM social_worker WHERE certified_since IS NOT NULL`,
    );
    if (dated > 0)
      console.warn(
        `撤销迁移 AddCertificationDates：删除 ${dated} 名社工的证书取得日期，此前各日的测算值将按其现有证书计算。` +
          `Undoing AddCertificationDates drops the certification dates of ${dated} social ${dated === 1 ? 'worker' : 'workers'}: the counts of earlier days take their certificates as held throughout.`,
      );
    await dropPostPieces(db);
    await db.query(`DROP VIEW social_worker_certified_post`);
    await db.query(`DROP VIEW social_worker_post`);
    await db.query(`CREATE VIEW social_worker_post AS
      SELECT ${currentPost} FROM social_worker w UNION ALL SELECT ${pastPost} FROM social_worker_past_post p`);
    await createPostPieces(db, uncutPosts);
    await db.query(`DROP TRIGGER social_worker_certification_to_past_posts ON social_worker`);
    await db.query(
      `DROP TRIGGER social_worker_past_post_copy_certification ON social_worker_past_post`,
    );
    await db.query(`DROP FUNCTION social_worker_past_post_copy_certification(),
      social_worker_certification_to_past_posts()`);
    await db.query(`DROP INDEX social_worker_certified_from_idx, social_worker_uncertified_until_idx,
      social_worker_past_post_certified_from_idx, social_worker_past_post_uncertified_until_idx`);
    await db.query(`ALTER TABLE social_worker_past_post DROP COLUMN certified_since`);
    await db.query(`ALTER TABLE social_worker DROP COLUMN certified_since`);
  }
}

/**
 * A past post's copy of the date is read from its worker whenever the row is written, and a change
 * of the worker's date is written to its past posts, which fires that trigger again.
 */
async function copyToPastPosts(db: QueryRunner): Promise<void> {
  await db.query(`
    CREATE FUNCTION social_worker_past_post_copy_certification() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.certified_since := (SELECT w.certified_since FROM social_worker w WHERE w.id = NEW.worker_id);
      RETURN NEW;
    END $$`);
  await db.query(`CREATE TRIGGER social_worker_past_post_copy_certification
    BEFORE INSERT OR UPDATE ON social_worker_past_post
    FOR EACH ROW EXECUTE FUNCTION social_worker_past_post_copy_certification()`);
  // Once per statement: a file dating thousands of certificates is one join, not a statement each.
  await db.query(`
    CREATE FUNCTION social_worker_certification_to_past_posts() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- Only where a day changed: the posts' own triggers then fire for those alone.
      IF EXISTS (SELECT FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE n.certified_since IS DISTINCT FROM o.certified_since) THEN
        UPDATE social_worker_past_post p SET certified_since = n.certified_since FROM new_rows n
          WHERE p.worker_id = n.id AND p.certified_since IS DISTINCT FROM n.certified_since;
      END IF;
      RETURN NULL;
    END $$`);
  await db.query(`CREATE TRIGGER social_worker_certification_to_past_posts
    AFTER UPDATE ON social_worker REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION social_worker_certification_to_past_posts()`);
}

/**
 * The posts of `posts` (a relation of `social_worker_post`'s rows) cut at their worker's
 * certification: a post begun before it is uncertified until the day before, and certified from
 * it if it runs that long. A post begun on or after it, or of a worker without the date, is as it
 * is. Each part is a branch of its own whose days are columns of the tables or a few expressions
 * of them, so that a measure's conditions on a piece's days reach the tables' indexes (those of
 * AddCertificationDates for the posts cut): a rollup reads the pieces of the year measured one by
 * one, and a lateral list of the parts would have it compute every cut post's.
 */
function cutAtCertification(posts: string): string {
  const columns = [...postColumns, 'certificate_undated'];
  const cut = { certificate_undated: 'false', sole_post: 'false' };
  const whole = {
    certificate_undated: `p.certificate_level <> 'NONE' AND p.certified_since IS NULL`,
  };
  const uncertified = {
    ...cut,
    // Not cut where the certification came after its last day: still the worker's only row.
    sole_post: 'p.sole_post AND coalesce(p.certified_since > p.post_until, false)',
    certificate_level: `'NONE'`,
    post_until: 'least(p.certified_since - 1, p.post_until)',
    left_year: `date_part('year', least(p.certified_since - 1, p.post_until) + 1)::int`,
  };
  const certified = {
    ...cut,
    post_from: 'p.certified_since',
    from_year: `date_part('year', p.certified_since)::int`,
  };
  const select = (of: Record<string, string>) =>
    columns.map((c) => (c in of ? `${of[c]} AS ${c}` : `p.${c}`)).join(', ');
  return `SELECT ${select(whole)} FROM ${posts} p
      WHERE p.certified_since IS NULL OR p.post_from IS NULL OR p.certified_since <= p.post_from
    UNION ALL SELECT ${select(uncertified)} FROM ${posts} p WHERE p.certified_since > p.post_from
    UNION ALL SELECT ${select(certified)} FROM ${posts} p WHERE p.certified_since > p.post_from
      AND (p.post_until IS NULL OR p.certified_since <= p.post_until)`;
}

/** Every post cut at its worker's certification, the date carried to its pieces. */
const postsCutAtCertification: PostsCut = {
  view: 'social_worker_certified_post',
  meeting: (condition) =>
    `(${cutAtCertification(`(SELECT * FROM social_worker_post p WHERE ${condition})`)})`,
  current: (rows) =>
    `(${cutAtCertification(`(SELECT ${currentPost}, w.certified_since FROM ${rows} w)`)})`,
  past: (rows) =>
    `(${cutAtCertification(`(SELECT ${pastPost}, p.certified_since FROM ${rows} p)`)})`,
  extra: ['certificate_undated'],
  rollup: socialWorkerPieceRollup,
};
