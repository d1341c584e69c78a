import { describe, expect, it } from 'vitest';
import { bearer, graphql, useStack } from './harness.js';
import { socialWorkerPieceRollup } from '../subgraphs/registry/src/measures/rollup-definitions.js';
import { updateSocialWorkerRow } from '../subgraphs/registry/src/import/posted-on.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { cellsOf, changesOfAll, readAll, type MeasureCells } from './measure-changes.js';
import { rollupDrift } from './rollup-drift.js';

/**
 * A mistaken move undone or dated again through the API: `withdrawTransfer` gives the post it ended
 * back, so every day's counts are as before the move, and `redateTransfer` moves the day both posts
 * meet. Tianjin, on databases of this file's own; measures are read as differences, through the
 * gateway, whose cached answers each write must move.
 */
const federation = useStack({ ownDatabases: 'transfer_corrections' });

const editor = () => bearer({ role: 'editor', region: 'TJ', subject: 'editor-TJ' });
const analyst = () => bearer({ role: 'analyst' });

async function ask(query: string, variables?: Record<string, unknown>, headers?: object) {
  return graphql(federation.stack.gatewayUrl, query, variables, {
    ...(headers ?? (await editor())),
  });
}

async function institution(name: string, kind: string, county: string) {
  const response = await ask(
    `mutation ($input: InstitutionInput!) { tianjin { createInstitution(input: $input) { id version } } }`,
    { input: { name: `${name}${Date.now()}`, kind, city: '天津市', county } },
  );
  expect(response.errors).toBeUndefined();
  return response.data.tianjin.createInstitution as { id: string; version: number };
}

type Worker = { id: string; version: number };

async function registered(name: string, institutionId: string, startedOn: string) {
  const response = await ask(
    `mutation ($input: SocialWorkerInput!) { tianjin { registerSocialWorker(input: $input) { id version } } }`,
    { input: { name, institutionId, startedOn } },
  );
  expect(response.errors).toBeUndefined();
  return response.data.tianjin.registerSocialWorker as Worker;
}

/** The worker as the mutation left it, or the first error's message. */
async function written(mutation: string, worker: Worker, args = '', key?: string) {
  const response = await ask(
    `mutation { tianjin { ${mutation}(id: "${worker.id}", version: ${worker.version}${args}${key ? `, idempotencyKey: "${key}"` : ''}) { id version } } }`,
  );
  return response.errors
    ? (response.errors[0]!.message as string)
    : (response.data.tianjin[mutation] as Worker);
}

const transfer = (worker: Worker, to: string, on: string) =>
  written('transferSocialWorker', worker, `, institutionId: "${to}", on: "${on}"`);
const withdraw = (worker: Worker, key?: string, reason = '误录的调动') =>
  written('withdrawTransfer', worker, `, reason: ${JSON.stringify(reason)}`, key);
const redate = (worker: Worker, on: string) => written('redateTransfer', worker, `, on: "${on}"`);

/** The worker's posts as `[institution, from, until]`, its postedOn and version. */
async function postsOf(id: string) {
  const response = await ask(
    `{ tianjin { socialWorker(id: "${id}") { version postedOn posts { institution { id } from until } } } }`,
  );
  expect(response.errors).toBeUndefined();
  const worker = response.data.tianjin.socialWorker;
  return {
    version: worker.version as number,
    postedOn: worker.postedOn as string | null,
    posts: worker.posts.map((p: { institution: { id: string }; from: string; until: string }) => [
      p.institution.id,
      p.from,
      p.until,
    ]),
  };
}

async function measured(indicator: string, args: string): Promise<MeasureCells> {
  const response = await ask(
    `{ tianjin { measure(indicator: "${indicator}", ${args}) { value breakdown { keys { value } value } } } }`,
    undefined,
    await analyst(),
  );
  expect(response.errors).toBeUndefined();
  return cellsOf(response.data.tianjin.measure);
}

const asked = {
  pastMedical: ['MEDICAL_SOCIAL_WORKERS', 'asOf: "2022-12-31"'],
  pastByKind: ['SOCIAL_WORK_PRACTITIONERS', 'asOf: "2022-12-31", by: [INSTITUTION_KIND]'],
  todayByCounty: ['SOCIAL_WORK_PRACTITIONERS', 'by: [COUNTY]'],
  series: ['SOCIAL_WORK_PRACTITIONERS', 'by: [YEAR, INSTITUTION_KIND], from: 2018'],
  since: ['SOCIAL_WORK_PRACTITIONERS', 'since: "2023", by: [INSTITUTION_KIND]'],
  medicalSince: ['MEDICAL_SOCIAL_WORKERS', 'since: "2019", by: [COUNTY]'],
} as const;

const readAllAsked = () => readAll(asked, measured);

