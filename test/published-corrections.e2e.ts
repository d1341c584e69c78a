import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../shared/listen.js';
import type { SubgraphApp } from '../subgraphs/common/subgraph-app.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { correctionReason } from '../subgraphs/registry/src/seed/figure-corrections.js';
import { loadPublishedData } from '../subgraphs/registry/src/seed/load-published.js';
import {
  readPublishedData,
  type PublishedData,
} from '../subgraphs/registry/src/seed/published-data.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { bearer, data, useRegistryDatabase } from './harness.js';

/**
 * A registry that loaded an earlier reading of the published data, started again on the files as
 * they are now: Xiong'an as it was read before the data files were read again against their
 * sentences (its 十余 projects counted from 2020, not 2020-03; its six agencies of the incubation
 * base recorded as agencies incubated), with a note and a source's note as they were in English.
 */
const region = regionBySlug('xiongan');
const opened = useRegistryDatabase('published_corrections', { drop: true });
const now = readPublishedData(region.slug);

const PROJECTS = 'xa-sw-projects-launched-since-2020';
const NOTED = 'xa-incubation-base-floor-area';
const TEAMS = 'xa-township-sw-stations';
const WITHDRAWN = now.withdrawnFigures[0]!.id;
const MODEL = 'xa-1357-service-model';
const EDITED = 'xa-full-cycle-incubation-scheme';
/** Its period start was read as printed before; the files now say it is worked out. */
const START_INFERRED = 'xa-professional-sw-projects';

const earlier: PublishedData = {
  ...now,
  figures: [
    ...now.figures.map((f) =>
      f.id === PROJECTS
        ? { ...f, periodStart: '2020' }
        : f.id === NOTED
          ? { ...f, note: 'Read on the page date.' }
          : f.id === TEAMS
            ? { ...f, scope: 'stations' }
            : f.id === START_INFERRED
              ? { ...f, periodStartInferred: false }
              : f,
    ),
    {
      ...now.figures.find((f) => f.id === NOTED)!,
      id: WITHDRAWN,
      indicator: 'INCUBATED_SOCIAL_WORK_AGENCIES',
      value: 6,
      unit: 'agencies',
      scope: null,
      quote: '在孵化基地，与雄泽社工有着一样需求的机构还有六家。',
      note: null,
    },
  ],
  withdrawnFigures: [],
  sources: now.sources.map((s, i) => (i === 0 ? { ...s, note: 'An English note.' } : s)),
  // Two supporting programmes once recorded as service projects; the team has edited the second since.
  programs: now.programs.map((p) =>
    p.id === MODEL || p.id === EDITED ? { ...p, role: 'PROJECT' } : p,
  ),
};

let subgraph: SubgraphApp;
let server: Listening;
const editor = () => bearer({ role: 'editor', region: region.code });
const ask = async <T = any>(query: string, variables?: Record<string, unknown>) =>
  data<T>(server.url, query, variables, await editor());

const figureFields = `id periodStart periodStartInferred note withdrawnAt withdrawalReason correctedBy { id periodStart }`;

beforeAll(async () => {
  await loadPublishedData(opened.dataSource, region.slug, earlier);
  subgraph = await createRegistrySubgraph(region, opened.dataSource);
  server = await listen(subgraph.app, 0);
});

afterAll(async () => {
  await server?.close();
  await subgraph?.stop();
});

