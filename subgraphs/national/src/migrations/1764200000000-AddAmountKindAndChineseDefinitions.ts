import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicators that are neither a number of things nor a share (a subsidy per person, a floor area, a
 * duration) get a kind of their own, AMOUNT, so that nobody adds them up; and every indicator's
 * definition in Chinese beside the English, filled from the catalog file when the directory syncs.
 */
export class AddAmountKindAndChineseDefinitions1764200000000 implements MigrationInterface {
  name = 'AddAmountKindAndChineseDefinitions1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE indicator
      DROP CONSTRAINT indicator_kind_check,
      DROP CONSTRAINT indicator_ratio_has_terms,
      ADD CONSTRAINT indicator_kind_check CHECK (kind IN ('COUNT','RATIO','AMOUNT')),
      ADD CONSTRAINT indicator_ratio_has_terms CHECK (kind <> 'RATIO' OR (numerator IS NOT NULL AND denominator IS NOT NULL)),
      ADD COLUMN description_zh text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE indicator SET kind = 'COUNT' WHERE kind = 'AMOUNT'`);
    await db.query(`ALTER TABLE indicator
      DROP COLUMN description_zh,
      DROP CONSTRAINT indicator_kind_check,
      DROP CONSTRAINT indicator_ratio_has_terms,
      ADD CONSTRAINT indicator_kind_check CHECK (kind IN ('COUNT','RATIO')),
      ADD CONSTRAINT indicator_ratio_has_terms CHECK (kind = 'COUNT' OR (numerator IS NOT NULL AND denominator IS NOT NULL))`);
  }
}
