import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportHeader, exportRows } from '../subgraphs/registry/src/import/export-rows.js';
import { importFile } from '../subgraphs/registry/src/import/import-file.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';
import { writeCsv, writeXlsx } from '../subgraphs/registry/src/import/write-files.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { bearer, graphql, useStack } from './harness.js';

/**
 * A Ningxia team places social workers under a programme in bulk, by the programme column of the
 * social workers' file (所属项目: the programme's key, or its record id): the dispatch plan's target
 * counts them as it counts those placed through the API (test/worker-programmes.e2e.ts), and the
 * column comes back from an export unchanged.
 */
const federation = useStack({ ownDatabases: 'import_worker_programmes' });
const ningxia = regionBySlug('ningxia');
const db = () => federation.stack.subgraphs.get(ningxia.slug)!.db;
const folder = mkdtempSync(join(tmpdir(), 'worker-programmes-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const PROGRAMME = '所属项目（项目编号或记录编号）';
const editor = () => bearer({ role: 'editor', region: 'NX', subject: 'editor-NX' });
const asNingxia = async (query: string, variables?: Record<string, unknown>) =>
  graphql(federation.stack.gatewayUrl, query, variables, await editor());

const importWorkers = (file: string | { path: string }, mode: 'create' | 'upsert' | 'update') =>
  importFile(db(), file, { kind: 'social-workers', region: ningxia, actor: 'editor-NX', mode });

let reads = 0;

/**
 * The workers the dispatch plan placed, as its target's progress counts them, and the count of all
 * dispatched workers (a worker's employment, whoever placed them), both read through the gateway.
 * Each read is a query of its own: an import writes to the database, not through the gateway, whose
 * cached answer may stand for its max-age (README).
 */
async function dispatched() {
  reads += 1;
  const { ningxia: read } = await federation.query(`{ ningxia {
    targets: targets(indicator: "DISPATCHED_WORKERS") { progress { value } scope { program { id } } }
    measure: measure(indicator: "DISPATCHED_WORKERS") { value } read${reads}: __typename } }`);
  const [target] = read.targets;
  return {
    placed: target.progress.value as number,
    all: read.measure.value as number,
    plan: target.scope.program.id as string,
  };
}

const rowId = (id: string) => id.replace(/^NX-/, '');
const keyOf = async (programme: string) =>
  (await db().query(`SELECT key FROM program WHERE id = $1`, [rowId(programme)]))[0].key as string;
const workersNamed = async (prefix: string) =>
  (await db().query(
    `SELECT id::text AS id, version, program_id::text AS program FROM social_worker WHERE name LIKE $1 ORDER BY id`,
    [`${prefix}%`],
  )) as { id: string; version: number; program: string | null }[];

describe('the programme column of the social workers file', () => {
  it('places new workers under the dispatch plan, by its key and by its record id: its target counts exactly those', async () => {
    const before = await dispatched();
    const key = await keyOf(before.plan);
    expect(key).toBe('nx-three-areas-talent-support-plan-2025');
    const report = await importWorkers(
      [
        `姓名,用工方式,入职日期,${PROGRAMME}`,
        `批量派驻社工甲,派遣或购买服务,2025-08-01,${key}`,
        `批量派驻社工乙,派遣或购买服务,2025-08-01,${key}`,
        // A record id as typed: in lower case.
        `批量派驻社工丙,派遣或购买服务,2025-08-01,${before.plan.toLowerCase()}`,
        `批量派驻社工丁,派遣或购买服务,2025-08-01,`,
      ].join('\n'),
      'create',
    );
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ created: 4, written: true });
    const after = await dispatched();
    expect(after.placed).toBe(before.placed + 3);
    expect(after.all).toBe(before.all + 4);
    // Each new worker's audit record holds their programme, as registerSocialWorker's does.
    const audited = await db().query(
      `SELECT a.after ->> 'programId' AS program FROM audit a JOIN social_worker w ON a.entity_id = w.id::text
       WHERE a.entity = 'social_worker' AND a.action = 'import' AND w.name LIKE '批量派驻社工%' ORDER BY w.id`,
    );
    const plan = rowId(before.plan);
    expect(audited.map((a: { program: string | null }) => a.program)).toEqual([
      plan,
      plan,
      plan,
      null,
    ]);
  });

  it('refuses a row naming no programme, one naming a withdrawn programme and one naming two, in English and Chinese, and writes nothing of the file', async () => {
    const mistaken = await importFile(
      db(),
      'key,name,kind\nnx-mistaken-dispatch,误建派驻项目,TRAINING',
      {
        kind: 'programs',
        region: ningxia,
        actor: 'editor-NX',
      },
    );
    expect(mistaken.problems).toEqual([]);
    const id = mistaken.createdRows[0]!.id;
    const withdrawn = await asNingxia(
      `mutation ($id: ID!) { ningxia { withdrawProgram(id: $id, version: 1, reason: "误建") { id } } }`,
      { id },
    );
    expect(withdrawn.errors).toBeUndefined();
    const before = await dispatched();
    const key = await keyOf(before.plan);
    // A key written as a record id is refused, in both cases, since the rule came in…
    const asId = await importFile(
      db(),
      `key,name,kind\n${before.plan},编号似记录编号的项目,TRAINING\n${before.plan.toLowerCase()},编号似记录编号的项目二,TRAINING`,
      { kind: 'programs', region: ningxia, actor: 'editor-NX' },
    );
    expect(asId.written).toBe(false);
    const asIdMessage =
      "must not be written as a record id (NX-12): the social workers' programme column would read it as that record";
    expect(asId.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 'key', asIdMessage],
      [3, 'key', asIdMessage],
    ]);
    expect(inChinese(asIdMessage)).toBe(
      '不能写成记录编号的样子（如 NX-12）：社工文件的“所属项目”列会把它读作该记录',
    );
    // …but a registry may hold one written before: it is made here as such a registry has it.
    const lookalike = await importFile(
      db(),
      `key,name,kind\nnx-lookalike,编号似记录编号的项目,TRAINING`,
      { kind: 'programs', region: ningxia, actor: 'editor-NX' },
    );
    expect(lookalike.problems).toEqual([]);
    const lookalikeId = lookalike.createdRows[0]!.id;
    await db().query(`UPDATE program SET key = $1 WHERE id = $2`, [
      before.plan,
      rowId(lookalikeId),
    ]);
    const report = await importWorkers(
      [
        `姓名,用工方式,入职日期,${PROGRAMME}`,
        `拒绝派驻社工甲,派遣或购买服务,2025-08-01,${key}`,
        `拒绝派驻社工乙,派遣或购买服务,2025-08-01,nx-no-such-plan`,
        `拒绝派驻社工丙,派遣或购买服务,2025-08-01,nx-mistaken-dispatch`,
        `拒绝派驻社工丁,派遣或购买服务,2025-08-01,${id}`,
        // The plan's record id, and another programme's key: which one is meant, no one can tell.
        `拒绝派驻社工戊,派遣或购买服务,2025-08-01,${before.plan}`,
      ].join('\n'),
      'create',
    );
    expect(report.problems).toEqual([
      {
        line: 3,
        column: PROGRAMME,
        message: 'no programme of this registry has the key or id nx-no-such-plan',
        typed: 'nx-no-such-plan',
      },
      {
        line: 4,
        column: PROGRAMME,
        message:
          'the programme nx-mistaken-dispatch was withdrawn: a withdrawn programme places no worker',
        typed: 'nx-mistaken-dispatch',
      },
      {
        line: 5,
        column: PROGRAMME,
        message: `the programme ${id} was withdrawn: a withdrawn programme places no worker`,
        typed: id,
      },
      {
        line: 6,
        column: PROGRAMME,
        message: `${before.plan} names two programmes, ${lookalikeId} by its key and ${before.plan} by its id: write ${lookalikeId} for the first, or #${before.plan} for the second (after #, a record id is never read as a key)`,
        typed: before.plan,
      },
    ]);
    expect(report.problems.map((p) => inChinese(p.message))).toEqual([
      '本登记库没有项目编号或记录编号为 nx-no-such-plan 的项目',
      '项目 nx-mistaken-dispatch 已撤回：已撤回的项目不能派驻社工',
      `项目 ${id} 已撤回：已撤回的项目不能派驻社工`,
      `${before.plan} 同时指向两个项目：按项目编号为 ${lookalikeId}，按记录编号为 ${before.plan}：指前者请写 ${lookalikeId}，指后者请写 #${before.plan}（# 后的记录编号不会被读作项目编号）`,
    ]);
    expect(report.written).toBe(false);
    expect(await workersNamed('拒绝派驻社工')).toEqual([]);
    expect(await dispatched()).toEqual(before);
  });

  it('names the second of two programmes a cell names by its record id after #, as the refusal says, though it has no key', async () => {
    // A programme without a key (named by its name and year), and an old one whose key is its id.
    const keyless = await importFile(db(), `name,kind,year\n无编号的培训项目,TRAINING,2025`, {
      kind: 'programs',
      region: ningxia,
      actor: 'editor-NX',
    });
    expect(keyless.problems).toEqual([]);
    const second = keyless.createdRows[0]!.id;
    const old = await importFile(db(), `key,name,kind\nnx-old-lookalike,旧编号项目,TRAINING`, {
      kind: 'programs',
      region: ningxia,
      actor: 'editor-NX',
    });
    const first = old.createdRows[0]!.id;
    await db().query(`UPDATE program SET key = $1 WHERE id = $2`, [second, rowId(first)]);
    const file = (cell: string) =>
      [
        `姓名,用工方式,入职日期,${PROGRAMME}`,
        `旧编号冲突社工,派遣或购买服务,2025-08-01,${cell}`,
      ].join('\n');
    const refused = await importWorkers(file(second), 'create');
    const message = `${second} names two programmes, ${first} by its key and ${second} by its id: write ${first} for the first, or #${second} for the second (after #, a record id is never read as a key)`;
    expect(refused.problems.map((p) => p.message)).toEqual([message]);
    expect(inChinese(message)).toBe(
      `${second} 同时指向两个项目：按项目编号为 ${first}，按记录编号为 ${second}：指前者请写 ${first}，指后者请写 #${second}（# 后的记录编号不会被读作项目编号）`,
    );
    // Written as it says, in full-width characters and lower case too, the row places the worker
    // under the second.
    const placed = await importWorkers(file(`＃${second.toLowerCase()}`), 'create');
    expect(placed.problems).toEqual([]);
    expect((await workersNamed('旧编号冲突社工')).map((w) => w.program)).toEqual([rowId(second)]);
    // An export names it so too, and the file comes back naming it alone.
    const path = join(folder, 'social-workers-lookalike.csv');
    await writeCsv(
      path,
      exportHeader('social-workers', 'en'),
      exportRows(db(), 'social-workers', ningxia, 'en'),
    );
    const [head, ...lines] = readFileSync(path, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\n');
    const column = head!.split(',').indexOf('programKey');
    expect(lines.find((l) => l.includes('旧编号冲突社工'))!.split(',')[column]).toBe(`#${second}`);
    expect((await importWorkers({ path }, 'update')).problems).toEqual([]);
  });

  it.each([
    ['zh', 'csv'],
    ['en', 'xlsx'],
  ] as const)(
    'exports the programme (%s, %s) by its key, or its id where it has none, and re-imports the export with nothing to change',
    async (language, format) => {
      // A programme without a key, placing a worker: the export names it by its record id.
      const created = await asNingxia(
        `mutation { ningxia { createProgram(input: { name: "无编号派驻项目${language}", kind: TRAINING }) { id } } }`,
      );
      const keyless = created.data.ningxia.createProgram.id as string;
      const placed = await importWorkers(
        `name,employment,startedOn,programKey\n无编号项目社工${language},DISPATCHED,2025-09-01,${keyless}`,
        'create',
      );
      expect(placed.problems).toEqual([]);

      const path = join(folder, `social-workers-${language}.${format}`);
      const header = exportHeader('social-workers', language);
      const rows = exportRows(db(), 'social-workers', ningxia, language);
      if (format === 'csv') await writeCsv(path, header, rows);
      else await writeXlsx(path, 'social-workers', header, rows, language);
      if (format === 'csv') {
        const [head, ...lines] = readFileSync(path, 'utf8')
          .replace(/^\uFEFF/, '')
          .split('\n');
        const column = head!.split(',').indexOf(PROGRAMME);
        expect(column).toBeGreaterThan(0);
        const cellOf = (name: string) => lines.find((l) => l.includes(name))!.split(',')[column];
        expect(cellOf('批量派驻社工甲')).toBe('nx-three-areas-talent-support-plan-2025');
        // Written by its key as every other placement is, though the file named it by its id.
        expect(cellOf('批量派驻社工丙')).toBe('nx-three-areas-talent-support-plan-2025');
        expect(cellOf('批量派驻社工丁')).toBe('');
        expect(cellOf(`无编号项目社工${language}`)).toBe(keyless);
      }
      const before = await dispatched();
      const report = await importWorkers({ path }, 'update');
      expect(report.problems).toEqual([]);
      expect(report.conflicts).toEqual([]);
      expect(report.updated).toEqual([]);
      expect(report.unchanged).toBe(report.rows);
      expect(report.unchanged).toBeGreaterThan(4);
      expect(await dispatched()).toEqual(before);
    },
  );

  it('leaves placements alone in a file without the column, and a cleared cell takes the worker off the programme, as the change feed shows', async () => {
    const before = await dispatched();
    const [first, , , unplaced] = await workersNamed('批量派驻社工');
    // A file of the columns exported before the programme's: the worker renamed, still placed.
    const renamed = await importWorkers(
      `记录编号,版本,姓名\nNX-${first!.id},${first!.version},批量派驻社工甲（更名）`,
      'update',
    );
    expect(renamed.problems).toEqual([]);
    expect(renamed.updated).toMatchObject([{ fields: ['name'], cleared: [] }]);
    expect(await dispatched()).toEqual(before);

    const since = (await db().query(`SELECT now() AS at`))[0].at.toISOString();
    const key = await keyOf(before.plan);
    const moved = await importWorkers(
      [
        `记录编号,版本,${PROGRAMME}`,
        `NX-${first!.id},${first!.version + 1},`,
        `NX-${unplaced!.id},${unplaced!.version},${key}`,
      ].join('\n'),
      'update',
    );
    expect(moved.problems).toEqual([]);
    expect(moved.updated).toMatchObject([
      {
        line: 2,
        fields: ['programId'],
        cleared: ['programId'],
        changes: [{ field: 'programId', before: key, after: null }],
      },
      {
        line: 3,
        fields: ['programId'],
        cleared: [],
        changes: [{ field: 'programId', before: null, after: key }],
      },
    ]);
    // One off, one on: the count is where it was; each worker's programme is the file's.
    expect(await dispatched()).toEqual(before);
    expect((await workersNamed('批量派驻社工')).map((w) => w.program)).toEqual([
      null,
      rowId(before.plan),
      rowId(before.plan),
      rowId(before.plan),
    ]);
    const feed = await federation.as(await bearer({ role: 'admin' }))(
      `query ($since: String) { ningxia { changes(since: $since) { changes { entityId changedFields after { ... on SocialWorkerState { programId } } } } } }`,
      { since },
    );
    expect(feed.ningxia.changes.changes).toEqual([
      { entityId: `NX-${first!.id}`, changedFields: ['programId'], after: { programId: null } },
      {
        entityId: `NX-${unplaced!.id}`,
        changedFields: ['programId'],
        after: { programId: before.plan },
      },
    ]);
  });

  it('waits for a withdrawal in flight, and refuses the programme it withdrew', async () => {
    const created = await importFile(
      db(),
      'key,name,kind\nnx-withdrawn-meanwhile,撤回中的项目,TRAINING',
      {
        kind: 'programs',
        region: ningxia,
        actor: 'editor-NX',
      },
    );
    const id = rowId(created.createdRows[0]!.id);
    // A withdrawal holds the programme's row until it commits, as withdrawProgram's update does.
    const withdrawal = db().createQueryRunner();
    await withdrawal.connect();
    await withdrawal.startTransaction();
    await withdrawal.query(
      `UPDATE program SET withdrawn_at = now(), withdrawal_reason = '误建' WHERE id = $1`,
      [id],
    );
    let settled = false;
    const importing = importWorkers(
      `姓名,用工方式,${PROGRAMME}\n撤回期间社工,派遣或购买服务,nx-withdrawn-meanwhile`,
      'create',
    ).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(settled).toBe(false);
    await withdrawal.commitTransaction();
    await withdrawal.release();
    const report = await importing;
    expect(report.problems).toMatchObject([
      {
        column: PROGRAMME,
        message:
          'the programme nx-withdrawn-meanwhile was withdrawn: a withdrawn programme places no worker',
      },
    ]);
    expect(await workersNamed('撤回期间社工')).toEqual([]);
  });
});
