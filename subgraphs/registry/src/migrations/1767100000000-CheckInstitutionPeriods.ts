import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An institution has past periods exactly when its current period has a start of its own
 * (`current_since`): the view of post pieces (AddPostPeriods) cuts a post only at an institution
 * with past periods, and the triggers of its rollup count the pieces as the view gives them only
 * while this holds. Every write keeps it (writes/institution-history.ts); these triggers refuse any
 * other SQL that breaks it, a `current_since` set or cleared by hand or periods deleted or
 * truncated, naming the institution. Checked at commit, so a transaction may write one side before
 * the other; a truncation, which no row trigger sees, at once.
 */
export class CheckInstitutionPeriods1767100000000 implements MigrationInterface {
  name = 'CheckInstitutionPeriods1767100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE FUNCTION assert_institution_periods(checked bigint) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT FROM institution i WHERE i.id = checked AND (i.current_since IS NOT NULL)
            <> EXISTS (SELECT FROM institution_past_spell s WHERE s.institution_id = i.id)) THEN
          RAISE EXCEPTION '${disagree('%')}', checked, checked
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
      END $$`);
    await db.query(`CREATE FUNCTION institution_periods_agree() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'institution' THEN
          PERFORM assert_institution_periods(NEW.id);
        ELSE
          IF TG_OP <> 'INSERT' THEN PERFORM assert_institution_periods(OLD.institution_id); END IF;
          IF TG_OP <> 'DELETE' THEN PERFORM assert_institution_periods(NEW.institution_id); END IF;
        END IF;
        RETURN NULL;
      END $$`);
    // Only where the start is given or changed: a new institution has no periods yet, and a write
    // that leaves the start as it was cannot break the rule (no check queued for a bulk update).
    await db.query(`CREATE CONSTRAINT TRIGGER institution_periods_agree
      AFTER INSERT ON institution DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW WHEN (NEW.current_since IS NOT NULL) EXECUTE FUNCTION institution_periods_agree()`);
    await db.query(`CREATE CONSTRAINT TRIGGER institution_start_periods_agree
      AFTER UPDATE OF current_since ON institution DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW WHEN (OLD.current_since IS DISTINCT FROM NEW.current_since)
      EXECUTE FUNCTION institution_periods_agree()`);
    await db.query(`CREATE CONSTRAINT TRIGGER institution_past_spell_periods_agree
      AFTER INSERT OR UPDATE OF institution_id OR DELETE ON institution_past_spell
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION institution_periods_agree()`);
    await db.query(`CREATE FUNCTION institution_past_spell_truncated() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        changed bigint := (SELECT id FROM institution WHERE current_since IS NOT NULL LIMIT 1);
      BEGIN
        IF changed IS NOT NULL THEN
          RAISE EXCEPTION '${disagree('%')}', changed, changed
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER institution_past_spell_truncated AFTER TRUNCATE ON institution_past_spell
      FOR EACH STATEMENT EXECUTE FUNCTION institution_past_spell_truncated()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER institution_past_spell_truncated ON institution_past_spell`);
    await db.query(`DROP FUNCTION institution_past_spell_truncated()`);
    await db.query(`DROP TRIGGER institution_past_spell_periods_agree ON institution_past_spell`);
    await db.query(`DROP TRIGGER institution_start_periods_agree ON institution`);
    await db.query(`DROP TRIGGER institution_periods_agree ON institution`);
    await db.query(`DROP FUNCTION institution_periods_agree()`);
    await db.query(`DROP FUNCTION assert_institution_periods(bigint)`);
  }
}

/** The refusal, with the institution's id twice (`%`): Chinese first, then English; in SQL quotes, so no apostrophe. */
const disagree = (id: string) =>
  `机构 ${id} 的过往时期与其当前时期的开始日期（current_since）不一致：有过往时期的机构须有该日期，没有的须为空；请通过 updateInstitution、reopenInstitution 或 withdrawInstitutionChange 修改机构的时期。` +
  `Institution ${id} has past periods exactly when its current_since is set, and here it does not: change the periods of an institution through updateInstitution, reopenInstitution or withdrawInstitutionChange.`;
