import { describe, expect, it } from 'vitest';
import { bearer, graphql, useStack } from './harness.js';
import { today } from '../subgraphs/registry/src/dates.js';
import {
  institutionSpellRollup,
  socialWorkerPieceRollup,
} from '../subgraphs/registry/src/measures/rollup-definitions.js';
import { cellsOf, changes, changesOfAll, readAll, type MeasureCells } from './measure-changes.js';
import { rollupDrift } from './rollup-drift.js';

/**
 * A change dated by `effectiveOn`, or a reopening by `reopenedOn`, keeps the institution as it was
 * on the days before: a measure of such a day answers as before the write, and one of a later day
 * counts the institution as it is. Ningxia, on databases of this file's own; the measures are read
 * as differences from before each write, over the seeded institutions.
 */
const federation = useStack({ ownDatabases: 'institution_history' });

const editor = () => bearer({ role: 'editor', region: 'NX', subject: 'editor-NX' });
const analyst = () => bearer({ role: 'analyst' });

async function ask(query: string, variables?: Record<string, unknown>, headers?: object) {
  return graphql(
    federation.stack.gatewayUrl,
    query,
    variables,
    (headers ?? (await editor())) as Record<string, string>,
  );
}

async function created(input: Record<string, unknown>): Promise<Written> {
  const response = await ask(
    `mutation ($input: InstitutionInput!) { ningxia { createInstitution(input: $input) { id version } } }`,
    {
      input: { city: '银川市', county: '时期测试区', ...input, name: `${input.name}${Date.now()}` },
    },
  );
  expect(response.errors).toBeUndefined();
  return response.data.ningxia.createInstitution as Written;
}

const mutationFields = 'id version currentSince';

interface Written {
  id: string;
  version: number;
  currentSince: string | null;
}

async function updated(
  record: { id: string; version: number },
  input: Record<string, unknown>,
  effectiveOn?: string,
) {
  return ask(
    `mutation ($id: ID!, $version: Int!, $input: InstitutionInput!, $effectiveOn: String) {
      ningxia { updateInstitution(id: $id, version: $version, input: $input, effectiveOn: $effectiveOn) { ${mutationFields} } } }`,
    { ...record, input, effectiveOn },
  );
}

async function closed(record: { id: string; version: number }, closedOn: string) {
  return ask(
    `mutation ($id: ID!, $version: Int!, $closedOn: String) {
      ningxia { closeInstitution(id: $id, version: $version, closedOn: $closedOn) { ${mutationFields} } } }`,
    { ...record, closedOn },
  );
}

async function reopened(record: { id: string; version: number }, reopenedOn?: string) {
  return ask(
    `mutation ($id: ID!, $version: Int!, $reopenedOn: String) {
      ningxia { reopenInstitution(id: $id, version: $version, reopenedOn: $reopenedOn) { ${mutationFields} } } }`,
    { ...record, reopenedOn },
  );
}

async function withdrawn(record: { id: string; version: number }, reason: string) {
  return ask(
    `mutation ($id: ID!, $version: Int!, $reason: String!) {
      ningxia { withdrawInstitutionChange(id: $id, version: $version, reason: $reason) { ${mutationFields} status closedOn } } }`,
    { ...record, reason },
  );
}

async function registered(institutionId: string, startedOn: string) {
  const response = await ask(
    `mutation ($input: SocialWorkerInput!) { ningxia { registerSocialWorker(input: $input) { id } } }`,
    { input: { name: '时期测试社工', institutionId, startedOn } },
  );
  expect(response.errors).toBeUndefined();
  return response.data.ningxia.registerSocialWorker.id as string;
}

async function createdProgram(hostInstitutionId: string, input: Record<string, unknown>) {
  const response = await ask(
    `mutation ($input: ProgramInput!) { ningxia { createProgram(input: $input) { id } } }`,
    {
      input: {
        name: `时期项目测试${Date.now()}`,
        kind: 'GOVERNMENT_PURCHASED_SERVICE',
        hostInstitutionId,
        ...input,
      },
    },
  );
  expect(response.errors).toBeUndefined();
  return response.data.ningxia.createProgram.id as string;
}

/** What data quality measures beside a figure recorded with `input` (of a programme's own, say). */
async function measuredForFigure(input: Record<string, unknown>) {
  const figure = await ask(
    `mutation ($input: FigureInput!) { ningxia { recordFigure(input: $input) { id } } }`,
    { input },
  );
  expect(figure.errors).toBeUndefined();
  const checks = await ask(`{ ningxia { dataQuality { figure { id } measured } } }`);
  expect(checks.errors).toBeUndefined();
  return checks.data.ningxia.dataQuality.find(
    (c: { figure: { id: string } }) => c.figure.id === figure.data.ningxia.recordFigure.id,
  )?.measured;
}

/** A refusal's message, of a write refused as bad input with nothing written. */
async function refusal(response: Awaited<ReturnType<typeof ask>>) {
  expect(response.data?.ningxia ?? null).toBeNull();
  const [error] = response.errors!;
  expect(error!.extensions!.code).toBe('BAD_USER_INPUT');
  return error!.message;
}

/** The record a write returned, or the test fails with its errors. */
function written(response: Awaited<ReturnType<typeof ask>>, field: string) {
  expect(response.errors).toBeUndefined();
  return response.data.ningxia[field] as Written;
}