describe('corrections of the published data', () => {
  it('reach a registry that loaded the earlier reading, keep the team’s own corrections, and are in the change feed', async () => {
    // The region's team corrected one published figure itself, through the API, before the files did.
    const teams = now.figures.find((f) => f.id === TEAMS)!;
    await ask(
      `mutation ($input: FigureInput!) { xiongan { correctFigure(id: "${TEAMS}", input: $input, reason: "本地区核实后更正") { id } } }`,
      {
        input: {
          indicator: teams.indicator,
          value: teams.value + 1,
          asOf: teams.asOf,
          source: { id: teams.source },
          quote: teams.quote,
        },
      },
    );
    const [edited] = await opened.dataSource.query(
      `SELECT id::text AS id, version FROM program WHERE key = $1`,
      [EDITED],
    );
    await ask(
      `mutation { xiongan { updateProgram(id: "XA-${edited.id}", version: ${edited.version}, input: { nameEn: "Full-cycle incubation" }) { id } } }`,
    );
    const { xiongan: before } = await ask(`{ xiongan { changes(first: 100) { lastId } } }`);

    const corrected = await loadPublishedData(opened.dataSource, region.slug);
    expect(corrected.corrected).toEqual({
      figures: [PROJECTS],
      annotated: [NOTED, START_INFERRED],
      withdrawn: [WITHDRAWN],
      targets: [],
      // The team's edit makes the second programme theirs: it keeps the role they left it with.
      programs: [MODEL],
      withdrawnPrograms: [],
      sources: [now.sources[0]!.id],
      policies: [],
    });

    const { xiongan } = await ask(
      `{ xiongan {
          all: figures(includeWithdrawn: true) { ${figureFields} }
          standing: figures { id }
          changes(after: "${before.changes.lastId}") { changes { actor action entityId changedFields } }
        } }`,
    );
    const byId = (id: string) => xiongan.all.find((f: { id: string }) => f.id === id);
    const projects = byId(PROJECTS);
    expect(projects.withdrawalReason).toBe(correctionReason(['periodStart']));
    expect(projects.correctedBy).toEqual({ id: `${PROJECTS}~2`, periodStart: '2020-03' });
    expect(byId(`${PROJECTS}~2`)).toMatchObject({ periodStart: '2020-03', withdrawnAt: null });
    // Set in place, as a note is: the same figure, its start now said to be worked out.
    expect(byId(START_INFERRED)).toMatchObject({ periodStartInferred: true, withdrawnAt: null });
    expect(byId(NOTED)).toMatchObject({
      id: NOTED,
      note: now.figures.find((f) => f.id === NOTED)!.note,
      withdrawnAt: null,
    });
    expect(byId(WITHDRAWN).withdrawalReason).toBe(now.withdrawnFigures[0]!.reason);
    expect(byId(WITHDRAWN).correctedBy).toBeNull();
    expect(byId(TEAMS)).toMatchObject({
      withdrawalReason: '本地区核实后更正',
      correctedBy: { id: expect.stringMatching(/^figure-/) },
    });
    const standing = xiongan.standing.map((f: { id: string }) => f.id);
    expect(standing).toContain(`${PROJECTS}~2`);
    expect(standing).not.toContain(PROJECTS);
    expect(standing).not.toContain(WITHDRAWN);
    // In the order of the figures' ids.
    expect(xiongan.changes.changes).toEqual([
      {
        actor: 'published-data',
        action: 'annotateFigure',
        entityId: NOTED,
        changedFields: ['note'],
      },
      {
        actor: 'published-data',
        action: 'annotateFigure',
        entityId: START_INFERRED,
        changedFields: ['periodStartInferred'],
      },
      {
        actor: 'published-data',
        action: 'correctFigure',
        entityId: `${PROJECTS}~2`,
        changedFields: expect.arrayContaining(['periodStart']),
      },
      {
        actor: 'published-data',
        action: 'withdrawFigure',
        entityId: WITHDRAWN,
        changedFields: expect.arrayContaining(['withdrawnAt', 'withdrawalReason']),
      },
      {
        actor: 'published-data',
        action: 'updateProgram',
        entityId: expect.stringMatching(/^XA-\d+$/),
        changedFields: ['role'],
      },
    ]);
    const roles = await opened.dataSource.query(
      `SELECT key, role FROM program WHERE key = ANY($1) ORDER BY key`,
      [[MODEL, EDITED]],
    );
    expect(roles).toEqual([
      { key: MODEL, role: 'SUPPORT' },
      { key: EDITED, role: 'PROJECT' },
    ]);
  });

  it('change nothing when the registry already holds the files’ reading', async () => {
    const again = await loadPublishedData(opened.dataSource, region.slug);
    expect(again.corrected).toEqual({
      figures: [],
      annotated: [],
      withdrawn: [],
      targets: [],
      programs: [],
      withdrawnPrograms: [],
      sources: [],
      policies: [],
    });
    expect(again.figures).toBe(0);
  });
});

/**
 * Guangxi as it was read before its pilot target counted the plan's pilot units only: the target
 * then counted every prefecture, its policy's title was shorter, and the plan was recorded as a
 * service project rather than the scheme of its pilots. Its team has revised the 2027 target
 * through the API since.
 */
