import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Time in the registry: every record says from when and until when it counts, so that a measure can
 * be taken as of any date. Dates that the API keeps as text of a year, month or day (`2019`,
 * `2019-06`) get a generated `date` column beside them (the first or last day they name), indexed
 * for the date-bounded counts; programmes can be parts of a scheme and place social workers.
 */
export class AddTime1764100000000 implements MigrationInterface {
  name = 'AddTime1764100000000';

  async up(db: QueryRunner): Promise<void> {
    // IMMUTABLE, so that generated columns and indexes may use them; both read only their argument.
    await db.query(`
      CREATE FUNCTION partial_date_start(text) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN
        make_date(left($1, 4)::int, coalesce(nullif(substr($1, 6, 2), '')::int, 1), coalesce(nullif(substr($1, 9, 2), '')::int, 1))`);
    await db.query(`
      CREATE FUNCTION partial_date_end(text) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN
        (partial_date_start($1) + CASE length($1) WHEN 4 THEN interval '1 year' WHEN 7 THEN interval '1 month' ELSE interval '1 day' END
          - interval '1 day')::date`);

    await db.query(`ALTER TABLE institution ADD COLUMN closed_on date`);
    // A record closed before this migration closed when its closing was audited, or else when it last changed.
    await db.query(`
      UPDATE institution i SET closed_on = coalesce(
        (SELECT max(a.at)::date FROM audit a WHERE a.entity = 'institution' AND a.entity_id = i.id::text AND a.after->>'status' = 'CLOSED'),
        i.updated_at::date)
      WHERE status = 'CLOSED'`);
    await db.query(
      `ALTER TABLE institution ADD CONSTRAINT institution_closed_on_status CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))`,
    );
    await db.query(
      `ALTER TABLE institution ADD COLUMN founded_from date GENERATED ALWAYS AS (partial_date_start(founded_on)) STORED`,
    );
    await db.query(
      `ALTER TABLE institution ADD COLUMN social_work_from date GENERATED ALWAYS AS (partial_date_start(social_work_since)) STORED`,
    );
    await db.query(
      `CREATE INDEX institution_dates_idx ON institution (social_work_from, founded_from, closed_on)`,
    );

    await db.query(`
      ALTER TABLE program
        ADD COLUMN role text NOT NULL DEFAULT 'PROJECT' CHECK (role IN ('PROJECT', 'SCHEME', 'SUPPORT')),
        ADD COLUMN parent_id bigint CONSTRAINT program_parent_fk REFERENCES program (id),
        ADD COLUMN runs_from date GENERATED ALWAYS AS (coalesce(partial_date_start(period_start), make_date(year, 1, 1))) STORED,
        ADD COLUMN runs_until date GENERATED ALWAYS AS (
          coalesce(partial_date_end(period_end), CASE WHEN period_start IS NULL THEN make_date(year, 12, 31) END)) STORED`);
    await db.query(`CREATE INDEX program_parent_idx ON program (parent_id, id)`);
    await db.query(`CREATE INDEX program_dates_idx ON program (runs_from, runs_until)`);

    await db.query(
      `ALTER TABLE social_worker ADD COLUMN program_id bigint CONSTRAINT social_worker_program_fk REFERENCES program (id)`,
    );
    await db.query(`CREATE INDEX social_worker_program_idx ON social_worker (program_id, id)`);
    await db.query(`CREATE INDEX social_worker_dates_idx ON social_worker (started_on, ended_on)`);
    await db.query(
      `ALTER TABLE social_worker ADD CONSTRAINT social_worker_dates_in_order CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)`,
    );

    // What a target measures when its policy counts less than the whole indicator.
    await db.query(`
      ALTER TABLE target
        ADD COLUMN qualifier text NOT NULL DEFAULT 'EXACT' CHECK (qualifier IN ('EXACT', 'BASICALLY')),
        ADD COLUMN scope_program_id bigint CONSTRAINT target_scope_program_fk REFERENCES program (id),
        ADD COLUMN scope_kinds text[]`);

    // Dates the documents do not print, inferred by whoever entered the figure (the note says how).
    await db.query(
      `ALTER TABLE figure ADD COLUMN as_of_inferred boolean NOT NULL DEFAULT false, ADD COLUMN baseline_year_inferred boolean NOT NULL DEFAULT false`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE figure DROP COLUMN as_of_inferred, DROP COLUMN baseline_year_inferred`,
    );
    await db.query(
      `ALTER TABLE target DROP COLUMN qualifier, DROP COLUMN scope_program_id, DROP COLUMN scope_kinds`,
    );
    await db.query(
      `ALTER TABLE social_worker DROP CONSTRAINT social_worker_dates_in_order, DROP COLUMN program_id`,
    );
    await db.query(`DROP INDEX social_worker_dates_idx`);
    await db.query(
      `ALTER TABLE program DROP COLUMN runs_until, DROP COLUMN runs_from, DROP COLUMN parent_id, DROP COLUMN role`,
    );
    await db.query(
      `ALTER TABLE institution DROP COLUMN social_work_from, DROP COLUMN founded_from, DROP CONSTRAINT institution_closed_on_status, DROP COLUMN closed_on`,
    );
    await db.query(`DROP FUNCTION partial_date_end(text)`);
    await db.query(`DROP FUNCTION partial_date_start(text)`);
  }
}
