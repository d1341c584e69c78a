import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../shared/listen.js';
import type { SubgraphApp } from '../subgraphs/common/subgraph-app.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { today } from '../subgraphs/registry/src/dates.js';
import { bearer, graphql, useRegistryDatabase } from './harness.js';

/**
 * Flows (amounts over a period) apart from stocks (counts on a day), and records whose start is not
 * known, on a registry of this file's own, counted by hand. The Beijing subgraph is asked directly,
 * as in measures.e2e.ts.
 *
 * programmes  kind           runs                      funding  cases  provenance  days in 2022 / 2023 / 2024
 *   q1        DEMONSTRATION  2022-07-01 .. 2024-06-30  731,000  731    DEMO        184 / 365 / 182 (of 731)
 *   q2        CULTIVATION    the year 2023             100,000  -      PUBLISHED   - / 365 / -
 *   q3        CULTIVATION    2024-01 .. 2024-12        36,600   366    DEMO        - / - / 366
 *   q4        OTHER          not known (known from 2020-01-01)     50,000  -   DEMO  cannot be placed
 *   q5        OTHER          from 2021, end not known  10,000   -      DEMO        cannot be placed
 *
 * institutions (social work agencies)  founded    known from
 *   X (named by a document of 2023-10)  not known  2023-10-31 (the end of the document's month)
 *   Y                                   2015-05    -
 *   Z (recorded today, no source)       not known  today
 * and a hospital H with a social work department, neither date known, named by a document of 2023-09.
 *
 * social workers  started    recorded     left
 *   s1            not known  2021-03-04   -
 *   s2            not known  2021-03-04   2020-06-30
 *   s3            2018-01-01 2021-03-04   -
 */
const opened = useRegistryDatabase('flows_and_undated');
let subgraph: SubgraphApp;
let server: Listening;

beforeAll(async () => {
  const db = opened.dataSource;
  await db.query(`INSERT INTO program (key, name, kind, funding_yuan, individual_cases, period_start, period_end, year, provenance, known_from) VALUES
    ('q1', 'q1', 'DEMONSTRATION', 731000, 731, '2022-07-01', '2024-06-30', NULL, 'DEMO', '2022-07-01'),
    ('q2', 'q2', 'CULTIVATION', 100000, NULL, NULL, NULL, 2023, 'PUBLISHED', '2023-01-01'),
    ('q3', 'q3', 'CULTIVATION', 36600, 366, '2024-01', '2024-12', NULL, 'DEMO', '2024-01-01'),
    ('q4', 'q4', 'OTHER', 50000, NULL, NULL, NULL, NULL, 'DEMO', '2020-01-01'),
    ('q5', 'q5', 'OTHER', 10000, NULL, '2021', NULL, NULL, 'DEMO', '2021-01-01')`);
  await db.query(`INSERT INTO source (id, document, title, published_on) VALUES
    ('october', 'october.md', 'A document of October 2023', '2023-10'),
    ('september', 'september.md', 'A document of September 2023', '2023-09-30')`);
  await db.query(`INSERT INTO institution (key, name, kind, founded_on, social_work_setup, provenance, source_id) VALUES
    ('X', 'X', 'SOCIAL_WORK_AGENCY', NULL, NULL, 'PUBLISHED', 'october'),
    ('Y', 'Y', 'SOCIAL_WORK_AGENCY', '2015-05', NULL, 'DEMO', NULL),
    ('Z', 'Z', 'SOCIAL_WORK_AGENCY', NULL, NULL, 'REGISTERED', NULL),
    ('H', 'H', 'GENERAL_HOSPITAL', NULL, 'DEPARTMENT', 'PUBLISHED', 'september')`);
  await db.query(`INSERT INTO social_worker (key, name, institution_id, started_on, ended_on, provenance, created_at)
    SELECT w.key, w.key, (SELECT id FROM institution WHERE key = 'Y'), w.started_on::date, w.ended_on::date, 'DEMO', '2021-03-04 10:00+08'
    FROM (VALUES ('s1', NULL, NULL), ('s2', NULL, '2020-06-30'), ('s3', '2018-01-01', NULL)) AS w(key, started_on, ended_on)`);
  subgraph = await createRegistrySubgraph(regionBySlug('beijing'), opened.dataSource);
  server = await listen(subgraph.app, 0);
});