describe('corrections of published targets and programmes', () => {
  const guangxi = regionBySlug('guangxi');
  const registry = useRegistryDatabase('published_target_corrections', { drop: true });
  const files = readPublishedData(guangxi.slug);
  const PILOTS = 'gx-msw-pilot-prefectures-2025';
  const REVISED = 'gx-secondary-plus-msw-coverage-2027';
  const pilots = files.targets.find((t) => t.id === PILOTS)!;
  const PLAN = pilots.scope!.program!;
  const read: PublishedData = {
    ...files,
    programs: files.programs.map((p) => (p.id === PLAN ? { ...p, role: 'PROJECT' } : p)),
    // The pilot target read as the communiqué's, whose policy the loader names after it; both
    // targets' policy with a shorter title.
    targets: files.targets.map((t) =>
      t.id === PILOTS
        ? {
            ...t,
            scope: null,
            source: 'gx-statistical-communique-2021',
            policy: { ...t.policy, title: '医疗机构社会工作' },
          }
        : t.id === REVISED
          ? {
              ...t,
              description: 'An earlier description.',
              policy: { ...t.policy, title: '医疗机构社会工作' },
            }
          : t,
    ),
  };
  let app: SubgraphApp;
  let listening: Listening;
  const asEditor = async <T = any>(query: string) =>
    data<T>(listening.url, query, {}, await bearer({ role: 'editor', region: guangxi.code }));

  beforeAll(async () => {
    await loadPublishedData(registry.dataSource, guangxi.slug, read);
    app = await createRegistrySubgraph(guangxi, registry.dataSource);
    listening = await listen(app.app, 0);
  });

  afterAll(async () => {
    await listening?.close();
    await app?.stop();
  });

  it('revise a target its team never touched, and leave the one it revised', async () => {
    await asEditor(
      `mutation { guangxi { setTarget(input: { id: "${REVISED}", indicator: "SECONDARY_PLUS_MSW_COVERAGE",
        targetValue: 100, unit: "percent", targetYear: 2027, description: "本地区修订" }, version: 1) { id } } }`,
    );
    const { corrected } = await loadPublishedData(registry.dataSource, guangxi.slug);
    expect(corrected.targets).toEqual([PILOTS]);
    expect(corrected.programs).toEqual([PLAN]);
    expect(corrected.policies).toEqual([pilots.source]);

    const { guangxi: answer } = await asEditor(
      `{ guangxi {
          targets { id description version scope { program { role version } kinds } policy { title } }
          changes { changes { actor action entityId changedFields } }
        } }`,
    );
    const byId = (id: string) => answer.targets.find((t: { id: string }) => t.id === id);
    // The target's policy is its source's again, as the loader names it, with the files' title.
    expect(byId(PILOTS)).toMatchObject({
      version: 2,
      scope: { program: { role: 'SCHEME', version: 2 } },
      policy: { title: pilots.policy.title },
    });
    expect(byId(REVISED)).toMatchObject({ description: '本地区修订', version: 2 });
    expect(answer.changes.changes.slice(-2)).toEqual([
      {
        actor: 'published-data',
        action: 'setTarget',
        entityId: PILOTS,
        changedFields: expect.arrayContaining(['scopeProgramId']),
      },
      {
        actor: 'published-data',
        action: 'updateProgram',
        entityId: expect.stringMatching(/^GX-\d+$/),
        changedFields: ['role'],
      },
    ]);
  });
});

/**
 * Beijing as it was loaded before its opinion on medical social work, whose seed text starts in its
 * list of addressees, had the title a page of 2023-10-24 cites it by: with one made from its text,
 * marked so, in its source and in its target's policy, and no count of its issuers; and before
 * pages said whether they print their dates and publishers.
 */
describe('a title read on another page, set on a registry that loaded one made from the text', () => {
  const beijing = regionBySlug('beijing');
  const registry = useRegistryDatabase('published_title_corrections', { drop: true });
  const files = readPublishedData(beijing.slug);
  const OPINION = 'bj-msw-development-opinion';
  const CITED_IN = 'gyst-20231024-beijing-45-msw-projects';
  const made = {
    title: '关于推进医务社会工作发展的意见',
    titleEn: 'Opinion on Advancing the Development of Medical Social Work',
    titleConstructed: true,
    titleCitedIn: null,
  };

  it('sets the source and the policy, and nothing else', async () => {
    expect(files.sources.find((s) => s.id === OPINION)?.titleCitedIn).toBe(CITED_IN);
    const asLoaded: PublishedData = {
      ...files,
      sources: files.sources.map((s) => ({
        ...s,
        ...(s.id === OPINION ? made : {}),
        publishedOnInferred: false,
        publisherInferred: false,
      })),
      targets: files.targets.map((t) => ({
        ...t,
        policy: t.source === OPINION ? { ...t.policy, ...made, issuerCount: null } : t.policy,
      })),
    };
    await loadPublishedData(registry.dataSource, beijing.slug, asLoaded);
    const corrected = await loadPublishedData(registry.dataSource, beijing.slug);
    // Beijing's page of 101 institutions prints no date either: its source is marked so too.
    const inferredDates = files.sources.filter((s) => s.publishedOnInferred).map((s) => s.id);
    expect(inferredDates).toContain('bj-msw-101-institutions');
    // Nor does any page of the seeds print its newspaper's name: 公益时报 is inferred.
    const inferredPublishers = files.sources.filter((s) => s.publisherInferred).map((s) => s.id);
    expect(inferredPublishers).toContain('bj-msw-101-institutions');
    expect(corrected.corrected).toMatchObject({
      sources: expect.arrayContaining([OPINION, ...inferredDates, ...inferredPublishers]),
      policies: [OPINION],
    });
    expect(
      (await registry.dataSource.query(`SELECT id FROM source WHERE published_on_inferred`)).map(
        (row: { id: string }) => row.id,
      ),
    ).toEqual(expect.arrayContaining(inferredDates));
    expect(
      (await registry.dataSource.query(`SELECT id FROM source WHERE publisher_inferred`)).map(
        (row: { id: string }) => row.id,
      ),
    ).toEqual(expect.arrayContaining(inferredPublishers));
    const marked = await registry.dataSource.query(
      `SELECT 'source' AS "table", id, title, title_constructed, title_cited_in, NULL::int AS issuer_count
         FROM source WHERE title_constructed OR title_cited_in IS NOT NULL
       UNION ALL SELECT 'policy', id, title, title_constructed, title_cited_in, issuer_count
         FROM policy WHERE title_constructed OR title_cited_in IS NOT NULL OR issuer_count IS NOT NULL
       ORDER BY 1`,
    );
    const read = {
      id: OPINION,
      title: '关于发展医务社会工作的实施意见',
      title_constructed: false,
      title_cited_in: CITED_IN,
    };
    expect(marked).toEqual([
      { table: 'policy', ...read, issuer_count: 5 },
      { table: 'source', ...read, issuer_count: null },
    ]);
  });
});

