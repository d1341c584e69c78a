import type { MigrationInterface, QueryRunner } from 'typeorm';
import { socialWorkerPostRollup, socialWorkerRollup } from '../measures/rollup-definitions.js';
import { createRollup, dropRollup, type RollupSource } from './rollup-tables.js';

/**
 * A social worker's posts, so that a move no longer restates the past. The worker's row keeps its
 * current post, which began on `posted_on` (null: on the worker's first day, never moved), and
 * `social_worker_past_post` keeps each post the worker left, from its first day to its last, with a
 * copy of what the measures read of its institution and of the worker (triggers keep both copies, as
 * they keep the worker's copy of its institution). The view `social_worker_post` gives every post as
 * one row; the measures read it, through `social_worker_post_rollup`, which replaces the rollup of
 * workers (AddMeasureRollups) and is kept by triggers on both tables.
 *
 * Down keeps each worker's current post and forgets the posts left, as the registry did before,
 * and says how many it forgets: no backup is taken before a down, and none of its posts can be
 * told again from what remains.
 */
export class AddPostingHistory1766400000000 implements MigrationInterface {
  name = 'AddPostingHistory1766400000000';

  async up(db: QueryRunner): Promise<void> {
    // As AddMeasureRollups: no write lands between building the rollup and its triggers taking over.
    await db.query(`LOCK TABLE social_worker, institution IN SHARE ROW EXCLUSIVE MODE`);
    await db.query(`ALTER TABLE social_worker ADD COLUMN posted_on date,
      ADD CONSTRAINT social_worker_posted_after_start CHECK (posted_on > started_on),
      ADD CONSTRAINT social_worker_ended_after_posted CHECK (ended_on >= posted_on)`);
    await db.query(`
      CREATE TABLE social_worker_past_post (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        worker_id bigint NOT NULL REFERENCES social_worker (id) ON DELETE CASCADE,
        institution_id bigint REFERENCES institution (id),
        posted_from date NOT NULL,
        posted_until date NOT NULL,
        first_post boolean NOT NULL,
        institution_kind text, institution_grade text, institution_city text, institution_county text,
        certificate_level text, provenance text, employment text, program_id bigint,
        service_fields text[], started_on_inferred boolean,
        CONSTRAINT social_worker_past_post_dates CHECK (posted_from <= posted_until)
      )`);
    await db.query(
      `CREATE INDEX social_worker_past_post_worker_idx ON social_worker_past_post (worker_id, posted_from)`,
    );
    await db.query(
      `CREATE INDEX social_worker_past_post_institution_idx ON social_worker_past_post (institution_id)`,
    );
    for (const column of ['posted_from', 'posted_until'])
      await db.query(
        `CREATE INDEX social_worker_past_post_${column}_idx ON social_worker_past_post (${column})`,
      );
    // The rows a measure reads one by one: those whose post began in a year measured.
    await db.query(
      `CREATE INDEX social_worker_post_from_idx ON social_worker ((coalesce(posted_on, started_on)))`,
    );
    // The workers moved, whose posts a count over a period reads one by one (measures/rowsOf).
    await db.query(
      `CREATE INDEX social_worker_moved_idx ON social_worker (id) WHERE posted_on IS NOT NULL`,
    );
    await createCopies(db);
    await db.query(`CREATE TRIGGER social_worker_past_post_advances_write_generation
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON social_worker_past_post
      FOR EACH STATEMENT EXECUTE FUNCTION advance_write_generation()`);
    await db.query(`CREATE VIEW social_worker_post AS
      SELECT ${currentPost} FROM social_worker w UNION ALL SELECT ${pastPost} FROM social_worker_past_post p`);
    await dropRollup(db, socialWorkerRollup.rollup, [
      { table: 'social_worker', prefix: socialWorkerRollup.rollup },
    ]);
    await createRollup(db, socialWorkerPostRollup, postRollupSources);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE social_worker, institution IN SHARE ROW EXCLUSIVE MODE`);
    const [{ posts, workers }] = await db.query(
      `SELECT count(*)::int AS posts, count(DISTINCT worker_id)::int AS workers FROM social_worker_past_post`,
    );
    if (posts > 0)
      console.warn(
        `撤销迁移 AddPostingHistory：删除 ${posts} 段过往任职（${workers} 名社工调动前的任职），各社工仅保留当前任职，此前各日的测算值将按当前任职计算。` +
          `Undoing AddPostingHistory drops ${posts} past ${posts === 1 ? 'post' : 'posts'} (held by ${workers} moved social ${workers === 1 ? 'worker' : 'workers'} before their moves): each worker keeps its current post only, and the counts of earlier days are taken from it.`,
      );
    await dropRollup(db, socialWorkerPostRollup.rollup, postRollupSources);
    await db.query(`DROP VIEW social_worker_post`);
    await db.query(`DROP TABLE social_worker_past_post`);
    await db.query(`DROP TRIGGER social_worker_to_past_posts ON social_worker`);
    await db.query(`DROP TRIGGER institution_to_past_posts ON institution`);
    await db.query(`DROP FUNCTION social_worker_to_past_posts(), institution_to_past_posts(),
      social_worker_past_post_copy()`);
    await db.query(`DROP INDEX social_worker_post_from_idx, social_worker_moved_idx`);
    await db.query(`ALTER TABLE social_worker DROP COLUMN posted_on`);
    await createRollup(db, socialWorkerRollup, [
      { table: 'social_worker', prefix: 'social_worker_rollup', select: 'w.*', alias: 'w' },
    ]);
  }
}

/** A worker's current post, as a row of `social_worker_post`. */
export const currentPost = `w.id AS worker_id, w.institution_id, w.institution_kind, w.institution_grade,
  w.institution_city, w.institution_county, w.certificate_level, w.provenance, w.employment,
  w.program_id, w.service_fields, coalesce(w.posted_on, w.started_on) AS post_from,
  w.ended_on AS post_until, w.posted_on IS NULL AS first_post, w.posted_on IS NULL AS sole_post,
  w.started_on_inferred AND w.posted_on IS NULL AS post_from_inferred,
  date_part('year', coalesce(w.posted_on, w.started_on))::int AS from_year, w.left_year`;

/** A post the worker left, as a row of `social_worker_post`. */
export const pastPost = `p.worker_id, p.institution_id, p.institution_kind, p.institution_grade,
  p.institution_city, p.institution_county, p.certificate_level, p.provenance, p.employment,
  p.program_id, p.service_fields, p.posted_from AS post_from, p.posted_until AS post_until,
  p.first_post, false AS sole_post, p.started_on_inferred AND p.first_post AS post_from_inferred,
  date_part('year', p.posted_from)::int AS from_year,
  date_part('year', p.posted_until + 1)::int AS left_year`;

/** The tables the rollup of posts counts, each with its rows as `social_worker_post` gives them. */
export const postRollupSources: RollupSource[] = [
  {
    table: 'social_worker',
    prefix: socialWorkerPostRollup.rollup,
    select: currentPost,
    alias: 'w',
  },
  {
    table: 'social_worker_past_post',
    prefix: 'social_worker_past_post_rollup',
    select: pastPost,
    alias: 'p',
  },
];

/**
 * A past post's copies are read from its institution and its worker whenever the row is written, and
 * a first post starts on its worker's first day; a change of either is written to the posts, which
 * fires that trigger again.
 */
async function createCopies(db: QueryRunner): Promise<void> {
  await db.query(`
    CREATE FUNCTION social_worker_past_post_copy() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      SELECT i.kind, i.grade, i.city, i.county INTO NEW.institution_kind, NEW.institution_grade,
        NEW.institution_city, NEW.institution_county FROM institution i WHERE i.id = NEW.institution_id;
      IF NOT FOUND THEN
        NEW.institution_kind := NULL; NEW.institution_grade := NULL; NEW.institution_city := NULL; NEW.institution_county := NULL;
      END IF;
      SELECT w.certificate_level, w.provenance, w.employment, w.program_id, w.service_fields, w.started_on_inferred,
        CASE WHEN NEW.first_post THEN w.started_on ELSE NEW.posted_from END
        INTO NEW.certificate_level, NEW.provenance, NEW.employment, NEW.program_id, NEW.service_fields,
          NEW.started_on_inferred, NEW.posted_from
        FROM social_worker w WHERE w.id = NEW.worker_id;
      RETURN NEW;
    END $$`);
  await db.query(`CREATE TRIGGER social_worker_past_post_copy BEFORE INSERT OR UPDATE ON social_worker_past_post
    FOR EACH ROW EXECUTE FUNCTION social_worker_past_post_copy()`);
  const workerCopied = `certificate_level, provenance, employment, program_id, service_fields, started_on, started_on_inferred`;
  const workerValues = (row: string) =>
    workerCopied
      .split(', ')
      .map((c) => `${row}.${c}`)
      .join(', ');
  await db.query(`
    CREATE FUNCTION social_worker_to_past_posts() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE social_worker_past_post SET worker_id = worker_id WHERE worker_id = NEW.id;
      RETURN NULL;
    END $$`);
  await db.query(`CREATE TRIGGER social_worker_to_past_posts AFTER UPDATE OF ${workerCopied} ON social_worker
    FOR EACH ROW WHEN ((${workerValues('OLD')}) IS DISTINCT FROM (${workerValues('NEW')}))
    EXECUTE FUNCTION social_worker_to_past_posts()`);
  await db.query(`
    CREATE FUNCTION institution_to_past_posts() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE social_worker_past_post SET institution_id = institution_id WHERE institution_id = NEW.id;
      RETURN NULL;
    END $$`);
  await db.query(`CREATE TRIGGER institution_to_past_posts AFTER UPDATE OF kind, grade, city, county ON institution
    FOR EACH ROW WHEN ((OLD.kind, OLD.grade, OLD.city, OLD.county) IS DISTINCT FROM (NEW.kind, NEW.grade, NEW.city, NEW.county))
    EXECUTE FUNCTION institution_to_past_posts()`);
}
