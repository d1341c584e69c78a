import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A source's title, publisher and outlet in English, beside the Chinese as printed: English pages
 * and reports name a newspaper and its article in English, the original in brackets. Null for a
 * source a team recorded without them.
 */
export class AddSourceEnglishNames1765100000000 implements MigrationInterface {
  name = 'AddSourceEnglishNames1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE source ADD COLUMN title_en text, ADD COLUMN publisher_en text, ADD COLUMN reprinted_from_en text`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE source DROP COLUMN title_en, DROP COLUMN publisher_en, DROP COLUMN reprinted_from_en`,
    );
  }
}
