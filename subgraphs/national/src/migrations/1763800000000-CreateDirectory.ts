import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The national directory: regions and the indicator catalog. */
export class CreateDirectory1763800000000 implements MigrationInterface {
  name = 'CreateDirectory1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE region (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z]+$'),
        name_en text NOT NULL,
        name_zh text NOT NULL,
        level text NOT NULL CHECK (level IN ('MUNICIPALITY','PROVINCE','AUTONOMOUS_REGION','NEW_AREA'))
      )`);
    await db.query(`
      CREATE TABLE indicator (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
        name text NOT NULL,
        name_zh text NOT NULL,
        unit text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('COUNT','RATIO')),
        description text NOT NULL,
        numerator text,
        denominator text,
        computable boolean NOT NULL DEFAULT false,
        CONSTRAINT indicator_ratio_has_terms CHECK (kind = 'COUNT' OR (numerator IS NOT NULL AND denominator IS NOT NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE indicator');
    await db.query('DROP TABLE region');
  }
}
