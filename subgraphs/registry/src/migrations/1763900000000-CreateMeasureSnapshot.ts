import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Measures taken over time, so that progress toward a target has a history to project from. */
export class CreateMeasureSnapshot1763900000000 implements MigrationInterface {
  name = 'CreateMeasureSnapshot1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE measure_snapshot (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        indicator text NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT now(),
        value numeric,
        numerator numeric,
        denominator numeric
      )`);
    await db.query(
      `CREATE INDEX measure_snapshot_indicator_idx ON measure_snapshot (indicator, taken_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE measure_snapshot`);
  }
}
