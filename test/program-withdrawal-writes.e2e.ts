import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportHeader, exportRows } from '../subgraphs/registry/src/import/export-rows.js';
import { importFile } from '../subgraphs/registry/src/import/import-file.js';
import { writeCsv } from '../subgraphs/registry/src/import/write-files.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { holdersOf } from '../subgraphs/registry/src/program-holders.js';
import { correctPublishedData } from '../subgraphs/registry/src/seed/correct-published.js';
import { readPublishedData } from '../subgraphs/registry/src/seed/published-data.js';
import { loadPublishedData } from '../subgraphs/registry/src/seed/load-published.js';
import { referredWithdrawnLine } from '../subgraphs/registry/src/seed/referred-withdrawn.js';
import { bearer, graphql, useStack } from './harness.js';

/**
 * A programme Tianjin's team created by mistake, withdrawn through the API as a target is
 * (`withdrawProgram`): kept with its reason, counted and listed nowhere, refused while a standing
 * record refers to it, and the team's from then on, which the published data's corrections leave
 * alone.
 */
const federation = useStack({ ownDatabases: 'program_withdrawal_writes' });
const tianjin = regionBySlug('tianjin');
const db = () => federation.stack.subgraphs.get(tianjin.slug)!.db;

const editor = () => bearer({ role: 'editor', region: 'TJ', subject: 'editor-TJ' });
const ask = async (
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => graphql(federation.stack.gatewayUrl, query, variables, headers ?? (await editor()));

/** The id of Tianjin's latest change, read page by page. */
async function latestChangeId() {
  let page = { lastId: null as string | null, hasMore: true };
  while (page.hasMore) {
    const after = page.lastId ? `, after: "${page.lastId}"` : '';
    const next = (
      await federation.query(`{ tianjin { changes(first: 100${after}) { lastId hasMore } } }`)
    ).tianjin.changes;
    page = { lastId: next.lastId ?? page.lastId, hasMore: next.hasMore };
  }
  return page.lastId;
}

const rowId = (id: string) => id.replace(/^TJ-/, '');

async function newProgram(name: string) {
  const created = await ask(
    `mutation ($name: String!) { tianjin { createProgram(input: { name: $name, kind: TRAINING }) { id version } } }`,
    { name },
  );
  expect(created.errors).toBeUndefined();
  return created.data.tianjin.createProgram as { id: string; version: number };
}

const withdraw = (id: string, version: number, reason: string, key?: string) =>
  ask(
    `mutation ($id: ID!, $version: Int!, $reason: String!, $key: String) {
      tianjin { withdrawProgram(id: $id, version: $version, reason: $reason, idempotencyKey: $key) {
        id version withdrawnAt withdrawalReason } } }`,
    { id, version, reason, key },
  );

/** The programme's row and its audit rows: what a refused write must leave as they were. */
async function stored(id: string) {
  const [row] = await db().query(
    `SELECT p.version, p.withdrawn_at IS NOT NULL AS withdrawn, p.withdrawal_reason AS reason,
       (SELECT count(*)::int FROM audit a WHERE a.entity = 'program' AND a.entity_id = p.id::text) AS audits
     FROM program p WHERE p.id = $1`,
    [rowId(id)],
  );
  return row as { version: number; withdrawn: boolean; reason: string | null; audits: number };
}

const projects = `measure(indicator: "SOCIAL_WORK_PROJECTS") { value }`;

describe('withdrawProgram', () => {
  it('takes a programme the team created out of every count and list, keeping it with its reason, and the change feed shows it', async () => {
    const name = `误建测试项目${Date.now()}`;
    const program = await newProgram(name);
    const lists = `listed: programs(filter: { nameContains: "${name}" }) { edges { node { id } } }
      all: programs(filter: { nameContains: "${name}" }, includeWithdrawn: true) {
        edges { node { id withdrawnAt withdrawalReason } } }`;
    const before = await federation.query(
      `{ registries { code ${projects} } tianjin { ${projects} ${lists} } }`,
    );
    expect(before.tianjin.listed.edges).toEqual([{ node: { id: program.id } }]);
    const lastId = await latestChangeId();

    const withdrawn = await withdraw(program.id, program.version, '重复建立的项目');
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data.tianjin.withdrawProgram).toEqual({
      id: program.id,
      version: program.version + 1,
      withdrawnAt: expect.any(String),
      withdrawalReason: '重复建立的项目',
    });

    const after = await federation.query(
      `{ registries { code ${projects} } tianjin { ${projects} ${lists}
         changes(after: "${lastId}") { changes { actor action entity entityId changedFields
           after { ... on ProgramState { withdrawnAt withdrawalReason } } } } } }`,
    );
    const national = (answer: typeof before) =>
      answer.registries.find((r: { code: string }) => r.code === 'TJ').measure.value as number;
    expect(after.tianjin.measure.value).toBe(before.tianjin.measure.value - 1);
    expect(national(after)).toBe(national(before) - 1);
    expect(after.tianjin.listed.edges).toEqual([]);
    expect(after.tianjin.all.edges).toEqual([
      {
        node: {
          id: program.id,
          withdrawnAt: expect.any(String),
          withdrawalReason: '重复建立的项目',
        },
      },
    ]);
    expect(after.tianjin.changes.changes).toEqual([
      {
        actor: 'editor-TJ',
        action: 'withdrawProgram',
        entity: 'program',
        entityId: program.id,
        changedFields: ['withdrawnAt', 'withdrawalReason'],
        after: { withdrawnAt: expect.any(String), withdrawalReason: '重复建立的项目' },
      },
    ]);

    // Withdrawn again, or edited, it is refused, as a withdrawn target is, and nothing changes.
    const kept = await stored(program.id);
    const again = await withdraw(program.id, program.version + 1, '再次撤回');
    const edited = await ask(
      `mutation { tianjin { updateProgram(id: "${program.id}", version: ${program.version + 1}, input: { year: 2026 }) { id } } }`,
    );
    expect(
      [again, edited].map(({ errors }) => errors?.map((e) => [e.message, e.extensions?.code])),
    ).toEqual([
      [
        [
          `记录编号（id）：项目 ${program.id} 已经撤回。id: programme ${program.id} was already withdrawn`,
          'BAD_USER_INPUT',
        ],
      ],
      [
        [
          `记录编号（id）：项目 ${program.id} 已撤回。id: programme ${program.id} was withdrawn`,
          'BAD_USER_INPUT',
        ],
      ],
    ]);
    expect(await stored(program.id)).toEqual(kept);
  });

  it('refuses a version read before a change with CONFLICT, writing nothing', async () => {
    const program = await newProgram(`版本测试项目${Date.now()}`);
    const renamed = await ask(
      `mutation { tianjin { updateProgram(id: "${program.id}", version: ${program.version}, input: { year: 2025 }) { version } } }`,
    );
    expect(renamed.errors).toBeUndefined();
    const before = await stored(program.id);
    const stale = await withdraw(program.id, program.version, '误建');
    expect(stale.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.message).toContain(
      `项目 ${program.id} 现为第 ${program.version + 1} 版，而非第 ${program.version} 版`,
    );
    expect(await stored(program.id)).toEqual(before);
    expect(before.withdrawn).toBe(false);
  });

  it('refuses a programme a standing figure is scoped to, naming the figure, and withdraws it once the figure is withdrawn', async () => {
    const program = await newProgram(`有数字的测试项目${Date.now()}`);
    const recorded = await ask(
      `mutation ($input: FigureInput!) { tianjin { recordFigure(input: $input) { id } } }`,
      {
        input: {
          indicator: 'BENEFICIARIES',
          value: 300,
          asOf: '2026-05',
          quote: '该项目服务300人次',
          scopeProgramId: program.id,
          source: { title: '项目测试来源', document: 'program-test.txt' },
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    const figure = recorded.data.tianjin.recordFigure.id as string;
    const before = await stored(program.id);

    const refused = await withdraw(program.id, program.version, '误建');
    expect(refused.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      [
        `记录编号（id）：项目 ${program.id} 仍被公开数据 ${figure}引用：撤回的项目不计入任何测算，请先撤回这些记录或使其不再引用该项目。` +
          `id: programme ${program.id} is still referred to by figure ${figure}: a withdrawn programme counts nowhere, so withdraw them or take them off it first`,
        'BAD_USER_INPUT',
      ],
    ]);
    expect(await stored(program.id)).toEqual(before);

    // A withdrawn figure holds nothing: kept for the record, it may point to a withdrawn programme.
    const figureWithdrawn = await ask(
      `mutation { tianjin { withdrawFigure(id: "${figure}", reason: "项目误建") { id } } }`,
    );
    expect(figureWithdrawn.errors).toBeUndefined();
    const withdrawn = await withdraw(program.id, program.version, '误建');
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data.tianjin.withdrawProgram.withdrawalReason).toBe('误建');
  });

  it('refuses a programme a demo social worker is placed on, saying how such workers are taken out', async () => {
    const program = await newProgram(`演示社工项目${Date.now()}`);
    // As the demo places one, on a programme of the team's.
    const [worker]: { id: string }[] = await db().query(
      `INSERT INTO social_worker (name, program_id, provenance) VALUES ('演示社工', $1, 'DEMO') RETURNING id::text AS id`,
      [rowId(program.id)],
    );
    const before = await stored(program.id);
    const refused = await withdraw(program.id, program.version, '误建');
    expect(refused.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      [
        `记录编号（id）：项目 ${program.id} 仍被社工 TJ-${worker!.id}引用：撤回的项目不计入任何测算，请先撤回这些记录或使其不再引用该项目（社工可用 updateSocialWorker 将 programId 置空移出该项目；演示数据可用 npm run demo -- --remove 移除）。` +
          `id: programme ${program.id} is still referred to by social worker TJ-${worker!.id}: a withdrawn programme counts nowhere, so withdraw them or take them off it first (a social worker comes off it with updateSocialWorker and programId null; the demo data with npm run demo -- --remove)`,
        'BAD_USER_INPUT',
      ],
    ]);
    expect(await stored(program.id)).toEqual(before);
    await db().query(`DELETE FROM social_worker WHERE id = $1`, [worker!.id]);
  });

  it("is refused to another region's editor, writing nothing", async () => {
    const program = await newProgram(`越权撤回测试项目${Date.now()}`);
    const before = await stored(program.id);
    const refused = await ask(
      `mutation { tianjin { withdrawProgram(id: "${program.id}", version: ${program.version}, reason: "越权") { id } } }`,
      {},
      await bearer({ role: 'editor', region: 'BJ', subject: 'editor-BJ' }),
    );
    expect(refused.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      [
        '北京市（BJ）的编辑不能写入天津市登记库（TJ）；未写入任何内容。An editor of Beijing (BJ) cannot write to the Tianjin registry (TJ); nothing was written.',
        'FORBIDDEN',
      ],
    ]);
    expect(await stored(program.id)).toEqual(before);
  });

  it('writes a retry with the same idempotency key once, answering it with the programme', async () => {
    const program = await newProgram(`幂等撤回测试项目${Date.now()}`);
    const key = `withdraw-program-${Date.now()}`;
    const first = await withdraw(program.id, program.version, '误建', key);
    const retry = await withdraw(program.id, program.version, '误建', key);
    expect(first.errors).toBeUndefined();
    expect(retry).toEqual(first);
    expect(await stored(program.id)).toEqual({
      version: program.version + 1,
      withdrawn: true,
      reason: '误建',
      // createProgram's and one withdrawal's.
      audits: 2,
    });
  });
});

