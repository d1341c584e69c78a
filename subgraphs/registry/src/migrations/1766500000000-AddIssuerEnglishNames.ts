import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The English names of a policy's issuers (`issuers_en`), one for each of `issuers` in its order:
 * the registry's translation, the original kept, for English pages and reports, which printed
 * Guangxi's plan without the three bodies its page names as issuing it (广西壮族自治区卫生健康委、
 * 自治区党委社会工作部、自治区中医药管理局联合印发). Null where none was given.
 */
export class AddIssuerEnglishNames1766500000000 implements MigrationInterface {
  name = 'AddIssuerEnglishNames1766500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE policy ADD COLUMN issuers_en text[],
         ADD CONSTRAINT policy_issuers_en_one_each
           CHECK (issuers_en IS NULL OR cardinality(issuers_en) = cardinality(issuers))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE policy DROP COLUMN issuers_en`);
  }
}
