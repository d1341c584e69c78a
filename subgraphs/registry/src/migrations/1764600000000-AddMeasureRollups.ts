import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  fromSurrogate,
  institutionRollup,
  socialWorkerRollup,
  untilSurrogate,
  type RollupOf,
} from '../measures/rollup-definitions.js';

const names = (of: RollupOf) => [...of.columns, ...of.fromDates, ...of.untilDates];

/** A record's combination, from a row of the table (or of a statement's transition table). */
const keyOf = (of: RollupOf) => [
  ...of.columns,
  ...of.fromDates.map((d) => `${fromSurrogate(d)} AS ${d}`),
  ...of.untilDates.map((d) => `${untilSurrogate(d)} AS ${d}`),
];

/**
 * The rollups of the records the measures read most: social workers (a million in a national
 * registry; a region of 297,000 holds about 16,000 combinations) and institutions (94,000 in Beijing
 * at that scale, 1,800 combinations). A measure adds up the combinations and reads one by one only the
 * records with a date in the year of a day it compares with (see rolledUpRows in measures/rollups.ts).
 *
 * Triggers keep each rollup in the transaction of every write, import and seed, like the write
 * generation. They are per statement, over its transition tables: a statement writing thousands of
 * records applies one grouped change. Writers never update a rollup at once: each first advances the
 * write generation (its trigger's name sorts before the rollup's, and triggers fire in name order)
 * and holds that row until it commits. A combination whose last record went is deleted; one below zero would be a count gone wrong, and fails the statement (not a CHECK:
 * an upsert's proposed row of a removal is negative before it meets the row it adds to).
 */
export class AddMeasureRollups1764600000000 implements MigrationInterface {
  name = 'AddMeasureRollups1764600000000';

  async up(db: QueryRunner): Promise<void> {
    // No write may land between reading the tables into the rollups and the triggers taking over
    // (each subgraph migrates as it starts, while others may be writing); the lock lasts until this
    // migration's transaction commits.
    await db.query(`LOCK TABLE social_worker, institution IN SHARE ROW EXCLUSIVE MODE`);
    for (const of of [socialWorkerRollup, institutionRollup]) await createRollup(db, of);
    // The records read one by one: those with a date in a given year.
    await db.query(
      `CREATE INDEX social_worker_ended_on_idx ON social_worker (ended_on) WHERE ended_on IS NOT NULL`,
    );
    await db.query(`CREATE INDEX institution_founded_from_idx ON institution (founded_from)`);
    await db.query(
      `CREATE INDEX institution_closed_on_idx ON institution (closed_on) WHERE closed_on IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP INDEX social_worker_ended_on_idx, institution_founded_from_idx, institution_closed_on_idx`,
    );
    for (const { table, rollup } of [socialWorkerRollup, institutionRollup]) {
      for (const trigger of ['insert', 'update', 'delete', 'truncate'])
        await db.query(`DROP TRIGGER ${rollup}_${trigger} ON ${table}`);
      await db.query(`DROP FUNCTION ${rollup}_apply()`);
      await db.query(`DROP FUNCTION ${rollup}_clear()`);
      await db.query(`DROP TABLE ${rollup}`);
    }
  }
}

async function createRollup(db: QueryRunner, of: RollupOf): Promise<void> {
  const { table, rollup } = of;
  const key = names(of).join(', ');
  await db.query(
    `CREATE TABLE ${rollup} AS SELECT ${key}, count(*) AS records FROM (SELECT ${keyOf(of).join(', ')} FROM ${table}) r GROUP BY ${key}`,
  );
  await db.query(
    `ALTER TABLE ${rollup} ALTER COLUMN records SET NOT NULL, ADD CONSTRAINT ${rollup}_key UNIQUE NULLS NOT DISTINCT (${key})`,
  );
  await db.query(`CREATE INDEX ${rollup}_empty_idx ON ${rollup} (records) WHERE records <= 0`);

  const apply = (change: string) => `INSERT INTO ${rollup} AS r (${key}, records)
        SELECT ${key}, sum(records) FROM (${change}) change GROUP BY ${key} HAVING sum(records) <> 0
        ON CONFLICT ON CONSTRAINT ${rollup}_key DO UPDATE SET records = r.records + excluded.records`;
  const added = `SELECT ${keyOf(of).join(', ')}, 1 AS records FROM new_rows`;
  const removed = `SELECT ${keyOf(of).join(', ')}, -1 AS records FROM old_rows`;
  await db.query(`
    CREATE FUNCTION ${rollup}_apply() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        ${apply(added)};
      ELSE
        IF TG_OP = 'DELETE' THEN
          ${apply(removed)};
        ELSE
          ${apply(`${added} UNION ALL ${removed}`)};
        END IF;
        IF EXISTS (SELECT FROM ${rollup} WHERE records < 0) THEN
          RAISE EXCEPTION '${rollup} counts fewer than no records for a combination: rebuild it from ${table}';
        END IF;
        DELETE FROM ${rollup} WHERE records = 0;
      END IF;
      RETURN NULL;
    END $$`);
  await db.query(`CREATE TRIGGER ${rollup}_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ${rollup}_apply()`);
  await db.query(`CREATE TRIGGER ${rollup}_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ${rollup}_apply()`);
  await db.query(`CREATE TRIGGER ${rollup}_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION ${rollup}_apply()`);
  await db.query(`
    CREATE FUNCTION ${rollup}_clear() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      TRUNCATE ${rollup};
      RETURN NULL;
    END $$`);
  await db.query(
    `CREATE TRIGGER ${rollup}_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${rollup}_clear()`,
  );
}
