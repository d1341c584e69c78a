import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A programme the published data withdraws (`withdrawn-programs.json`) is kept, as a withdrawn
 * figure or target is, with the time and reason of its withdrawal, and read nowhere: it was a
 * reading of its page that the page does not bear out, so it counts at no date, a past one
 * included. Kept rather than deleted: a withdrawn figure still points to it (the figure of the
 * second batch Beijing's files once scoped to it), and the change feed's `after` is the state a
 * record was left in, which a deleted record has none of.
 */
export class AddProgramWithdrawals1766200000000 implements MigrationInterface {
  name = 'AddProgramWithdrawals1766200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE program ADD COLUMN withdrawn_at timestamptz, ADD COLUMN withdrawal_reason text,
      ADD CONSTRAINT program_withdrawal_has_reason CHECK ((withdrawn_at IS NULL) = (withdrawal_reason IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE program DROP COLUMN withdrawn_at, DROP COLUMN withdrawal_reason`);
  }
}
