import { describe, expect, it } from 'vitest';
import { bearer, graphql, useStack } from './harness.js';
import { chinaYear } from '../shared/china-day.js';
import { fetchComparison, type Comparison } from '../scripts/report/comparison.js';
import { toCsv, toJson, toXlsx } from '../scripts/report/comparison-formats.js';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { comparisonForTerminal } from '../scripts/report/terminal-report.js';

/** Writes go through the gateway to Tianjin's subgraph, on databases of this file's own. */
const federation = useStack({ ownDatabases: 'writes' });

/** The row id in the region's table of an id the API gives (`TJ-5`). */
const rowId = (id: string) => id.replace(/^[A-Z]{2}-/, '');

const editorOf = (region: string) =>
  bearer({ role: 'editor', region, subject: `editor-${region}` });

async function ask(
  headers: Record<string, string>,
  query: string,
  variables?: Record<string, unknown>,
) {
  return graphql(federation.stack.gatewayUrl, query, variables, headers);
}

async function tianjinRows(): Promise<{
  audit: number;
  institutions: number;
  workers: number;
  programs: number;
  figures: number;
  targets: number;
}> {
  const [row] = await federation.stack.subgraphs.get('tianjin')!.db.query(
    `SELECT (SELECT count(*) FROM audit)::int AS audit, (SELECT count(*) FROM institution)::int AS institutions,
            (SELECT count(*) FROM social_worker)::int AS workers, (SELECT count(*) FROM program)::int AS programs,
            (SELECT count(*) FROM figure)::int AS figures, (SELECT count(*) FROM target)::int AS targets`,
  );
  return row;
}

/** The id of Tianjin's latest change, read page by page. */
async function latestChangeId(headers: Record<string, string>) {
  let page = { lastId: null as string | null, hasMore: true };
  while (page.hasMore) {
    const after = page.lastId ? `, after: "${page.lastId}"` : '';
    const next = (
      await ask(headers, `{ tianjin { changes(first: 100${after}) { lastId hasMore } } }`)
    ).data.tianjin.changes;
    page = { lastId: next.lastId ?? page.lastId, hasMore: next.hasMore };
  }
  return page.lastId;
}

const createInstitution = `mutation ($input: InstitutionInput!, $key: String) {
  tianjin { createInstitution(input: $input, idempotencyKey: $key) { id version updatedAt name status provenance } } }`;

/** Whether the gateway answers a public list of Tianjin's from its cache (an `age` header). */
async function cached() {
  const response = await fetch(federation.stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ tianjin { figures(indicator: "SOCIAL_WORK_AGENCIES") { value } } }',
    }),
  });
  return response.headers.get('age') !== null;
}

async function newAgency(name: string) {
  const response = await ask(await editorOf('TJ'), createInstitution, {
    input: { name, kind: 'SOCIAL_WORK_AGENCY', city: '天津市' },
  });
  expect(response.errors).toBeUndefined();
  return response.data.tianjin.createInstitution as {
    id: string;
    version: number;
    updatedAt: string;
  };
}

/** One call of every mutation, with valid input, for the access and audit tests. */
async function everyMutation(): Promise<[string, string, Record<string, unknown>][]> {
  const institution = await newAgency(`天津市写入测试机构${Date.now()}`);
  const other = await newAgency(`天津市写入测试机构乙${Date.now()}`);
  const closing = await newAgency(`天津市写入测试机构丙${Date.now()}`);
  const reopening = await newAgency(`天津市写入测试机构丁${Date.now()}`);
  const editor = await editorOf('TJ');
  const closed = (
    await ask(
      editor,
      `mutation { tianjin { closeInstitution(id: "${reopening.id}", version: ${reopening.version}) { version } } }`,
    )
  ).data.tianjin.closeInstitution;
  const worker = (
    await ask(
      editor,
      `mutation { tianjin { registerSocialWorker(input: { name: "测试社工", institutionId: "${institution.id}" }) { id version } } }`,
    )
  ).data.tianjin.registerSocialWorker;
  const program = (
    await ask(
      editor,
      `mutation { tianjin { createProgram(input: { name: "测试项目", kind: TRAINING }) { id version } } }`,
    )
  ).data.tianjin.createProgram;
  const target = (
    await ask(
      editor,
      `mutation { tianjin { setTarget(input: { indicator: "SOCIAL_WORK_STATIONS", targetValue: 300, unit: "stations",
    targetYear: 2030, description: "测试目标" }) { id version } } }`,
    )
  ).data.tianjin.setTarget;
  const [mistaken, wrong] = await Promise.all(
    [240, 245].map(
      async (value) =>
        (
          await ask(
            editor,
            `mutation ($input: FigureInput!) { tianjin { recordFigure(input: $input) { id } } }`,
            {
              input: {
                indicator: 'SOCIAL_WORK_STATIONS',
                value,
                asOf: '2026-05',
                quote: `建成社工站${value}个`,
                source: { title: '测试来源', document: 'test.txt' },
              },
            },
          )
        ).data.tianjin.recordFigure,
    ),
  );
  return [
    [
      'createInstitution',
      `createInstitution(input: $input) { id }`,
      { input: { name: '越权机构', kind: 'SOCIAL_WORK_AGENCY' } },
    ],
    [
      'updateInstitution',
      `updateInstitution(id: "${institution.id}", version: ${institution.version}, input: $input) { id }`,
      { input: { county: '河西区' } },
    ],
    [
      'closeInstitution',
      `closeInstitution(id: "${closing.id}", version: ${closing.version}) { id }`,
      {},
    ],
    [
      'reopenInstitution',
      `reopenInstitution(id: "${reopening.id}", version: ${closed.version}) { id }`,
      {},
    ],
    [
      'registerSocialWorker',
      `registerSocialWorker(input: $input) { id }`,
      { input: { name: '越权社工' } },
    ],
    [
      'updateSocialWorker',
      `updateSocialWorker(id: "${worker.id}", version: ${worker.version}, input: $input) { id }`,
      { input: { employment: 'PART_TIME' } },
    ],
    // The update above runs first when the list is run, so the transfer reads the version after it.
    [
      'transferSocialWorker',
      `transferSocialWorker(id: "${worker.id}", version: ${worker.version + 1}, institutionId: "${other.id}") { id }`,
      {},
    ],
    [
      'createProgram',
      `createProgram(input: $input) { id }`,
      { input: { name: '越权项目', kind: 'TRAINING' } },
    ],
    [
      'updateProgram',
      `updateProgram(id: "${program.id}", version: ${program.version}, input: $input) { id }`,
      { input: { year: 2026 } },
    ],
    // After the update above, when the list is run.
    [
      'withdrawProgram',
      `withdrawProgram(id: "${program.id}", version: ${program.version + 1}, reason: "误建的项目") { id }`,
      {},
    ],
    [
      'recordFigure',
      `recordFigure(input: $input) { id }`,
      {
        input: {
          indicator: 'SOCIAL_WORK_STATIONS',
          value: 250,
          unit: 'stations',
          asOf: '2026-06',
          quote: '建成社工站250个',
          source: { title: '测试来源', document: 'test.txt' },
        },
      },
    ],
    [
      'correctFigure',
      `correctFigure(id: "${wrong.id}", input: $input, reason: "数字录入错误") { id }`,
      {
        input: {
          indicator: 'SOCIAL_WORK_STATIONS',
          value: 254,
          asOf: '2026-05',
          quote: '建成社工站254个',
          source: { title: '测试来源', document: 'test.txt' },
        },
      },
    ],
    ['withdrawFigure', `withdrawFigure(id: "${mistaken.id}", reason: "重复录入") { id }`, {}],
    [
      'setTarget',
      `setTarget(input: $input, version: ${target.version}) { id }`,
      {
        input: {
          id: target.id,
          indicator: 'SOCIAL_WORK_STATIONS',
          targetValue: 320,
          unit: 'stations',
          targetYear: 2030,
          description: '测试目标修订',
        },
      },
    ],
    // After the revision above, when the list is run.
    [
      'withdrawTarget',
      `withdrawTarget(id: "${target.id}", version: ${target.version + 1}, reason: "目标已并入新规划") { id }`,
      {},
    ],
  ];
}

const inputTypes: Record<string, string> = {
  createInstitution: 'InstitutionInput',
  updateInstitution: 'InstitutionInput',
  registerSocialWorker: 'SocialWorkerInput',
  updateSocialWorker: 'SocialWorkerInput',
  createProgram: 'ProgramInput',
  updateProgram: 'ProgramInput',
  recordFigure: 'FigureInput',
  correctFigure: 'FigureInput',
  setTarget: 'TargetInput',
};
const operation = (action: string, call: string) =>
  `mutation${inputTypes[action] ? `($input: ${inputTypes[action]}!)` : ''} { tianjin { ${call} } }`;

