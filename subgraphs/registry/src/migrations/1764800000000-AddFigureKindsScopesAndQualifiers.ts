import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Figures say what they state (a report, a plan, an announcement), which programme they count, and
 * their qualifier as the word the source prints, so that each stands for its interval: 余 and 超 are
 * no longer both "at least", nor 近 and 约 both "approximately". Existing rows keep their qualifier;
 * the seed data says the finer ones.
 */
export class AddFigureKindsScopesAndQualifiers1764800000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE figure DROP CONSTRAINT figure_qualifier_check`);
    await db.query(
      `ALTER TABLE figure
         ADD CONSTRAINT figure_qualifier_check
           CHECK (qualifier IN ('EXACT', 'AT_LEAST', 'ODD', 'MORE_THAN', 'NEARLY', 'ABOUT', 'APPROXIMATELY')),
         ADD COLUMN qualifier_word text,
         ADD COLUMN kind text NOT NULL DEFAULT 'REPORTED' CHECK (kind IN ('REPORTED', 'PLANNED', 'ANNOUNCED')),
         ADD COLUMN scope_program_id bigint REFERENCES program (id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `UPDATE figure SET qualifier = CASE WHEN qualifier IN ('ODD', 'MORE_THAN') THEN 'AT_LEAST'
         WHEN qualifier IN ('NEARLY', 'ABOUT') THEN 'APPROXIMATELY' ELSE qualifier END`,
    );
    await db.query(
      `ALTER TABLE figure DROP CONSTRAINT figure_qualifier_check,
         DROP COLUMN qualifier_word, DROP COLUMN kind, DROP COLUMN scope_program_id`,
    );
    await db.query(
      `ALTER TABLE figure ADD CONSTRAINT figure_qualifier_check CHECK (qualifier IN ('EXACT', 'AT_LEAST', 'APPROXIMATELY'))`,
    );
  }
}
