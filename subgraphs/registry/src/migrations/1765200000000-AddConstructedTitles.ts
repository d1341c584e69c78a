import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a source's or a policy's title is printed or was constructed from its text: a page that
 * starts mid-document (Beijing's opinion on medical social work, whose seed text begins in its list
 * of addressees) has no title, and the one recorded is made from its sentence 现就推进…提出如下意见.
 * A reader must not take it for the document's own.
 */
export class AddConstructedTitles1765200000000 implements MigrationInterface {
  name = 'AddConstructedTitles1765200000000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of ['source', 'policy'])
      await db.query(
        `ALTER TABLE ${table} ADD COLUMN title_constructed boolean NOT NULL DEFAULT false`,
      );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['source', 'policy'])
      await db.query(`ALTER TABLE ${table} DROP COLUMN title_constructed`);
  }
}
