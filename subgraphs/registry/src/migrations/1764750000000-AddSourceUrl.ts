import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A source may be a page read on the web (a statistical communiqué, or a reprint of one) rather
 * than a document of the collection of seeds: it keeps the address it was read at, and needs one
 * of the two.
 */
export class AddSourceUrl1764750000000 implements MigrationInterface {
  name = 'AddSourceUrl1764750000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE source ADD COLUMN url text, ALTER COLUMN document DROP NOT NULL,
      ADD CONSTRAINT source_has_document_or_url CHECK (document IS NOT NULL OR url IS NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    // A source known only by its address keeps it as its document, the only place left for it.
    await db.query(`UPDATE source SET document = url WHERE document IS NULL`);
    await db.query(`ALTER TABLE source DROP CONSTRAINT source_has_document_or_url, DROP COLUMN url,
      ALTER COLUMN document SET NOT NULL`);
  }
}
