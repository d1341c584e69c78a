import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who took the region's personal data out of it (`npm run export -- --include-personal-data`,
 * `npm run backup`), when, into which file, and once written how many records: these read the
 * database directly, so no API audit sees them. Recorded before the file is written, so that an
 * export that fails or is killed half-way is still on record, unfinished. Kept apart from `audit`,
 * which is the change feed's and holds changes only.
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
        file text NOT NULL,
        records integer CONSTRAINT personal_data_export_records_not_negative CHECK (records >= 0),
        finished_at timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE personal_data_export`);
  }
}
