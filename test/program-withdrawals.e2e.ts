import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { subgraphDatabaseUrl } from '../subgraphs/common/database-server.js';
import { regionBySlug, subgraphs } from '../subgraphs/regions.js';
import { openRegistryDatabase } from '../subgraphs/registry/src/database.js';
import { loadDemoRegistry } from '../subgraphs/registry/src/seed/demo.js';
import { loadPublishedData } from '../subgraphs/registry/src/seed/load-published.js';
import {
  readPublishedData,
  type PublishedData,
} from '../subgraphs/registry/src/seed/published-data.js';
import { seedRegistry } from '../subgraphs/registry/src/seed/seed-registry.js';
import { bearer, data, graphql, useStack } from './harness.js';
import { copyDatabase, databaseName, emptyRegistryTemplate } from './template-databases.js';

/**
 * A programme the data files drop, withdrawn from a registry that loaded it: Beijing's resident
 * medical social work project was once two records, one a batch, until the files read the page
 * again ("启动第二批 15 家遴选派驻工作": the second batch has only begun selection) and kept one.
 * Beijing's registry here is one an earlier release loaded from those files, with its demo, as its
 * start left it; the tests start it again on the files as they are, as a subgraph's start does.
 */
const beijing = regionBySlug('beijing');
const files = readPublishedData(beijing.slug);
const BATCH1 = 'bj-msw-resident-project-batch1';
const BATCH2 = 'bj-msw-resident-project-batch2';
const SECOND_BATCH = 'bj-dispatch-batch2-institutions-15';
const SENTENCE =
  '截至目前，北京已完成首批 30 家医疗卫生机构派驻工作，启动第二批 15 家遴选派驻工作，有效拓展了医务社工发展格局。';

/** The files as they were: the project as two records, the second batch's figure scoped to the second. */
const earlier: PublishedData = (() => {
  const project = files.programs.find((p) => p.id === BATCH1)!;
  const batch = (n: '1' | '2', which: string) => ({
    ...project,
    id: `bj-msw-resident-project-batch${n}`,
    nameEn: `Resident medical social work project (dispatch of medical social workers), ${which} batch`,
    batch: n,
    quote: SENTENCE,
  });
  return {
    ...files,
    programs: [
      ...files.programs.map((p) => (p.id === BATCH1 ? batch('1', 'first') : p)),
      batch('2', 'second'),
    ],
    figures: files.figures.map((f) => (f.id === SECOND_BATCH ? { ...f, scopeProgram: BATCH2 } : f)),
    withdrawnPrograms: [],
  };
})();

/** Beijing's database of the file's own as the earlier release's start left it: its files, then its demo. */
async function loadedByTheEarlierRelease(serverUrl: string) {
  const url = subgraphDatabaseUrl(
    serverUrl,
    subgraphs.find((s) => s.name === beijing.slug)!,
  );
  await copyDatabase(serverUrl, emptyRegistryTemplate, databaseName(url));
  const { dataSource } = await openRegistryDatabase(url, 1);
  try {
    await loadPublishedData(dataSource, beijing.slug, earlier);
    await loadDemoRegistry(dataSource, beijing);
  } finally {
    await dataSource.destroy();
  }
}

/** A later start of Beijing's subgraph on the files as they are, its log lines kept. */
async function start(federation: ReturnType<typeof useStack>) {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const db = federation.stack.subgraphs.get(beijing.slug)!.db;
  const { published } = await seedRegistry(db, beijing, process.env, logger);
  return { published, lines };
}

async function batch2Id(federation: ReturnType<typeof useStack>) {
  const [row]: { id: string; version: number }[] = await federation.stack.subgraphs
    .get(beijing.slug)!
    .db.query(`SELECT id::text AS id, version FROM program WHERE key = $1`, [BATCH2]);
  return { id: `BJ-${row!.id}`, local: row!.id, version: row!.version };
}

const projects = `measure(indicator: "SOCIAL_WORK_PROJECTS") { value }`;
const projectsIn2024 = `in2024: measure(indicator: "SOCIAL_WORK_PROJECTS", asOf: "2024-06-30") { value }`;
const listed = `programs(first: 100) { edges { node { id } } }`;
const ids = (connection: { edges: { node: { id: string } }[] }) =>
  connection.edges.map((edge) => edge.node.id);

