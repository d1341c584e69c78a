import { describe, expect, it } from 'vitest';
import { bearer, graphql, useStack } from './harness.js';
import { EndPostsAtClosedInstitutions1766000000000 } from '../subgraphs/registry/src/migrations/1766000000000-EndPostsAtClosedInstitutions.js';

/** Closings and reopenings of Tianjin's institutions through the gateway, on databases of this file's own. */
const federation = useStack({ ownDatabases: 'closing_posts' });

const editor = () => bearer({ role: 'editor', region: 'TJ', subject: 'editor-TJ' });

async function ask(query: string, variables?: Record<string, unknown>) {
  return graphql(federation.stack.gatewayUrl, query, variables, await editor());
}

async function newStation() {
  const { data, errors } = await ask(
    `mutation ($input: InstitutionInput!) { tianjin { createInstitution(input: $input) { id version } } }`,
    {
      input: {
        name: `天津市岗位关闭测试站${Date.now()}`,
        kind: 'SOCIAL_WORK_STATION',
        foundedOn: '2020',
      },
    },
  );
  expect(errors).toBeUndefined();
  return data.tianjin.createInstitution as { id: string; version: number };
}

async function register(institutionId: string, startedOn: string, endedOn?: string) {
  const { data, errors } = await ask(
    `mutation ($input: SocialWorkerInput!) { tianjin { registerSocialWorker(input: $input) { id } } }`,
    { input: { name: '岗位测试社工', institutionId, startedOn, endedOn } },
  );
  expect(errors).toBeUndefined();
  return data.tianjin.registerSocialWorker.id as string;
}

const worker = async (id: string) =>
  (await ask(`{ tianjin { socialWorker(id: "${id}") { endedOn version } } }`)).data.tianjin
    .socialWorker as { endedOn: string | null; version: number };

/** Social work practitioners of Tianjin as of a day, and those of the station. */
async function counted(station: string, asOf: string) {
  const { data, errors } = await ask(
    `{ tianjin { measure(indicator: "SOCIAL_WORK_PRACTITIONERS", asOf: "${asOf}") { value }
       institution(id: "${station}") { socialWorkerCount(asOf: "${asOf}") } } }`,
  );
  expect(errors).toBeUndefined();
  return {
    region: data.tianjin.measure.value as number,
    station: data.tianjin.institution.socialWorkerCount as number,
  };
}

const tianjinDb = () => federation.stack.subgraphs.get('tianjin')!.db;

const close = (station: { id: string; version: number }, closedOn: string) =>
  ask(
    `mutation { tianjin { closeInstitution(id: "${station.id}", version: ${station.version}, closedOn: "${closedOn}") { version } } }`,
  );

