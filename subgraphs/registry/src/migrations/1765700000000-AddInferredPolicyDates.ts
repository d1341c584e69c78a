import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a policy's issue date is printed or was inferred: a page may say only that a plan was
 * issued "recently" (近日印发), and the date read from the page's own is told as such wherever it is
 * shown, as a source's inferred date already is (`published_on_inferred`). A target is not judged
 * before its policy's date (NOT_SET).
 */
export class AddInferredPolicyDates1765700000000 implements MigrationInterface {
  name = 'AddInferredPolicyDates1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE policy ADD COLUMN issued_on_inferred boolean NOT NULL DEFAULT false`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE policy DROP COLUMN issued_on_inferred`);
  }
}
