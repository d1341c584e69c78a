import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether an indicator is counted on a day (a stock, 时点指标: institutions, workers) or added up
 * over a period (a flow, 时期指标: yuan spent, cases served), filled from the catalog file when the
 * directory syncs. Until then every indicator reads as a stock, as every measure did before.
 */
export class AddStockOrFlow1764700000000 implements MigrationInterface {
  name = 'AddStockOrFlow1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE indicator
      ADD COLUMN stock_or_flow text NOT NULL DEFAULT 'STOCK' CHECK (stock_or_flow IN ('STOCK','FLOW'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE indicator DROP COLUMN stock_or_flow`);
  }
}