describe('region-scoped writes', () => {
  it('refuses every write to Tianjin from a Beijing editor, an analyst and an anonymous caller, writing nothing', async () => {
    const mutations = await everyMutation();
    const before = await tianjinRows();
    const callers: [string, Record<string, string>, string][] = [
      ['Beijing editor', await editorOf('BJ'), 'FORBIDDEN'],
      ['analyst', await bearer({ role: 'analyst' }), 'FORBIDDEN'],
      ['anonymous', {}, 'FORBIDDEN'],
    ];
    for (const [action, call, variables] of mutations) {
      for (const [who, headers, code] of callers) {
        const response = await ask(headers, operation(action, call), variables);
        expect(response.errors?.[0]?.extensions?.code, `${action} by ${who}`).toBe(code);
        expect(response.errors?.[0]?.message).toContain('nothing was written');
      }
    }
    expect(await tianjinRows()).toEqual(before);
    // The refusal names both regions, in words.
    const [action, call, variables] = mutations[0]!;
    expect(
      (await ask(await editorOf('BJ'), operation(action, call), variables)).errors?.[0]?.message,
    ).toBe(
      '北京市（BJ）的编辑不能写入天津市登记库（TJ）；未写入任何内容。An editor of Beijing (BJ) cannot write to the Tianjin registry (TJ); nothing was written.',
    );
  });

  it("lets the region's editor and an admin run every write, each with an audit record and a change in the feed", async () => {
    const mutations = await everyMutation();
    const before = await tianjinRows();
    const admin = await bearer({ role: 'admin', subject: 'admin-1' });
    const editor = await editorOf('TJ');
    const { lastId } = (await ask(admin, `{ tianjin { changes(first: 100) { lastId hasMore } } }`))
      .data.tianjin.changes;
    for (const [index, [action, call, variables]] of mutations.entries()) {
      const response = await ask(index % 2 ? admin : editor, operation(action, call), variables);
      expect(response.errors, action).toBeUndefined();
    }
    expect((await tianjinRows()).audit).toBe(before.audit + mutations.length);
    const states = `... on SocialWorkerState { name institutionId } ... on InstitutionState { status closedOn }`;
    const feed = (
      await ask(
        admin,
        `{ tianjin { changes(after: "${lastId}") { changes { action actor entity entityId changedFields
      before { __typename ${states} } after { __typename ${states} } } } } }`,
      )
    ).data.tianjin.changes.changes;
    expect(feed.map((c: { action: string }) => c.action)).toEqual(
      mutations.map(([action]) => action),
    );
    expect(feed.map((c: { actor: string }) => c.actor)).toEqual(
      mutations.map((_, i) => (i % 2 ? 'admin-1' : 'editor-TJ')),
    );
    const transfer = feed.find((c: { action: string }) => c.action === 'transferSocialWorker');
    expect(transfer.changedFields).toEqual(['institutionId']);
    expect(transfer.before).toMatchObject({
      __typename: 'SocialWorkerState',
      name: '测试社工',
      institutionId: expect.stringMatching(/^TJ-\d+$/),
    });
    expect(transfer.after.institutionId).not.toBe(transfer.before.institutionId);
    const closed = feed.find((c: { action: string }) => c.action === 'closeInstitution');
    expect(closed.after).toMatchObject({
      __typename: 'InstitutionState',
      status: 'CLOSED',
      closedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(closed.changedFields).toEqual(expect.arrayContaining(['status', 'closedOn']));
  });

  it('pages the change feed: each page says whether more follow, and the pages add up to the whole feed', async () => {
    const admin = await bearer({ role: 'admin' });
    const whole = (
      await ask(admin, `{ tianjin { changes(first: 100) { changes { id } hasMore lastId } } }`)
    ).data.tianjin.changes;
    expect(whole.changes.length).toBeGreaterThan(3);
    expect(whole.changes.length < 100).toBe(!whole.hasMore);
    expect(whole.lastId).toBe(whole.changes.at(-1).id);
    const pulled: string[] = [];
    let page = { changes: [] as { id: string }[], hasMore: true, lastId: null as string | null };
    while (page.hasMore) {
      const after = page.lastId ? `, after: "${page.lastId}"` : '';
      page = (
        await ask(
          admin,
          `{ tianjin { changes(first: 2${after}) { changes { id } hasMore lastId } } }`,
        )
      ).data.tianjin.changes;
      pulled.push(...page.changes.map((c) => c.id));
    }
    expect(pulled).toEqual(whole.changes.map((c: { id: string }) => c.id));
    const beyond = (
      await ask(
        admin,
        `{ tianjin { changes(after: "${whole.lastId}") { changes { id } hasMore lastId } } }`,
      )
    ).data.tianjin.changes;
    expect(beyond).toEqual({ changes: [], hasMore: false, lastId: null });
  });

  it('refuses a certified worker without a certificate number, as the import does', async () => {
    const refused = await ask(
      await editorOf('TJ'),
      `mutation { tianjin { registerSocialWorker(input: { name: "无证号测试", certificateLevel: ASSISTANT }) { id } } }`,
    );
    expect(refused.errors?.[0]?.extensions?.problems).toEqual([
      {
        path: 'input.certificateNumber',
        message: '持证社工须填写证书编号。is required for a certified worker',
      },
    ]);
  });

  it('lets a certified worker registered without a number before it was required be corrected, and its certificate changed only with one', async () => {
    const editor = await editorOf('TJ');
    const [{ id }] = await federation.stack.subgraphs
      .get('tianjin')!
      .db.query(
        `INSERT INTO social_worker (name, certificate_level, provenance) VALUES ('旧记录无证号', 'ASSISTANT', 'REGISTERED') RETURNING id`,
      );
    const renamed = await ask(
      editor,
      `mutation { tianjin { updateSocialWorker(id: "TJ-${id}", version: 1, input: { name: "旧记录无证号（更正）" }) { version } } }`,
    );
    expect(renamed.errors).toBeUndefined();
    const promoted = await ask(
      editor,
      `mutation { tianjin { updateSocialWorker(id: "TJ-${id}", version: 2, input: { certificateLevel: INTERMEDIATE }) { version } } }`,
    );
    expect(promoted.errors?.[0]?.extensions?.problems).toEqual([
      {
        path: 'input.certificateNumber',
        message: '持证社工须填写证书编号。is required for a certified worker',
      },
    ]);
  });

  it("shows personal data to the region's editors only, in records and in the change feed", async () => {
    const editor = await editorOf('TJ');
    const created = await ask(
      editor,
      `mutation { tianjin { registerSocialWorker(input: { name: "隐私测试", certificateLevel: ASSISTANT,
      certificateNumber: "TJ-2026-000123" }) { id name certificateNumber } } }`,
    );
    const { id } = created.data.tianjin.registerSocialWorker;
    expect(created.data.tianjin.registerSocialWorker).toMatchObject({
      name: '隐私测试',
      certificateNumber: 'TJ-2026-000123',
    });
    const read = `{ tianjin { socialWorker(id: "${id}") { name certificateNumber certificateLevel }
      changes(first: 100) { changes { entityId after { ... on SocialWorkerState { name certificateNumber certificateLevel } } } } } }`;
    for (const headers of [await bearer({ role: 'analyst' }), await editorOf('BJ')]) {
      const { tianjin } = (await ask(headers, read)).data;
      expect(tianjin.socialWorker).toEqual({
        name: null,
        certificateNumber: null,
        certificateLevel: 'ASSISTANT',
      });
      const change = tianjin.changes.changes.find((c: { entityId: string }) => c.entityId === id);
      expect(change.after).toEqual({
        name: null,
        certificateNumber: null,
        certificateLevel: 'ASSISTANT',
      });
    }
    const own = (await ask(editor, read)).data.tianjin;
    expect(own.socialWorker.name).toBe('隐私测试');
    expect(
      own.changes.changes.find((c: { entityId: string }) => c.entityId === id).after.name,
    ).toBe('隐私测试');
    const anonymous = await ask({}, `{ tianjin { socialWorkers { totalCount } } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('published records and anonymous callers', () => {
  it('hides a registered programme from anonymous callers, also under its published host', async () => {
    const editor = await editorOf('TJ');
    const [published] = (
      await ask(
        editor,
        `{ tianjin { institutions(first: 1, filter: { provenance: PUBLISHED }) { edges { node { id } } } } }`,
      )
    ).data.tianjin.institutions.edges;
    const created = await ask(
      editor,
      `mutation { tianjin { createProgram(input: { name: "登记项目", kind: TRAINING, hostInstitutionId: "${published.node.id}" }) { id provenance } } }`,
    );
    const program = created.data.tianjin.createProgram;
    expect(program.provenance).toBe('REGISTERED');
    const read = `{ tianjin { institution(id: "${published.node.id}") { programs(first: 100) { id } } program(id: "${program.id}") { id } } }`;
    const anonymous = (await ask({}, read)).data.tianjin;
    expect(anonymous.institution.programs.map((p: { id: string }) => p.id)).not.toContain(
      program.id,
    );
    expect(anonymous.program).toBeNull();
    const signedIn = (await ask(editor, read)).data.tianjin;
    expect(signedIn.institution.programs.map((p: { id: string }) => p.id)).toContain(program.id);
  });

  it('turns a published record that the region edits into a registered one, keeping its source', async () => {
    const editor = await editorOf('TJ');
    const [published] = (
      await ask(
        editor,
        `{ tianjin { institutions(first: 1, filter: { provenance: PUBLISHED }) { edges { node { id version source { id } } } } } }`,
      )
    ).data.tianjin.institutions.edges;
    const edited = await ask(
      editor,
      `mutation { tianjin { updateInstitution(id: "${published.node.id}", version: ${published.node.version},
      input: { socialWorkSetup: DEPARTMENT }) { provenance source { id } } } }`,
    );
    expect(edited.data.tianjin.updateInstitution).toEqual({
      provenance: 'REGISTERED',
      source: published.node.source,
    });
  });
});

describe('public answers cached by the gateway', () => {
  it('serves a dashboard the new figure right after a write through the gateway, not the cached answer', async () => {
    const figures = async () => {
      const response = await fetch(federation.stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ tianjin { figures(indicator: "SOCIAL_WORK_STATIONS") { value } } }',
        }),
      });
      const body = (await response.json()) as {
        data: { tianjin: { figures: { value: number }[] } };
      };
      return {
        cached: response.headers.get('age') !== null,
        values: body.data.tianjin.figures.map((f) => f.value),
      };
    };
    await figures();
    const beforeWrite = await figures();
    expect(beforeWrite.cached).toBe(true);
    expect(beforeWrite.values).not.toContain(271);

    const recorded = await ask(
      await editorOf('TJ'),
      `mutation ($input: FigureInput!) { tianjin { recordFigure(input: $input) { id } } }`,
      {
        input: {
          indicator: 'SOCIAL_WORK_STATIONS',
          value: 271,
          unit: 'stations',
          asOf: '2026-09',
          quote: '建成社工站271个',
          source: { title: '缓存测试来源', document: 'cache-test.txt' },
        },
      },
    );
    expect(recorded.errors).toBeUndefined();

    const afterWrite = await figures();
    expect(afterWrite.cached).toBe(false);
    expect(afterWrite.values).toContain(271);
  });

  it('keeps the cached answers through every mutation that commits nothing: anyone could empty the cache otherwise', async () => {
    await cached();
    expect(await cached()).toBe(true);
    const institution = await newAgency(`天津市缓存测试机构${Date.now()}`);
    expect(await cached()).toBe(false);
    await cached();
    const editor = await editorOf('TJ');
    const nothingCommitted: [string, Record<string, string>, string][] = [
      ['a mutation of __typename alone', {}, 'mutation { __typename }'],
      ["a region's __typename", editor, 'mutation { tianjin { __typename } }'],
      [
        'an anonymous write',
        {},
        'mutation { tianjin { createInstitution(input: { name: "匿名写入" }) { id } } }',
      ],
      [
        "an analyst's write",
        await bearer({ role: 'analyst' }),
        'mutation { tianjin { createInstitution(input: { name: "分析员写入" }) { id } } }',
      ],
      [
        "another region's editor",
        await editorOf('BJ'),
        'mutation { tianjin { createInstitution(input: { name: "越权写入" }) { id } } }',
      ],
      [
        'a stale version',
        editor,
        `mutation { tianjin { updateInstitution(id: "${institution.id}", version: ${institution.version + 5}, input: { county: "河西区" }) { id } } }`,
      ],
      [
        'invalid input',
        editor,
        'mutation { tianjin { createInstitution(input: { name: "" }) { id } } }',
      ],
    ];
    for (const [what, headers, mutation] of nothingCommitted) {
      const response = await ask(headers, mutation);
      expect(
        response.data?.tianjin?.createInstitution ??
          response.data?.tianjin?.updateInstitution ??
          null,
        what,
      ).toBeNull();
      expect(await cached(), what).toBe(true);
    }
  });
});

describe('an update that changes nothing', () => {
  const update = `mutation ($id: ID!, $version: Int!, $input: InstitutionInput!) {
    tianjin { updateInstitution(id: $id, version: $version, input: $input) { version updatedAt division { county } } } }`;

  it('keeps the version, writes no audit and keeps the cache; the next change counts one', async () => {
    const editor = await editorOf('TJ');
    const agency = await newAgency(`天津市无改动测试机构${Date.now()}`);
    const before = await tianjinRows();
    await cached();
    // The form saved as it was read: its city as stored, given again.
    const same = await ask(editor, update, {
      id: agency.id,
      version: agency.version,
      input: { city: '天津市' },
    });
    expect(same.errors).toBeUndefined();
    expect(same.data.tianjin.updateInstitution).toMatchObject({
      version: agency.version,
      updatedAt: agency.updatedAt,
    });
    expect((await tianjinRows()).audit).toBe(before.audit);
    expect(await cached()).toBe(true);
    // The version read before the unchanged save still writes the next change, which counts one.
    const changed = await ask(editor, update, {
      id: agency.id,
      version: agency.version,
      input: { county: '河西区' },
    });
    expect(changed.data.tianjin.updateInstitution).toMatchObject({
      version: agency.version + 1,
      division: { county: '河西区' },
    });
    expect((await tianjinRows()).audit).toBe(before.audit + 1);
  });
});

describe('a rename', () => {
  const renameInstitution = `mutation ($id: ID!, $version: Int!, $input: InstitutionInput!) {
    tianjin { updateInstitution(id: $id, version: $version, input: $input) { version name nameEn } } }`;
  const renameProgram = `mutation ($id: ID!, $version: Int!, $input: ProgramInput!) {
    tianjin { updateProgram(id: $id, version: $version, input: $input) { version name nameEn } } }`;

  it('is refused while it leaves the English name of the former name, and written with the English changed, cleared or given again', async () => {
    const editor = await editorOf('TJ');
    const agency = (
      await ask(editor, createInstitution, {
        input: {
          name: '天津市改名测试社工站(和平)',
          nameEn: 'Tianjin Rename Test Station',
          kind: 'SOCIAL_WORK_STATION',
          city: '天津市',
        },
      })
    ).data.tianjin.createInstitution as { id: string; version: number };
    const before = await tianjinRows();
    const refused = await ask(editor, renameInstitution, {
      id: agency.id,
      version: agency.version,
      input: { name: '天津市和平区改名测试社工站' },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.nameEn',
      problems: [
        {
          path: 'input.nameEn',
          message:
            '仍是原名称“天津市改名测试社工站(和平)”的英文（“Tianjin Rename Test Station”）：改了名称，请一并改写英文名称，或将其清空。is still "Tianjin Rename Test Station", the English of the former name "天津市改名测试社工站(和平)": with a new name, give its English name too, or clear the English name',
        },
      ],
    });
    expect(refused.errors?.[0]?.message).toMatch(/^英文名称（input\.nameEn）：仍是原名称/);
    expect(await tianjinRows()).toEqual(before);

    const renamed = async (version: number, input: Record<string, unknown>) => {
      const response = await ask(editor, renameInstitution, { id: agency.id, version, input });
      expect(response.errors, JSON.stringify(input)).toBeUndefined();
      return response.data.tianjin.updateInstitution as {
        version: number;
        name: string;
        nameEn: string | null;
      };
    };
    // The same name at full width: its English still fits.
    const widened = await renamed(agency.version, { name: '天津市改名测试社工站（和平）' });
    expect(widened).toEqual({
      version: agency.version + 1,
      name: '天津市改名测试社工站（和平）',
      nameEn: 'Tianjin Rename Test Station',
    });
    // The English given again: the caller says it still fits.
    const kept = await renamed(widened.version, {
      name: '天津市和平区改名测试社工站',
      nameEn: 'Tianjin Rename Test Station',
    });
    expect(kept.nameEn).toBe('Tianjin Rename Test Station');
    const cleared = await renamed(kept.version, {
      name: '天津市和平区改名测试社会工作站',
      nameEn: null,
    });
    expect(cleared).toMatchObject({ name: '天津市和平区改名测试社会工作站', nameEn: null });
    // Without an English name there is none to go stale.
    expect(
      await renamed(cleared.version, { name: '天津市和平区社会工作站（改名测试）' }),
    ).toMatchObject({
      nameEn: null,
    });
  });

  it("refuses a programme's, as an institution's", async () => {
    const editor = await editorOf('TJ');
    const program = (
      await ask(
        editor,
        `mutation { tianjin { createProgram(input: { name: "天津改名测试项目", nameEn: "Tianjin Rename Test Programme", kind: TRAINING }) { id version } } }`,
      )
    ).data.tianjin.createProgram as { id: string; version: number };
    const refused = await ask(editor, renameProgram, {
      id: program.id,
      version: program.version,
      input: { name: '天津改名测试培训项目' },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.nameEn',
    });
    const translated = await ask(editor, renameProgram, {
      id: program.id,
      version: program.version,
      input: { name: '天津改名测试培训项目', nameEn: 'Tianjin Rename Test Training' },
    });
    expect(translated.data.tianjin.updateProgram).toEqual({
      version: program.version + 1,
      name: '天津改名测试培训项目',
      nameEn: 'Tianjin Rename Test Training',
    });
  });
});

describe('validation', () => {
  it.each([
    ['a missing name', { kind: 'SOCIAL_WORK_AGENCY' }, 'input.name', 'is required'],
    [
      'an empty name',
      { name: '  ', kind: 'SOCIAL_WORK_AGENCY' },
      'input.name',
      'must not be empty',
    ],
    [
      'a name of 201 characters',
      { name: '机'.repeat(201), kind: 'SOCIAL_WORK_AGENCY' },
      'input.name',
      'at most 200',
    ],
    [
      'a grade for an agency',
      { name: '机构', kind: 'SOCIAL_WORK_AGENCY', grade: 'TERTIARY' },
      'input.grade',
      'only to medical',
    ],
    [
      'a credit code of 17 characters',
      { name: '机构', kind: 'SOCIAL_WORK_AGENCY', creditCode: '91350100M000100Y4' },
      'input.creditCode',
      '18 characters',
    ],
    [
      'a credit code with a wrong check character',
      { name: '机构', kind: 'SOCIAL_WORK_AGENCY', creditCode: '91350100M000100Y44' },
      'input.creditCode',
      'check character',
    ],
    [
      'a credit code with a letter never used',
      { name: '机构', kind: 'SOCIAL_WORK_AGENCY', creditCode: '91350100M000100I43' },
      'input.creditCode',
      '"I"',
    ],
    [
      'a date that is not in the calendar',
      { name: '机构', kind: 'SOCIAL_WORK_AGENCY', foundedOn: '2023-02-30' },
      'input.foundedOn',
      'not a date',
    ],
    [
      'a date in another format',
      { name: '机构', kind: 'SOCIAL_WORK_AGENCY', foundedOn: '2023/02/01' },
      'input.foundedOn',
      'year, year-month or date',
    ],
    [
      'a founding in the future',
      { name: '机构', kind: 'SOCIAL_WORK_AGENCY', foundedOn: '2099' },
      'input.foundedOn',
      'must not be in the future',
    ],
    [
      'social work since a year to come',
      {
        name: '机构',
        kind: 'SOCIAL_WORK_AGENCY',
        socialWorkSince: `${chinaYear() + 1}-01`,
      },
      'input.socialWorkSince',
      'must not be in the future',
    ],
    [
      'a date of year 1',
      { name: '机构', kind: 'SOCIAL_WORK_AGENCY', foundedOn: '0001-01-01' },
      'input.foundedOn',
      'must be from 1800 on',
    ],
    [
      'a date of year 9999',
      { name: '机构', kind: 'SOCIAL_WORK_AGENCY', foundedOn: '9999-12-31' },
      'input.foundedOn',
      'must be 2100 or earlier',
    ],
    [
      'a credit code of another province',
      { name: '机构', kind: 'SOCIAL_WORK_AGENCY', creditCode: '91350100M000100Y43' },
      'input.creditCode',
      'outside Tianjin',
    ],
    [
      'a right-to-left override in a name',
      { name: '天津市\u202E构机', kind: 'SOCIAL_WORK_AGENCY' },
      'input.name',
      'U+202E',
    ],
    [
      'a zero-width space in a name',
      { name: '天津市\u200B机构', kind: 'SOCIAL_WORK_AGENCY' },
      'input.name',
      'U+200B',
    ],
    [
      'a byte-order mark in a county',
      { name: '机构', kind: 'SOCIAL_WORK_AGENCY', county: '南开\uFEFF区' },
      'input.county',
      'U+FEFF',
    ],
    [
      'a service field given twice',
      { name: '机构', kind: 'SOCIAL_WORK_AGENCY', serviceFields: ['ELDERLY', 'ELDERLY'] },
      'input.serviceFields',
      'twice',
    ],
  ])('rejects %s', async (_, input, field, message) => {
    const before = await tianjinRows();
    const response = await ask(await editorOf('TJ'), createInstitution, { input });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0]?.message).toContain(message);
    expect(await tianjinRows()).toEqual(before);
  });

  it.each([
    [
      'a certificate number without a level',
      `{ name: "社工", certificateNumber: "TJ-000001" }`,
      'input.certificateNumber',
      'certificate level',
    ],
    [
      'a malformed certificate number',
      `{ name: "社工", certificateLevel: SENIOR, certificateNumber: "证书 1" }`,
      'input.certificateNumber',
      '6 to 40',
    ],
    [
      'an end before the start',
      `{ name: "社工", startedOn: "2024-05-01", endedOn: "2024-04-30" }`,
      'input.endedOn',
      'before startedOn',
    ],
    [
      'a month for a start date',
      `{ name: "社工", startedOn: "2024-05" }`,
      'input.startedOn',
      'full date',
    ],
    [
      'an institution of no region',
      `{ name: "社工", institutionId: "999999999" }`,
      'input.institutionId',
      'not in this region',
    ],
    [
      'a certificate level cleared',
      `{ name: "社工", certificateLevel: null }`,
      'input.certificateLevel',
      '不能清空：没有证书的社工请填写“无证书”',
    ],
  ])('rejects a social worker with %s', async (_, input, field, message) => {
    const response = await ask(
      await editorOf('TJ'),
      `mutation { tianjin { registerSocialWorker(input: ${input}) { id } } }`,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0]?.message).toContain(message);
  });

  it.each([
    [
      'a negative budget',
      `createProgram(input: { name: "项目", kind: TRAINING, fundingYuan: -1 }) { id }`,
      'input.fundingYuan',
      'negative',
    ],
    [
      'a period ending before it starts',
      `createProgram(input: { name: "项目", kind: TRAINING, periodStart: "2025-06", periodEnd: "2025-01" }) { id }`,
      'input.periodEnd',
      'before periodStart',
    ],
    [
      'an indicator outside the catalog',
      `recordFigure(input: { indicator: "STATIONZ", value: 1, unit: "x", asOf: "2025", quote: "q", source: { id: "none" } }) { id }`,
      'input.indicator',
      'national catalog',
    ],
    [
      'an indicator in lower case',
      `recordFigure(input: { indicator: "social_work_stations", value: 1, asOf: "2025", quote: "q", source: { id: "none" } }) { id }`,
      'input.indicator',
      '应写作“乡镇（街道）社会工作站”（SOCIAL_WORK_STATIONS）',
    ],
    [
      'an unknown source',
      `recordFigure(input: { indicator: "SOCIAL_WORK_STATIONS", value: 1, unit: "stations", asOf: "2025", quote: "q", source: { id: "none" } }) { id }`,
      'input.source.id',
      'not known',
    ],
    [
      'a fall of 100% or more',
      `recordFigure(input: { indicator: "SOCIAL_WORK_STATIONS", value: 1, unit: "stations", asOf: "2025", quote: "q", changePercent: -100, baselineYear: 2020, source: { id: "none" } }) { id }`,
      'input.changePercent',
      'above -100',
    ],
    // A number of 10^308 was stored, and every read of what was derived from it failed with Infinity.
    [
      'a target of 10^308',
      `setTarget(input: { indicator: "CERTIFIED_SOCIAL_WORKERS", targetValue: 1e308, targetYear: 2030, description: "d" }) { id }`,
      'input.targetValue',
      '超出任何公开数字的量级（10^15）',
    ],
    [
      'a figure of 10^308',
      `recordFigure(input: { indicator: "CERTIFIED_SOCIAL_WORKERS", value: 1e308, asOf: "2024-06", quote: "q", source: { id: "none" } }) { id }`,
      'input.value',
      'beyond any published figure',
    ],
    [
      'a baseline of -10^16',
      `recordFigure(input: { indicator: "FUNDING_YUAN", value: 1, asOf: "2024", quote: "q", baselineValue: -1e16, baselineYear: 2020, source: { id: "none" } }) { id }`,
      'input.baselineValue',
      'beyond any published figure',
    ],
    [
      'a rise of more than ten thousand times',
      `recordFigure(input: { indicator: "SOCIAL_WORK_STATIONS", value: 1, asOf: "2025", quote: "q", changePercent: 1e300, baselineYear: 2020, source: { id: "none" } }) { id }`,
      'input.changePercent',
      'ten thousand times',
    ],
    [
      'a target year of 1999',
      `setTarget(input: { indicator: "SOCIAL_WORK_STATIONS", targetValue: 1, unit: "stations", targetYear: 1999, description: "d" }) { id }`,
      'input.targetYear',
      '2000 or later',
    ],
    [
      'a programme hosted by an institution of no region',
      `createProgram(input: { name: "项目", kind: TRAINING, hostInstitutionId: "999999999" }) { id }`,
      'input.hostInstitutionId',
      "institution TJ-999999999 is not in this region's registry",
    ],
    [
      'a programme moved to a host of no region',
      `updateProgram(id: "1", version: 1, input: { hostInstitutionId: "999999999" }) { id }`,
      'input.hostInstitutionId',
      "institution TJ-999999999 is not in this region's registry",
    ],
    [
      'an update that changes nothing',
      `updateProgram(id: "1", version: 1, input: {}) { id }`,
      'input',
      'no field to change',
    ],
    [
      'a reused idempotency key that is too short',
      `createProgram(input: { name: "项目", kind: TRAINING }, idempotencyKey: "k") { id }`,
      'idempotencyKey',
      '8 to 200',
    ],
  ])('rejects %s', async (_, call, field, message) => {
    const response = await ask(await editorOf('TJ'), `mutation { tianjin { ${call} } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0]?.message).toContain(message);
  });
});

describe('a required field cleared', () => {
  it("is said to be required, not in zod's words for a wrong value", async () => {
    const agency = await newAgency(`天津市必填测试站${Date.now()}`);
    const response = await ask(
      await editorOf('TJ'),
      `mutation { tianjin { updateInstitution(id: "${agency.id}", version: ${agency.version}, input: { kind: null }) { id } } }`,
    );
    expect(response.errors?.[0]?.message).toBe(
      '机构类型（input.kind）：必填。input.kind: is required',
    );
  });
});

describe("a worker's name", () => {
  it.each([
    [
      'a zero-width space',
      '张\u200B三',
      '含 U+200B，一个不可见、控制或私用字符：请删除。input.name: holds U+200B, an invisible, control or private character; remove it',
    ],
    [
      'a tab',
      '张\t三',
      '含 U+0009，一个制表符：此项只能写在一行内，请改为空格。input.name: holds U+0009, a tab: the field is one line; write a space instead',
    ],
  ])('is called 姓名 where it holds %s', async (_, name, message) => {
    const response = await ask(
      await editorOf('TJ'),
      'mutation ($input: SocialWorkerInput!) { tianjin { registerSocialWorker(input: $input) { id } } }',
      { input: { name } },
    );
    expect(response.errors?.[0]?.message).toBe(`姓名（input.name）：${message}`);
  });
});

describe('a version the record never had', () => {
  it('is said to be one, not a change by someone else', async () => {
    const editor = await editorOf('TJ');
    const target = (
      await ask(
        editor,
        'mutation { tianjin { setTarget(input: { indicator: "SOCIAL_WORK_STATIONS", targetValue: 3, targetYear: 2030, description: "测试目标：版本" }) { id version } } }',
      )
    ).data.tianjin.setTarget;
    const withdrawn = await ask(
      editor,
      `mutation { tianjin { withdrawTarget(id: "${target.id}", version: ${target.version + 6}, reason: "测试") { id } } }`,
    );
    expect(withdrawn.errors?.[0]?.message).toBe(
      `目标 ${target.id} 现为第 1 版，从未有过第 7 版：请重新读取，按读到的版本号修改。Target ${target.id} is at version 1, and was never at version 7: read it again and give the version it has.`,
    );
  });
});

describe("another region's institution", () => {
  it('is refused in the same words by a registration and a transfer', async () => {
    const editor = await editorOf('TJ');
    const message = (field: string) =>
      `所在机构（${field}）：不是本地区记录的编号（编号带有地区代码，例如北京的 BJ-5）。${field}: is not the id of a record of this region (ids carry their region code: BJ-5 in Beijing)`;
    const registered = await ask(
      editor,
      'mutation { tianjin { registerSocialWorker(input: { name: "调动测试社工", institutionId: "NX-5" }) { id version } } }',
    );
    expect(registered.errors?.[0]?.message).toBe(message('input.institutionId'));
    const worker = (
      await ask(
        editor,
        'mutation { tianjin { registerSocialWorker(input: { name: "调动测试社工" }) { id version } } }',
      )
    ).data.tianjin.registerSocialWorker;
    const transferred = await ask(
      editor,
      `mutation { tianjin { transferSocialWorker(id: "${worker.id}", version: ${worker.version}, institutionId: "NX-5") { id } } }`,
    );
    expect(transferred.errors?.[0]?.message).toBe(message('institutionId'));
  });
});

describe("a worker's dates", () => {
  it.each([
    ['2025/6/30', '须为完整日期，如 2024-03-01。input.endedOn: must be a full date: 2024-03-01'],
    ['2025', '须为完整日期，如 2024-03-01。input.endedOn: must be a full date: 2024-03-01'],
    ['2025-02-30', '不是日历上存在的日期。input.endedOn: is not a date of the calendar'],
  ])('asks for a full date where %s is given', async (endedOn, message) => {
    const response = await ask(
      await editorOf('TJ'),
      'mutation ($input: SocialWorkerInput!) { tianjin { registerSocialWorker(input: $input) { id } } }',
      { input: { name: '日期测试社工', endedOn } },
    );
    expect(response.errors?.[0]?.message).toBe(`离职日期（input.endedOn）：${message}`);
  });
});

describe("a target's lists", () => {
  const setTarget =
    'mutation ($input: TargetInput!) { tianjin { setTarget(input: $input) { id } } }';
  const target = {
    indicator: 'SOCIAL_WORK_STATIONS',
    targetValue: 3,
    targetYear: 2030,
    description: '测试目标：列表中的问题',
  };
  const zeroWidth =
    '含 U+200B，一个不可见、控制或私用字符：请删除。holds U+200B, an invisible, control or private character; remove it';

  it('names an item by its index in brackets in every message, and its field in Chinese and English', async () => {
    const editor = await editorOf('TJ');
    const milestones = await ask(editor, setTarget, {
      input: {
        ...target,
        milestones: [
          { year: 1999, description: '起点' },
          { year: 2040, description: '终点之后' },
        ],
        policy: { title: '测试政策', issuers: ['天津市民政\u200B局'] },
      },
    });
    expect(milestones.errors?.[0]?.message).toBe(
      '年度（input.milestones[0].year）：不能早于 2000 年（另有 2 个问题）。input.milestones[0].year: must be 2000 or later (and 2 more problems)',
    );
    expect(milestones.errors?.[0]?.extensions?.problems).toEqual([
      { path: 'input.milestones[0].year', message: '不能早于 2000 年。must be 2000 or later' },
      { path: 'input.policy.issuers[0]', message: zeroWidth },
      {
        path: 'input.milestones[1].year',
        message: '不能晚于目标年份（2030）。must not be after targetYear (2030)',
      },
    ]);
    const issuer = await ask(editor, setTarget, {
      input: { ...target, policy: { title: '测试政策', issuers: ['天津市民政\u200B局'] } },
    });
    expect(issuer.errors?.[0]?.message).toBe(
      `印发机关（input.policy.issuers[0]）：${zeroWidth.replace('。holds', '。input.policy.issuers[0]: holds')}`,
    );
  });

  it('says in Chinese how many items a list may hold', async () => {
    const tooMany = await ask(await editorOf('TJ'), setTarget, {
      input: {
        ...target,
        milestones: Array.from({ length: 21 }, (_, i) => ({ year: 2030, description: `第${i}步` })),
        policy: { title: '测试政策', issuers: Array.from({ length: 21 }, (_, i) => `机关${i}`) },
      },
    });
    expect(tooMany.errors?.[0]?.extensions?.problems).toEqual([
      { path: 'input.milestones', message: '最多 20 项。must list at most 20' },
      { path: 'input.policy.issuers', message: '最多 20 项。must list at most 20' },
    ]);
  });
});

describe('one-line fields', () => {
  const tab =
    '含 U+0009，一个制表符：此项只能写在一行内，请改为空格。holds U+0009, a tab: the field is one line; write a space instead';
  it.each([
    [
      "an institution's name",
      'updateInstitution',
      { name: '演示\t医院' },
      `机构名称（input.name）：${tab.replace('。holds', '。input.name: holds')}`,
    ],
    [
      "an institution's English name",
      'updateInstitution',
      { nameEn: 'Demo\tHospital' },
      `英文名称（input.nameEn）：${tab.replace('。holds', '。input.nameEn: holds')}`,
    ],
    [
      "an institution's township",
      'updateInstitution',
      { township: '某某\r\n街道' },
      '所在乡镇（街道）（input.township）：含 U+000D，一个换行符：此项只能写在一行内，请把各行连起来。input.township: holds U+000D, a line break: the field is one line; join its lines',
    ],
  ])(
    'refuses a tab or a line break in %s, naming its code point',
    async (_, mutation, input, message) => {
      const agency = await newAgency(`天津市单行测试站${Date.now()}`);
      const response = await ask(
        await editorOf('TJ'),
        `mutation ($input: InstitutionInput!) { tianjin { ${mutation}(id: "${agency.id}", version: ${agency.version}, input: $input) { id } } }`,
        { input },
      );
      expect(response.errors?.[0]?.message).toBe(message);
    },
  );

  it("refuses a tab in a programme's name, and a line break in a policy's title but not in its description", async () => {
    const editor = await editorOf('TJ');
    const programme = await ask(
      editor,
      'mutation ($input: ProgramInput!) { tianjin { createProgram(input: $input) { id } } }',
      { input: { name: '社工\t项目', kind: 'TRAINING' } },
    );
    expect(programme.errors?.[0]?.message).toBe(
      `项目名称（input.name）：${tab.replace('。holds', '。input.name: holds')}`,
    );
    const policy = await ask(
      editor,
      'mutation ($input: TargetInput!) { tianjin { setTarget(input: $input) { id } } }',
      {
        input: {
          indicator: 'SOCIAL_WORK_STATIONS',
          targetValue: 3,
          targetYear: 2030,
          description: '第一\t第二',
          policy: { title: '关于加强\n社会工作的意见', issuers: ['天津市民政局'] },
        },
      },
    );
    // The description keeps its tab: only the title is refused.
    expect(policy.errors?.[0]?.message).toBe(
      '标题（input.policy.title）：含 U+000A，一个换行符：此项只能写在一行内，请把各行连起来。input.policy.title: holds U+000A, a line break: the field is one line; join its lines',
    );
    expect(policy.errors?.[0]?.extensions?.problems).toHaveLength(1);
  });
});

describe('every problem at once, and values as the catalog defines them', () => {
  it('reports a bad credit code and a grade for an agency together, writing nothing', async () => {
    const before = await tianjinRows();
    const response = await ask(await editorOf('TJ'), createInstitution, {
      input: {
        name: '机构',
        kind: 'SOCIAL_WORK_AGENCY',
        grade: 'TERTIARY',
        creditCode: '91120100M000100Y44',
        foundedOn: '2099',
      },
    });
    expect(
      (response.errors?.[0]?.extensions?.problems as { path: string }[]).map((p) => p.path).sort(),
    ).toEqual(['input.creditCode', 'input.foundedOn', 'input.grade']);
    expect(await tianjinRows()).toEqual(before);
  });

  it("reports an update's date and place together, as a create's, writing nothing", async () => {
    const agency = await newAgency('一次报告测试机构');
    const before = await tianjinRows();
    const response = await ask(
      await editorOf('TJ'),
      `mutation { tianjin { updateInstitution(id: "${agency.id}", version: ${agency.version},
        input: { foundedOn: "2024年13月5日", city: "天津", county: "南宁市青秀区" }) { id } } }`,
    );
    expect(
      (response.errors?.[0]?.extensions?.problems as { path: string }[]).map((p) => p.path).sort(),
    ).toEqual(['input.city', 'input.county', 'input.foundedOn']);
    expect(await tianjinRows()).toEqual(before);
  });

  it('accepts a credit code of its own province, and one registered by a central body', async () => {
    const editor = await editorOf('TJ');
    for (const creditCode of ['91120100M000100Y49', '53100000M000100Y4R']) {
      const response = await ask(editor, createInstitution, {
        input: { name: `天津市代码测试机构${creditCode}`, kind: 'SOCIAL_WORK_AGENCY', creditCode },
      });
      expect(response.errors, creditCode).toBeUndefined();
    }
  });

  it("takes as an institution's city only one of the region's prefecture-level divisions, in Chinese and English", async () => {
    const editor = await editorOf('NX');
    const create = `mutation ($input: InstitutionInput!) { ningxia { createInstitution(input: $input) { id division { city } } } }`;
    const problemOf = async (city: string) => {
      const response = await ask(editor, create, {
        input: { name: `城市测试机构${city}`, kind: 'SOCIAL_WORK_AGENCY', city },
      });
      return {
        message: response.errors?.[0]?.message,
        problems: response.errors?.[0]?.extensions?.problems,
      };
    };
    // Written short: one division starts so, and the answer says how to write it.
    expect(await problemOf('银川')).toEqual({
      message:
        '所在城市（input.city）：“银川”不是宁夏回族自治区的地级行政区的写法：请写作“银川市”。input.city: "银川" is not a prefecture-level division of Ningxia as written: write 银川市',
      problems: [
        {
          path: 'input.city',
          message:
            '“银川”不是宁夏回族自治区的地级行政区的写法：请写作“银川市”。"银川" is not a prefecture-level division of Ningxia as written: write 银川市',
        },
      ],
    });
    // Another region's: not one more prefecture covered.
    expect((await problemOf('南宁市')).message).toBe(
      '所在城市（input.city）：“南宁市”不是宁夏回族自治区的地级行政区；宁夏回族自治区的地级行政区为：银川市、石嘴山市、吴忠市、固原市、中卫市。input.city: "南宁市" is not a prefecture-level division of Ningxia, whose are Yinchuan (银川市), Shizuishan (石嘴山市), Wuzhong (吴忠市), Guyuan (固原市), Zhongwei (中卫市)',
    );
    const created = await ask(editor, create, {
      input: { name: '城市测试机构吴忠', kind: 'SOCIAL_WORK_AGENCY', city: '吴忠市' },
    });
    expect(created.data.ningxia.createInstitution.division.city).toBe('吴忠市');
  });

  it('takes a county without a city before it (the import checks rows by the same rules)', async () => {
    const editor = await editorOf('NX');
    const problemOf = async (county: string) =>
      (
        await ask(
          editor,
          `mutation ($input: InstitutionInput!) { ningxia { createInstitution(input: $input) { id } } }`,
          {
            input: {
              name: `区县测试机构${county}`,
              kind: 'SOCIAL_WORK_AGENCY',
              city: '中卫市',
              county,
            },
          },
        )
      ).errors?.[0]?.extensions?.problems;
    // 中卫市中宁县 would count as one county covered more than the 中宁县 already registered.
    expect(await problemOf('中卫市中宁县')).toEqual([
      {
        path: 'input.county',
        message:
          '“中卫市中宁县”在区县前写了城市：区县请写作“中宁县”，城市“中卫市”填在所在城市一栏。"中卫市中宁县" writes its city before the county: write 中宁县, with 中卫市 as the city',
      },
    ]);
    // Another region's city and district.
    expect(await problemOf('南宁市青秀区')).toEqual([
      {
        path: 'input.county',
        message:
          '“南宁市青秀区”写的是广西壮族自治区的南宁市，不是宁夏回族自治区的区县。"南宁市青秀区" names 南宁市, a city of Guangxi, not of Ningxia',
      },
    ]);
    // A county-level city is a county, its 市 its own.
    expect(await problemOf('青铜峡市')).toBeUndefined();
  });

  const recordFigure = `mutation ($input: FigureInput!) { tianjin { recordFigure(input: $input) { id unit value } } }`;
  const figure = (changes: Record<string, unknown>) => ({
    input: {
      indicator: 'MEDICAL_MSW_COVERAGE',
      value: 45.5,
      asOf: '2025',
      quote: '覆盖率45.5%',
      source: { title: '测试来源', document: 'test.txt' },
      ...changes,
    },
  });

  it.each([
    ['4,500 "kg" for a percentage', { value: 4500, unit: 'kg' }, ['input.unit', 'input.value']],
    ['a percentage above 100', { value: 100.5 }, ['input.value']],
    ['a negative baseline of a percentage', { baselineValue: -3 }, ['input.baselineValue']],
    ['a fraction of a count', { indicator: 'SOCIAL_WORK_STATIONS', value: 12.5 }, ['input.value']],
    ['a negative count', { indicator: 'SOCIAL_WORK_STATIONS', value: -1 }, ['input.value']],
    ['a date to come', { asOf: `${chinaYear() + 1}` }, ['input.asOf']],
    ['a rounding that is no power of ten', { value: 45, roundedTo: 5 }, ['input.roundedTo']],
    ['a value off its rounding', { value: 45.5, roundedTo: 1 }, ['input.value']],
    [
      'prefectures in a municipality',
      { indicator: 'PREFECTURES_COVERED', value: 3 },
      ['input.indicator'],
    ],
  ])(
    'refuses a figure with %s, naming every problem, writing nothing',
    async (_, changes, paths) => {
      const before = await tianjinRows();
      const response = await ask(await editorOf('TJ'), recordFigure, figure(changes));
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(
        (response.errors?.[0]?.extensions?.problems as { path: string }[])
          .map((p) => p.path)
          .sort(),
      ).toEqual(paths);
      expect(await tianjinRows()).toEqual(before);
    },
  );

  it('stores a rounded figure as the interval its last printed digit allows', async () => {
    const response = await ask(
      await editorOf('TJ'),
      recordFigure.replace('unit value', 'roundedTo interval { lower upper }'),
      figure({
        indicator: 'CERTIFIED_SOCIAL_WORKERS',
        value: 88200,
        roundedTo: 100,
        quote: '持证社会工作者8.82万人',
      }),
    );
    expect(response.data.tianjin.recordFigure).toMatchObject({
      roundedTo: 100,
      interval: { lower: 88150, upper: 88250 },
    });
    // 超930万元 to the 万: above 9.30 million, below the next 万, not the next 100万.
    const more = await ask(
      await editorOf('TJ'),
      recordFigure.replace('unit value', 'roundedTo interval { lower upper }'),
      figure({
        indicator: 'FUNDING_YUAN',
        value: 9_300_000,
        qualifier: 'MORE_THAN',
        qualifierWord: '超',
        roundedTo: 10_000,
        quote: '累计投入资金超930万元',
      }),
    );
    expect(more.data.tianjin.recordFigure).toMatchObject({
      interval: { lower: 9_300_000, upper: 9_310_000 },
    });
  });

  it('refuses a target on prefectures in a municipality, saying why in Chinese', async () => {
    const response = await ask(
      await editorOf('TJ'),
      `mutation { tianjin { setTarget(input: { indicator: "PREFECTURES_COVERED", targetValue: 3, targetYear: 2030, description: "d" }) { id } } }`,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.indicator',
    });
    expect(response.errors?.[0]?.message).toMatch(
      /^指标（input\.indicator）：“覆盖地市”（PREFECTURES_COVERED）不适用于天津市：天津市是直辖市，下辖没有地级市。/,
    );
  });

  it("takes the unit as a Chinese reader writes it (人), and stores the catalog's", async () => {
    const response = await ask(
      await editorOf('TJ'),
      recordFigure,
      figure({
        indicator: 'CERTIFIED_SOCIAL_WORKERS',
        value: 120,
        unit: '人',
        quote: '持证社工120人',
      }),
    );
    expect(response.data.tianjin.recordFigure).toMatchObject({ unit: 'persons', value: 120 });
  });

  it("stores a figure with the catalog's unit when none is given", async () => {
    const response = await ask(await editorOf('TJ'), recordFigure, figure({}));
    expect(response.data.tianjin.recordFigure).toMatchObject({ unit: 'percent', value: 45.5 });
  });

  it("records one institution's own number as a part of the region, never the region's figure", async () => {
    const editor = await editorOf('TJ');
    const agency = await newAgency(`天津市持证社工测试机构${Date.now()}`);
    const own = {
      indicator: 'CERTIFIED_SOCIAL_WORKERS',
      value: 12,
      asOf: '2026-06',
      quote: '该机构现有持证社工12人',
      source: { title: '机构测试来源', document: 'agency-test.txt' },
    };
    const recorded = await ask(
      editor,
      `mutation ($input: FigureInput!) { tianjin { recordFigure(input: $input) { id value scopeInstitution { id } } } }`,
      { input: { ...own, scopeInstitutionId: agency.id } },
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.tianjin.recordFigure.scopeInstitution).toEqual({ id: agency.id });
    const { id } = recorded.data.tianjin.recordFigure;
    const read = await ask(
      editor,
      `{ tianjin { latestFigure(indicator: "CERTIFIED_SOCIAL_WORKERS") { id value }
        dataQuality { figure { id } published notComparedReason } } }`,
    );
    // The figure is public; the agency, registered by the team, is shown to the signed-in only.
    const anonymous = await ask(
      {},
      `{ tianjin { figures(indicator: "CERTIFIED_SOCIAL_WORKERS") { id scopeInstitution { id } } } }`,
    );
    expect(anonymous.data.tianjin.figures.find((f: { id: string }) => f.id === id)).toEqual({
      id,
      scopeInstitution: null,
    });
    // The newest figure of the indicator, but one agency's: Tianjin's latest stays the region's.
    expect(read.data.tianjin.latestFigure.id).not.toBe(id);
    expect(
      read.data.tianjin.dataQuality.find((c: { figure: { id: string } }) => c.figure.id === id),
    ).toEqual({
      figure: { id },
      published: 12,
      notComparedReason: expect.stringMatching(/^该数字只是一个机构自身的数量/),
    });
    // A body or programme not in the registry is refused, each named, and nothing is written.
    const refused = await ask(editor, recordFigure, {
      input: { ...own, scopeInstitutionId: 'TJ-999999999', scopeProgramId: 'TJ-999999999' },
    });
    expect(refused.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ path: 'input.scopeProgramId' }),
      expect.objectContaining({ path: 'input.scopeInstitutionId' }),
    ]);
  });

  it('keeps the milestones of a target revised without them, and clears them when given none', async () => {
    const editor = await editorOf('TJ');
    const setTarget = `mutation ($input: TargetInput!, $version: Int) {
      tianjin { setTarget(input: $input, version: $version) { id version targetValue milestones { year description } } } }`;
    const input = {
      indicator: 'SOCIAL_WORK_STATIONS',
      targetValue: 300,
      targetYear: 2030,
      description: '阶段目标测试',
    };
    const created = (
      await ask(editor, setTarget, {
        input: { ...input, milestones: [{ year: 2028, description: '建成200个' }] },
      })
    ).data.tianjin.setTarget;
    const revised = (
      await ask(editor, setTarget, {
        input: { ...input, id: created.id, targetValue: 320 },
        version: created.version,
      })
    ).data.tianjin.setTarget;
    expect(revised).toMatchObject({
      targetValue: 320,
      milestones: [{ year: 2028, description: '建成200个' }],
    });
    const cleared = (
      await ask(editor, setTarget, {
        input: { ...input, id: created.id, milestones: [] },
        version: revised.version,
      })
    ).data.tianjin.setTarget;
    expect(cleared).toMatchObject({ targetValue: 300, milestones: [] });
  });

  it('sets a target to be reached basically and counting fewer kinds, as its sentence says, and keeps both on a revision', async () => {
    const editor = await editorOf('TJ');
    const setTarget = `mutation ($input: TargetInput!, $version: Int) {
      tianjin { setTarget(input: $input, version: $version) { id version qualifier scope { kinds program { id } }
        progress { reason { threshold basicallyPercent } } } } }`;
    const input = {
      indicator: 'MEDICAL_MSW_COVERAGE',
      targetValue: 100,
      targetYear: 2030,
      description: '到2030年，基本实现全市医疗机构（不含公共卫生机构）医务社会工作全覆盖。',
    };
    const created = await ask(editor, setTarget, {
      input: {
        ...input,
        qualifier: 'BASICALLY',
        scopeKinds: ['GENERAL_HOSPITAL', 'SPECIALTY_HOSPITAL', 'TCM_HOSPITAL', 'PRIMARY_CARE'],
      },
    });
    expect(created.errors).toBeUndefined();
    const target = created.data.tianjin.setTarget;
    expect(target).toMatchObject({
      qualifier: 'BASICALLY',
      scope: {
        kinds: ['GENERAL_HOSPITAL', 'SPECIALTY_HOSPITAL', 'TCM_HOSPITAL', 'PRIMARY_CARE'],
        program: null,
      },
      progress: { reason: { threshold: 90, basicallyPercent: 90 } },
    });
    // A revision of the year alone keeps how firmly and what it counts.
    const revised = (
      await ask(editor, setTarget, {
        input: { ...input, id: target.id, targetYear: 2029 },
        version: target.version,
      })
    ).data.tianjin.setTarget;
    expect(revised).toMatchObject({ qualifier: 'BASICALLY', scope: { kinds: target.scope.kinds } });
    // null clears the kinds; a programme not in this registry is refused, naming it.
    const cleared = (
      await ask(editor, setTarget, {
        input: { ...input, id: target.id, scopeKinds: null, qualifier: 'EXACT' },
        version: revised.version,
      })
    ).data.tianjin.setTarget;
    expect(cleared).toMatchObject({
      qualifier: 'EXACT',
      scope: null,
      progress: { reason: { threshold: 100, basicallyPercent: null } },
    });
    const refused = await ask(editor, setTarget, {
      input: { ...input, scopeProgramId: 'TJ-999999999' },
    });
    expect(refused.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ path: 'input.scopeProgramId' }),
    ]);
    const withdrawn = await ask(
      editor,
      `mutation { tianjin { withdrawTarget(id: "${target.id}", version: ${cleared.version}, reason: "测试目标") { id } } }`,
    );
    expect(withdrawn.errors).toBeUndefined();
  });

  it('judges a target set before its programme began, on a day between, as having nothing to count yet', async () => {
    const editor = await editorOf('TJ');
    const cohort = await ask(
      editor,
      `mutation { tianjin { createProgram(input: { name: "2026年天津驻点社工计划", kind: DISPATCHED_WORKER, periodStart: "2026-06" }) { id } } }`,
    );
    expect(cohort.errors).toBeUndefined();
    const set = await ask(
      editor,
      `mutation ($input: TargetInput!) { tianjin { setTarget(input: $input) { id
        early: progress(asOf: "2024-06") { status reason { code targetSetOn targetSetOnInferred } }
        between: progress(asOf: "2026-03") { value status reason { code scopeStart } } } } }`,
      {
        input: {
          indicator: 'DISPATCHED_WORKERS',
          targetValue: 20,
          targetYear: 2027,
          description: '2026年选派20名驻点社工',
          scopeProgramId: cohort.data.tianjin.createProgram.id,
          policy: { title: '天津驻点社工计划', issuers: [], issuedOn: '2024-09' },
        },
      },
    );
    expect(set.errors).toBeUndefined();
    const target = set.data.tianjin.setTarget;
    // Before its policy there was no target; after it, before its programme, nothing to count.
    expect(target.early).toEqual({
      status: 'NOT_SET',
      reason: { code: 'TARGET_NOT_YET_SET', targetSetOn: '2024-09', targetSetOnInferred: false },
    });
    expect(target.between).toEqual({
      value: null,
      status: 'NO_DATA',
      reason: { code: 'SCOPE_NOT_BEGUN', scopeStart: '2026-06' },
    });
  });

  it('records the source a target was published in, keeps it on a revision without one, and shows a new one in the feed', async () => {
    const editor = await editorOf('TJ');
    const setTarget = `mutation ($input: TargetInput!, $version: Int) {
      tianjin { setTarget(input: $input, version: $version) { id version source { id title url } } } }`;
    const input = {
      indicator: 'SOCIAL_WORK_STATIONS',
      targetValue: 300,
      targetYear: 2030,
      description: '来源测试',
      quote: '到2030年建成300个社会工作站',
    };
    const created = (
      await ask(editor, setTarget, {
        input: {
          ...input,
          source: { title: '天津日报', url: 'https://example.org/tianjin-daily' },
        },
      })
    ).data.tianjin.setTarget;
    expect(created.source).toMatchObject({
      id: expect.stringMatching(/^source-/),
      title: '天津日报',
      url: 'https://example.org/tianjin-daily',
    });
    const kept = (
      await ask(editor, setTarget, {
        input: { ...input, id: created.id, targetValue: 310 },
        version: created.version,
      })
    ).data.tianjin.setTarget;
    expect(kept.source).toEqual(created.source);

    // A new source without its sentence would leave the old quote attributed to it.
    const { quote: _kept, ...withoutQuote } = input;
    const unquoted = await ask(editor, setTarget, {
      input: {
        ...withoutQuote,
        id: created.id,
        source: { title: '今晚报', url: 'https://example.org/jwb' },
      },
      version: kept.version,
    });
    expect(unquoted.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.quote' }],
    });
    expect(unquoted.errors?.[0]?.message).toMatch(
      /^原文（input\.quote）：修订时给出来源的，须同时给出/,
    );

    const unknown = await ask(editor, setTarget, {
      input: { ...input, id: created.id, source: { id: 'source-nowhere' } },
      version: kept.version,
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.source.id', message: expect.stringContaining('source-nowhere') }],
    });

    const other = (
      await ask(editor, setTarget, {
        input: { ...input, source: { title: '今晚报', document: 'jinwanbao.html' } },
      })
    ).data.tianjin.setTarget.source;
    const admin = await bearer({ role: 'admin' });
    const lastId = await latestChangeId(admin);
    const moved = (
      await ask(editor, setTarget, {
        input: { ...input, id: created.id, targetValue: 310, source: { id: other.id } },
        version: kept.version,
      })
    ).data.tianjin.setTarget;
    expect(moved.source).toEqual(other);
    const feed = (
      await ask(
        admin,
        `{ tianjin { changes(after: "${lastId}") { changes { entityId changedFields
          before { ... on TargetState { sourceId } } after { ... on TargetState { sourceId } } } } } }`,
      )
    ).data.tianjin.changes.changes;
    expect(feed).toEqual([
      {
        entityId: created.id,
        changedFields: ['sourceId'],
        before: { sourceId: created.source.id },
        after: { sourceId: other.id },
      },
    ]);
  });

  it('records that a title was made from the text, of a new source and of a policy, and not otherwise', async () => {
    const editor = await editorOf('TJ');
    const setTarget = `mutation ($input: TargetInput!) { tianjin { setTarget(input: $input) {
      id policy { title titleConstructed } source { title titleConstructed } } } }`;
    const input = {
      indicator: 'SOCIAL_WORK_STATIONS',
      targetValue: 300,
      targetYear: 2030,
      description: '标题测试',
      quote: '到2030年建成300个社会工作站',
    };
    const constructed = await ask(editor, setTarget, {
      input: {
        ...input,
        policy: { title: '关于加快社会工作站建设的意见', titleConstructed: true, issuers: [] },
        source: {
          title: '关于加快社会工作站建设的意见',
          titleConstructed: true,
          document: 'x.txt',
        },
      },
    });
    expect(constructed.errors).toBeUndefined();
    expect(constructed.data.tianjin.setTarget).toMatchObject({
      policy: { titleConstructed: true },
      source: { titleConstructed: true },
    });
    const printed = await ask(editor, setTarget, {
      input: {
        ...input,
        policy: { title: '天津市社会工作发展规划', issuers: [] },
        source: { title: '天津日报', url: 'https://example.org/tianjin-daily' },
      },
    });
    expect(printed.data.tianjin.setTarget).toMatchObject({
      policy: { titleConstructed: false },
      source: { titleConstructed: false },
    });
  });

  it("says from when a target's measured value adds up: a flow from the first of January, a stock on its day", async () => {
    const editor = await editorOf('TJ');
    const progressOf = async (indicator: string) =>
      (
        await ask(
          editor,
          `mutation ($input: TargetInput!) { tianjin { setTarget(input: $input) { progress { basis asOf since } } } }`,
          {
            input: { indicator, targetValue: 1_000_000, targetYear: 2030, description: '起算测试' },
          },
        )
      ).data.tianjin.setTarget.progress;
    const funding = await progressOf('FUNDING_YUAN');
    expect(funding).toMatchObject({ basis: 'MEASURED', asOf: expect.stringMatching(/^\d{4}-/) });
    expect(funding.since).toBe(`${funding.asOf.slice(0, 4)}-01-01`);
    // Not stations: this file publishes more of them than Tianjin registers, which are judged on.
    expect(await progressOf('SOCIAL_WORK_AGENCIES')).toMatchObject({
      basis: 'MEASURED',
      since: null,
    });
  });

  it("counts an institution's workers in post on a day, or every record, those who left included", async () => {
    const editor = await editorOf('TJ');
    const agency = await newAgency(`天津市在岗人数测试机构${Date.now()}`);
    for (const [startedOn, endedOn] of [
      ['2020-01-01', '2023-06-30'],
      ['2024-01-01', null],
    ]) {
      const registered = await ask(
        editor,
        `mutation ($input: SocialWorkerInput!) { tianjin { registerSocialWorker(input: $input) { id } } }`,
        { input: { name: '在岗测试', institutionId: agency.id, startedOn, endedOn } },
      );
      expect(registered.errors).toBeUndefined();
    }
    const counts = (
      await ask(
        editor,
        `{ tianjin { institution(id: "${agency.id}") {
          all: socialWorkerCount
          y2019: socialWorkerCount(asOf: "2019")
          y2022: socialWorkerCount(asOf: "2022")
          mid2023: socialWorkerCount(asOf: "2023-06-30")
          y2023: socialWorkerCount(asOf: "2023")
          now: socialWorkerCount(asOf: "${chinaYear()}") } } }`,
      )
    ).data.tianjin.institution;
    expect(counts).toEqual({ all: 2, y2019: 0, y2022: 1, mid2023: 1, y2023: 0, now: 1 });
    const future = await ask(
      editor,
      `{ tianjin { institution(id: "${agency.id}") { socialWorkerCount(asOf: "2100") } } }`,
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('refuses a target of 150 percent and one in another unit', async () => {
    const response = await ask(
      await editorOf('TJ'),
      `mutation { tianjin { setTarget(input: { indicator: "MEDICAL_MSW_COVERAGE", targetValue: 150,
      unit: "institutions", targetYear: 2030, description: "测试" }) { id } } }`,
    );
    expect(
      (response.errors?.[0]?.extensions?.problems as { path: string }[]).map((p) => p.path).sort(),
    ).toEqual(['input.targetValue', 'input.unit']);
  });

  it('refuses a figure whose period starts after its date and a milestone after its target year, naming each field in Chinese, and writes nothing', async () => {
    const editor = await editorOf('TJ');
    const before = await tianjinRows();
    const figure = await ask(
      editor,
      `mutation { tianjin { recordFigure(input: { indicator: "SOCIAL_WORK_STATIONS", value: 1, asOf: "2025",
      periodStart: "2026-01", baselineYear: 2025, source: { title: "测试来源", url: "https://example.org/a" },
      quote: "测试" }) { id } } }`,
    );
    expect(figure.errors?.[0]?.message).toMatch(
      /^统计起点（input\.periodStart）：不能晚于截至日期（2025）（另有 1 个问题）。/,
    );
    expect(
      (figure.errors?.[0]?.extensions?.problems as { path: string }[]).map((p) => p.path).sort(),
    ).toEqual(['input.baselineYear', 'input.periodStart']);
    // A baseline is a year's end before the figure's year, not the end of its own.
    expect(figure.errors?.[0]?.extensions?.problems).toContainEqual({
      path: 'input.baselineYear',
      message: '须早于截至日期（2025）所在的年份。must be before the year of asOf (2025)',
    });
    const target = await ask(
      editor,
      `mutation { tianjin { setTarget(input: { indicator: "SOCIAL_WORK_STATIONS", targetValue: 10,
      targetYear: 2030, description: "测试", milestones: [{ year: 2031, description: "测试" }] }) { id } } }`,
    );
    expect(target.errors?.[0]?.message).toMatch(
      /^年度（input\.milestones\[0\]\.year）：不能晚于目标年份（2030）。/,
    );
    // Nor may a revision move the target's year before the milestones it keeps.
    const set = await ask(
      editor,
      `mutation { tianjin { setTarget(input: { indicator: "SOCIAL_WORK_STATIONS", targetValue: 10,
      targetYear: 2030, description: "测试", milestones: [{ year: 2027, description: "测试" }] }) { id version } } }`,
    );
    const { id, version } = set.data.tianjin.setTarget;
    const moved = await ask(
      editor,
      `mutation { tianjin { setTarget(version: ${version}, input: { id: "${id}", indicator: "SOCIAL_WORK_STATIONS",
      targetValue: 10, targetYear: 2025, description: "测试" }) { id } } }`,
    );
    expect(moved.errors?.[0]?.message).toMatch(
      /^年度（input\.milestones\[0\]\.year）：不能晚于目标年份（2025）。/,
    );
    // A period of 2025-06 to 2025 ends within its last year: in order, though not as text.
    const program = await ask(
      editor,
      `mutation { tianjin { createProgram(input: { name: "测试项目", kind: TRAINING,
      periodStart: "2025-06", periodEnd: "2025" }) { periodStart periodEnd } } }`,
    );
    expect(program.errors).toBeUndefined();
    expect(await tianjinRows()).toMatchObject({
      figures: before.figures,
      targets: before.targets + 1,
      programs: before.programs + 1,
    });
  });

  it('lists a figure stored before its period was checked, that starts after its date, as not compared, and checks the rest', async () => {
    const db = federation.stack.subgraphs.get('ningxia')!.db;
    const editor = await editorOf('NX');
    const quality = async () => {
      const { data, errors } = await ask(
        editor,
        '{ ningxia { dataQuality { figure { id } compared notComparedReason } } }',
      );
      expect(errors).toBeUndefined();
      return data.ningxia.dataQuality as { figure: { id: string } }[];
    };
    await db.query(
      `INSERT INTO figure (id, indicator, value, unit, as_of, period_start, source_id, quote, provenance)
       SELECT 'nx-period-after-its-date', 'SOCIAL_WORK_STATIONS', 1, 'stations', '2025', '2026-01', source_id, '测试', 'REGISTERED'
       FROM figure WHERE withdrawn_at IS NULL LIMIT 1`,
    );
    try {
      const after = await quality();
      const stored = (check: { figure: { id: string } }) =>
        check.figure.id.endsWith('nx-period-after-its-date');
      expect(after.find(stored)).toEqual({
        figure: { id: expect.stringMatching(/nx-period-after-its-date$/) },
        compared: false,
        notComparedReason: expect.stringMatching(/^其统计期始于 2026-01，晚于其日期 2025：/),
      });
      // The others still checked: the figure failed the whole list before (BAD_USER_INPUT of
      // `since`, a period starting after the day measured), and the dashboard's section with it.
      expect(after.filter((check) => !stored(check)).length).toBeGreaterThan(0);
    } finally {
      await db.query(`DELETE FROM figure WHERE id = 'nx-period-after-its-date'`);
    }
  });

  it('reopens a closed institution, which measures count again; an open one cannot be reopened', async () => {
    const editor = await editorOf('TJ');
    const created = (
      await ask(editor, createInstitution, {
        input: {
          name: `天津市重开测试站${Date.now()}`,
          kind: 'SOCIAL_WORK_STATION',
          foundedOn: '2020',
        },
      })
    ).data.tianjin.createInstitution;
    const stations = async (asOf?: string) =>
      (
        await ask(
          editor,
          `{ tianjin { measure(indicator: "SOCIAL_WORK_STATIONS"${asOf ? `, asOf: "${asOf}"` : ''}) { value } } }`,
        )
      ).data.tianjin.measure.value;
    const open = await stations();
    const [onClosingDay, dayAfter] = [await stations('2024-06-30'), await stations('2024-07-01')];
    const closed = (
      await ask(
        editor,
        `mutation { tianjin { closeInstitution(id: "${created.id}", version: ${created.version}, closedOn: "2024-06-30") { version } } }`,
      )
    ).data.tianjin.closeInstitution;
    expect(await stations()).toBe(open - 1);
    // Its closing day is the last it counts, as the schema says; from the day after, it does not.
    expect(await stations('2024-06-30')).toBe(onClosingDay);
    expect(await stations('2024-07-01')).toBe(dayAfter - 1);
    const reopened = await ask(
      editor,
      `mutation { tianjin { reopenInstitution(id: "${created.id}", version: ${closed.version}) { status closedOn version } } }`,
    );
    expect(reopened.data.tianjin.reopenInstitution).toEqual({
      status: 'ACTIVE',
      closedOn: null,
      version: closed.version + 1,
    });
    expect(await stations()).toBe(open);
    const again = await ask(
      editor,
      `mutation { tianjin { reopenInstitution(id: "${created.id}", version: ${closed.version + 1}) { id } } }`,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(again.errors?.[0]?.message).toContain(`institution ${created.id} is not closed`);
  });

  it.each([
    [
      'its start of social work, after its founding',
      { foundedOn: '1982-01-15', socialWorkSince: '2020-08-16' },
      '关闭日期（closedOn）：不能早于开展社会工作时间（2020-08-16）。closedOn: must not be before socialWorkSince (2020-08-16)',
    ],
    [
      'its founding, after its start of social work',
      { foundedOn: '2010-05', socialWorkSince: '1999' },
      '关闭日期（closedOn）：不能早于成立时间（2010-05）。closedOn: must not be before foundedOn (2010-05)',
    ],
  ])('refuses a closing before %s, naming that date', async (_, dates, message) => {
    const editor = await editorOf('TJ');
    const created = (
      await ask(editor, createInstitution, {
        input: { name: `天津市关闭日期测试站${Date.now()}`, kind: 'SOCIAL_WORK_STATION', ...dates },
      })
    ).data.tianjin.createInstitution;
    const closing = await ask(
      editor,
      `mutation { tianjin { closeInstitution(id: "${created.id}", version: ${created.version}, closedOn: "2000-01-01") { id } } }`,
    );
    expect(closing.errors?.[0]?.message).toBe(message);
  });

  it("refuses an update that moves a closed institution's founding or start of social work past its closing", async () => {
    const editor = await editorOf('TJ');
    const created = (
      await ask(editor, createInstitution, {
        input: {
          name: `天津市关闭后更正测试站${Date.now()}`,
          kind: 'SOCIAL_WORK_STATION',
          foundedOn: '2019-03',
        },
      })
    ).data.tianjin.createInstitution;
    const closed = (
      await ask(
        editor,
        `mutation { tianjin { closeInstitution(id: "${created.id}", version: ${created.version}, closedOn: "2021-06-30") { version } } }`,
      )
    ).data.tianjin.closeInstitution;
    const update = (input: object) =>
      ask(
        editor,
        `mutation ($input: InstitutionInput!) { tianjin { updateInstitution(id: "${created.id}", version: ${closed.version}, input: $input) { foundedOn socialWorkSince version } } }`,
        { input },
      );
    const refused = await update({ foundedOn: '2022', socialWorkSince: '2021-07' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refused.errors?.[0]?.extensions?.problems).toEqual([
      {
        path: 'input.foundedOn',
        message: '不能晚于关闭日期（2021-06-30）。must not be after closedOn (2021-06-30)',
      },
      {
        path: 'input.socialWorkSince',
        message: '不能晚于关闭日期（2021-06-30）。must not be after closedOn (2021-06-30)',
      },
    ]);
    // A year or a month is judged by its first day: founded in 2021, it may have closed mid-2021.
    const accepted = await update({ foundedOn: '2021', socialWorkSince: '2021-06-30' });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.tianjin.updateInstitution).toEqual({
      foundedOn: '2021',
      socialWorkSince: '2021-06-30',
      version: closed.version + 1,
    });
  });
});

describe('corrections and withdrawals', () => {
  it('corrects a figure with a new one and withdraws a figure and a target, keeping them with their reasons', async () => {
    const editor = await editorOf('TJ');
    const indicator = 'TRAINED_SOCIAL_WORKERS';
    const figureInput = (value: number) => ({
      indicator,
      value,
      asOf: '2026-04',
      quote: `培训社工${value}人次`,
      source: { title: '更正测试来源', document: 'correction.txt' },
    });
    const recorded = (
      await ask(
        editor,
        `mutation ($input: FigureInput!) { tianjin { recordFigure(input: $input) { id } } }`,
        { input: figureInput(1200) },
      )
    ).data.tianjin.recordFigure;
    const corrected = await ask(
      editor,
      `mutation ($input: FigureInput!) { tianjin { correctFigure(id: "${recorded.id}", input: $input, reason: "多录了一个零") { id value } } }`,
      { input: figureInput(120) },
    );
    expect(corrected.errors).toBeUndefined();
    const read = async () =>
      (
        await ask(
          editor,
          `{ tianjin {
      figures(indicator: "${indicator}") { id value }
      all: figures(indicator: "${indicator}", includeWithdrawn: true) { id value withdrawnAt withdrawalReason correctedBy { id } }
      latestFigure(indicator: "${indicator}") { value } } }`,
        )
      ).data.tianjin;
    const afterCorrection = await read();
    expect(afterCorrection.figures).toEqual([
      { id: corrected.data.tianjin.correctFigure.id, value: 120 },
    ]);
    expect(afterCorrection.latestFigure).toEqual({ value: 120 });
    expect(afterCorrection.all.find((f: { id: string }) => f.id === recorded.id)).toMatchObject({
      value: 1200,
      withdrawalReason: '多录了一个零',
      correctedBy: { id: corrected.data.tianjin.correctFigure.id },
      withdrawnAt: expect.stringMatching(/^\d{4}-/),
    });

    await ask(
      editor,
      `mutation { tianjin { withdrawFigure(id: "${corrected.data.tianjin.correctFigure.id}", reason: "来源撤稿") { id } } }`,
    );
    const afterWithdrawal = await read();
    expect(afterWithdrawal.figures).toEqual([]);
    expect(afterWithdrawal.latestFigure).toBeNull();
    expect(afterWithdrawal.all).toHaveLength(2);
    const again = await ask(
      editor,
      `mutation { tianjin { withdrawFigure(id: "${recorded.id}", reason: "再次撤回") { id } } }`,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    const target = (
      await ask(
        editor,
        `mutation { tianjin { setTarget(input: { indicator: "${indicator}", targetValue: 5000, targetYear: 2030, description: "撤回测试目标" }) { id version } } }`,
      )
    ).data.tianjin.setTarget;
    const withdrawn = await ask(
      editor,
      `mutation { tianjin { withdrawTarget(id: "${target.id}", version: ${target.version}, reason: "并入新规划") { withdrawnAt withdrawalReason } } }`,
    );
    expect(withdrawn.data.tianjin.withdrawTarget).toMatchObject({
      withdrawalReason: '并入新规划',
      withdrawnAt: expect.stringMatching(/^\d{4}-/),
    });
    const targets = (
      await ask(
        editor,
        `{ tianjin { targets(indicator: "${indicator}") { id } all: targets(indicator: "${indicator}", includeWithdrawn: true) { id } } }`,
      )
    ).data.tianjin;
    expect(targets).toEqual({ targets: [], all: [{ id: target.id }] });
  });
});

describe('no lost updates', () => {
  it('lets exactly one of 20 concurrent updates from the same version through; the others get CONFLICT', async () => {
    const { id, version } = await newAgency(`并发测试机构${Date.now()}`);
    const editor = await editorOf('TJ');
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ask(
          editor,
          `mutation { tianjin { updateInstitution(id: "${id}", version: ${version}, input: { county: "区${i}" }) { version division { county } } } }`,
        ),
      ),
    );
    const succeeded = responses.filter((r) => !r.errors);
    expect(succeeded).toHaveLength(1);
    expect(succeeded[0]!.data.tianjin.updateInstitution.version).toBe(version + 1);
    expect(responses.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(
      19,
    );
    const [stored] = await federation.stack.subgraphs
      .get('tianjin')!
      .db.query(`SELECT version, county FROM institution WHERE id = $1`, [rowId(id)]);
    expect(stored).toEqual({
      version: version + 1,
      county: succeeded[0]!.data.tianjin.updateInstitution.division.county,
    });
    const [{ audits }] = await federation.stack.subgraphs
      .get('tianjin')!
      .db.query(
        `SELECT count(*)::int AS audits FROM audit WHERE entity = 'institution' AND entity_id = $1 AND action = 'updateInstitution'`,
        [rowId(id)],
      );
    expect(audits).toBe(1);
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const { id, version } = await newAgency(`版本测试机构${Date.now()}`);
    const editor = await editorOf('TJ');
    await ask(
      editor,
      `mutation { tianjin { updateInstitution(id: "${id}", version: ${version}, input: { county: "和平区" }) { version } } }`,
    );
    const stale = await ask(
      editor,
      `mutation { tianjin { updateInstitution(id: "${id}", version: ${version}, input: { county: "河东区" }) { version } } }`,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // Named by the global id the API gave (TJ-…), not the row id.
    expect(stale.errors?.[0]?.message).toContain(
      `Institution ${id} is at version ${version + 1}, not ${version}`,
    );
    const [stored] = await federation.stack.subgraphs
      .get('tianjin')!
      .db.query(`SELECT county FROM institution WHERE id = $1`, [rowId(id)]);
    expect(stored.county).toBe('和平区');
  });
});

describe('an institution without a credit code', () => {
  it('is refused where an open one of the same name and place is registered, naming it, and writes nothing', async () => {
    const editor = await editorOf('TJ');
    const input = {
      name: `重复站点测试${Date.now()}`,
      kind: 'SOCIAL_WORK_STATION',
      city: '天津市',
      county: '和平区',
      township: '劝业场街道',
    };
    const first = await ask(editor, createInstitution, { input });
    expect(first.errors).toBeUndefined();
    const before = await tianjinRows();
    const again = await ask(editor, createInstitution, { input });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
    expect(again.errors?.[0]?.message).toContain(
      `已是同一地点的机构 ${first.data.tianjin.createInstitution.id} 的名称`,
    );
    expect((await tianjinRows()).institutions).toBe(before.institutions);
    // Written with full-width brackets or half-width ones, a name is the same name, as the import
    // reads it (NFKC).
    const widths = await ask(editor, createInstitution, {
      input: { ...input, name: `${input.name}(站)`, township: '南营门街道' },
    });
    expect(widths.errors).toBeUndefined();
    const fullWidth = await ask(editor, createInstitution, {
      input: { ...input, name: `${input.name}（站）`, township: '南营门街道' },
    });
    expect(fullWidth.errors?.[0]?.extensions?.field).toBe('input.name');
    // Another township is another place.
    const elsewhere = await ask(editor, createInstitution, {
      input: { ...input, township: '小白楼街道' },
    });
    expect(elsewhere.errors).toBeUndefined();
    // Moved onto the first one's place by an update, it is refused too, and stays where it was.
    const { id, version } = elsewhere.data.tianjin.createInstitution;
    const moved = await ask(
      editor,
      `mutation { tianjin { updateInstitution(id: "${id}", version: ${version}, input: { township: "劝业场街道" }) { id } } }`,
    );
    expect(moved.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
    const [stays] = await federation.stack.subgraphs
      .get('tianjin')!
      .db.query(`SELECT township, version FROM institution WHERE id = $1`, [rowId(id)]);
    expect(stays).toEqual({ township: '小白楼街道', version });
  });
});

describe('idempotency', () => {
  it('writes a retried mutation once, sequentially and concurrently, and refuses the key for another request', async () => {
    const editor = await editorOf('TJ');
    const before = await tianjinRows();
    const key = `retry-${Date.now()}`;
    const input = { name: `幂等测试机构${key}`, kind: 'SOCIAL_WORK_STATION' };
    const first = await ask(editor, createInstitution, { input, key });
    const retries = await Promise.all(
      Array.from({ length: 5 }, () => ask(editor, createInstitution, { input, key })),
    );
    for (const retry of retries) expect(retry.data).toEqual(first.data);
    const after = await tianjinRows();
    expect(after.institutions - before.institutions).toBe(1);
    expect(after.audit - before.audit).toBe(1);

    const other = await ask(editor, createInstitution, {
      input: { ...input, name: '另一个机构' },
      key,
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(other.errors?.[0]?.message).toContain('已用于另一个请求');
    // Another editor sending the same write with the same key is told the key is not theirs.
    const colleague = await bearer({ role: 'editor', region: 'TJ', subject: 'editor-TJ-2' });
    const theirs = await ask(colleague, createInstitution, { input, key });
    expect(theirs.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(theirs.errors?.[0]?.message).toContain(`幂等键 ${key} 已由另一调用者使用`);
    expect((await tianjinRows()).institutions).toBe(after.institutions);
  });
});

describe('measures follow the writes', () => {
  /** Tianjin's practitioners in the test's own counties, as the gateway measures them for an analyst. */
  async function byCounty(counties: string[]) {
    const response = await ask(
      await bearer({ role: 'analyst' }),
      `{ tianjin { measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [COUNTY]) {
      breakdown { keys { value } value } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const cells = response.data.tianjin.measure.breakdown as {
      keys: { value: string }[];
      value: number;
    }[];
    return Object.fromEntries(
      cells
        .filter((c) => counties.includes(c.keys[0]!.value))
        .map((c) => [c.keys[0]!.value, c.value]),
    );
  }

  it('counts a worker where its institution is, after a transfer and after the institution moves', async () => {
    const editor = await editorOf('TJ');
    const place = (county: string) => ({ kind: 'SOCIAL_WORK_AGENCY', city: '天津市', county });
    const created = async (name: string, county: string) =>
      (
        await ask(editor, createInstitution, {
          input: { name: `${name}${Date.now()}`, ...place(county) },
        })
      ).data.tianjin.createInstitution;
    const [first, second] = [
      await created('天津市计数测试机构甲', '计数甲区'),
      await created('天津市计数测试机构乙', '计数乙区'),
    ];
    const counties = ['计数甲区', '计数乙区', '计数丙区'];
    const worker = (
      await ask(
        editor,
        `mutation { tianjin { registerSocialWorker(input: { name: "计数测试社工", institutionId: "${first.id}" }) { id version } } }`,
      )
    ).data.tianjin.registerSocialWorker;
    expect(await byCounty(counties)).toEqual({ 计数甲区: 1 });

    await ask(
      editor,
      `mutation { tianjin { transferSocialWorker(id: "${worker.id}", version: ${worker.version}, institutionId: "${second.id}") { id } } }`,
    );
    expect(await byCounty(counties)).toEqual({ 计数乙区: 1 });

    const moved = await ask(
      editor,
      `mutation ($input: InstitutionInput!) { tianjin { updateInstitution(id: "${second.id}", version: ${second.version}, input: $input) { id } } }`,
      { input: { county: '计数丙区' } },
    );
    expect(moved.errors).toBeUndefined();
    expect(await byCounty(counties)).toEqual({ 计数丙区: 1 });

    // The worker's copy of its institution's place is the database's to keep, not a writer's.
    const db = federation.stack.subgraphs.get('tianjin')!.db;
    await db.query(`UPDATE social_worker SET institution_county = '计数甲区' WHERE id = $1`, [
      rowId(worker.id),
    ]);
    expect(await byCounty(counties)).toEqual({ 计数丙区: 1 });
  });
});

describe('several writes in one operation', () => {
  it("runs a region's writes within one selection one at a time, not at once", async () => {
    // Two agencies of one credit code: the second, run after the first, finds the code taken and
    // names its holder. Started at once, both would find it free, and one would fail on the
    // database's unique key instead ('is already registered to another record'), either of them.
    const code = '52120000MJ0000188X';
    const create = (name: string) =>
      `createInstitution(input: { name: "${name}", kind: SOCIAL_WORK_AGENCY, creditCode: "${code}" }) { id }`;
    const response = await ask(
      await editorOf('TJ'),
      `mutation { tianjin { first: ${create('顺序测试机构一')} second: ${create('顺序测试机构二')} } }`,
    );
    const [holder] = await federation.stack.subgraphs
      .get('tianjin')!
      .db.query(`SELECT id, name FROM institution WHERE credit_code = $1`, [code]);
    expect(holder.name).toBe('顺序测试机构一');
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.path).toEqual(['tianjin', 'second']);
    expect(response.errors?.[0]?.extensions?.problems).toEqual([
      {
        path: 'input.creditCode',
        message: expect.stringContaining(`is already the code of institution TJ-${holder.id}`),
      },
    ]);
  });

  it("answers a write's fields with the writes before it: a target's progress sees the figure recorded above it, where the same question asked before did not", async () => {
    // Two targets of one indicator, judged as of one day: the same question of the registry, asked
    // before the figure is recorded and after. Each write names the region again, as a top-level
    // field: those run in the order written, each with its fields, which the gateway keeps.
    const target = (targetYear: number) =>
      `tianjin { setTarget(input: { indicator: "PILOT_COMMUNITIES", targetValue: 55, unit: "communities",
        targetYear: ${targetYear}, description: "测试目标：试点社区" }) {
        progress(asOf: "2024-12-31") { value basis status } } }`;
    const response = await ask(
      await editorOf('TJ'),
      `mutation ($input: FigureInput!) {
        before: ${target(2024)}
        figure: tianjin { recordFigure(input: $input) { id } }
        after: ${target(2025)} }`,
      {
        input: {
          indicator: 'PILOT_COMMUNITIES',
          value: 60,
          asOf: '2024-09',
          quote: '试点社区60个',
          source: { title: '测试来源', document: 'test.txt' },
        },
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.before.setTarget.progress).toEqual({
      value: null,
      basis: null,
      status: 'NO_DATA',
    });
    expect(response.data.after.setTarget.progress).toEqual({
      value: 60,
      basis: 'PUBLISHED',
      status: 'ACHIEVED',
    });
  });
});

describe('targets on a qualified figure', () => {
  it('is not reached by a figure of nearly its value (近40 of 40), and is by one of more than it (超40)', async () => {
    const editor = await editorOf('TJ');
    const progressOn = async (qualifier: string, word: string, targetYear: number) => {
      const response = await ask(
        editor,
        `mutation ($input: FigureInput!) {
          figure: tianjin { recordFigure(input: $input) { id } }
          target: tianjin { setTarget(input: { indicator: "COMMUNITY_HEALTH_VOLUNTEERS",
            targetValue: 40, unit: "persons", targetYear: ${targetYear}, description: "测试目标：社区健康志愿者" }) {
            progress(asOf: "${targetYear}-12-31") { value status gap reason { code reachedYear } statusReason } } } }`,
        {
          input: {
            indicator: 'COMMUNITY_HEALTH_VOLUNTEERS',
            value: 40,
            qualifier,
            qualifierWord: word,
            asOf: `${targetYear}-06`,
            quote: `社区健康志愿者${word}40人`,
            source: { title: '测试来源', document: 'test.txt' },
          },
        },
      );
      expect(response.errors).toBeUndefined();
      return response.data.target.setTarget.progress;
    };
    // 近40 is [35, 40): short of the target, by up to 5. Its year over, the target was missed.
    expect(await progressOn('NEARLY', '近', 2021)).toEqual({
      value: 40,
      status: 'OFF_TRACK',
      gap: 5,
      reason: { code: 'TARGET_YEAR_PASSED', reachedYear: null },
      // The deprecated English reason says the figure as published, in the target's unit.
      statusReason:
        'The target year 2021 has passed with nearly 40\u00a0persons of 40\u00a0persons.',
    });
    // 超40 is (40, 50): above it.
    expect(await progressOn('MORE_THAN', '超', 2022)).toEqual({
      value: 40,
      status: 'ACHIEVED',
      gap: 0,
      reason: { code: 'TARGET_REACHED', reachedYear: 2022 },
      statusReason: 'More than 40\u00a0persons has reached the target of 40\u00a0persons.',
    });
  });
});

describe('targets where the registry holds less than was published', () => {
  it('judges on the published figure, never below it: 超50% published in June, 31% registered', async () => {
    const editor = await editorOf('GX');
    const progress = async () =>
      (
        await ask(
          editor,
          `{ guangxi { targets(indicator: "SECONDARY_PLUS_MSW_COVERAGE") { targetYear
            progress { value basis asOf projectedValue status reason { code } } } } }`,
        )
      ).data.guangxi.targets.find((t: { targetYear: number }) => t.targetYear === 2027).progress;
    const before = await progress();
    expect(before.basis).toBe('MEASURED');
    expect(before.value).toBeLessThan(50);
    const recorded = await ask(
      editor,
      `mutation ($input: FigureInput!) { guangxi { recordFigure(input: $input) { id } } }`,
      {
        input: {
          indicator: 'SECONDARY_PLUS_MSW_COVERAGE',
          value: 50,
          qualifier: 'MORE_THAN',
          qualifierWord: '超',
          asOf: '2026-06-30',
          quote: '二级以上医疗机构社会工作覆盖率超50%',
          source: { title: '测试来源', document: 'test.txt' },
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    try {
      const after = await progress();
      // Nothing is projected from the 31% below it, nor on the registry's pace at that level: the
      // one figure is all the evidence of where the region stands, and no trend.
      expect(after).toEqual({
        value: 50,
        basis: 'PUBLISHED',
        asOf: '2026-06-30',
        projectedValue: null,
        status: 'AT_RISK',
        reason: { code: 'NO_TREND' },
      });
    } finally {
      await ask(
        editor,
        `mutation { guangxi { withdrawFigure(id: "${recorded.data.guangxi.recordFigure.id}", reason: "测试完毕") { id } } }`,
      );
    }
  });
});

describe("a cohort's target judged on its programme's own figure", () => {
  it('is reported with the document that figure is read from, in the terminal and the CSV', async () => {
    const recorded = await ask(
      await editorOf('NX'),
      `mutation ($input: FigureInput!) { ningxia { recordFigure(input: $input) { id } } }`,
      {
        input: {
          indicator: 'DISPATCHED_WORKERS',
          value: 30,
          asOf: '2025-12-31',
          scopeProgramId: 'NX-1',
          quote: '2025年“三区”计划已选派30名社会工作专业人才',
          source: { title: '宁夏“三区”计划年终通报（测试）', document: 'test.txt' },
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    try {
      const comparison = await fetchComparison(federation.stack.gatewayUrl, 'DISPATCHED_WORKERS');
      const ningxia = comparison.rows.find((row) => row.region === 'NX')!;
      expect(ningxia).toMatchObject({ progress: 30, basis: 'PUBLISHED' });
      const text = comparisonForTerminal(comparison, 'zh', 120, federation.stack.gatewayUrl);
      const cited = text.match(/当前进展值：30 \[(\d+)\]/);
      expect(cited).not.toBeNull();
      expect(text).toMatch(new RegExp(`\\[${cited![1]}\\] 宁夏“三区”计划年终通报（测试）`));
      const [header, ...lines] = toCsv(comparison, 'zh').slice(1).trimEnd().split('\n');
      const column = header!.split(',').indexOf('进展值出处');
      expect(column).toBeGreaterThan(-1);
      const row = lines.find((line) => line.startsWith('NX,'))!;
      expect(row.split(',')[column]).toBe('宁夏“三区”计划年终通报（测试）');
    } finally {
      await ask(
        await editorOf('NX'),
        `mutation { ningxia { withdrawFigure(id: "${recorded.data.ningxia.recordFigure.id}", reason: "测试完毕") { id } } }`,
      );
    }
  });
});

describe("Tianjin's 近3000 certified workers beside a target of 3000 by 2026", () => {
  /** The comparison with Tianjin's 近3000 published and its target set, both withdrawn after `check`. */
  async function withNearly3000(check: (comparison: Comparison) => Promise<void>) {
    const editor = await editorOf('TJ');
    const recorded = await ask(
      editor,
      `mutation ($input: FigureInput!) { tianjin { recordFigure(input: $input) { id } } }`,
      {
        input: {
          indicator: 'CERTIFIED_SOCIAL_WORKERS',
          value: 3000,
          unit: 'persons',
          qualifier: 'NEARLY',
          // After the figures of 2025 the tests above record, so that it is Tianjin's latest.
          asOf: '2026-06',
          quote: '全市持证社会工作者近3000人',
          source: { title: '天津社会工作发展通报（测试）', document: 'test.txt' },
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    const target = await ask(
      editor,
      `mutation { tianjin { setTarget(input: { indicator: "CERTIFIED_SOCIAL_WORKERS", targetValue: 3000,
        unit: "persons", targetYear: 2026, description: "测试目标：持证社工" }) { id version } } }`,
    );
    expect(target.errors).toBeUndefined();
    try {
      await check(
        await fetchComparison(federation.stack.gatewayUrl, 'CERTIFIED_SOCIAL_WORKERS', 'zh'),
      );
    } finally {
      const { id, version } = target.data.tianjin.setTarget;
      await ask(
        editor,
        `mutation { tianjin { withdrawTarget(id: "${id}", version: ${version}, reason: "测试完毕") { id } } }`,
      );
      await ask(
        editor,
        `mutation { tianjin { withdrawFigure(id: "${recorded.data.tianjin.recordFigure.id}", reason: "测试完毕") { id } } }`,
      );
    }
  }

  /** Tianjin's row of the CSV, by its column titles. */
  const csvRow = (comparison: Comparison, language: 'zh' | 'en') =>
    (
      parse(toCsv(comparison, language), { bom: true, columns: true }) as Record<string, string>[]
    ).find((row) => row[language === 'zh' ? '地区代码' : 'Region code'] === 'TJ')!;

  /** Tianjin's cells of the workbook's first sheet under the titles given. */
  async function xlsxCells(comparison: Comparison, titles: string[]) {
    const [sheet] = await readXlsxFile(
      (await toXlsx(comparison, 'zh', federation.stack.gatewayUrl)).workbook,
    );
    const [header, ...rows] = sheet!.data;
    const tianjin = rows.find((row) => row[0] === 'TJ')!;
    return titles.map((title) => tianjin[header!.indexOf(title)]);
  }

  /** Tianjin's row of the JSON. */
  const jsonRow = (comparison: Comparison) =>
    JSON.parse(toJson(comparison, 'zh')).rows.find(
      (row: { region: string }) => row.region === 'TJ',
    );

  it('prints its progress as the page did (近3000), and in CSV, xlsx and JSON keeps the number with its qualifier and lower end beside it', async () => {
    await withNearly3000(async (comparison) => {
      expect(comparison.rows.find((row) => row.region === 'TJ')).toMatchObject({
        progress: 3000,
        basis: 'PUBLISHED',
        target: 3000,
        gap: 500,
      });
      // Never a bare 3000 beside a target of 3000 and a gap of 500.
      const table = (language: 'zh' | 'en') =>
        comparisonForTerminal(comparison, language, 120, federation.stack.gatewayUrl);
      expect(table('zh')).toMatch(/当前进展值：近3000 \[\d+\]/);
      expect(table('en')).toMatch(/Progress value: nearly 3000 \[\d+\]/);
      // Analysts compute on the number: its qualifier and the lower end it is judged on stand apart.
      expect(csvRow(comparison, 'zh')).toMatchObject({
        当前进展值: '3000',
        进展值限定: '近',
        进展值区间下限: '2500',
      });
      expect(csvRow(comparison, 'en')).toMatchObject({
        'Progress value': '3000',
        'Progress qualifier': 'nearly',
        'Lower end of the progress value': '2500',
      });
      expect(await xlsxCells(comparison, ['当前进展值', '进展值限定', '进展值区间下限'])).toEqual([
        3000,
        '近',
        2500,
      ]);
      expect(jsonRow(comparison)).toMatchObject({
        progress: 3000,
        progressQualifier: 'NEARLY',
        progressLowest: 2500,
      });
    });
  });

  it('says that its registry of 500 disagrees with the published 近3,000, in the terminal, CSV, xlsx and JSON', async () => {
    await withNearly3000(async (comparison) => {
      expect(comparison.rows.find((row) => row.region === 'TJ')).toMatchObject({
        checkedPublished: 3000,
        checkedQualifier: 'NEARLY',
      });
      const table = comparisonForTerminal(comparison, 'zh', 120, federation.stack.gatewayUrl);
      expect(table).toContain('\n登记库对照公布总数：\n');
      expect(table).toMatch(/\n {2}天津市：差异超出容许范围；登记 \d+\u00a0人（演示数据占 /);
      expect(comparisonForTerminal(comparison, 'en', 120, federation.stack.gatewayUrl)).toMatch(
        /\n {2}Tianjin: Differs beyond tolerance; registered \d+\u00a0persons /,
      );
      expect(csvRow(comparison, 'zh')['登记库与公布总数是否相符']).toBe('差异超出容许范围');
      expect(csvRow(comparison, 'en')['Registry agrees with published total']).toBe(
        'Differs beyond tolerance',
      );
      expect(await xlsxCells(comparison, ['登记库与公布总数是否相符'])).toEqual([
        '差异超出容许范围',
      ]);
      expect(jsonRow(comparison)).toMatchObject({ checkedFlagged: true });
    });
  });
});

describe('targets whose year is over', () => {
  it('is ACHIEVED_LATE on the first year-end after its year that reached it, where today is short of it again; a year over has no projection', async () => {
    // Xiong'an's projects running at each year-end: 6 in 2021, 8 in 2023, 4 today.
    const years = (
      await ask(
        await bearer({ role: 'analyst' }),
        `{ xiongan { measure(indicator: "SOCIAL_WORK_PROJECTS", by: [YEAR], from: 2021, to: 2023) {
          value breakdown { keys { value } value } } } }`,
      )
    ).data.xiongan.measure;
    expect(years.breakdown.map((cell: { value: number }) => cell.value)).toEqual([6, 6, 8]);
    const response = await ask(
      await editorOf('XA'),
      `mutation { xiongan { setTarget(input: { indicator: "SOCIAL_WORK_PROJECTS", targetValue: 7,
        unit: "projects", targetYear: 2021, description: "测试目标：项目数" }) {
        progress { value asOf status projectedValue reason { code reachedYear } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.xiongan.setTarget.progress).toEqual({
      value: 8,
      asOf: '2023-12-31',
      status: 'ACHIEVED_LATE',
      projectedValue: null,
      reason: { code: 'TARGET_REACHED_LATE', reachedYear: 2023 },
    });
  });
});

describe('targets reached before their year, missed at its end', () => {
  it('is not reached late by a later year-end: reached in 2019, short at the end of 2021, it was missed', async () => {
    const editor = await editorOf('TJ');
    const figure = (value: number, year: number) =>
      `y${year}: tianjin { recordFigure(input: { indicator: "COMMUNITY_HEALTH_VOLUNTEERS", value: ${value},
        asOf: "${year}-12-31", quote: "健康志愿者${value}人", source: { title: "测试来源", document: "test.txt" } }) { id } }`;
    const recorded = await ask(
      editor,
      `mutation { ${figure(8, 2019)} ${figure(6, 2021)} ${figure(8, 2023)} ${figure(4, 2024)} }`,
    );
    expect(recorded.errors).toBeUndefined();
    const response = await ask(
      editor,
      `mutation { tianjin { setTarget(input: { indicator: "COMMUNITY_HEALTH_VOLUNTEERS", targetValue: 7,
        unit: "persons", targetYear: 2021, description: "测试目标：健康志愿者" }) {
        progress { value status reason { code } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.tianjin.setTarget.progress).toEqual({
      value: 4,
      status: 'OFF_TRACK',
      reason: { code: 'TARGET_YEAR_PASSED' },
    });
  });
});

describe('targets on a count of 0', () => {
  /** A county guidance centre of Ningxia, founded in March 2020 and closed at the end of June 2022. */
  async function centreOpenFrom2020To2022(
    editor: Record<string, string>,
    city: string,
    county: string,
  ) {
    const created = await ask(
      editor,
      `mutation ($input: InstitutionInput!) { ningxia { createInstitution(input: $input) { id version } } }`,
      {
        input: {
          name: `${county}社会工作指导中心测试${Date.now()}`,
          kind: 'COUNTY_GUIDANCE_CENTRE',
          city,
          county,
          foundedOn: '2020-03-01',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data.ningxia.createInstitution;
    const closed = await ask(
      editor,
      `mutation { ningxia { closeInstitution(id: "${id}", version: ${version}, closedOn: "2022-06-30") { id } } }`,
    );
    expect(closed.errors).toBeUndefined();
  }

  it('judges a count that fell to 0, where one never above 0 is nothing registered', async () => {
    const editor = await editorOf('NX');
    const progress = async () =>
      (
        await ask(
          editor,
          `{ ningxia { targets(indicator: "COUNTY_SW_GUIDANCE_CENTRES") { description
            progress(asOf: "2025-06-30") { value status reason { code } } } } }`,
        )
      ).data.ningxia.targets.find(
        (t: { description: string }) => t.description === '测试目标：计数为 0',
      ).progress;
    const set = await ask(
      editor,
      `mutation { ningxia { setTarget(input: { indicator: "COUNTY_SW_GUIDANCE_CENTRES", targetValue: 22,
        targetYear: 2030, description: "测试目标：计数为 0" }) { id } } }`,
    );
    expect(set.errors).toBeUndefined();
    const measured = async () =>
      (
        await ask(
          editor,
          `{ ningxia { measure(indicator: "COUNTY_SW_GUIDANCE_CENTRES", asOf: "2025-06-30") {
            value nothingRegistered reason } } }`,
        )
      ).data.ningxia.measure;
    // The registry has never held a county guidance centre of Ningxia: nothing registered.
    expect(await progress()).toEqual({
      value: null,
      status: 'NO_DATA',
      reason: { code: 'NOTHING_REGISTERED' },
    });
    expect(await measured()).toMatchObject({ value: 0, nothingRegistered: true });
    expect((await measured()).reason).toMatch(
      /^登记库中没有“县级社会工作指导中心”（COUNTY_SW_GUIDANCE_CENTRES）所计的记录/,
    );
    // One founded in 2020 and closed in 2022: in mid-2025 the count has fallen to 0, a finding,
    // which the measure says too.
    await centreOpenFrom2020To2022(editor, '固原市', '西吉县');
    const fallen = await progress();
    expect(fallen.value).toBe(0);
    expect(fallen.status).not.toBe('NO_DATA');
    const ended = await measured();
    expect(ended).toMatchObject({ value: 0, nothingRegistered: false });
    expect(ended.reason).toMatch(
      /^登记库登记过“县级社会工作指导中心”（COUNTY_SW_GUIDANCE_CENTRES）所计的记录，但都在测算之日（或时期）前结束/,
    );
  });

  it('keeps a target met at the end of its year achieved after the count falls, and judges one missed on today', async () => {
    const editor = await editorOf('NX');
    const centres = `indicator: "COUNTY_SW_GUIDANCE_CENTRES"`;
    await centreOpenFrom2020To2022(editor, '中卫市', '海原县');
    const count = async (asOf: string) =>
      (await ask(editor, `{ ningxia { measure(${centres}, asOf: "${asOf}") { value } } }`)).data
        .ningxia.measure.value as number;
    const atEndOf2021 = await count('2021-12-31');
    expect(atEndOf2021).toBeGreaterThan(0);
    expect(await count('2023-12-31')).toBe(0);
    for (const [year, description] of [
      [2021, '测试目标：按期达到后回落'],
      [2023, '测试目标：到期未达到'],
    ] as const) {
      const set = await ask(
        editor,
        `mutation { ningxia { setTarget(input: { ${centres}, targetValue: ${atEndOf2021},
          targetYear: ${year}, description: "${description}" }) { id } } }`,
      );
      expect(set.errors).toBeUndefined();
    }
    const { targets } = (
      await ask(
        editor,
        `{ ningxia { targets(${centres}) { description
          progress { value asOf status reason { code reachedYear } } } } }`,
      )
    ).data.ningxia;
    const progressOf = (description: string) =>
      targets.find((t: { description: string }) => t.description === description).progress;
    // Due at the end of 2021 and reached then: achieved, on that year's value, not today's 0.
    expect(progressOf('测试目标：按期达到后回落')).toEqual({
      value: atEndOf2021,
      asOf: '2021-12-31',
      status: 'ACHIEVED',
      reason: { code: 'TARGET_REACHED', reachedYear: 2020 },
    });
    // Due at the end of 2023, when none was open: missed, and judged on today's count.
    expect(progressOf('测试目标：到期未达到')).toMatchObject({
      value: 0,
      status: 'OFF_TRACK',
      reason: { code: 'TARGET_YEAR_PASSED' },
    });
  });
});

/**
 * A target of a flow (cases, person-times, funding) is of what the flow adds up in its year: judged
 * on that year's whole once it is over, never on this year to date.
 */
describe('targets of flows', () => {
  const setTarget = async (indicator: string, targetValue: number) => {
    const answer = await ask(
      await editorOf('BJ'),
      `mutation { beijing { setTarget(input: { indicator: "${indicator}", targetValue: ${targetValue},
        targetYear: 2023, description: "测试目标：年度流量" }) {
        progress { value basis asOf since status reason { code } } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data.beijing.setTarget.progress;
  };

  /**
   * The progress of Beijing's target of `indicator` with `targetValue` (each setTarget above adds
   * one) as things stood on `day`: the `fields` asked.
   */
  const progressAsOf = async (
    indicator: string,
    targetValue: number,
    day: string,
    fields: string,
  ) =>
    (
      await ask(
        await bearer({ role: 'analyst' }),
        `{ beijing { targets(indicator: "${indicator}") { targetValue
          progress(asOf: "${day}") { ${fields} } } } }`,
      )
    ).data.beijing.targets.find((t: { targetValue: number }) => t.targetValue === targetValue)
      .progress;

  /** The cases the registry counts in 2023 as of `day`: to date, or the year's whole once it is over. */
  const casesOf2023 = async (day: string): Promise<number> =>
    (
      await ask(
        await bearer({ role: 'analyst' }),
        `{ beijing { measure(indicator: "INDIVIDUAL_CASES", by: [YEAR], from: 2023, asOf: "${day}") {
          breakdown { keys { value } value } } } }`,
      )
    ).data.beijing.measure.breakdown.find(
      (cell: { keys: { value: string }[] }) => cell.keys[0]!.value === '2023',
    ).value;

  /** A figure Beijing published of 2023, from the year's start to `asOf`. */
  const recordFigure = async (indicator: string, value: number, asOf: string, quote: string) => {
    const answer = await ask(
      await editorOf('BJ'),
      `mutation ($input: FigureInput!) { beijing { recordFigure(input: $input) { id } } }`,
      {
        input: {
          indicator,
          value,
          asOf,
          periodStart: '2023',
          quote,
          source: { title: '测试来源', document: 'test.txt' },
        },
      },
    );
    expect(answer.errors).toBeUndefined();
  };

  it("judges a target of a passed year on that year's whole as measured", async () => {
    const in2023 = await casesOf2023('2023');
    expect(in2023).toBeGreaterThan(0);
    const measured = { value: in2023, basis: 'MEASURED', asOf: '2023-12-31', since: '2023-01-01' };
    expect(await setTarget('INDIVIDUAL_CASES', in2023)).toEqual({
      ...measured,
      status: 'ACHIEVED',
      reason: { code: 'TARGET_REACHED' },
    });
    expect(await setTarget('INDIVIDUAL_CASES', in2023 + 1)).toEqual({
      ...measured,
      status: 'OFF_TRACK',
      reason: { code: 'TARGET_YEAR_PASSED' },
    });
    // As of a day in 2023, the year is not over: the last year that is, 2022, is judged, and what
    // is still missing is needed within 2023 (a year at least, in the target year).
    const fields = 'value asOf since requiredAnnualGrowth status';
    const asOf = (day: string, target = in2023 + 1) =>
      progressAsOf('INDIVIDUAL_CASES', target, day, fields);
    const midYear = await asOf('2023-06-30');
    expect(midYear).toMatchObject({ asOf: '2022-12-31', since: '2022-01-01' });
    expect(midYear.requiredAnnualGrowth).toBe(in2023 + 1 - midYear.value);
    // At the end of 2023, its whole, as measured today, one short: due that day, and missed.
    const { value, since } = measured;
    expect(await asOf('2023')).toEqual({
      value,
      asOf: measured.asOf,
      since,
      requiredAnnualGrowth: null,
      status: 'OFF_TRACK',
    });
    // The registry registered no case in 2010: nothing to judge on, rather than a year of none.
    expect(await asOf('2010')).toMatchObject({ value: null, status: 'NO_DATA' });
    // 2022's whole meeting a target of 2023 does not achieve it: only 2023's can. It is judged by
    // the trend (which may see it fall), asked for no growth. On the 10th of January, 2023 so far
    // is short of it (by the end of January, the demonstration projects' 6,000 cases of 2023 had
    // already passed 2022's whole).
    await setTarget('INDIVIDUAL_CASES', midYear.value);
    expect(await casesOf2023('2023-01-10')).toBeLessThan(midYear.value);
    const metEarlier = await progressAsOf(
      'INDIVIDUAL_CASES',
      midYear.value,
      '2023-01-10',
      'status requiredAnnualGrowth reason { code reachedYear }',
    );
    expect(metEarlier).toEqual({
      status: expect.stringMatching(/^(ON_TRACK|AT_RISK|OFF_TRACK)$/),
      requiredAnnualGrowth: 0,
      reason: { code: expect.stringMatching(/^(PROJECTED_|NO_TREND)/), reachedYear: null },
    });
  });

  it('achieves a target of a year not over once the registry counts it reached so far', async () => {
    // A flow only adds up within its year: 2023's cases by the end of June, at a target of 2023,
    // have reached it then, where its whole is not known yet. The registry apportions a
    // programme's cases over its period, so a year to date need not be whole: the target is.
    const soFar = await casesOf2023('2023-06-30');
    const reached = Math.floor(soFar);
    expect(reached).toBeGreaterThan(0);
    await setTarget('INDIVIDUAL_CASES', reached);
    const fields =
      'value basis asOf since requiredAnnualGrowth projectedValue status reason { code reachedYear }';
    expect(await progressAsOf('INDIVIDUAL_CASES', reached, '2023-06-30', fields)).toEqual({
      value: soFar,
      // Half a year carried on by a slope between whole years would be neither: no projection.
      projectedValue: null,
      basis: 'MEASURED',
      asOf: '2023-06-30',
      since: '2023-01-01',
      requiredAnnualGrowth: 0,
      status: 'ACHIEVED',
      reason: { code: 'TARGET_REACHED', reachedYear: 2023 },
    });
    // One case more is not reached so far: judged on the last year that is over, as before.
    await setTarget('INDIVIDUAL_CASES', reached + 1);
    expect(
      await progressAsOf('INDIVIDUAL_CASES', reached + 1, '2023-06-30', 'asOf status'),
    ).toMatchObject({ asOf: '2022-12-31', status: expect.not.stringMatching(/^ACHIEVED/) });
  });

  it('judges one the registry cannot count on the figure the region published of that year', async () => {
    // The 37000余 person-times of 2023's demonstration projects are a part of the whole: no value.
    expect(await setTarget('COMMUNITY_SERVICE_PERSON_TIMES', 37000)).toMatchObject({
      value: null,
      status: 'NO_DATA',
    });
    await recordFigure(
      'COMMUNITY_SERVICE_PERSON_TIMES',
      52000,
      '2023-12-31',
      '全年社区服务52000人次',
    );
    // Nine months of a year are not its whole, and no year's whole is known: the figure is the
    // value as published, its period beside it (9,000 by September is more than 5,000 in the year).
    await recordFigure('GROUP_SERVICE_PERSON_TIMES', 9000, '2023-09', '今年以来小组服务9000人次');
    expect(await setTarget('GROUP_SERVICE_PERSON_TIMES', 5000)).toEqual({
      value: 9000,
      basis: 'PUBLISHED',
      asOf: '2023-09',
      since: '2023',
      status: 'ACHIEVED',
      reason: { code: 'TARGET_REACHED' },
    });
    // Nine months short of a target of the year say nothing of its whole, once the year is over.
    expect(await setTarget('GROUP_SERVICE_PERSON_TIMES', 10000)).toMatchObject({
      value: null,
      status: 'NO_DATA',
    });
    // The year's whole, as published: a target of 52,000 is met, one of 60,000 missed.
    const published = { value: 52000, basis: 'PUBLISHED', asOf: '2023-12-31', since: '2023' };
    expect(await setTarget('COMMUNITY_SERVICE_PERSON_TIMES', 52000)).toEqual({
      ...published,
      status: 'ACHIEVED',
      reason: { code: 'TARGET_REACHED' },
    });
    expect(await setTarget('COMMUNITY_SERVICE_PERSON_TIMES', 60000)).toEqual({
      ...published,
      status: 'OFF_TRACK',
      reason: { code: 'TARGET_YEAR_PASSED' },
    });
    // A figure is known once its date has ended: the year's whole not in mid-2023, nor the nine
    // months at the end of August.
    const of2023 = (history: { year: number }[]) => history.filter((p) => p.year === 2023);
    const fields = 'value status history { year basis value }';
    const midYear = await progressAsOf(
      'COMMUNITY_SERVICE_PERSON_TIMES',
      60000,
      '2023-06-30',
      fields,
    );
    expect(midYear).toMatchObject({ value: null, status: 'NO_DATA' });
    expect(of2023(midYear.history)).toEqual([]);
    const endOfYear = await progressAsOf('COMMUNITY_SERVICE_PERSON_TIMES', 60000, '2023', fields);
    expect(endOfYear.value).toBe(52000);
    expect(of2023(endOfYear.history)).toEqual([{ year: 2023, basis: 'PUBLISHED', value: 52000 }]);
    const nineMonths = (day: string) =>
      progressAsOf('GROUP_SERVICE_PERSON_TIMES', 5000, day, 'value');
    expect(await nineMonths('2023-08-31')).toEqual({ value: null });
    expect(await nineMonths('2023-09')).toEqual({ value: 9000 });
  });
});
