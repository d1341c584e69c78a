import type { MigrationInterface, QueryRunner } from 'typeorm';
import { institutionRollup, institutionSpellRollup } from '../measures/rollup-definitions.js';
import { createRollup, dropRollup } from './rollup-tables.js';

/**
 * An institution's history, so that an upgrade, a move, a new or closed department, or a reopening
 * no longer restates the past. The row keeps its current attributes, held since `current_since`
 * (null: since its founding, never changed), and `institution_past_spell` keeps each spell it left:
 * its kind, grade, place and social work from its first day (null: its founding) to its last,
 * followed by the next spell the day after, or, where it ended by a closing (`ended_by_closing`),
 * by a gap until the institution reopened. A
 * past spell copies what does not change with it (the founding, the provenance) from its
 * institution, kept by triggers as a past post's copies are. The view `institution_spell` gives every
 * spell as one row with the institution's columns, bounded by the spell; the measures read it,
 * through `institution_spell_rollup`, which replaces the rollup of institutions.
 *
 * Down keeps each institution's current attributes and forgets the spells before, as the registry
 * did before, and says how many it forgets: no backup is taken before a down.
 */
export class AddInstitutionHistory1766800000000 implements MigrationInterface {
  name = 'AddInstitutionHistory1766800000000';

  async up(db: QueryRunner): Promise<void> {
    // As AddMeasureRollups: no write lands between building the rollup and its triggers taking over.
    // The lock its ALTER TABLE takes, taken first (see InferSocialWorkStarts).
    await db.query(`LOCK TABLE institution IN ACCESS EXCLUSIVE MODE`);
    await db.query(`ALTER TABLE institution ADD COLUMN current_since date`);
    await db.query(`
      CREATE TABLE institution_past_spell (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        institution_id bigint NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
        spell_from date,
        spell_until date NOT NULL,
        ended_by_closing boolean NOT NULL,
        kind text NOT NULL, grade text, city text, county text, social_work_setup text,
        social_work_since text, social_work_from date, service_fields text[] NOT NULL,
        founded_on text, founded_from date, provenance text,
        CONSTRAINT institution_past_spell_dates CHECK (spell_from <= spell_until)
      )`);
    await db.query(
      `CREATE INDEX institution_past_spell_institution_idx ON institution_past_spell (institution_id, spell_until)`,
    );
    await createCopies(db);
    await db.query(`CREATE TRIGGER institution_past_spell_advances_write_generation
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON institution_past_spell
      FOR EACH STATEMENT EXECUTE FUNCTION advance_write_generation()`);
    await db.query(`CREATE VIEW institution_spell AS
      SELECT ${currentSpell} FROM institution i UNION ALL SELECT ${pastSpell} FROM institution_past_spell p`);
    await dropRollup(db, institutionRollup.rollup, [
      { table: 'institution', prefix: institutionRollup.rollup },
    ]);
    await createRollup(db, institutionSpellRollup, [
      {
        table: 'institution',
        prefix: institutionSpellRollup.rollup,
        select: currentSpell,
        alias: 'i',
      },
      {
        table: 'institution_past_spell',
        prefix: 'institution_past_spell_rollup',
        select: pastSpell,
        alias: 'p',
      },
    ]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE institution IN ACCESS EXCLUSIVE MODE`);
    const [{ spells, institutions }] = await db.query(
      `SELECT count(*)::int AS spells, count(DISTINCT institution_id)::int AS institutions FROM institution_past_spell`,
    );
    if (spells > 0)
      console.warn(
        `撤销迁移 AddInstitutionHistory：删除 ${spells} 段过往时期（${institutions} 家机构在有日期的变更或重新开放之前的类型、等级、所在地和社会工作设置），各机构仅保留当前状态，此前各日的测算值将按当前状态计算，停业期间也将计入。` +
          `Undoing AddInstitutionHistory drops ${spells} past ${spells === 1 ? 'spell' : 'spells'} (the kind, grade, place and social work of ${institutions} ${institutions === 1 ? 'institution' : 'institutions'} before a dated change or a reopening): each institution keeps its current attributes only, the counts of earlier days are taken from them, and closed spells count again.`,
      );
    await dropRollup(db, institutionSpellRollup.rollup, [
      { table: 'institution', prefix: institutionSpellRollup.rollup },
      { table: 'institution_past_spell', prefix: 'institution_past_spell_rollup' },
    ]);
    await db.query(`DROP VIEW institution_spell`);
    await db.query(`DROP TABLE institution_past_spell`);
    await db.query(`DROP TRIGGER institution_to_past_spells ON institution`);
    await db.query(`DROP FUNCTION institution_to_past_spells(), institution_past_spell_copy()`);
    await db.query(`ALTER TABLE institution DROP COLUMN current_since`);
    await createRollup(db, institutionRollup, [
      { table: 'institution', prefix: institutionRollup.rollup, select: 'i.*', alias: 'i' },
    ]);
  }
}

/** An institution's current spell, as a row of `institution_spell`. */
const currentSpell = `i.id, i.kind, i.grade, i.city, i.county, i.social_work_setup, i.social_work_since,
  i.social_work_from, i.service_fields, i.founded_on, greatest(i.founded_from, i.current_since) AS founded_from,
  i.closed_on, i.provenance, i.current_since IS NULL AS first_spell, i.current_since IS NULL AS sole_spell`;

/** A spell the institution left, as a row of `institution_spell`: it counts until its last day. */
const pastSpell = `p.institution_id AS id, p.kind, p.grade, p.city, p.county, p.social_work_setup,
  p.social_work_since, p.social_work_from, p.service_fields, p.founded_on,
  greatest(p.founded_from, p.spell_from) AS founded_from, p.spell_until AS closed_on, p.provenance,
  p.spell_from IS NULL AS first_spell, false AS sole_spell`;

/**
 * A past spell's copies of its institution's founding and provenance are read whenever the row is
 * written, the founding never after the spell's last day (as it is never after a closing); a change
 * of either is written to the spells, which fires that trigger again.
 */
async function createCopies(db: QueryRunner): Promise<void> {
  await db.query(`
    CREATE FUNCTION institution_past_spell_copy() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      SELECT i.founded_on, least(i.founded_from, NEW.spell_until), i.provenance
        INTO NEW.founded_on, NEW.founded_from, NEW.provenance
        FROM institution i WHERE i.id = NEW.institution_id;
      RETURN NEW;
    END $$`);
  await db.query(`CREATE TRIGGER institution_past_spell_copy BEFORE INSERT OR UPDATE ON institution_past_spell
    FOR EACH ROW EXECUTE FUNCTION institution_past_spell_copy()`);
  await db.query(`
    CREATE FUNCTION institution_to_past_spells() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE institution_past_spell SET institution_id = institution_id WHERE institution_id = NEW.id;
      RETURN NULL;
    END $$`);
  // founded_from is generated, so the trigger compares rows rather than naming updated columns.
  await db.query(`CREATE TRIGGER institution_to_past_spells AFTER UPDATE ON institution
    FOR EACH ROW WHEN ((OLD.founded_on, OLD.founded_from, OLD.provenance) IS DISTINCT FROM (NEW.founded_on, NEW.founded_from, NEW.provenance))
    EXECUTE FUNCTION institution_to_past_spells()`);
}
