import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every write leaves an audit record in its own transaction; retried writes find their first result. */
export class CreateAuditAndIdempotency1764000000000 implements MigrationInterface {
  name = 'CreateAuditAndIdempotency1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        role text NOT NULL,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb NOT NULL,
        idempotency_key text
      )`);
    await db.query(`CREATE INDEX audit_at_idx ON audit (at)`);
    await db.query(`CREATE INDEX audit_entity_idx ON audit (entity, entity_id)`);
    await db.query(`
      CREATE TABLE idempotency_key (
        key text PRIMARY KEY CHECK (length(key) BETWEEN 8 AND 200),
        actor text NOT NULL,
        action text NOT NULL,
        request_hash text NOT NULL,
        entity text,
        entity_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_key`);
    await db.query(`DROP TABLE audit`);
  }
}