async function measured(indicator: string, args: string): Promise<MeasureCells> {
  const response = await ask(
    `{ ningxia { measure(indicator: "${indicator}", ${args}) {
      value numerator denominator breakdown { keys { value } value numerator denominator } } } }`,
    undefined,
    await analyst(),
  );
  expect(response.errors).toBeUndefined();
  const { measure } = response.data.ningxia;
  if (measure.denominator == null) return cellsOf(measure);
  // A ratio by its part and whole, which a write moves by whole institutions, not by its percentage.
  const cells: MeasureCells = { 'part:*': measure.numerator, 'whole:*': measure.denominator };
  for (const cell of measure.breakdown as {
    keys: { value: string }[];
    numerator: number;
    denominator: number;
  }[]) {
    const key = cell.keys.map((k) => k.value).join('/');
    cells[`part:${key}`] = cell.numerator ?? 0;
    cells[`whole:${key}`] = cell.denominator ?? 0;
  }
  return cells;
}

async function periods(id: string) {
  const response = await ask(`{ ningxia { institution(id: "${id}") { currentSince
      periods { from until current kind grade division { city county } socialWorkSetup socialWorkSince } } } }`);
  expect(response.errors).toBeUndefined();
  return response.data.ningxia.institution;
}

const db = () => federation.stack.subgraphs.get('ningxia')!.db;
const drift = async () => [
  ...(await rollupDrift(db(), institutionSpellRollup)),
  ...(await rollupDrift(db(), socialWorkerPieceRollup)),
];

const thisYear = Number(today().slice(0, 4));
/** Each year from `from` to this one, with the same change. */
const yearsFrom = (from: number, change: number) =>
  Object.fromEntries(
    Array.from({ length: thisYear - from + 1 }, (_, i) => [String(from + i), change]),
  );

