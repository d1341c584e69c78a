import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rates per 10,000 residents get a kind of their own, RATE: a count over a published population,
 * which, like a ratio, never adds up across regions and names what is above and below its line.
 */
export class AddRateKind1764750000000 implements MigrationInterface {
  name = 'AddRateKind1764750000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE indicator
      DROP CONSTRAINT indicator_kind_check,
      DROP CONSTRAINT indicator_ratio_has_terms,
      ADD CONSTRAINT indicator_kind_check CHECK (kind IN ('COUNT','RATIO','AMOUNT','RATE')),
      ADD CONSTRAINT indicator_ratio_has_terms CHECK (kind NOT IN ('RATIO','RATE') OR (numerator IS NOT NULL AND denominator IS NOT NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The catalog file brings rates back on the next sync of a directory that has the kind again.
    await db.query(`DELETE FROM indicator WHERE kind = 'RATE'`);
    await db.query(`ALTER TABLE indicator
      DROP CONSTRAINT indicator_kind_check,
      DROP CONSTRAINT indicator_ratio_has_terms,
      ADD CONSTRAINT indicator_kind_check CHECK (kind IN ('COUNT','RATIO','AMOUNT')),
      ADD CONSTRAINT indicator_ratio_has_terms CHECK (kind <> 'RATIO' OR (numerator IS NOT NULL AND denominator IS NOT NULL))`);
  }
}
