import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a source's page is a reprint of its document rather than its publisher's own page
 * (`read_on_reprint`): the resident populations every rate divides by were read on reprints of the
 * statistical communiqués (m.bsbk.net, hbzqbyyxgs.com), which a reader of a rate must be told. Null
 * where no one has judged the page.
 */
export class AddSourceReadOnReprint1766700000000 implements MigrationInterface {
  name = 'AddSourceReadOnReprint1766700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE source ADD COLUMN read_on_reprint boolean`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE source DROP COLUMN read_on_reprint`);
  }
}