describe('an institution’s history', () => {
  it('dates an upgrade and a department closed, and keeps the days before as they were', async () => {
    let hospital = await created({
      name: '时期测试医院',
      kind: 'GENERAL_HOSPITAL',
      grade: 'PRIMARY',
      foundedOn: '2001-03-01',
      socialWorkSetup: 'DEPARTMENT',
      socialWorkSince: '2015-06-01',
    });
    const asked = {
      coverage: ['SECONDARY_PLUS_MSW_COVERAGE', 'by: [YEAR], from: 2012'],
      institutions: ['MSW_INSTITUTIONS', 'by: [YEAR], from: 2012'],
      byGrade: ['MSW_INSTITUTIONS', 'asOf: "2019-12-31", by: [HOSPITAL_GRADE]'],
    } as const;
    let before = await readAll(asked, measured);
    hospital = written(
      await updated(hospital, { grade: 'SECONDARY' }, '2020-07-01'),
      'updateInstitution',
    );
    expect(hospital.currentSince).toBe('2020-07-01');
    // In the whole and the part of a secondary-and-above coverage from 2020 only; counted as a
    // primary hospital in 2019.
    const fromUpgrade = Object.keys(yearsFrom(2020, 1));
    expect(changesOfAll(before, await readAll(asked, measured))).toEqual({
      coverage: Object.fromEntries([
        ['part:*', 1],
        ['whole:*', 1],
        ...fromUpgrade.flatMap((year) => [
          [`part:${year}`, 1],
          [`whole:${year}`, 1],
        ]),
      ]),
      institutions: {},
      byGrade: {},
    });
    expect(await drift()).toEqual([]);

    before = await readAll(asked, measured);
    hospital = written(
      await updated(hospital, { socialWorkSetup: 'NONE' }, '2023-01-01'),
      'updateInstitution',
    );
    // Its department counted to the end of 2022, and no more.
    const fromClosing = Object.keys(yearsFrom(2023, -1));
    expect(changesOfAll(before, await readAll(asked, measured))).toEqual({
      institutions: Object.fromEntries([['*', -1], ...fromClosing.map((year) => [year, -1])]),
      coverage: Object.fromEntries([
        ['part:*', -1],
        ...fromClosing.map((year) => [`part:${year}`, -1]),
      ]),
      byGrade: {},
    });

    expect(await periods(hospital.id)).toEqual({
      currentSince: '2023-01-01',
      periods: [
        {
          from: '2001-03-01',
          until: '2020-06-30',
          current: false,
          kind: 'GENERAL_HOSPITAL',
          grade: 'PRIMARY',
          division: { city: '银川市', county: '时期测试区' },
          socialWorkSetup: 'DEPARTMENT',
          socialWorkSince: '2015-06-01',
        },
        expect.objectContaining({
          from: '2020-07-01',
          until: '2022-12-31',
          grade: 'SECONDARY',
          socialWorkSetup: 'DEPARTMENT',
        }),
        expect.objectContaining({
          from: '2023-01-01',
          until: null,
          current: true,
          grade: 'SECONDARY',
          socialWorkSetup: 'NONE',
        }),
      ],
    });
    expect(await drift()).toEqual([]);
  });

  it('keeps a closed spell when a reopening is dated, and counts the institution once over a period', async () => {
    let agency = await created({
      name: '时期测试社工机构',
      kind: 'SOCIAL_WORK_AGENCY',
      foundedOn: '2010-01-01',
    });
    const asked = {
      lastDayOpen: ['SOCIAL_WORK_AGENCIES', 'asOf: "2024-03-31"'],
      closed: ['SOCIAL_WORK_AGENCIES', 'asOf: "2024-12-31"'],
      reopened: ['SOCIAL_WORK_AGENCIES', 'asOf: "2025-02-01"'],
      since: ['SOCIAL_WORK_AGENCIES', 'since: "2024-01-01"'],
    } as const;
    const before = await readAll(asked, measured);
    agency = written(await closed(agency, '2024-03-31'), 'closeInstitution');
    agency = written(await reopened(agency, '2025-02-01'), 'reopenInstitution');
    expect(changesOfAll(before, await readAll(asked, measured))).toEqual({
      lastDayOpen: {},
      closed: { '*': -1 },
      reopened: {},
      since: {},
    });
    expect((await periods(agency.id)).periods).toMatchObject([
      { from: '2010-01-01', until: '2024-03-31', current: false },
      { from: '2025-02-01', until: null, current: true },
    ]);
    expect(await drift()).toEqual([]);
  });

  it('corrects the start of social work over its unbroken run, earlier periods included', async () => {
    let hospital = await created({
      name: '时期更正测试医院',
      kind: 'GENERAL_HOSPITAL',
      grade: 'SECONDARY',
      foundedOn: '2001-03-01',
      socialWorkSetup: 'DEPARTMENT',
      socialWorkSince: '2016-01-01',
    });
    hospital = written(
      await updated(hospital, { grade: 'TERTIARY' }, '2020-07-01'),
      'updateInstitution',
    );
    const asked = { institutions: ['MSW_INSTITUTIONS', 'by: [YEAR], from: 2012'] } as const;
    const before = await readAll(asked, measured);
    hospital = written(
      await updated(hospital, { socialWorkSince: '2014-01-01' }),
      'updateInstitution',
    );
    expect(changesOfAll(before, await readAll(asked, measured))).toEqual({
      institutions: { '2014': 1, '2015': 1 },
    });
    expect(
      (await periods(hospital.id)).periods.map(
        (p: { socialWorkSince: string }) => p.socialWorkSince,
      ),
    ).toEqual(['2014-01-01', '2014-01-01']);
    expect(await drift()).toEqual([]);
  });

  it('withdraws the latest dated change or reopening, giving every day back as it was', async () => {
    let hospital = await created({
      name: '时期撤回测试医院',
      kind: 'GENERAL_HOSPITAL',
      grade: 'PRIMARY',
      foundedOn: '2005-03-01',
      socialWorkSetup: 'POSTS',
    });
    const asked = {
      coverage: ['SECONDARY_PLUS_MSW_COVERAGE', 'by: [YEAR], from: 2012'],
      institutions: ['MSW_INSTITUTIONS', 'by: [YEAR], from: 2012'],
      undated: ['MSW_INSTITUTIONS', 'by: [PROVENANCE]'],
    } as const;
    const before = await readAll(asked, measured);
    const periodsBefore = await periods(hospital.id);
    hospital = written(
      await updated(hospital, { grade: 'SECONDARY', socialWorkSetup: 'NONE' }, '2021-05-01'),
      'updateInstitution',
    );
    hospital = written(await closed(hospital, '2023-03-31'), 'closeInstitution');
    hospital = written(await reopened(hospital, '2024-01-15'), 'reopenInstitution');
    expect((await periods(hospital.id)).periods).toHaveLength(3);

    // The reopening first: closed again on its closing day.
    const reclosed = await withdrawn(hospital, '重新开放日期录入错误');
    expect(reclosed.errors).toBeUndefined();
    expect(reclosed.data.ningxia.withdrawInstitutionChange).toMatchObject({
      status: 'CLOSED',
      closedOn: '2023-03-31',
      currentSince: '2021-05-01',
    });
    hospital = reclosed.data.ningxia.withdrawInstitutionChange;
    hospital = written(await reopened(hospital), 'reopenInstitution');
    const since = new Date(Date.now() - 1000).toISOString();
    hospital = written(await withdrawn(hospital, '升级日期录入错误'), 'withdrawInstitutionChange');
    expect(hospital.currentSince).toBeNull();
    expect(await periods(hospital.id)).toEqual(periodsBefore);
    // Its social work posts, of no known start, count again from the day the registry learned of them.
    expect(changesOfAll(before, await readAll(asked, measured))).toEqual({
      coverage: {},
      institutions: {},
      undated: {},
    });
    expect(await drift()).toEqual([]);
    const feed = await ask(
      `query ($since: String) { ningxia { changes(since: $since) { changes { action entityId
        after { ... on InstitutionState { withdrawalReason currentSince } } } } } }`,
      { since },
    );
    expect(feed.errors).toBeUndefined();
    expect(feed.data.ningxia.changes.changes).toContainEqual({
      action: 'withdrawInstitutionChange',
      entityId: hospital.id,
      after: { withdrawalReason: '升级日期录入错误', currentSince: null },
    });
    const none = await withdrawn(hospital, '再撤回一次');
    expect(none.errors?.[0]?.message).toMatch(/has no dated change or reopening to withdraw/);
  });

  it('refuses a day that the history cannot hold, saying which and why', async () => {
    let hospital = await created({
      name: '时期拒绝测试医院',
      kind: 'GENERAL_HOSPITAL',
      grade: 'PRIMARY',
      foundedOn: '2001-03-01',
    });
    expect(await refusal(await updated(hospital, { grade: 'SECONDARY' }, '2001-03-01'))).toMatch(
      /^生效日期（effectiveOn）：须晚于该机构开始计入之日（2001-03-01）.*effectiveOn: must be after the first day the institution counts \(2001-03-01\)/s,
    );
    expect(
      await refusal(await updated(hospital, { grade: 'SECONDARY' }, `${thisYear + 1}-01-01`)),
    ).toMatch(/effectiveOn: must not be in the future/);
    expect(
      await refusal(await updated(hospital, { name: '时期拒绝测试医院（更名）' }, '2020-01-01')),
    ).toMatch(
      /effectiveOn: dates a change of kind, grade, city, county, socialWorkSetup, socialWorkSince, serviceFields, and the input changes none of them/,
    );
    expect(
      await refusal(
        await updated(
          hospital,
          { socialWorkSetup: 'POSTS', socialWorkSince: '2019' },
          '2020-01-01',
        ),
      ),
    ).toMatch(/input\.socialWorkSince: must not be before effectiveOn \(2020-01-01\)/);
    hospital = written(
      await updated(hospital, { grade: 'SECONDARY' }, '2020-01-01'),
      'updateInstitution',
    );
    expect(await refusal(await updated(hospital, { grade: 'TERTIARY' }, '2019-06-01'))).toMatch(
      /effectiveOn: must be after currentSince \(2020-01-01\)/,
    );
    expect(await refusal(await closed(hospital, '2019-12-31'))).toMatch(
      /closedOn: must not be before currentSince \(2020-01-01\)/,
    );
    hospital = written(await closed(hospital, '2024-06-30'), 'closeInstitution');
    expect(await refusal(await updated(hospital, { grade: 'TERTIARY' }, '2024-07-01'))).toMatch(
      /effectiveOn: must not be after closedOn \(2024-06-30\)/,
    );
    expect(await refusal(await reopened(hospital, '2024-06-30'))).toMatch(
      /reopenedOn: must be after closedOn \(2024-06-30\)/,
    );
    // Nothing was half-written: the history is as before the refusals.
    expect((await periods(hospital.id)).periods).toMatchObject([
      { from: '2001-03-01', until: '2019-12-31', grade: 'PRIMARY' },
      { from: '2020-01-01', until: '2024-06-30', grade: 'SECONDARY', current: true },
    ]);
  });
});

