import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which region's registry a database is, in one row written by the first subgraph or tool of a
 * region that opens it (registry-identity.ts): a database's name says nothing a restore or a
 * `<SLUG>_DATABASE_URL` cannot get wrong, and a subgraph pointed at another region's database served
 * that region's social workers as its own.
 */
export class AddRegistryIdentity1765900000000 implements MigrationInterface {
  name = 'AddRegistryIdentity1765900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE registry_identity (
        one boolean PRIMARY KEY DEFAULT true CONSTRAINT registry_identity_one_row CHECK (one),
        region text NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE registry_identity`);
  }
}
