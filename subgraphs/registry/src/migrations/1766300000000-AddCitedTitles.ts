import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a source's or a policy's own text prints no title but another document cites it by one: the
 * source whose page prints that title (`title_cited_in`), so that a reader is told the title is read
 * there, not on the document. Beijing's opinion on medical social work (seed 003) starts in its list
 * of addressees; a page of 2023-10-24 (seed 001) names it 《关于发展医务社会工作的实施意见》,
 * "五部门联合印发", without naming the five: how many issued a policy, where a page counts them and
 * does not name them, is `issuer_count`.
 */
export class AddCitedTitles1766300000000 implements MigrationInterface {
  name = 'AddCitedTitles1766300000000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of ['source', 'policy'])
      await db.query(
        `ALTER TABLE ${table} ADD COLUMN title_cited_in text REFERENCES source (id),
           ADD CONSTRAINT ${table}_title_cited_elsewhere CHECK (title_cited_in IS DISTINCT FROM id)`,
      );
    await db.query(
      `ALTER TABLE policy ADD COLUMN issuer_count integer CHECK (issuer_count > 0),
         ADD CONSTRAINT policy_issuer_count_covers_names
           CHECK (issuer_count IS NULL OR issuer_count >= cardinality(issuers))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE policy DROP COLUMN issuer_count`);
    for (const table of ['source', 'policy'])
      await db.query(`ALTER TABLE ${table} DROP COLUMN title_cited_in`);
  }
}