describe('an institution’s history, for its workers', () => {
  it('counts a hospital’s workers with the period of each day, and a worker over a period once', async () => {
    const hospital = await created({
      name: '时期社工测试医院',
      kind: 'GENERAL_HOSPITAL',
      grade: 'SECONDARY',
      foundedOn: '2001-03-01',
    });
    const worker = await registered(hospital.id, '2015-03-01');
    const asked = {
      tertiary: ['MEDICAL_SOCIAL_WORKERS_TERTIARY', 'by: [YEAR], from: 2012'],
      byGrade2019: ['MEDICAL_SOCIAL_WORKERS', 'asOf: "2019-12-31", by: [HOSPITAL_GRADE]'],
      byGradeToday: ['MEDICAL_SOCIAL_WORKERS', 'by: [HOSPITAL_GRADE]'],
      since: ['SOCIAL_WORK_PRACTITIONERS', 'since: "2019-01-01", by: [HOSPITAL_GRADE]'],
    } as const;
    const before = await readAll(asked, measured);
    const upgraded = written(
      await updated(hospital, { grade: 'TERTIARY' }, '2020-07-01'),
      'updateInstitution',
    );
    expect(upgraded.currentSince).toBe('2020-07-01');
    // Among tertiary hospitals' workers from 2020; a secondary hospital's in 2019, and once since
    // 2019, at the post's first piece in the period.
    expect(changesOfAll(before, await readAll(asked, measured))).toEqual({
      tertiary: Object.fromEntries([
        ['*', 1],
        ...Object.keys(yearsFrom(2020, 1)).map((y) => [y, 1]),
      ]),
      byGrade2019: {},
      byGradeToday: { SECONDARY: -1, TERTIARY: 1 },
      since: {},
    });
    // The worker's post is one post still: only the measures cut it.
    const posts = await ask(
      `{ ningxia { socialWorker(id: "${worker}") { posts { from until current } } } }`,
    );
    expect(posts.errors).toBeUndefined();
    expect(posts.data.ningxia.socialWorker.posts).toEqual([
      { from: '2015-03-01', until: null, current: true },
    ]);
    expect(await drift()).toEqual([]);
  });

  it('keeps a worker of unknown start undated on every piece of its post', async () => {
    const agency = await created({
      name: '时期未注日期测试机构',
      kind: 'SOCIAL_WORK_AGENCY',
      foundedOn: '2010-01-01',
    });
    // A worker recorded in 2019 without its first day, as an import of then would have left it.
    await db().query(
      `INSERT INTO social_worker (name, institution_id, provenance, created_at)
       VALUES ('时期未注日期社工', $1, 'REGISTERED', timestamptz '2019-05-01 12:00+08')`,
      [agency.id.split('-')[1]],
    );
    const undated = async () =>
      (
        await ask(
          `{ ningxia { measure(indicator: "SOCIAL_WORK_PRACTITIONERS") { value undatedRecords } } }`,
          undefined,
          await analyst(),
        )
      ).data.ningxia.measure;
    const before = await undated();
    const changed = written(
      await updated(agency, { kind: 'SOCIAL_WORK_STATION' }, '2021-01-01'),
      'updateInstitution',
    );
    expect(changed.currentSince).toBe('2021-01-01');
    expect(await undated()).toEqual(before);
    expect(await drift()).toEqual([]);
  });

  it('takes no worker’s first day there while an institution was closed', async () => {
    let agency = await created({
      name: '时期停业测试机构',
      kind: 'SOCIAL_WORK_AGENCY',
      foundedOn: '2010-01-01',
    });
    agency = written(await closed(agency, '2023-03-31'), 'closeInstitution');
    agency = written(await reopened(agency, '2024-01-01'), 'reopenInstitution');
    const gap = new RegExp(
      `不能落在机构 ${agency.id} 停业期间，即关闭日期（2023-03-31）之后、重新开放日期（2024-01-01）之前`,
    );
    const registering = await ask(
      `mutation ($input: SocialWorkerInput!) { ningxia { registerSocialWorker(input: $input) { id } } }`,
      { input: { name: '时期停业测试社工', institutionId: agency.id, startedOn: '2023-06-01' } },
    );
    expect(await refusal(registering)).toMatch(gap);
    const elsewhere = await created({
      name: '时期停业测试站',
      kind: 'SOCIAL_WORK_STATION',
      foundedOn: '2010-01-01',
    });
    const worker = await registered(elsewhere.id, '2015-03-01');
    const moving = await ask(
      `mutation { ningxia { transferSocialWorker(id: "${worker}", version: 1, institutionId: "${agency.id}", on: "2023-06-01") { id } } }`,
    );
    expect(await refusal(moving)).toMatch(gap);
    // From its reopening, a worker there counts.
    const asked = { reopened: ['SOCIAL_WORK_PRACTITIONERS', 'asOf: "2024-01-01"'] } as const;
    const before = await readAll(asked, measured);
    const there = await registered(agency.id, '2024-01-01');
    expect(changesOfAll(before, await readAll(asked, measured))).toEqual({ reopened: { '*': 1 } });
    // Nor can a correction of its first day, or a move redated, bring it into the closed spell.
    const correcting = await ask(
      `mutation { ningxia { updateSocialWorker(id: "${there}", version: 1, input: { startedOn: "2023-06-01" }) { id } } }`,
    );
    expect(await refusal(correcting)).toMatch(gap);
    const movedIn = await ask(
      `mutation { ningxia { transferSocialWorker(id: "${worker}", version: 1, institutionId: "${agency.id}", on: "2024-02-01") { id version } } }`,
    );
    expect(movedIn.errors).toBeUndefined();
    const redating = await ask(
      `mutation { ningxia { redateTransfer(id: "${worker}", version: ${movedIn.data.ningxia.transferSocialWorker.version}, on: "2023-06-01") { id } } }`,
    );
    expect(await refusal(redating)).toMatch(gap);
    // Nor a moved worker's corrected start, the first day of the post it left there.
    const left = await ask(
      `mutation { ningxia { transferSocialWorker(id: "${there}", version: 1, institutionId: "${elsewhere.id}", on: "2024-06-01") { version } } }`,
    );
    expect(left.errors).toBeUndefined();
    const restarting = await ask(
      `mutation { ningxia { updateSocialWorker(id: "${there}", version: ${left.data.ningxia.transferSocialWorker.version}, input: { startedOn: "2023-06-01" }) { id } } }`,
    );
    expect(await refusal(restarting)).toMatch(gap);
    expect(await drift()).toEqual([]);
  });
});