afterAll(async () => {
  await server?.close();
  await subgraph?.stop();
});

async function measure(indicator: string, args = '') {
  const response = await graphql(
    server.url,
    `{ beijing { measure(indicator: "${indicator}" ${args}) {
      value demoShare since undatedRecords openEndedRecords reason breakdown { keys { value } value demoShare } } } }`,
  );
  expect(response.errors).toBeUndefined();
  const m = response.data.beijing.measure;
  return {
    value: m.value,
    demoShare: m.demoShare,
    since: m.since,
    undatedRecords: m.undatedRecords,
    openEndedRecords: m.openEndedRecords,
    reason: m.reason,
    cells: Object.fromEntries(
      (m.breakdown as { keys: { value: string }[]; value: number }[]).map((c) => [
        c.keys.map((k) => k.value).join('/'),
        c.value,
      ]),
    ),
  };
}

describe('a flow: an amount over a period, each programme spread over its days', () => {
  it('gives the year to date without `since`, and says it began on the 1st of January', async () => {
    // 2024-01-01..2024-03-31 is 91 days: q1 91,000; q3 36,600 × 91 / 366 = 9,100.
    expect(await measure('FUNDING_YUAN', 'asOf: "2024-03-31"')).toMatchObject({
      value: 100_100,
      since: '2024-01-01',
      // q3's 9,100 is its part of a programme that runs on: the value says it is pro-rated.
      // Its parts, each rounded on its own, are said to add up to the total give or take a unit.
      reason: expect.stringMatching(
        /^时期（流量）值：每个项目的量按其实施天数平均分摊.*分项之和与总数可能相差几个单位/,
      ),
      // q4 (no start) and q5 (no end) cannot be placed in a year, and are said to be left out.
      undatedRecords: 2,
    });
    // A whole year: q1's 365 days of 2023 and q2.
    expect((await measure('FUNDING_YUAN', 'asOf: "2023"')).value).toBe(465_000);
    // q1 alone, its first 184 days.
    expect(await measure('FUNDING_YUAN', 'asOf: "2022"')).toMatchObject({
      value: 184_000,
      undatedRecords: 2,
    });
    // q4 and q5, not yet known of in 2019, are not said to be left out.
    expect(await measure('FUNDING_YUAN', 'asOf: "2019"')).toMatchObject({
      value: 0,
      undatedRecords: 0,
    });
  });

  it('gives the running total from the start of `since` to the end of `asOf`', async () => {
    // 2023: 465,000; 2024 to 03-31: 100,100.
    expect(await measure('FUNDING_YUAN', 'since: "2023", asOf: "2024-03-31"')).toMatchObject({
      value: 565_100,
      since: '2023-01-01',
    });
    // From 2023-07-01: q1 184 days of 2023 and 182 of 2024, q2 half of 2023 (184 of 365 days), q3
    // all: 453,010.96 spread, said to the yuan, as an estimate holds no fen.
    expect((await measure('FUNDING_YUAN', 'since: "2023-07", asOf: "2024"')).value).toBe(
      Math.round(184_000 + 182_000 + (100_000 * 184) / 365 + 36_600),
    );
  });

  it("gives each year's amount in a YEAR series, the last year to date", async () => {
    expect(await measure('FUNDING_YUAN', 'by: [YEAR], asOf: "2024-03-31"')).toMatchObject({
      value: 100_100,
      cells: { 2022: 184_000, 2023: 465_000, 2024: 100_100 },
    });
    const year = Number(today().slice(0, 4));
    const series = await measure('INDIVIDUAL_CASES', 'by: [YEAR]');
    const expected: Record<string, number> = { 2022: 184, 2023: 365, 2024: 182 + 366 };
    for (let y = 2025; y <= year; y++) expected[y] = 0;
    expect(series.cells).toEqual(expected);
  });

  it('breaks a flow down by the other dimensions, with the demo share of the amount', async () => {
    expect(await measure('FUNDING_YUAN', 'asOf: "2023", by: [PROGRAM_KIND]')).toMatchObject({
      value: 465_000,
      // q1 is demo, q2 published.
      demoShare: Math.round((10_000 * 365_000) / 465_000) / 10_000,
      cells: { CULTIVATION: 100_000, DEMONSTRATION: 365_000 },
    });
    expect(
      await measure('FUNDING_YUAN', 'asOf: "2024-03-31", by: [YEAR, PROVENANCE]'),
    ).toMatchObject({
      cells: {
        '2022/DEMO': 184_000,
        '2023/DEMO': 365_000,
        '2023/PUBLISHED': 100_000,
        '2024/DEMO': 100_100,
      },
    });
  });

  it('leaves a stock as it was: the YEAR series of projects counts those running at each year end', async () => {
    const year = Number(today().slice(0, 4));
    // q4 from 2020, when the registry first knew of it; q5 from 2021; q1 from 2022 to mid-2024;
    // q2 in 2023; q3 in 2024.
    const expected: Record<string, number> = { 2020: 1, 2021: 2, 2022: 3, 2023: 4, 2024: 3 };
    for (let y = 2025; y <= year; y++) expected[y] = 2;
    expect(await measure('SOCIAL_WORK_PROJECTS', 'by: [YEAR]')).toMatchObject({
      value: 2,
      undatedRecords: 1,
      cells: expected,
    });
  });
});

