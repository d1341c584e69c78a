import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a figure's period start is printed or was inferred: Beijing's 4,000-odd casework
 * person-times say 截至目前 (up to now) with no start, which is taken as the year the projects they
 * most likely count were selected. A reader of the period must be told, as of an inferred date
 * (`as_of_inferred`), and a comparison over it says so.
 */
export class AddInferredPeriodStarts1765400000000 implements MigrationInterface {
  name = 'AddInferredPeriodStarts1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE figure ADD COLUMN period_start_inferred boolean NOT NULL DEFAULT false`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE figure DROP COLUMN period_start_inferred`);
  }
}
