import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The one institution whose own numbers a figure gives (a hospital's three service models, a
 * district's subsidy), as `scope_program_id` names the programme one counts: such a figure is of a
 * part of the region, never its latest published total nor a point of its history.
 */
export class AddFigureInstitutionScopes1765600000000 implements MigrationInterface {
  name = 'AddFigureInstitutionScopes1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE figure ADD COLUMN scope_institution_id bigint REFERENCES institution (id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE figure DROP COLUMN scope_institution_id`);
  }
}
