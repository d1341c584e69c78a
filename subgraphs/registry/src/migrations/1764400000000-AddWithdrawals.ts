import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Figures and targets are corrected or withdrawn, never deleted: a withdrawn one keeps its row, the
 * time and reason of its withdrawal and, for a corrected figure, the figure that replaces it. What
 * is read (lists, latest figures, histories, data quality) leaves withdrawn rows out.
 */
export class AddWithdrawals1764400000000 implements MigrationInterface {
  name = 'AddWithdrawals1764400000000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of ['figure', 'target']) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN withdrawn_at timestamptz, ADD COLUMN withdrawal_reason text,
        ADD CONSTRAINT ${table}_withdrawal_has_reason CHECK ((withdrawn_at IS NULL) = (withdrawal_reason IS NULL))`);
    }
    await db.query(`ALTER TABLE figure ADD COLUMN corrected_by text CONSTRAINT figure_corrected_by_fk REFERENCES figure (id),
      ADD CONSTRAINT figure_correction_withdraws CHECK (corrected_by IS NULL OR withdrawn_at IS NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE figure DROP COLUMN corrected_by`);
    for (const table of ['figure', 'target'])
      await db.query(
        `ALTER TABLE ${table} DROP COLUMN withdrawn_at, DROP COLUMN withdrawal_reason`,
      );
  }
}
