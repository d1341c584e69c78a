import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a source's publisher is printed or was inferred: the pages of the seeds print no
 * newspaper's name, and 公益时报 is inferred from the collection they come from, which a reader must be
 * told wherever the publisher is shown, as an inferred date already is (`published_on_inferred`).
 */
export class AddInferredPublishers1765500000000 implements MigrationInterface {
  name = 'AddInferredPublishers1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE source ADD COLUMN publisher_inferred boolean NOT NULL DEFAULT false`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE source DROP COLUMN publisher_inferred`);
  }
}