describe('an import of the programmes, beside a withdrawn one', () => {
  it('says no withdrawn programme is left out of an export brought back, and matches a row without an id to the standing one of its name', async () => {
    const name = `重复测试项目${Date.now()}`;
    const standing = await newProgram(name);
    const duplicate = await newProgram(name);
    expect(
      (await withdraw(duplicate.id, duplicate.version, '重复建立的项目')).errors,
    ).toBeUndefined();
    const importAs = (file: string, mode: 'upsert' | 'update') =>
      importFile(db(), file, { kind: 'programs', region: tianjin, actor: 'editor-TJ', mode });

    // The team's export, brought back as it was: the file names every programme it could.
    const file = join(mkdtempSync(join(tmpdir(), 'programme-export-')), 'programs.csv');
    await writeCsv(
      file,
      exportHeader('programs', 'zh'),
      exportRows(db(), 'programs', tianjin, 'zh'),
    );
    const brought = await importAs(readFileSync(file, 'utf8'), 'update');
    expect(brought.problems).toEqual([]);
    expect(brought.notInFile).toEqual({ count: 0, ids: [] });

    const byName = await importAs(`name,kind\n${name},TRAINING\n`, 'upsert');
    expect(byName.problems).toEqual([]);
    expect({ created: byName.created, unchanged: byName.unchanged }).toEqual({
      created: 0,
      unchanged: 1,
    });
    expect((await stored(standing.id)).version).toBe(standing.version);
  });
});

