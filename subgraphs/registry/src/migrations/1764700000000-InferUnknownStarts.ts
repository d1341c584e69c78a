import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  fromSurrogate,
  institutionRollup,
  untilSurrogate,
  type RollupOf,
} from '../measures/rollup-definitions.js';

/**
 * Nothing counts before the registry knows it existed. A record whose start is not known used to
 * count at every date (an institution "founded" in 1800); it now counts from `known_from`, the
 * earliest day the registry knows of it: the date of the document that names it (the end of its
 * month or year where the date is partial), else the day it was recorded.
 *
 * Institutions and programmes keep the dates people gave (null stays null, so the API says "not
 * known"); the dates measures read (`founded_from`, `runs_from`) are generated columns, redefined to
 * fall back on `known_from` or on a later date that proves the record existed (social work since, a
 * closing, a programme's end). A social worker's `started_on` is the date measures read itself, so an
 * unknown start is written there with `started_on_inferred` set, and the API shows it as not known.
 * Triggers keep all of it for every writer (mutations, import, seeds, hand-made SQL).
 */
export class InferUnknownStarts1764700000000 implements MigrationInterface {
  name = 'InferUnknownStarts1764700000000';

  async up(db: QueryRunner): Promise<void> {
    // No write may land between rebuilding the institution rollup and the end of this transaction.
    await db.query(`LOCK TABLE institution, social_worker, program IN SHARE ROW EXCLUSIVE MODE`);

    await db.query(`
      CREATE FUNCTION record_known_from_source() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.known_from := least(NEW.known_from,
          (SELECT partial_date_end(s.published_on) FROM source s WHERE s.id = NEW.source_id));
        RETURN NEW;
      END $$`);
    for (const table of ['institution', 'program']) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN known_from date`);
      await db.query(`UPDATE ${table} r SET known_from = least(r.created_at::date,
        (SELECT partial_date_end(s.published_on) FROM source s WHERE s.id = r.source_id))`);
      await db.query(
        `ALTER TABLE ${table} ALTER COLUMN known_from SET DEFAULT current_date, ALTER COLUMN known_from SET NOT NULL`,
      );
      await db.query(`CREATE TRIGGER ${table}_known_from_source BEFORE INSERT OR UPDATE OF source_id, known_from
        ON ${table} FOR EACH ROW EXECUTE FUNCTION record_known_from_source()`);
    }

    // Dropping the generated columns drops the indexes on them, which are made again.
    await db.query(`ALTER TABLE institution DROP COLUMN founded_from`);
    await db.query(`ALTER TABLE institution ADD COLUMN founded_from date GENERATED ALWAYS AS (coalesce(
      partial_date_start(founded_on), least(known_from, partial_date_start(social_work_since), closed_on))) STORED`);
    await db.query(
      `CREATE INDEX institution_dates_idx ON institution (social_work_from, founded_from, closed_on)`,
    );
    await db.query(`CREATE INDEX institution_founded_from_idx ON institution (founded_from)`);
    // The institutions counted from an inferred day, which the rollup does not tell apart.
    await db.query(
      `CREATE INDEX institution_undated_idx ON institution (founded_from) WHERE founded_on IS NULL`,
    );
    await rebuildRollup(db, institutionRollup);

    await db.query(`ALTER TABLE program DROP COLUMN runs_from`);
    await db.query(`ALTER TABLE program ADD COLUMN runs_from date GENERATED ALWAYS AS (coalesce(
      partial_date_start(period_start), make_date(year, 1, 1), least(known_from, partial_date_start(period_end)))) STORED`);
    await db.query(`CREATE INDEX program_dates_idx ON program (runs_from, runs_until)`);
    await db.query(
      `CREATE INDEX program_undated_idx ON program (runs_from) WHERE period_start IS NULL AND year IS NULL`,
    );

    await db.query(
      `ALTER TABLE social_worker ADD COLUMN started_on_inferred boolean NOT NULL DEFAULT false`,
    );
    await db.query(`
      CREATE FUNCTION social_worker_infer_start() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.started_on IS NULL THEN
          NEW.started_on := least(NEW.created_at::date, current_date, NEW.ended_on);
          NEW.started_on_inferred := true;
        ELSIF TG_OP = 'UPDATE' AND NEW.started_on IS DISTINCT FROM OLD.started_on THEN
          NEW.started_on_inferred := false;
        ELSIF NEW.started_on_inferred AND NEW.ended_on < NEW.started_on THEN
          -- A worker recorded after leaving: known to have worked on the last day at least.
          NEW.started_on := NEW.ended_on;
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER social_worker_infer_start BEFORE INSERT OR UPDATE OF started_on, ended_on
      ON social_worker FOR EACH ROW EXECUTE FUNCTION social_worker_infer_start()`);
    // Through the trigger, and through the rollup's, which keeps the rollup exact.
    await db.query(`UPDATE social_worker SET started_on = NULL WHERE started_on IS NULL`);
    await db.query(
      `CREATE INDEX social_worker_undated_idx ON social_worker (started_on) WHERE started_on_inferred`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER social_worker_infer_start ON social_worker`);
    await db.query(`DROP FUNCTION social_worker_infer_start()`);
    await db.query(`UPDATE social_worker SET started_on = NULL WHERE started_on_inferred`);
    await db.query(`ALTER TABLE social_worker DROP COLUMN started_on_inferred`);

    await db.query(`ALTER TABLE program DROP COLUMN runs_from`);
    await db.query(`ALTER TABLE program ADD COLUMN runs_from date GENERATED ALWAYS AS (
      coalesce(partial_date_start(period_start), make_date(year, 1, 1))) STORED`);
    await db.query(`CREATE INDEX program_dates_idx ON program (runs_from, runs_until)`);

    await db.query(`ALTER TABLE institution DROP COLUMN founded_from`);
    await db.query(
      `ALTER TABLE institution ADD COLUMN founded_from date GENERATED ALWAYS AS (partial_date_start(founded_on)) STORED`,
    );
    await db.query(
      `CREATE INDEX institution_dates_idx ON institution (social_work_from, founded_from, closed_on)`,
    );
    await db.query(`CREATE INDEX institution_founded_from_idx ON institution (founded_from)`);
    await rebuildRollup(db, institutionRollup);

    for (const table of ['institution', 'program']) {
      await db.query(`DROP TRIGGER ${table}_known_from_source ON ${table}`);
      await db.query(`ALTER TABLE ${table} DROP COLUMN known_from`);
    }
    await db.query(`DROP FUNCTION record_known_from_source()`);
  }
}

/** A rollup made again from its table, after a change of its dates that fired no trigger. */
export async function rebuildRollup(db: QueryRunner, of: RollupOf): Promise<void> {
  const key = [...of.columns, ...of.fromDates, ...of.untilDates].join(', ');
  const combination = [
    ...of.columns,
    ...of.fromDates.map((d) => `${fromSurrogate(d)} AS ${d}`),
    ...of.untilDates.map((d) => `${untilSurrogate(d)} AS ${d}`),
  ].join(', ');
  await db.query(`DELETE FROM ${of.rollup}`);
  await db.query(`INSERT INTO ${of.rollup} (${key}, records)
    SELECT ${key}, count(*) FROM (SELECT ${combination} FROM ${of.table}) r GROUP BY ${key}`);
}