describe('an institution’s history, as reviewed', () => {
  it('leaves a start of social work given within the run by a dated change when a correction repeats the current one', async () => {
    let hospital = await created({
      name: '时期复核医院一',
      kind: 'GENERAL_HOSPITAL',
      grade: 'SECONDARY',
      foundedOn: '2001-01-01',
      socialWorkSetup: 'POSTS',
      socialWorkSince: '2015-01-01',
    });
    hospital = written(
      await updated(
        hospital,
        { socialWorkSetup: 'DEPARTMENT', socialWorkSince: '2020-07-01' },
        '2020-07-01',
      ),
      'updateInstitution',
    );
    const asked = { past: ['MSW_INSTITUTIONS', 'asOf: "2018-12-30"'] } as const;
    const before = await readAll(asked, measured);
    const again = written(
      await updated(hospital, { socialWorkSince: '2020-07-01' }),
      'updateInstitution',
    );
    expect(again.version).toBe(hospital.version);
    expect(changesOfAll(before, await readAll(asked, measured))).toEqual({ past: {} });
    expect(
      (await periods(hospital.id)).periods.map(
        (p: { socialWorkSince: string }) => p.socialWorkSince,
      ),
    ).toEqual(['2015-01-01', '2020-07-01']);
  });

  it('counts a programme’s host of two periods once', async () => {
    let agency = await created({
      name: '时期复核机构二',
      kind: 'SOCIAL_WORK_AGENCY',
      foundedOn: '2010-01-01',
    });
    agency = written(
      await updated(agency, { county: '时期迁入区' }, '2022-01-01'),
      'updateInstitution',
    );
    const program = await createdProgram(agency.id, { kind: 'TRAINING', periodStart: '2023-01' });
    expect(
      await measuredForFigure({
        indicator: 'SOCIAL_WORK_AGENCIES',
        value: 1,
        asOf: '2025-12',
        scopeProgramId: program,
        quote: '该项目承接机构1家',
        source: { title: '时期复核来源', document: 'periods-review.txt' },
      }),
    ).toBe(1);
  });

  it('counts the cities a programme reached from the day it began, not its host’s city of years before', async () => {
    let hospital = await created({
      name: '时期复核医院四',
      kind: 'GENERAL_HOSPITAL',
      grade: 'SECONDARY',
      foundedOn: '2001-01-01',
      socialWorkSetup: 'DEPARTMENT',
      socialWorkSince: '2015-01-01',
    });
    hospital = written(
      await updated(hospital, { city: '中卫市', county: '沙坡头区' }, '2020-01-01'),
      'updateInstitution',
    );
    const program = await createdProgram(hospital.id, { kind: 'TRAINING', periodStart: '2023-01' });
    // Its host was in 银川市 until 2019, in 中卫市 since: the programme of 2023 reached one city.
    expect(
      await measuredForFigure({
        indicator: 'PREFECTURES_COVERED',
        value: 1,
        asOf: '2025-12',
        scopeProgramId: program,
        quote: '项目覆盖1个地市',
        source: { title: '时期复核来源', document: 'periods-review.txt' },
      }),
    ).toBe(1);
  });

  it('closes again a reopening withdrawn that was dated the day after its closing', async () => {
    let agency = await created({
      name: '时期复核机构三',
      kind: 'SOCIAL_WORK_AGENCY',
      foundedOn: '2010-01-01',
    });
    agency = written(await closed(agency, '2024-03-31'), 'closeInstitution');
    agency = written(await reopened(agency, '2024-04-01'), 'reopenInstitution');
    const response = await withdrawn(agency, '重新开放日期录入错误');
    expect(response.errors).toBeUndefined();
    expect(response.data.ningxia.withdrawInstitutionChange).toMatchObject({
      status: 'CLOSED',
      closedOn: '2024-03-31',
      currentSince: null,
    });
  });

  it('says a count of 0 rests on records when an institution met it in a later period only', async () => {
    const centres = async () =>
      (
        await ask(
          `{ ningxia { measure(indicator: "COUNTY_SW_GUIDANCE_CENTRES", asOf: "2024-12-31") { value nothingRegistered } } }`,
          undefined,
          await analyst(),
        )
      ).data.ningxia.measure;
    const before = await centres();
    let agency = await created({
      name: '时期复核机构四',
      kind: 'SOCIAL_WORK_AGENCY',
      foundedOn: '2010-01-01',
    });
    agency = written(
      await updated(agency, { kind: 'COUNTY_GUIDANCE_CENTRE' }, '2020-01-01'),
      'updateInstitution',
    );
    expect(
      (await updated(agency, { kind: 'SOCIAL_WORK_AGENCY' }, '2022-01-01')).errors,
    ).toBeUndefined();
    expect(await centres()).toEqual({ value: before.value, nothingRegistered: false });
  });

  it('refuses a founding after the first period, and says each withdrawal refusal in Chinese', async () => {
    let station = await created({
      name: '时期复核站',
      kind: 'SOCIAL_WORK_STATION',
      foundedOn: '2010-01-01',
    });
    expect(await refusal(await withdrawn(station, '无变更可撤'))).toMatch(
      /^记录编号（id）：机构 NX-\d+ 没有可撤回的有日期的变更或重新开放/,
    );
    station = written(
      await updated(station, { county: '时期复核区' }, '2020-07-01'),
      'updateInstitution',
    );
    expect(await refusal(await updated(station, { foundedOn: null }))).toMatch(
      /^成立时间（input\.foundedOn）：须填写，且不能晚于其第一个时期的最后一日（2020-06-30）：不填则该机构自 \d{4}-\d{2}-\d{2} 起才计入/,
    );
    expect(await refusal(await updated(station, { foundedOn: '2021' }))).toMatch(
      /^成立时间（input\.foundedOn）：不能晚于其第一个时期的最后一日（2020-06-30）/,
    );
    station = written(await closed(station, '2023-03-31'), 'closeInstitution');
    station = written(await reopened(station, '2024-01-01'), 'reopenInstitution');
    const worker = await registered(station.id, '2024-02-01');
    expect(await refusal(await withdrawn(station, '重新开放录入错误'))).toMatch(
      new RegExp(
        `^记录编号（id）：不能撤回其重新开放：社工 ${worker} 于 2024-02-01 到该机构工作，晚于其关闭日期（2023-03-31）`,
      ),
    );
    // One who came after the closing and moved on since is named too.
    const other = await created({
      name: '时期复核站乙',
      kind: 'SOCIAL_WORK_STATION',
      foundedOn: '2010-01-01',
    });
    const moved = await ask(
      `mutation { ningxia { transferSocialWorker(id: "${worker}", version: 1, institutionId: "${other.id}", on: "2024-06-01") { id } } }`,
    );
    expect(moved.errors).toBeUndefined();
    expect(await refusal(await withdrawn(station, '重新开放录入错误'))).toMatch(
      new RegExp(`不能撤回其重新开放：社工 ${worker} 于 2024-02-01 到该机构工作`),
    );
    station = written(await closed(station, '2025-03-31'), 'closeInstitution');
    expect(await refusal(await withdrawn(station, '重新开放录入错误'))).toMatch(
      /^记录编号（id）：该机构重新开放后已再次关闭（2025-03-31），不能撤回其重新开放/,
    );
  });
});

