import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who took the region's personal data out of it (`npm run export -- --include-personal-data`),
 * when, how many records and into which file: the export reads the database directly, so no API
 * audit sees it. Kept apart from `audit`, which is the change feed's and holds changes only.
 */
export class AddPersonalDataExports1765000000000 implements MigrationInterface {
  name = 'AddPersonalDataExports1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE personal_data_export (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        kind text NOT NULL,
        records integer NOT NULL CONSTRAINT personal_data_export_records_not_negative CHECK (records >= 0),
        file text NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE personal_data_export`);
  }
}