/** Combinations where the rollup of posts and the posts it counts disagree, from either side. */
const postRollupDrift = () =>
  rollupDrift(federation.stack.subgraphs.get('tianjin')!.db, socialWorkerPieceRollup);

const unchanged = Object.fromEntries(Object.keys(asked).map((name) => [name, {}]));

describe('withdrawTransfer', () => {
  it('gives back the post the latest move ended: every count is as before the move', async () => {
    const agency = await institution('撤回调动测试社工机构', 'SOCIAL_WORK_AGENCY', '撤回调出区');
    const hospital = await institution('撤回调动测试医院', 'GENERAL_HOSPITAL', '撤回调入区');
    const worker = await registered('撤回调动测试社工', agency.id, '2018-01-01');
    const before = await readAllAsked();
    const moved = await transfer(worker, hospital.id, '2021-03-01');
    expect(typeof moved).toBe('object');
    // The move counted: a medical social worker since 2021, at the hospital's county.
    expect(changesOfAll(before, await readAllAsked())).toMatchObject({
      pastMedical: { '*': 1 },
      medicalSince: { '*': 1, 撤回调入区: 1 },
    });

    const back = await withdraw(moved as Worker);
    expect(back).toEqual({ id: worker.id, version: worker.version + 2 });
    expect(changesOfAll(before, await readAllAsked())).toEqual(unchanged);
    expect(await postsOf(worker.id)).toEqual({
      version: worker.version + 2,
      postedOn: null,
      posts: [[agency.id, '2018-01-01', null]],
    });
    expect(await postRollupDrift()).toEqual([]);
    // Nothing left to withdraw.
    expect(await withdraw(back as Worker)).toBe(
      `记录编号（id）：社工 ${worker.id} 从未调动：没有可撤回的调动。id: social worker ${worker.id} has never moved: there is no transfer to withdraw`,
    );
  });

  it('withdraws one move at a time, once for a retried key, and is in the change feed', async () => {
    const agency = await institution('逐次撤回测试社工机构', 'SOCIAL_WORK_AGENCY', '逐次撤回区');
    const hospital = await institution('逐次撤回测试医院', 'GENERAL_HOSPITAL', '逐次撤回区');
    const worker = await registered('逐次撤回测试社工', agency.id, '2019-01-01');
    const once = (await transfer(worker, hospital.id, '2020-06-01')) as Worker;
    const twice = (await transfer(once, agency.id, '2023-02-01')) as Worker;
    expect(await withdraw(twice, undefined, ' ')).toMatch(/reason/);
    const retried = await withdraw(twice, 'withdraw-transfer-once', '调入日期录错，应为调回');
    expect(await withdraw(twice, 'withdraw-transfer-once', '调入日期录错，应为调回')).toEqual(
      retried,
    );
    expect(await postsOf(worker.id)).toEqual({
      version: twice.version + 1,
      postedOn: '2020-06-01',
      posts: [
        [agency.id, '2019-01-01', '2020-05-31'],
        [hospital.id, '2020-06-01', null],
      ],
    });
    // A second withdrawal with the version read before the first is stale: one move undone per read.
    expect(await withdraw(twice)).toMatch(/^社工 .* 现为第 \d+ 版，而非第 \d+ 版/);

    const feed = await ask(
      `{ tianjin { changes(first: 100) { changes { action entityId changedFields after { ... on SocialWorkerState { institutionId postedOn withdrawalReason } } } } } }`,
    );
    expect(feed.errors).toBeUndefined();
    const withdrawals = feed.data.tianjin.changes.changes.filter(
      (change: { action: string; entityId: string }) =>
        change.action === 'withdrawTransfer' && change.entityId === worker.id,
    );
    expect(withdrawals).toEqual([
      {
        action: 'withdrawTransfer',
        entityId: worker.id,
        changedFields: expect.arrayContaining(['institutionId', 'postedOn', 'withdrawalReason']),
        after: {
          institutionId: hospital.id,
          postedOn: '2020-06-01',
          withdrawalReason: '调入日期录错，应为调回',
        },
      },
    ]);
  });

  it('is refused where the post given back would run past its institution’s closing, and to another region’s editor', async () => {
    const hospital = await institution('关闭撤回测试医院', 'GENERAL_HOSPITAL', '关闭撤回区');
    const agency = await institution('关闭撤回测试社工机构', 'SOCIAL_WORK_AGENCY', '关闭撤回区');
    const worker = await registered('关闭撤回测试社工', hospital.id, '2019-01-01');
    const moved = (await transfer(worker, agency.id, '2022-07-01')) as Worker;
    const beijing = await ask(
      `mutation { tianjin { withdrawTransfer(id: "${worker.id}", version: ${moved.version}, reason: "误录") { id } } }`,
      undefined,
      await bearer({ role: 'editor', region: 'BJ' }),
    );
    expect(beijing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const closed = await ask(
      `mutation { tianjin { closeInstitution(id: "${hospital.id}", version: ${hospital.version}, closedOn: "2022-06-30") { id } } }`,
    );
    expect(closed.errors).toBeUndefined();
    expect(await withdraw(moved)).toBe(
      `记录编号（id）：不能撤回：恢复的在机构 ${hospital.id}的任职将延续到该机构关闭（2022-06-30）之后；请先重新开放该机构，或先将此次调动的日期改为不晚于关闭日期，再将该社工的离职日期改为不晚于该日。` +
        `id: cannot be withdrawn: the post it gives back, at institution ${hospital.id}, would run past its closing (2022-06-30): reopen it first, or redate the move to on or before the closing and then give the worker's last day (endedOn) on or before it`,
    );
    expect((await postsOf(worker.id)).posts).toEqual([
      [hospital.id, '2019-01-01', '2022-06-30'],
      [agency.id, '2022-07-01', null],
    ]);
    // The advice followed: the move dated by the closing, then the last day by it too.
    const redated = (await redate(moved, '2022-06-30')) as Worker;
    const ended = await ask(
      `mutation { tianjin { updateSocialWorker(id: "${worker.id}", version: ${redated.version}, input: { endedOn: "2022-06-30" }) { version } } }`,
    );
    expect(ended.errors).toBeUndefined();
    const back = await withdraw({
      ...redated,
      version: ended.data.tianjin.updateSocialWorker.version,
    });
    expect(typeof back).toBe('object');
    expect(await postsOf(worker.id)).toMatchObject({
      postedOn: null,
      posts: [[hospital.id, '2019-01-01', '2022-06-30']],
    });
  });
  it('is refused where the closing of the institution moved to ended the worker: reopen it first', async () => {
    const agency = await institution(
      '关闭调入撤回测试社工机构',
      'SOCIAL_WORK_AGENCY',
      '关闭调入撤回区',
    );
    const hospital = await institution(
      '关闭调入撤回测试医院',
      'GENERAL_HOSPITAL',
      '关闭调入撤回区',
    );
    const worker = await registered('关闭调入撤回测试社工', agency.id, '2018-01-01');
    const before = await readAllAsked();
    const moved = (await transfer(worker, hospital.id, '2021-03-01')) as Worker;
    const closed = await ask(
      `mutation { tianjin { closeInstitution(id: "${hospital.id}", version: ${hospital.version}, closedOn: "2022-06-30") { version } } }`,
    );
    expect(closed.errors).toBeUndefined();
    // The closing ended the worker on its day: withdrawn, the worker would be back at the agency
    // with that last day, and drop out of today's count of the agency's county.
    const ended = { ...moved, version: (await postsOf(worker.id)).version };
    expect(ended.version).toBe(moved.version + 1);
    expect(await withdraw(ended)).toBe(
      `记录编号（id）：不能撤回：该社工的离职日期即此次调入的机构 ${hospital.id}的关闭日期（2022-06-30），系该机构关闭时所设；请先重新开放该机构，以恢复该社工此前的离职日期。` +
        `id: cannot be withdrawn: the worker's last day (endedOn) is the closing day of institution ${hospital.id} (2022-06-30), set by that closing: reopen that institution first, which gives back the last day the worker had before`,
    );
    const reopened = await ask(
      `mutation { tianjin { reopenInstitution(id: "${hospital.id}", version: ${closed.data.tianjin.closeInstitution.version}) { id } } }`,
    );
    expect(reopened.errors).toBeUndefined();
    const back = await withdraw({ ...moved, version: (await postsOf(worker.id)).version });
    expect(typeof back).toBe('object');
    expect(changesOfAll(before, await readAllAsked())).toEqual(unchanged);
    expect(await postsOf(worker.id)).toMatchObject({
      postedOn: null,
      posts: [[agency.id, '2018-01-01', null]],
    });
    expect(await postRollupDrift()).toEqual([]);
  });
});

describe('redateTransfer', () => {
  it('moves the day the two posts meet, and refuses a day that would leave a post no day or run past a closing', async () => {
    const hospital = await institution('改期测试医院', 'GENERAL_HOSPITAL', '改期调出区');
    const agency = await institution('改期测试社工机构', 'SOCIAL_WORK_AGENCY', '改期调入区');
    const worker = await registered('改期测试社工', hospital.id, '2018-01-01');
    const moved = (await transfer(worker, agency.id, '2023-07-01')) as Worker;
    const before = await readAllAsked();
    const redated = (await redate(moved, '2022-03-01')) as Worker;
    expect(redated.version).toBe(moved.version + 1);
    expect(await postsOf(worker.id)).toEqual({
      version: redated.version,
      postedOn: '2022-03-01',
      posts: [
        [hospital.id, '2018-01-01', '2022-02-28'],
        [agency.id, '2022-03-01', null],
      ],
    });
    // At the agency from 2022-03-01: 2022's year-end, and a count since 2023, where it was at the
    // hospital on the period's first day before.
    expect(changesOfAll(before, await readAllAsked())).toEqual({
      ...unchanged,
      pastMedical: { '*': -1 },
      pastByKind: { GENERAL_HOSPITAL: -1, SOCIAL_WORK_AGENCY: 1 },
      series: { '2022/GENERAL_HOSPITAL': -1, '2022/SOCIAL_WORK_AGENCY': 1 },
      since: { GENERAL_HOSPITAL: -1, SOCIAL_WORK_AGENCY: 1 },
    });
    // The same day again changes nothing, its version neither.
    expect(await redate(redated, '2022-03-01')).toEqual(redated);

    expect(await redate(redated, '2018-01-01')).toBe(
      '调动日期（on）：须晚于此次调动所结束任职的首日（2018-01-01）：否则该任职一天也没有。' +
        'on: must be after the first day of the post the move ends (2018-01-01): that post would hold no day',
    );
    expect(await redate(redated, '2099-01-01')).toMatch(
      /^调动日期（on）：不能晚于今天.*on: must not be in the future/,
    );
    const ended = await ask(
      `mutation { tianjin { updateSocialWorker(id: "${worker.id}", version: ${redated.version}, input: { endedOn: "2024-12-31" }) { version } } }`,
    );
    expect(ended.errors).toBeUndefined();
    const last = { ...redated, version: ended.data.tianjin.updateSocialWorker.version };
    expect(await redate(last, '2025-01-01')).toBe(
      '调动日期（on）：不能晚于离职日期（2024-12-31）。on: must not be after endedOn (2024-12-31)',
    );
    const closed = await ask(
      `mutation { tianjin { closeInstitution(id: "${hospital.id}", version: ${hospital.version}, closedOn: "2022-06-30") { id } } }`,
    );
    expect(closed.errors).toBeUndefined();
    expect(await redate(last, '2022-07-02')).toBe(
      `调动日期（on）：不能晚于 2022-07-01：否则此次调动所结束的在机构 ${hospital.id}的任职将延续到该机构关闭（2022-06-30）之后。` +
        `on: must not be after 2022-07-01: the post the move ends, at institution ${hospital.id}, would run past its closing (2022-06-30)`,
    );
    expect(typeof (await redate(last, '2022-07-01'))).toBe('object');
    expect((await postsOf(worker.id)).posts).toEqual([
      [hospital.id, '2018-01-01', '2022-06-30'],
      [agency.id, '2022-07-01', '2024-12-31'],
    ]);
    expect(await postRollupDrift()).toEqual([]);
  });
});

describe('an import row redating the latest move', () => {
  it('and an update of the institution the move left wait for each other, never deadlock', async () => {
    const hospital = await institution('导入改期并发测试医院', 'GENERAL_HOSPITAL', '导入改期区');
    const agency = await institution(
      '导入改期并发测试社工机构',
      'SOCIAL_WORK_AGENCY',
      '导入改期区',
    );
    const worker = await registered('导入改期并发测试社工', hospital.id, '2018-01-01');
    const moved = (await transfer(worker, agency.id, '2023-07-01')) as Worker;
    const number = (global: string) => global.replace(/^TJ-/, '');
    const db = federation.stack.subgraphs.get('tianjin')!.db;
    // An update of the institution left, step by step: the institution, then its workers' posts.
    const update = db.createQueryRunner();
    await update.startTransaction();
    try {
      await update.query(`SELECT id FROM institution WHERE id = $1 FOR UPDATE`, [
        number(hospital.id),
      ]);
      // A row changing the worker's name and its 现任职首日: an update, then a redating.
      const row = db.transaction((tx) =>
        updateSocialWorkerRow(
          tx,
          number(worker.id),
          moved.version,
          { name: '导入改期并发测试社工乙', postedOn: '2022-03-01' },
          regionBySlug('tianjin'),
        ),
      );
      // The row waits on the update's lock of the institution left...
      for (let waiting = 0; waiting === 0;)
        [{ waiting }] = await db.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
      // ...before it locks the worker, whose posts and row the update now takes: with the worker
      // locked first, the database would end one of the two (40P01).
      await update.query(`SELECT id FROM social_worker_past_post WHERE worker_id = $1 FOR UPDATE`, [
        number(worker.id),
      ]);
      await update.query(`SELECT id FROM social_worker WHERE id = $1 FOR UPDATE`, [
        number(worker.id),
      ]);
      await update.commitTransaction();
      expect((await row).after).toMatchObject({
        name: '导入改期并发测试社工乙',
        postedOn: '2022-03-01',
      });
    } finally {
      if (update.isTransactionActive) await update.rollbackTransaction();
      await update.release();
    }
  });
});