describe('a programme the files withdraw, untouched and referred to by nothing standing', () => {
  const federation = useStack({
    ownDatabases: 'program_withdrawals',
    prepare: loadedByTheEarlierRelease,
  });

  it('stops counting at every date and being listed, and the change feed shows its withdrawal', async () => {
    const batch2 = await batch2Id(federation);
    const { beijing: before } = await federation.query(
      `{ beijing { ${projects} ${projectsIn2024} ${listed} changes(first: 100) { lastId hasMore } } }`,
    );
    // The earlier reading: the project counted twice.
    expect(before.measure.value).toBe(2);
    expect(ids(before.programs)).toContain(batch2.id);
    expect(before.changes.hasMore).toBe(false);

    const { published, lines } = await start(federation);
    expect(published.corrected.withdrawnPrograms).toEqual([BATCH2]);
    expect(published.keptPrograms).toEqual([]);
    expect(lines.map((line) => line.msg)).toEqual([expect.stringContaining('项目撤回 1 项')]);

    const reason = files.withdrawnPrograms.find((w) => w.id === BATCH2)!.reason;
    const { beijing: after, registries } = await federation.query(
      `{ registries { code ${projects} }
         beijing { ${projects} ${projectsIn2024} ${listed}
           all: programs(first: 100, includeWithdrawn: true) { edges { node { id withdrawnAt withdrawalReason } } }
           figures(includeWithdrawn: true) { id withdrawnAt scopeProgram { id withdrawnAt } }
           changes(after: ${JSON.stringify(before.changes.lastId)}) { changes { actor action entity entityId changedFields
             after { ... on ProgramState { batch withdrawnAt withdrawalReason } } } } } }`,
    );
    // As a registry that loaded the files as they are counts it: one project today, in the national
    // comparison too, and one fewer at a past date, when the second batch had counted.
    expect(after.measure.value).toBe(1);
    expect(registries.find((r: { code: string }) => r.code === 'BJ').measure.value).toBe(1);
    expect(after.in2024.value).toBe(before.in2024.value - 1);
    expect(ids(after.programs)).not.toContain(batch2.id);
    expect(
      after.all.edges.find((edge: { node: { id: string } }) => edge.node.id === batch2.id).node,
    ).toEqual({ id: batch2.id, withdrawnAt: expect.any(String), withdrawalReason: reason });
    // The second batch's figure, corrected by the same start, still says what it was scoped to:
    // withdrawn, it does not hold the programme, which is kept for it to point to.
    expect(after.figures.find((f: { id: string }) => f.id === SECOND_BATCH)).toEqual({
      id: SECOND_BATCH,
      withdrawnAt: expect.any(String),
      scopeProgram: { id: batch2.id, withdrawnAt: expect.any(String) },
    });
    const withdrawals = after.changes.changes.filter(
      (change: { action: string }) => change.action === 'withdrawProgram',
    );
    expect(withdrawals).toEqual([
      {
        actor: 'published-data',
        action: 'withdrawProgram',
        entity: 'program',
        entityId: batch2.id,
        changedFields: ['withdrawnAt', 'withdrawalReason'],
        after: { batch: '2', withdrawnAt: expect.any(String), withdrawalReason: reason },
      },
    ]);
  });

  it('changes nothing at the next start', async () => {
    const batch2 = await batch2Id(federation);
    const { beijing: before } = await federation.query(
      `{ beijing { ${projects} changes(first: 100) { lastId } } }`,
    );
    const { published, lines } = await start(federation);
    expect(Object.values(published.corrected).flat()).toEqual([]);
    expect(published.keptPrograms).toEqual([]);
    expect(lines).toEqual([]);
    const { beijing: after } = await federation.query(
      `{ beijing { ${projects} ${listed} changes(after: ${JSON.stringify(before.changes.lastId)}) { changes { id } } } }`,
    );
    expect(after.measure.value).toBe(1);
    expect(ids(after.programs)).not.toContain(batch2.id);
    expect(after.changes.changes).toEqual([]);
    expect((await batch2Id(federation)).version).toBe(batch2.version);
  });

  it('is the team’s to edit or to refer to no more', async () => {
    const batch2 = await batch2Id(federation);
    const figure = files.figures.find((f) => f.id === SECOND_BATCH)!;
    const editor = await bearer({ role: 'editor', region: beijing.code });
    const refused = await Promise.all([
      graphql(
        federation.stack.gatewayUrl,
        `mutation { beijing { updateProgram(id: "${batch2.id}", version: ${batch2.version}, input: { batch: "2" }) { id } } }`,
        {},
        editor,
      ),
      graphql(
        federation.stack.gatewayUrl,
        `
          mutation ($input: FigureInput!) {
            beijing {
              recordFigure(input: $input) {
                id
              }
            }
          }
        `,
        {
          input: {
            indicator: figure.indicator,
            value: figure.value,
            asOf: figure.asOf,
            scopeProgramId: batch2.id,
            source: { id: figure.source },
            quote: figure.quote,
          },
        },
        editor,
      ),
    ]);
    const refusal = (field: string) => [
      [
        `${field === 'id' ? '记录编号' : '所计项目'}（${field}）：项目 ${batch2.id} 已撤回。${field}: programme ${batch2.id} was withdrawn`,
        'BAD_USER_INPUT',
      ],
    ];
    expect(
      refused.map(({ errors }) => errors?.map((e) => [e.message, e.extensions?.code])),
    ).toEqual([refusal('id'), refusal('input.scopeProgramId')]);
    expect((await batch2Id(federation)).version).toBe(batch2.version);
  });
});

