import type { MigrationInterface, QueryRunner } from 'typeorm';
import { institutionRollup } from '../measures/rollup-definitions.js';
import { rebuildRollup } from './1764700000000-InferUnknownStarts.js';

/** Whether a row's setup is social work (the measures' `doesSocialWork`), of `row` or unqualified. */
const doesSocialWork = (row?: string) =>
  `${row ? `${row}.` : ''}social_work_setup IN ('DEPARTMENT', 'POSTS')`;

/**
 * Nothing counts before it is known to exist (InferUnknownStarts), social work included. A setup
 * given without `social_work_since` left `social_work_from` null, which the measures read as "at
 * every date": a hospital founded in 1977 whose department was recorded today counted from 1977,
 * the later of its founding and a null. `social_work_from` now falls back, where the institution
 * does social work, on the earliest day the registry knows of its setup: `known_from` where the
 * institution had it when recorded (the document's date, or the day it was recorded), or
 * `social_work_recorded_on`, the day an update gave a setup to an institution that had none, which a
 * trigger keeps for every writer; its closing comes first, as it does for the founding.
 *
 * The setups already taken up by an update are dated from the audit, at the last update that gave
 * one; the rollup of institutions, whose dates this changes, is made again. Down forgets the days.
 */
export class InferSocialWorkStarts1766600000000 implements MigrationInterface {
  name = 'InferSocialWorkStarts1766600000000';

  async up(db: QueryRunner): Promise<void> {
    // No write may land between rebuilding the rollup and the end of this transaction. The lock is
    // the one its ALTER TABLE takes, taken first: a lesser lock raised by it would deadlock with a
    // transaction that read the table and then writes it.
    await db.query(`LOCK TABLE institution IN ACCESS EXCLUSIVE MODE`);
    await db.query(`ALTER TABLE institution ADD COLUMN social_work_recorded_on date`);
    await db.query(`
      UPDATE institution i SET social_work_recorded_on = taken_up.day
      FROM (SELECT DISTINCT ON (a.entity_id) a.entity_id, (a.at AT TIME ZONE 'Asia/Shanghai')::date AS day
        FROM audit a
        WHERE a.entity = 'institution' AND a.before IS NOT NULL
          AND a.after->>'socialWorkSetup' IN ('DEPARTMENT', 'POSTS')
          AND (a.before->>'socialWorkSetup' IN ('DEPARTMENT', 'POSTS')) IS NOT TRUE
        ORDER BY a.entity_id, a.at DESC, a.id DESC) taken_up
      WHERE taken_up.entity_id = i.id::text AND ${doesSocialWork('i')}`);
    await db.query(`
      CREATE FUNCTION institution_social_work_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (${doesSocialWork('NEW')}) IS NOT TRUE THEN
          NEW.social_work_recorded_on := NULL;
        ELSIF TG_OP = 'UPDATE' AND (${doesSocialWork('OLD')}) IS NOT TRUE THEN
          NEW.social_work_recorded_on := current_date;
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER institution_social_work_recorded
      BEFORE INSERT OR UPDATE OF social_work_setup ON institution
      FOR EACH ROW EXECUTE FUNCTION institution_social_work_recorded()`);

    // Dropping the generated column drops the index on it, which is made again.
    await db.query(`ALTER TABLE institution DROP COLUMN social_work_from`);
    await db.query(`ALTER TABLE institution ADD COLUMN social_work_from date GENERATED ALWAYS AS (coalesce(
      partial_date_start(social_work_since),
      CASE WHEN ${doesSocialWork()}
        THEN least(coalesce(social_work_recorded_on, known_from), closed_on) END)) STORED`);
    await db.query(
      `CREATE INDEX institution_dates_idx ON institution (social_work_from, founded_from, closed_on)`,
    );
    // The institutions counted for social work from an inferred day, which the rollup does not tell apart.
    await db.query(`CREATE INDEX institution_social_work_undated_idx ON institution (social_work_from)
      WHERE social_work_since IS NULL AND ${doesSocialWork()}`);
    await rebuildRollup(db, institutionRollup);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE institution IN ACCESS EXCLUSIVE MODE`);
    await db.query(`ALTER TABLE institution DROP COLUMN social_work_from`);
    await db.query(
      `ALTER TABLE institution ADD COLUMN social_work_from date GENERATED ALWAYS AS (partial_date_start(social_work_since)) STORED`,
    );
    await db.query(
      `CREATE INDEX institution_dates_idx ON institution (social_work_from, founded_from, closed_on)`,
    );
    await rebuildRollup(db, institutionRollup);
    await db.query(`DROP TRIGGER institution_social_work_recorded ON institution`);
    await db.query(`DROP FUNCTION institution_social_work_recorded()`);
    await db.query(`ALTER TABLE institution DROP COLUMN social_work_recorded_on`);
  }
}
