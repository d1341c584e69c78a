import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a source's date is printed or was inferred: a page that prints none (Beijing's page of 101
 * institutions, dated by the other articles on it) is dated by inference, which a reader must be
 * told wherever the date is shown, as a figure's inferred date already is (`as_of_inferred`).
 */
export class AddInferredPublicationDates1765300000000 implements MigrationInterface {
  name = 'AddInferredPublicationDates1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE source ADD COLUMN published_on_inferred boolean NOT NULL DEFAULT false`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE source DROP COLUMN published_on_inferred`);
  }
}
