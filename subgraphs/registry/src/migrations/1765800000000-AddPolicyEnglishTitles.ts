import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A policy's title in English, where one is known (a programme's English name, or the registry's
 * translation): an English page said Guangxi's plan only as 广西推进医疗机构社会工作实施方案.
 */
export class AddPolicyEnglishTitles1765800000000 implements MigrationInterface {
  name = 'AddPolicyEnglishTitles1765800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE policy ADD COLUMN title_en text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE policy DROP COLUMN title_en`);
  }
}