describe('a published programme the team withdrew', () => {
  it('is left alone by a later correction of the published data, which revises or withdraws it no more', async () => {
    const files = readPublishedData(tianjin.slug);
    // Two of the files' programmes: the team withdraws the first; the second, which nobody but the
    // files has changed, shows that the correction would revise a programme the team left alone.
    const [published, other]: { id: string; key: string }[] = await db().query(
      `SELECT p.id::text AS id, p.key FROM program p
       WHERE p.provenance = 'PUBLISHED' AND p.key = ANY($1) AND p.withdrawn_at IS NULL
         AND ${holdersOf('p.id')}::text = '[]'
       ORDER BY p.id LIMIT 2`,
      [files.programs.map((p) => p.id)],
    );
    expect(other).toBeDefined();
    const id = `TJ-${published!.id}`;
    const { version } = await stored(id);
    const withdrawn = await withdraw(id, version, '本地区核实后撤回');
    expect(withdrawn.errors).toBeUndefined();
    const before = await stored(id);

    // The files as a later release might read them: the programme renamed, and withdrawn too.
    const { corrected, keptPrograms } = await correctPublishedData(db().manager, {
      ...files,
      programs: files.programs.map((p) =>
        [published!.key, other!.key].includes(p.id) ? { ...p, name: `${p.name}（更正）` } : p,
      ),
      withdrawnPrograms: [{ id: published!.key, reason: '公开数据撤回' }],
    });
    expect(corrected.programs).toEqual([other!.key]);
    expect(corrected.withdrawnPrograms).toEqual([]);
    expect(keptPrograms).toEqual([]);
    expect(await stored(id)).toEqual(before);
    expect(before).toMatchObject({ withdrawn: true, reason: '本地区核实后撤回' });

    // A later release's files give the programme a new figure: loaded, it counts what counts
    // nowhere, and every start says so, naming both.
    const figure = {
      ...files.figures[0]!,
      id: 'tj-figure-of-a-withdrawn-programme',
      scopeProgram: published!.key,
    };
    const loaded = await loadPublishedData(db(), tianjin.slug, {
      ...files,
      figures: [...files.figures, figure],
    });
    expect(loaded.figures).toBe(1);
    expect(loaded.referredWithdrawn).toEqual([
      {
        id: published!.id,
        key: published!.key,
        name: expect.any(String),
        holders: [{ entity: 'figure', count: 1, ids: [figure.id] }],
      },
    ]);
    expect(referredWithdrawnLine(loaded.referredWithdrawn, tianjin)).toMatch(
      new RegExp(
        `^已撤回的 1 个项目仍被有效记录引用，这些记录所计的项目不计入任何测算：项目 ${id}（${published!.key}，[^）]+）：被公开数据 ${figure.id}引用。.*1 withdrawn programme is still referred to by standing records, which count what counts nowhere: programme ${id} \\(${published!.key}, [^)]+\\): referred to by figure ${figure.id}\\.`,
      ),
    );
    // Withdrawn, it holds nothing: the next start says nothing.
    await db().query(
      `UPDATE figure SET withdrawn_at = now(), withdrawal_reason = '测试' WHERE id = $1`,
      [figure.id],
    );
    expect((await loadPublishedData(db(), tianjin.slug, files)).referredWithdrawn).toEqual([]);
  });
});