describe('programmes that give no end', () => {
  it('counts them as not ended, and says how many it counts so, an inference', async () => {
    // Today q4 and q5, neither with an end; at the end of 2023 q1 and q2 besides, which have theirs.
    const now = await measure('SOCIAL_WORK_PROJECTS');
    expect(now).toMatchObject({ value: 2, openEndedRecords: 2 });
    expect(now.reason).toBe(
      '其中 2 个项目未载明结束时间，按尚未结束计入：这是推定，不是记录。2 of the programmes counted give no end and count as not ended: an inference, not a record.',
    );
    expect(await measure('SOCIAL_WORK_PROJECTS', 'asOf: "2023"')).toMatchObject({
      value: 4,
      openEndedRecords: 2,
    });
    // A count of institutions has no such inference, and a flow leaves such programmes out.
    expect(await measure('SOCIAL_WORK_AGENCIES')).toMatchObject({ openEndedRecords: null });
    expect(await measure('FUNDING_YUAN')).toMatchObject({ openEndedRecords: null });
  });
});

describe('nothing counts before it is known to exist', () => {
  it('counts an institution whose founding is not known from the date of the document that names it', async () => {
    expect(await measure('SOCIAL_WORK_AGENCIES', 'asOf: "1800-01-01"')).toMatchObject({
      value: 0,
      undatedRecords: 0,
    });
    expect(await measure('SOCIAL_WORK_AGENCIES', 'asOf: "2023-10-30"')).toMatchObject({
      value: 1,
      undatedRecords: 0,
    });
    expect(await measure('SOCIAL_WORK_AGENCIES', 'asOf: "2023-10-31"')).toMatchObject({
      value: 2,
      undatedRecords: 1,
    });
    // Z, written without a founding date, counts from the day it was recorded: today.
    expect(await measure('SOCIAL_WORK_AGENCIES')).toMatchObject({ value: 3, undatedRecords: 2 });
  });

  it('counts a hospital doing social work, neither date known, from its document', async () => {
    expect((await measure('MSW_INSTITUTIONS', 'asOf: "1800-01-01"')).value).toBe(0);
    expect((await measure('MSW_INSTITUTIONS', 'asOf: "2023-09-29"')).value).toBe(0);
    expect(await measure('MSW_INSTITUTIONS', 'asOf: "2023-09-30"')).toMatchObject({
      value: 1,
      undatedRecords: 1,
    });
  });

  it('counts a worker whose start is not known from the day recorded, or the last day worked', async () => {
    expect(await measure('SOCIAL_WORK_PRACTITIONERS', 'asOf: "2020-06-29"')).toMatchObject({
      value: 1,
      undatedRecords: 0,
    });
    expect(await measure('SOCIAL_WORK_PRACTITIONERS', 'asOf: "2020-06-30"')).toMatchObject({
      value: 2,
      undatedRecords: 1,
    });
    expect(await measure('SOCIAL_WORK_PRACTITIONERS', 'asOf: "2021-03-03"')).toMatchObject({
      value: 1,
      undatedRecords: 0,
    });
    expect(await measure('SOCIAL_WORK_PRACTITIONERS', 'asOf: "2021-03-04"')).toMatchObject({
      value: 2,
      undatedRecords: 1,
    });
  });

  it('shows an inferred start as not known, and forgets the inference once a start is given', async () => {
    const db = opened.dataSource;
    const starts = async () =>
      Object.fromEntries(
        (
          await db.query(
            `SELECT key, started_on::text AS started, started_on_inferred AS inferred FROM social_worker ORDER BY key`,
          )
        ).map((r: { key: string; started: string; inferred: boolean }) => [
          r.key,
          [r.started, r.inferred],
        ]),
      );
    expect(await starts()).toEqual({
      s1: ['2021-03-04', true],
      s2: ['2020-06-30', true],
      s3: ['2018-01-01', false],
    });
    const response = await graphql(
      server.url,
      `
        {
          beijing {
            socialWorkers {
              edges {
                node {
                  startedOn
                }
              }
            }
          }
        }
      `,
      {},
      await bearer({ role: 'analyst' }),
    );
    expect(response.errors).toBeUndefined();
    expect(
      response.data.beijing.socialWorkers.edges
        .map((e: { node: { startedOn: string | null } }) => e.node.startedOn)
        .sort(),
    ).toEqual(['2018-01-01', null, null]);
    await db.query(`UPDATE social_worker SET started_on = '2019-01-01' WHERE key = 's1'`);
    expect((await starts()).s1).toEqual(['2019-01-01', false]);
    await db.query(`UPDATE social_worker SET started_on = NULL WHERE key = 's1'`);
    expect((await starts()).s1).toEqual(['2021-03-04', true]);
  });

  it('infers the start of a worker registered without one, and takes a last day before it', async () => {
    const editor = await bearer({ role: 'editor', region: 'BJ', subject: 'editor-BJ' });
    const registered = await graphql(
      server.url,
      `
        mutation {
          beijing {
            registerSocialWorker(input: { name: "未填入职日期" }) {
              id
              version
              startedOn
            }
          }
        }
      `,
      {},
      editor,
    );
    expect(registered.errors).toBeUndefined();
    const worker = registered.data.beijing.registerSocialWorker;
    expect(worker.startedOn).toBeNull();
    // A last day before the day recorded: the start, not known, is no start to check it against.
    const updated = await graphql(
      server.url,
      `mutation { beijing { updateSocialWorker(id: "${worker.id}", version: ${worker.version},
        input: { endedOn: "2000-03-31" }) { startedOn endedOn } } }`,
      {},
      editor,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.beijing.updateSocialWorker).toEqual({
      startedOn: null,
      endedOn: '2000-03-31',
    });
    // Known to have worked on its last day, and on no day before it.
    expect(await measure('SOCIAL_WORK_PRACTITIONERS', 'asOf: "2000-03-31"')).toMatchObject({
      value: 1,
      undatedRecords: 1,
    });
    expect((await measure('SOCIAL_WORK_PRACTITIONERS', 'asOf: "2000-03-30"')).value).toBe(0);
  });
});