describe('a target’s trend over a registry kept up to date', () => {
  it('takes a flat year-end as evidence up to the last year the registry changed a record of its kind', async () => {
    const indicator = 'MSW_TERTIARY_INSTITUTIONS';
    const set = await ask(
      `mutation { ningxia { setTarget(input: { indicator: "${indicator}", targetValue: 1000, unit: "institutions", targetYear: 2030, description: "时期趋势测试目标" }) { id } } }`,
    );
    expect(set.errors).toBeUndefined();
    const target = set.data.ningxia.setTarget.id;
    const measuredHistory = async () => {
      const response = await ask(
        `{ ningxia { targets(indicator: "${indicator}") { id progress { history { year value basis evidence } } } } }`,
      );
      expect(response.errors).toBeUndefined();
      return (
        response.data.ningxia.targets.find((t: { id: string }) => t.id === target).progress
          .history as { year: number; value: number; basis: string; evidence: boolean }[]
      ).filter((point) => point.basis === 'MEASURED' && point.year < thisYear);
    };
    const before = await measuredHistory();
    const lastValueChange = Math.max(
      ...before.filter((p, i) => i > 0 && p.value !== before[i - 1]!.value).map((p) => p.year),
    );
    // An agency founded the year after: the registry was kept then, and the count did not move.
    expect(lastValueChange + 1).toBeLessThan(thisYear);
    await created({
      name: '时期趋势测试机构',
      kind: 'SOCIAL_WORK_AGENCY',
      foundedOn: `${lastValueChange + 1}-05-01`,
    });
    // The last year, to today, an institution began or stopped counting, read from every period's
    // own dates.
    const [{ lastChange }] = await db().query(
      `SELECT max(extract(year FROM day))::int AS "lastChange" FROM institution_spell,
         LATERAL (VALUES (founded_from), (social_work_from), (closed_on + 1)) AS days(day)
       WHERE day <= $1::date`,
      [today()],
    );
    const after = await measuredHistory();
    expect(after.map((p) => [p.year, p.value])).toEqual(before.map((p) => [p.year, p.value]));
    const flat = after.filter((p) => p.year > lastValueChange);
    expect(flat.length).toBeGreaterThan(0);
    expect(flat.map((p) => [p.year, p.evidence])).toEqual(
      flat.map((p) => [p.year, p.year <= lastChange]),
    );
  });
});

