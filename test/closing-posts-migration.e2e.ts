import { describe, expect, it } from 'vitest';
import type { MigrationInterface } from 'typeorm';
import { bearer, graphql, useStack } from './harness.js';
import { EndPostsAtClosedInstitutions1766000000000 } from '../subgraphs/registry/src/migrations/1766000000000-EndPostsAtClosedInstitutions.js';
import { AuditPostsEndedByMigration1766100000000 } from '../subgraphs/registry/src/migrations/1766100000000-AuditPostsEndedByMigration.js';

/**
 * The posts EndPostsAtClosedInstitutions ended at institutions closed before closings ended them:
 * audited, in the change feed, and given back at a reopening, on databases it upgrades now and on
 * those it upgraded before it audited them. Tianjin's databases of this file's own.
 */
const federation = useStack({ ownDatabases: 'closing_posts_migration' });

const ACTOR = 'migration:EndPostsAtClosedInstitutions';

async function ask(query: string, variables?: Record<string, unknown>) {
  const editor = await bearer({ role: 'editor', region: 'TJ', subject: 'editor-TJ' });
  return graphql(federation.stack.gatewayUrl, query, variables, editor);
}

const db = () => federation.stack.subgraphs.get('tianjin')!.db;
const local = (id: string) => id.replace(/^TJ-/, '');

async function newStation() {
  const { data, errors } = await ask(
    `mutation ($input: InstitutionInput!) { tianjin { createInstitution(input: $input) { id } } }`,
    { input: { name: `天津市迁移岗位测试站${Date.now()}`, kind: 'SOCIAL_WORK_STATION' } },
  );
  expect(errors).toBeUndefined();
  return data.tianjin.createInstitution.id as string;
}

async function register(institutionId: string, startedOn: string, endedOn?: string) {
  const { data, errors } = await ask(
    `mutation ($input: SocialWorkerInput!) { tianjin { registerSocialWorker(input: $input) { id } } }`,
    { input: { name: '迁移岗位测试社工', institutionId, startedOn, endedOn } },
  );
  expect(errors).toBeUndefined();
  return data.tianjin.registerSocialWorker.id as string;
}

const worker = async (id: string) =>
  (await ask(`{ tianjin { socialWorker(id: "${id}") { endedOn version } } }`)).data.tianjin
    .socialWorker as { endedOn: string | null; version: number };

/** A closing as the release before closings ended posts wrote it: the institution alone. */
const closeAsBefore = (station: string, closedOn: string) =>
  db().query(
    `UPDATE institution SET status = 'CLOSED', closed_on = $2, version = version + 1 WHERE id = $1`,
    [local(station), closedOn],
  );

/** EndPostsAtClosedInstitutions as the last release ran it: the ends, unaudited. */
const endPostsUnaudited = () =>
  db().query(`
    UPDATE social_worker w SET ended_on = i.closed_on, version = w.version + 1, updated_at = now()
    FROM institution i
    WHERE i.id = w.institution_id AND i.status = 'CLOSED' AND i.closed_on IS NOT NULL
      AND (w.ended_on IS NULL OR w.ended_on > i.closed_on)
      AND (w.started_on_inferred OR w.started_on IS NULL OR w.started_on <= i.closed_on)`);

async function migrate(migration: MigrationInterface) {
  const runner = db().createQueryRunner();
  try {
    await migration.up(runner);
  } finally {
    await runner.release();
  }
}

/** The migration's audit rows of these workers: entity id, and the last days before and after. */
const audited = async (...workers: string[]) =>
  db().query(
    `SELECT entity_id AS id, before->>'endedOn' AS before, after->>'endedOn' AS after FROM audit
     WHERE actor = $1 AND action = 'endPostsAtClosedInstitutions' AND entity = 'social_worker'
       AND entity_id = ANY($2::text[]) ORDER BY id`,
    [ACTOR, workers.map(local)],
  );

async function reopen(station: string) {
  const { version } = (await ask(`{ tianjin { institution(id: "${station}") { version } } }`)).data
    .tianjin.institution;
  const reopened = await ask(
    `mutation { tianjin { reopenInstitution(id: "${station}", version: ${version}) { status } } }`,
  );
  expect(reopened.errors).toBeUndefined();
}