/**
 * Guangxi as a registry held it before its policy's issuers had English names (the migration
 * AddIssuerEnglishNames leaves them null): started again, the data files give them.
 */
describe("the English of a policy's issuers, set on a registry that had none", () => {
  const guangxi = regionBySlug('guangxi');
  const registry = useRegistryDatabase('published_issuer_corrections', { drop: true });
  const files = readPublishedData(guangxi.slug);
  const PLAN = files.targets[0]!.source;

  it('sets them, and nothing else', async () => {
    await loadPublishedData(registry.dataSource, guangxi.slug, files);
    await registry.dataSource.query(`UPDATE policy SET issuers_en = NULL`);
    const { corrected } = await loadPublishedData(registry.dataSource, guangxi.slug);
    expect(corrected).toMatchObject({ policies: [PLAN], targets: [], sources: [] });
    expect(
      await registry.dataSource.query(`SELECT id, issuers, issuers_en FROM policy ORDER BY id`),
    ).toEqual([
      {
        id: PLAN,
        issuers: ['广西壮族自治区卫生健康委', '自治区党委社会工作部', '自治区中医药管理局'],
        issuers_en: [
          'Health Commission of the Guangxi Zhuang Autonomous Region',
          'Social Work Department of the CPC Guangxi Zhuang Autonomous Regional Committee',
          'Guangxi Zhuang Autonomous Region Administration of Traditional Chinese Medicine',
        ],
      },
    ]);
  });
});

/**
 * Sichuan as a registry held it when its page was dated only by its year (2025): its records then
 * counted from the end of 2025 at the earliest. Started again, the page's day (2025-07-19) reaches
 * the records that cite it, as it does those of a registry seeded now.
 */
describe('a source dated anew, on a registry that loaded its earlier date', () => {
  const sichuan = regionBySlug('sichuan');
  const registry = useRegistryDatabase('published_source_dates', { drop: true });
  const files = readPublishedData(sichuan.slug);
  const PAGE = 'sc-sichuan-multi-dept-plan-fields';
  const knownFrom = () =>
    registry.dataSource.query(
      `SELECT 'institution' AS kind, id, known_from::text FROM institution WHERE source_id = $1
       UNION ALL SELECT 'program', id, known_from::text FROM program WHERE source_id = $1 ORDER BY 1, 2`,
      [PAGE],
    );

  it('counts the records citing it from its new day', async () => {
    await loadPublishedData(registry.dataSource, sichuan.slug, {
      ...files,
      sources: files.sources.map((s) =>
        s.id === PAGE ? { ...s, publishedOn: '2025', publishedOnInferred: true } : s,
      ),
    });
    const before: { known_from: string }[] = await knownFrom();
    expect(before.length).toBeGreaterThan(0);
    expect(new Set(before.map((r) => r.known_from))).toEqual(new Set(['2025-12-31']));

    const { corrected } = await loadPublishedData(registry.dataSource, sichuan.slug);
    expect(corrected.sources).toEqual([PAGE]);
    expect(await knownFrom()).toEqual(before.map((r) => ({ ...r, known_from: '2025-07-19' })));
  });
});