/** The programme measures: a count of projects, and the flows spread over their days. */
const programmeMeasures = [
  'SOCIAL_WORK_PROJECTS',
  'FUNDING_YUAN',
  'BENEFICIARIES',
  'INDIVIDUAL_CASES',
] as const;

/**
 * Each year's value of a programme measure from 2010 to last year, from the programmes' own dates,
 * whatever their hosts: the projects running at the year's end, or the part of each amount that
 * falls in the year (of the programmes whose period is known), written out here apart from the
 * catalog's definitions.
 */
async function uncut(indicator: (typeof programmeMeasures)[number]): Promise<MeasureCells> {
  const amount = {
    SOCIAL_WORK_PROJECTS: null,
    FUNDING_YUAN: 'funding_yuan',
    BENEFICIARIES: 'beneficiaries',
    INDIVIDUAL_CASES: 'individual_cases',
  }[indicator];
  const [first, last] = ['make_date(y, 1, 1)', 'make_date(y, 12, 31)'];
  const rows: { year: string; value: number }[] = await db().query(
    `SELECT y::text AS year, ${
      amount
        ? `round(coalesce(sum(p.${amount} * greatest(0, least(p.runs_until, ${last}) - greatest(p.runs_from, ${first}) + 1)::numeric
            / (p.runs_until - p.runs_from + 1)), 0))::float`
        : 'count(p.id)::int'
    } AS value
    FROM generate_series(2010, $1::int) AS y LEFT JOIN program p ON p.role = 'PROJECT' AND p.withdrawn_at IS NULL AND ${
      amount
        ? 'NOT (p.period_start IS NULL AND p.year IS NULL) AND p.runs_until IS NOT NULL'
        : `p.runs_from <= ${last} AND (p.runs_until IS NULL OR p.runs_until >= ${last})`
    }
    GROUP BY y`,
    [thisYear - 1],
  );
  return Object.fromEntries(rows.map((row) => [row.year, row.value]));
}