describe('the posts the migration ended at closings made before closings ended them', () => {
  it('are audited under its actor, listed in the change feed, and given back at a reopening', async () => {
    const station = await newStation();
    const running = await register(station, '2023-01-01');
    const leavesLater = await register(station, '2023-01-01', '2026-12-31');
    const startedLater = await register(station, '2024-09-01');
    await closeAsBefore(station, '2024-06-30');
    const [{ now }] = await db().query(`SELECT now()::text AS now`);
    await migrate(new EndPostsAtClosedInstitutions1766000000000());
    expect(await worker(running)).toEqual({ endedOn: '2024-06-30', version: 2 });
    expect(await worker(leavesLater)).toEqual({ endedOn: '2024-06-30', version: 2 });
    expect(await worker(startedLater)).toEqual({ endedOn: null, version: 1 });
    const rows = [
      { id: local(running), before: null, after: '2024-06-30' },
      { id: local(leavesLater), before: '2026-12-31', after: '2024-06-30' },
    ];
    expect(await audited(running, leavesLater, startedLater)).toEqual(rows);
    // The backfill finds nothing left unaudited here: it writes none twice.
    await migrate(new AuditPostsEndedByMigration1766100000000());
    expect(await audited(running, leavesLater, startedLater)).toEqual(rows);

    const { data } = await ask(
      `{ tianjin { changes(since: "${new Date(now).toISOString()}") { changes { actor action entityId changedFields after { ... on SocialWorkerState { endedOn version } } } } } }`,
    );
    expect(
      data.tianjin.changes.changes.filter((change: { actor: string }) => change.actor === ACTOR),
    ).toEqual(
      [running, leavesLater].map((entityId) => ({
        actor: ACTOR,
        action: 'endPostsAtClosedInstitutions',
        entityId,
        changedFields: ['endedOn'],
        after: { endedOn: '2024-06-30', version: 2 },
      })),
    );

    await reopen(station);
    expect(await worker(running)).toEqual({ endedOn: null, version: 3 });
    expect(await worker(leavesLater)).toEqual({ endedOn: '2026-12-31', version: 3 });
    expect(await worker(startedLater)).toEqual({ endedOn: null, version: 1 });
  });

  it('are audited once by the backfill where the migration ran unaudited, leaving a worker changed since', async () => {
    const station = await newStation();
    const running = await register(station, '2023-01-01');
    const changedSince = await register(station, '2023-01-01');
    const movedOn = await register(station, '2023-01-01');
    const loaded = await register(station, '2023-01-01', '2026-12-31');
    // A worker loaded by a seed, as the registry's demonstration data: never audited.
    await db().query(`DELETE FROM audit WHERE entity = 'social_worker' AND entity_id = $1`, [
      local(loaded),
    ]);
    await closeAsBefore(station, '2024-06-30');
    await endPostsUnaudited();
    expect(await audited(running, changedSince, loaded)).toEqual([]);
    // The team corrected this worker's last day since: its change is audited, and the team's.
    const corrected = await ask(
      `mutation { tianjin { updateSocialWorker(id: "${changedSince}", version: 2, input: { endedOn: "2024-05-31" }) { version } } }`,
    );
    expect(corrected.errors).toBeUndefined();
    // And changed another of this one's fields, keeping the last day the migration gave it.
    const partTime = await ask(
      `mutation { tianjin { updateSocialWorker(id: "${movedOn}", version: 2, input: { employment: PART_TIME }) { version } } }`,
    );
    expect(partTime.errors).toBeUndefined();

    await migrate(new AuditPostsEndedByMigration1766100000000());
    await migrate(new AuditPostsEndedByMigration1766100000000());
    // The earlier last day of a worker never audited is not known: its row leaves it out.
    expect(await audited(running, changedSince, movedOn, loaded)).toEqual([
      { id: local(running), before: null, after: '2024-06-30' },
      { id: local(loaded), before: null, after: '2024-06-30' },
    ]);
    const [{ known }] = await db().query(
      `SELECT before ? 'endedOn' AS known FROM audit WHERE actor = $1 AND entity_id = $2`,
      [ACTOR, local(loaded)],
    );
    expect(known).toBe(false);

    await reopen(station);
    expect(await worker(running)).toEqual({ endedOn: null, version: 3 });
    expect(await worker(changedSince)).toEqual({ endedOn: '2024-05-31', version: 3 });
    expect(await worker(movedOn)).toEqual({ endedOn: '2024-06-30', version: 3 });
    expect(await worker(loaded)).toEqual({ endedOn: '2024-06-30', version: 2 });
  });
});