describe("a closing ends its social workers' posts", () => {
  it('refuses a closing before a worker started there, naming the worker in Chinese', async () => {
    const station = await newStation();
    await register(station.id, '2023-01-01');
    const late = await register(station.id, '2024-09-01');
    const refused = await close(station, '2024-06-30');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refused.errors?.[0]?.extensions?.problems).toEqual([
      {
        path: 'closedOn',
        message: `不能早于社工 ${late}（2024-09-01）在该机构的第一个工作日：请先调走这些社工，或更正其入职日期。must not be before the first day of work of social worker ${late} (2024-09-01) at this institution: move those workers, or correct their first day, first`,
      },
    ]);
    // Nothing was written: the worker's post still runs.
    expect((await worker(late)).endedOn).toBeNull();
  });

  it('ends the posts running past the closing day, counts them no more, and gives them back at a reopening', async () => {
    const station = await newStation();
    const stays = await register(station.id, '2023-01-01');
    const leavesLater = await register(station.id, '2023-01-01', '2025-12-31');
    const leftBefore = await register(station.id, '2023-01-01', '2024-03-31');
    const before = {
      closingDay: await counted(station.id, '2024-12-31'),
      after: await counted(station.id, '2025-06-30'),
      later: await counted(station.id, '2026-01-01'),
    };
    expect(before.after.station).toBe(2);
    const closed = await close(station, '2024-12-31');
    expect(closed.errors).toBeUndefined();
    expect((await worker(stays)).endedOn).toBe('2024-12-31');
    expect((await worker(leavesLater)).endedOn).toBe('2024-12-31');
    expect((await worker(leftBefore)).endedOn).toBe('2024-03-31');
    // The closing day is the last day the station and its workers count.
    expect(await counted(station.id, '2024-12-31')).toEqual(before.closingDay);
    expect(await counted(station.id, '2025-06-30')).toEqual({
      region: before.after.region - 2,
      station: 0,
    });
    expect(await counted(station.id, '2026-01-01')).toEqual({
      region: before.later.region - 1,
      station: 0,
    });

    // A worker of the closed station cannot be given a post running past its closing again.
    const { version } = await worker(stays);
    const reopenedPost = await ask(
      `mutation { tianjin { updateSocialWorker(id: "${stays}", version: ${version}, input: { endedOn: null }) { id } } }`,
    );
    expect(reopenedPost.errors?.[0]?.extensions?.problems).toEqual([
      {
        path: 'input.endedOn',
        message: `须填写，且不能晚于机构 ${station.id}的关闭日期（2024-12-31）。must be given, and not after the closing of institution ${station.id} (2024-12-31)`,
      },
    ]);
    // A correction made since the closing is the team's, and a reopening keeps it.
    const corrected = await ask(
      `mutation { tianjin { updateSocialWorker(id: "${leavesLater}", version: ${(await worker(leavesLater)).version}, input: { endedOn: "2024-11-30" }) { id } } }`,
    );
    expect(corrected.errors).toBeUndefined();

    const station2 = (await ask(`{ tianjin { institution(id: "${station.id}") { version } } }`))
      .data.tianjin.institution;
    const reopened = await ask(
      `mutation { tianjin { reopenInstitution(id: "${station.id}", version: ${station2.version}) { status } } }`,
    );
    expect(reopened.errors).toBeUndefined();
    expect((await worker(stays)).endedOn).toBeNull();
    expect((await worker(leavesLater)).endedOn).toBe('2024-11-30');
    expect((await worker(leftBefore)).endedOn).toBe('2024-03-31');
    expect(await counted(station.id, '2026-01-01')).toEqual(before.later);
  });

  it('says in the change feed which posts a closing ended', async () => {
    const station = await newStation();
    const stays = await register(station.id, '2023-01-01');
    // The database's clock: the feed's times are its own.
    const [{ now }] = await tianjinDb().query(`SELECT now()::text AS now`);
    expect((await close(station, '2025-06-30')).errors).toBeUndefined();
    const { changes } = (
      await ask(
        `{ tianjin { changes(since: "${new Date(now).toISOString()}") { changes { action entity entityId changedFields } } } }`,
      )
    ).data.tianjin.changes;
    expect(changes).toEqual([
      expect.objectContaining({ action: 'closeInstitution', entityId: station.id }),
      {
        action: 'closeInstitution',
        entity: 'social_worker',
        entityId: stays,
        changedFields: ['endedOn'],
      },
    ]);
  });

  it('ends a post whose start the registry inferred, as a last day it is known to have worked', async () => {
    const station = await newStation();
    const { data } = await ask(
      `mutation { tianjin { registerSocialWorker(input: { name: "入职日期不详社工", institutionId: "${station.id}" }) { id } } }`,
    );
    const undated = data.tianjin.registerSocialWorker.id as string;
    expect((await close(station, '2024-12-31')).errors).toBeUndefined();
    expect((await worker(undated)).endedOn).toBe('2024-12-31');
  });

  it('ends, by its migration, the posts that ran past closings made before closings ended them', async () => {
    const station = await newStation();
    const [running, startedLater] = [
      await register(station.id, '2023-01-01'),
      await register(station.id, '2024-09-01'),
    ];
    // A closing as it was written before: the institution alone.
    await tianjinDb().query(
      `UPDATE institution SET status = 'CLOSED', closed_on = '2024-06-30' WHERE id = $1`,
      [station.id.replace(/^TJ-/, '')],
    );
    const runner = tianjinDb().createQueryRunner();
    try {
      await new EndPostsAtClosedInstitutions1766000000000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await worker(running)).toMatchObject({ endedOn: '2024-06-30', version: 2 });
    // A start after the closing: only the team knows which of the two days is wrong.
    expect(await worker(startedLater)).toMatchObject({ endedOn: null, version: 1 });
  });

  it('names the workers who left a post there in the order of their numbers, TJ-9 before TJ-10', async () => {
    const station = await newStation();
    // Two workers whose numbers sort apart as text, each with a post left at the station.
    const [pair] = await tianjinDb().query(
      `SELECT (SELECT max(id) FROM social_worker WHERE id < 10)::text AS one,
              (SELECT min(id) FROM social_worker WHERE id >= 10)::text AS two`,
    );
    for (const id of [pair.two, pair.one])
      await tianjinDb().query(
        `INSERT INTO social_worker_past_post (worker_id, institution_id, posted_from, posted_until, first_post)
         VALUES ($1, $2, '2021-01-01', '2022-12-31', false)`,
        [id, station.id.replace(/^TJ-/, '')],
      );
    const { errors } = await close(station, '2021-06-30');
    expect(errors?.[0]?.message).toContain(
      `the last day there of social worker TJ-${pair.one} (2022-12-31), social worker TJ-${pair.two} (2022-12-31), who`,
    );
  });

  it('and a transfer of one of its workers elsewhere wait for each other, never deadlock', async () => {
    const [left, target] = [await newStation(), await newStation()];
    const id = await register(left.id, '2023-01-01');
    const number = (global: string) => global.replace(/^TJ-/, '');
    // A closing's order, step by step: the institution, then its workers.
    const closing = tianjinDb().createQueryRunner();
    await closing.startTransaction();
    try {
      await closing.query(`SELECT id FROM institution WHERE id = $1 FOR UPDATE`, [number(left.id)]);
      const transfer = ask(
        `mutation { tianjin { transferSocialWorker(id: "${id}", version: ${(await worker(id)).version}, institutionId: "${target.id}", on: "2024-01-01") { version } } }`,
      );
      // The transfer waits on the closing's lock of the institution it leaves...
      for (let waiting = 0; waiting === 0;)
        [{ waiting }] = await tianjinDb().query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
      // ...before it locks the worker, which the closing now takes: without the institution locked
      // first, the transfer would hold the worker and the database end one of the two (40P01).
      await closing.query(`SELECT id FROM social_worker WHERE id = $1 FOR UPDATE`, [number(id)]);
      await closing.commitTransaction();
      expect((await transfer).errors).toBeUndefined();
    } finally {
      if (closing.isTransactionActive) await closing.rollbackTransaction();
      await closing.release();
    }
  });
});