describe('an institution’s history, for its programmes', () => {
  it('counts a programme with its host’s period of each day, and over a period once', async () => {
    const asked = {
      byGrade2019: ['SOCIAL_WORK_PROJECTS', 'asOf: "2019-12-31", by: [HOSPITAL_GRADE]'],
      byGrade2021: ['SOCIAL_WORK_PROJECTS', 'asOf: "2021-12-31", by: [HOSPITAL_GRADE]'],
      since: [
        'SOCIAL_WORK_PROJECTS',
        'asOf: "2021-12-31", since: "2019-01-01", by: [HOSPITAL_GRADE]',
      ],
      funding2020: ['FUNDING_YUAN', 'asOf: "2020-12-31", by: [HOSPITAL_GRADE]'],
      fundingByYear: ['FUNDING_YUAN', 'by: [YEAR], from: 2016'],
      projectsByYear: ['SOCIAL_WORK_PROJECTS', 'by: [YEAR], from: 2016'],
    } as const;
    const seeded = await readAll(asked, measured);
    let hospital = await created({
      name: '时期项目测试医院',
      kind: 'GENERAL_HOSPITAL',
      grade: 'SECONDARY',
      foundedOn: '2001-03-01',
    });
    // 1,826 days from 2018 to 2022: 1,000 yuan a day.
    const programme = await createdProgram(hospital.id, {
      periodStart: '2018-01-01',
      periodEnd: '2022-12-31',
      fundingYuan: 1_826_000,
    });
    const yearly = { '2018': 1, '2019': 1, '2020': 1, '2021': 1, '2022': 1 };
    const fundingByYear = {
      '2018': 365_000,
      '2019': 365_000,
      '2020': 366_000,
      '2021': 365_000,
      '2022': 365_000,
    };
    const asCreated = {
      byGrade2019: { '*': 1, SECONDARY: 1 },
      byGrade2021: { '*': 1, SECONDARY: 1 },
      since: { '*': 1, SECONDARY: 1 },
      funding2020: { '*': 366_000, SECONDARY: 366_000 },
      fundingByYear,
      projectsByYear: yearly,
    };
    expect(changesOfAll(seeded, await readAll(asked, measured))).toEqual(asCreated);

    hospital = written(
      await updated(hospital, { grade: 'TERTIARY' }, '2020-07-01'),
      'updateInstitution',
    );
    // A secondary hospital's until 2020-06-30, a tertiary one's from 2020-07-01: 182 days of 2020
    // and 184. Over the period since 2019, once, at its piece of 2019.
    expect(changesOfAll(seeded, await readAll(asked, measured))).toEqual({
      ...asCreated,
      byGrade2021: { '*': 1, TERTIARY: 1 },
      funding2020: { '*': 366_000, SECONDARY: 182_000, TERTIARY: 184_000 },
    });
    // A figure of the programme's own projects counts it once, not once a piece.
    expect(
      await measuredForFigure({
        indicator: 'SOCIAL_WORK_PROJECTS',
        value: 1,
        asOf: '2022-12',
        scopeProgramId: programme,
        quote: '实施项目1个',
        source: { title: '时期项目测试来源', document: 'programme-periods.txt' },
      }),
    ).toBe(1);

    hospital = written(await withdrawn(hospital, '升级日期录入错误'), 'withdrawInstitutionChange');
    expect(hospital.currentSince).toBeNull();
    expect(changesOfAll(seeded, await readAll(asked, measured))).toEqual(asCreated);
  });

  it('counts every day of a programme once, a closed spell of its host’s included', async () => {
    const readEach = async (by: string) =>
      Object.fromEntries(
        await Promise.all(
          programmeMeasures.map(async (m) => [m, await measured(m, `by: [${by}], from: 2010`)]),
        ),
      ) as Record<(typeof programmeMeasures)[number], MeasureCells>;
    const seeded = {
      total: await readEach('YEAR'),
      byGrade: await readEach('YEAR, HOSPITAL_GRADE'),
    };
    let hospital = await created({
      name: '时期项目停业测试医院',
      kind: 'GENERAL_HOSPITAL',
      grade: 'PRIMARY',
      foundedOn: '2001-03-01',
    });
    // 1,461 days from 2020 to 2023: 1,000 yuan, a beneficiary and two cases a day.
    await createdProgram(hospital.id, {
      periodStart: '2020-01-01',
      periodEnd: '2023-12-31',
      fundingYuan: 1_461_000,
      beneficiaries: 1_461,
      individualCases: 2_922,
    });
    hospital = written(
      await updated(hospital, { grade: 'SECONDARY' }, '2020-07-01'),
      'updateInstitution',
    );
    hospital = written(await closed(hospital, '2021-03-31'), 'closeInstitution');
    hospital = written(await reopened(hospital, '2022-01-01'), 'reopenInstitution');
    written(await updated(hospital, { grade: 'TERTIARY' }, '2023-01-01'), 'updateInstitution');
    expect((await periods(hospital.id)).periods).toMatchObject([
      { from: '2001-03-01', until: '2020-06-30', grade: 'PRIMARY' },
      { from: '2020-07-01', until: '2021-03-31', grade: 'SECONDARY' },
      { from: '2022-01-01', until: '2022-12-31', grade: 'SECONDARY' },
      { from: '2023-01-01', until: null, grade: 'TERTIARY' },
    ]);
    const now = { total: await readEach('YEAR'), byGrade: await readEach('YEAR, HOSPITAL_GRADE') };
    const perDay = { FUNDING_YUAN: 1000, BENEFICIARIES: 1, INDIVIDUAL_CASES: 2 } as const;
    for (const indicator of programmeMeasures) {
      const flow = indicator === 'SOCIAL_WORK_PROJECTS' ? null : perDay[indicator];
      // Each year's total is what its grades add up to: no piece lost or counted twice in the
      // breakdown. A flow's cells are each rounded to a whole unit, so may be half a unit off each.
      for (const [year, value] of Object.entries(now.total[indicator])) {
        if (year === '*') continue;
        const cells = Object.entries(now.byGrade[indicator]).filter(([key]) =>
          key.startsWith(`${year}/`),
        );
        const sum = cells.reduce((added, [, cell]) => added + cell, 0);
        expect({
          indicator,
          year,
          within: Math.abs(sum - value) <= (flow ? cells.length / 2 : 0),
        }).toEqual({ indicator, year, within: true });
      }
      // And each past year's total is what the programmes give uncut: no programme lost or counted
      // twice.
      const past = Object.fromEntries(
        Object.entries(now.total[indicator]).filter(([year]) => year !== '*' && +year < thisYear),
      );
      expect({ indicator, past }).toEqual({ indicator, past: await uncut(indicator) });
      // Every day of it, each year as the uncut programme has it; by the period of the day, the
      // months its host was closed with the period before, a secondary hospital's.
      const expected = flow
        ? {
            total: {
              '2020': 366 * flow,
              '2021': 365 * flow,
              '2022': 365 * flow,
              '2023': 365 * flow,
            },
            byGrade: {
              '2020/PRIMARY': 182 * flow,
              '2020/SECONDARY': 184 * flow,
              '2021/SECONDARY': 365 * flow,
              '2022/SECONDARY': 365 * flow,
              '2023/TERTIARY': 365 * flow,
            },
          }
        : {
            total: { '2020': 1, '2021': 1, '2022': 1, '2023': 1 },
            byGrade: {
              '2020/SECONDARY': 1,
              '2021/SECONDARY': 1,
              '2022/SECONDARY': 1,
              '2023/TERTIARY': 1,
            },
          };
      expect({
        indicator,
        total: changes(seeded.total[indicator], now.total[indicator]),
        byGrade: changes(seeded.byGrade[indicator], now.byGrade[indicator]),
      }).toEqual({ indicator, ...expected });
    }
  });
});
