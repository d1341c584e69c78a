import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table a measure, a data-quality check or a target's progress reads. */
const read = ['institution', 'social_worker', 'program', 'figure', 'target', 'source', 'policy'];

/**
 * The registry's write generation: a counter that every statement writing a table the aggregates
 * read advances, in its own transaction (a mutation, an import, a seed, a migration, a hand-made
 * UPDATE alike). Cached aggregates are kept under the generation they were computed at; a reader sees
 * the new generation exactly when it sees the write, so an answer cached under the old one is never
 * served after it, and subgraph replicas and restarts need nothing shared but the database.
 */
export class AddWriteGeneration1764500000000 implements MigrationInterface {
  name = 'AddWriteGeneration1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE write_generation (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), generation bigint NOT NULL)`,
    );
    await db.query(`INSERT INTO write_generation (generation) VALUES (0)`);
    await db.query(`
      CREATE FUNCTION advance_write_generation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE write_generation SET generation = generation + 1;
        RETURN NULL;
      END $$`);
    for (const table of read) {
      await db.query(`CREATE TRIGGER ${table}_advances_write_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION advance_write_generation()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of read)
      await db.query(`DROP TRIGGER ${table}_advances_write_generation ON ${table}`);
    await db.query(`DROP FUNCTION advance_write_generation()`);
    await db.query(`DROP TABLE write_generation`);
  }
}