describe('a programme the files withdraw, held by the registry', () => {
  const federation = useStack({
    ownDatabases: 'program_withdrawals_kept',
    prepare: loadedByTheEarlierRelease,
  });
  const db = () => federation.stack.subgraphs.get(beijing.slug)!.db;
  const editor = async () => bearer({ role: 'editor', region: beijing.code, subject: 'editor-BJ' });

  async function expectKept(holding: { zh: string; en: string }) {
    const batch2 = await batch2Id(federation);
    const { published, lines } = await start(federation);
    expect(published.corrected.withdrawnPrograms).toEqual([]);
    const warnings = lines.filter((line) => line.level === 40).map((line) => line.msg);
    expect(warnings).toEqual([
      `公开数据已撤回的 1 个项目仍保留在本登记库中并照常计入：项目 ${batch2.id}（${BATCH2}，医务社工驻点项目）：${holding.zh}。本地区修改过的项目归本地区所有，公开数据不再撤回；被引用的项目，待引用全部移除后，于下一次启动时撤回。` +
        `The published data withdraws 1 programme this registry keeps and still counts: programme ${batch2.id} (${BATCH2}, 医务社工驻点项目): ${holding.en}. A programme the region's team changed is the team's, and the files no longer withdraw it; one that records refer to is withdrawn at the first start after none does.`,
    ]);
    const { beijing: answer } = await federation.query(
      `{ beijing { ${projects} ${listed} changes(first: 100) { hasMore changes { action } } } }`,
    );
    expect(answer.measure.value).toBe(2);
    expect(ids(answer.programs)).toContain(batch2.id);
    // The whole feed, not its first page only: no withdrawal anywhere in it.
    expect(answer.changes.hasMore).toBe(false);
    expect(answer.changes.changes).not.toContainEqual({ action: 'withdrawProgram' });
  }

  it('is kept and counted while a worker is on it, the start naming both', async () => {
    const { local } = await batch2Id(federation);
    // As the demo places one on the files' programmes.
    const [worker]: { id: string }[] = await db().query(
      `INSERT INTO social_worker (name, program_id, provenance) VALUES ('演示社工', $1, 'DEMO') RETURNING id::text AS id`,
      [local],
    );
    await expectKept({
      zh: `被社工 BJ-${worker!.id}引用`,
      en: `referred to by social worker BJ-${worker!.id}`,
    });
    // Gone, as a demo removed (npm run demo -- --remove): next, the team's edit alone holds it.
    await db().query(`DELETE FROM social_worker WHERE id = $1`, [worker!.id]);
  });

  it('is the team’s once they changed it, kept and counted with nothing on it', async () => {
    const batch2 = await batch2Id(federation);
    await data(
      federation.stack.gatewayUrl,
      `mutation { beijing { updateProgram(id: "${batch2.id}", version: ${batch2.version}, input: { nameEn: "Resident project, second batch" }) { id } } }`,
      {},
      await editor(),
    );
    await expectKept({ zh: '本地区已修改（editor-BJ）', en: 'changed by editor-BJ' });
  });
});
