import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the measures of a million social workers would otherwise work out on every row, kept on the
 * row: the years it counts from and until (a YEAR series groups by them), and a copy of its
 * institution's kind, grade, city and county (no join of every worker to its institution).
 * The years are generated columns.
 * Triggers keep the copy: whoever writes a worker (a mutation, the import, a seed) gets it filled from
 * the institution, and a change of an institution's kind, grade or place is copied to its workers in
 * the same transaction. Nothing else writes these columns.
 */
export class AddWorkerMeasureColumns1764300000000 implements MigrationInterface {
  name = 'AddWorkerMeasureColumns1764300000000';

  async up(db: QueryRunner): Promise<void> {
    // `left_year` is the year of the first day the worker no longer works: counted at the end of
    // year y when left_year > y (or it is null).
    await db.query(`ALTER TABLE social_worker
      ADD COLUMN started_year int GENERATED ALWAYS AS (date_part('year', started_on)::int) STORED,
      ADD COLUMN left_year int GENERATED ALWAYS AS (date_part('year', ended_on + 1)::int) STORED`);
    await db.query(`ALTER TABLE social_worker
      ADD COLUMN institution_kind text, ADD COLUMN institution_grade text, ADD COLUMN institution_city text, ADD COLUMN institution_county text`);
    await db.query(`
      UPDATE social_worker w SET institution_kind = i.kind, institution_grade = i.grade, institution_city = i.city, institution_county = i.county
      FROM institution i WHERE i.id = w.institution_id`);
    await db.query(`
      CREATE FUNCTION social_worker_copy_institution() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT i.kind, i.grade, i.city, i.county INTO NEW.institution_kind, NEW.institution_grade, NEW.institution_city, NEW.institution_county
        FROM institution i WHERE i.id = NEW.institution_id;
        IF NOT FOUND THEN
          NEW.institution_kind := NULL; NEW.institution_grade := NULL; NEW.institution_city := NULL; NEW.institution_county := NULL;
        END IF;
        RETURN NEW;
      END $$`);
    // On any insert, and on an update that moves the worker or touches the copy (which only this
    // trigger may write).
    await db.query(`
      CREATE TRIGGER social_worker_copy_institution BEFORE INSERT OR UPDATE OF institution_id, institution_kind, institution_grade, institution_city, institution_county
      ON social_worker FOR EACH ROW EXECUTE FUNCTION social_worker_copy_institution()`);
    await db.query(`
      CREATE FUNCTION institution_copy_to_workers() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE social_worker SET institution_kind = NEW.kind, institution_grade = NEW.grade, institution_city = NEW.city, institution_county = NEW.county
        WHERE institution_id = NEW.id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER institution_copy_to_workers AFTER UPDATE OF kind, grade, city, county ON institution FOR EACH ROW
      WHEN ((OLD.kind, OLD.grade, OLD.city, OLD.county) IS DISTINCT FROM (NEW.kind, NEW.grade, NEW.city, NEW.county))
      EXECUTE FUNCTION institution_copy_to_workers()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER institution_copy_to_workers ON institution`);
    await db.query(`DROP FUNCTION institution_copy_to_workers()`);
    await db.query(`DROP TRIGGER social_worker_copy_institution ON social_worker`);
    await db.query(`DROP FUNCTION social_worker_copy_institution()`);
    await db.query(`ALTER TABLE social_worker DROP COLUMN institution_kind, DROP COLUMN institution_grade, DROP COLUMN institution_city, DROP COLUMN institution_county,
      DROP COLUMN started_year, DROP COLUMN left_year`);
  }
}
