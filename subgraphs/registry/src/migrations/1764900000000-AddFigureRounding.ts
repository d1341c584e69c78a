import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A figure printed rounded with no qualifier word (8.82万, 930万元) is a value to its last printed
 * digit, not an exact count: `rounded_to` keeps that digit's place (100, 10,000), read from the
 * page, since the stored value cannot tell 725.0万 (to the thousand) from 725万.
 */
export class AddFigureRounding1764900000000 implements MigrationInterface {
  name = 'AddFigureRounding1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE figure ADD COLUMN rounded_to numeric CONSTRAINT figure_rounded_to_positive CHECK (rounded_to > 0)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE figure DROP COLUMN rounded_to`);
  }
}
