import { describe, expect, it } from 'vitest';
import { bearer, graphql, useStack } from './harness.js';
import { today } from '../subgraphs/registry/src/dates.js';
import { cellsOf, changes, changesOfAll, readAll, type MeasureCells } from './measure-changes.js';

/**
 * A transfer ends a post and begins another: a measure of a day before it counts the worker where it
 * was that day, and a count over a period counts the worker once. Tianjin, on databases of this
 * file's own; the measures are read as differences from before each write, over the seeded workers.
 */
const federation = useStack({ ownDatabases: 'posting_history' });

const editor = () => bearer({ role: 'editor', region: 'TJ', subject: 'editor-TJ' });
const analyst = () => bearer({ role: 'analyst' });

async function ask(
  headers: Record<string, string>,
  query: string,
  variables?: Record<string, unknown>,
) {
  return graphql(federation.stack.gatewayUrl, query, variables, headers);
}

async function institution(name: string, kind: string, county = '调动测试区') {
  const response = await ask(
    await editor(),
    `mutation ($input: InstitutionInput!) { tianjin { createInstitution(input: $input) { id } } }`,
    { input: { name: `${name}${Date.now()}`, kind, city: '天津市', county } },
  );
  expect(response.errors).toBeUndefined();
  return response.data.tianjin.createInstitution.id as string;
}

async function registered(name: string, institutionId: string, startedOn: string) {
  const response = await ask(
    await editor(),
    `mutation ($input: SocialWorkerInput!) { tianjin { registerSocialWorker(input: $input) { id version } } }`,
    { input: { name, institutionId, startedOn } },
  );
  expect(response.errors).toBeUndefined();
  return response.data.tianjin.registerSocialWorker as { id: string; version: number };
}

async function transfer(worker: { id: string; version: number }, to: string, on?: string) {
  return ask(
    await editor(),
    `mutation { tianjin { transferSocialWorker(id: "${worker.id}", version: ${worker.version}, institutionId: "${to}"${on ? `, on: "${on}"` : ''}) { id version } } }`,
  );
}

async function measured(indicator: string, args: string): Promise<MeasureCells> {
  const response = await ask(
    await analyst(),
    `{ tianjin { measure(indicator: "${indicator}", ${args}) { value breakdown { keys { value } value } } } }`,
  );
  expect(response.errors).toBeUndefined();
  return cellsOf(response.data.tianjin.measure);
}

const thisYear = today().slice(0, 4);

describe('a transfer keeps the past', () => {
  it('leaves the counts of the days before it as they were, and moves today’s', async () => {
    const hospital = await institution('调动测试医院', 'GENERAL_HOSPITAL');
    const agency = await institution('调动测试社工机构', 'SOCIAL_WORK_AGENCY');
    const worker = await registered('调动测试社工甲', hospital, '2019-03-01');
    const asked = {
      pastMedical: ['MEDICAL_SOCIAL_WORKERS', 'asOf: "2024-12-31"'],
      pastByKind: ['SOCIAL_WORK_PRACTITIONERS', 'asOf: "2024-12-31", by: [INSTITUTION_KIND]'],
      todayByKind: ['SOCIAL_WORK_PRACTITIONERS', 'by: [INSTITUTION_KIND]'],
      series: ['SOCIAL_WORK_PRACTITIONERS', 'by: [YEAR, INSTITUTION_KIND], from: 2018'],
      since: ['SOCIAL_WORK_PRACTITIONERS', 'since: "2019", by: [INSTITUTION_KIND]'],
    } as const;
    const before = await readAll(asked, measured);
    expect((await transfer(worker, agency)).errors).toBeUndefined();
    // Counted once since 2019, at the post held on the first day of the period: its first.
    expect(changesOfAll(before, await readAll(asked, measured))).toEqual({
      pastMedical: {},
      pastByKind: {},
      todayByKind: { GENERAL_HOSPITAL: -1, SOCIAL_WORK_AGENCY: 1 },
      series: {
        [`${thisYear}/GENERAL_HOSPITAL`]: -1,
        [`${thisYear}/SOCIAL_WORK_AGENCY`]: 1,
      },
      since: {},
    });
  });
});

describe('a count over a period', () => {
  it('counts a worker once, at the earliest post it takes: one moved into a hospital within the period is among its medical social workers', async () => {
    const agency = await institution('期间计数测试社工机构', 'SOCIAL_WORK_AGENCY');
    const hospital = await institution('期间计数测试医院', 'GENERAL_HOSPITAL');
    const worker = await registered('调动测试社工丙', agency, '2018-01-01');
    const asked = {
      medical: ['MEDICAL_SOCIAL_WORKERS', 'since: "2019", by: [INSTITUTION_KIND]'],
      practitioners: ['SOCIAL_WORK_PRACTITIONERS', 'since: "2019", by: [INSTITUTION_KIND]'],
      medicalBefore: ['MEDICAL_SOCIAL_WORKERS', 'since: "2019", asOf: "2021-02-28"'],
    } as const;
    const before = await readAll(asked, measured);
    expect((await transfer(worker, hospital, '2021-03-01')).errors).toBeUndefined();
    expect(changesOfAll(before, await readAll(asked, measured))).toEqual({
      // At the hospital, the one post of the period that a medical count takes.
      medical: { '*': 1, GENERAL_HOSPITAL: 1 },
      // Already counted, once, at the agency: its earliest post of the period.
      practitioners: {},
      // Not yet at the hospital by the end of that period.
      medicalBefore: {},
    });
  });
});

describe('a dated transfer', () => {
  const posts = async (id: string) => {
    const response = await ask(
      await editor(),
      `{ tianjin { socialWorker(id: "${id}") { version postedOn posts { institution { id } from until current } } } }`,
    );
    expect(response.errors).toBeUndefined();
    type Post = { institution: { id: string }; from: string; until: string; current: boolean };
    return response.data.tianjin.socialWorker as { version: number; posts: Post[] };
  };

  it('counts the worker at the post of each day, keeps the posts left, and refuses a day outside the current post', async () => {
    const hospital = await institution('调动日期测试医院', 'GENERAL_HOSPITAL');
    const agency = await institution('调动日期测试社工机构', 'SOCIAL_WORK_AGENCY', '调入测试区');
    const worker = await registered('调动测试社工乙', hospital, '2018-01-01');
    const refused = async (on: string) => (await transfer(worker, agency, on)).errors?.[0]?.message;
    expect(await refused('2017-12-31')).toBe(
      '调动日期（on）：不能早于入职日期（2018-01-01）。on: must not be before startedOn (2018-01-01)',
    );
    expect(await refused('2099-01-01')).toMatch(
      /^调动日期（on）：不能晚于今天.*on: must not be in the future/,
    );

    const asked = {
      dayBefore: ['MEDICAL_SOCIAL_WORKERS', 'asOf: "2022-06-30"'],
      dayOf: ['MEDICAL_SOCIAL_WORKERS', 'asOf: "2022-07-01"'],
      series: ['SOCIAL_WORK_PRACTITIONERS', 'by: [YEAR, INSTITUTION_KIND], from: 2017'],
      since2020: ['SOCIAL_WORK_PRACTITIONERS', 'since: "2020", by: [INSTITUTION_KIND]'],
      since2023: ['SOCIAL_WORK_PRACTITIONERS', 'since: "2023", by: [INSTITUTION_KIND]'],
      atInstitutions: ['SOCIAL_WORK_PRACTITIONERS', 'asOf: "2021-12-31", by: [COUNTY]'],
    } as const;
    const before = await readAll(asked, measured);
    expect((await transfer(worker, agency, '2022-07-01')).errors).toBeUndefined();
    const later = Array.from({ length: Number(thisYear) - 2021 }, (_, i) => 2022 + i);
    expect(changesOfAll(before, await readAll(asked, measured))).toEqual({
      dayBefore: {},
      dayOf: { '*': -1 },
      series: Object.fromEntries(
        later.flatMap((year) => [
          [`${year}/GENERAL_HOSPITAL`, -1],
          [`${year}/SOCIAL_WORK_AGENCY`, 1],
        ]),
      ),
      // Once, at the post held on the period's first day: the hospital's on 2020-01-01, the
      // agency's on 2023-01-01.
      since2020: {},
      since2023: { GENERAL_HOSPITAL: -1, SOCIAL_WORK_AGENCY: 1 },
      atInstitutions: {},
    });

    const once = await posts(worker.id);
    expect(once).toEqual({
      version: worker.version + 1,
      postedOn: '2022-07-01',
      posts: [
        { institution: { id: hospital }, from: '2018-01-01', until: '2022-06-30', current: false },
        { institution: { id: agency }, from: '2022-07-01', until: null, current: true },
      ],
    });
    // Not before the current post began; back to the hospital later, a third post.
    const early = transfer({ ...worker, version: once.version }, hospital, '2022-06-01');
    expect((await early).errors?.[0]?.message).toBe(
      '调动日期（on）：不能早于现任职首日（2022-07-01）。on: must not be before postedOn (2022-07-01)',
    );
    expect(
      (await transfer({ ...worker, version: once.version }, hospital, '2024-03-01')).errors,
    ).toBeUndefined();
    const twice = await posts(worker.id);
    expect(twice.posts.map((p) => [p.institution?.id, p.from, p.until])).toEqual([
      [hospital, '2018-01-01', '2022-06-30'],
      [agency, '2022-07-01', '2024-02-29'],
      [hospital, '2024-03-01', null],
    ]);
    const since = await measured('SOCIAL_WORK_PRACTITIONERS', 'since: "2020"');
    // Three posts since 2020, one person.
    expect(since['*']).toBe(before.since2020!['*']);

    // The worker's dates stay within its posts.
    const update = async (input: Record<string, unknown>) =>
      ask(
        await editor(),
        `mutation ($input: SocialWorkerInput!) { tianjin { updateSocialWorker(id: "${worker.id}", version: ${twice.version}, input: $input) { id } } }`,
        { input },
      );
    expect((await update({ startedOn: '2022-07-01' })).errors?.[0]?.message).toBe(
      '入职日期（input.startedOn）：不能晚于第一段任职的最后一日（2022-06-30）。input.startedOn: must not be after firstPostUntil (2022-06-30)',
    );
    expect((await update({ endedOn: '2024-02-01' })).errors?.[0]?.message).toBe(
      '离职日期（input.endedOn）：不能早于现任职首日（2024-03-01）。input.endedOn: must not be before postedOn (2024-03-01)',
    );
    expect((await update({ startedOn: null })).errors?.[0]?.message).toBe(
      '入职日期（input.startedOn）：须填写：该社工调动过，其第一段任职自入职日期起算。input.startedOn: must be given for a worker who has moved: its first post starts on it',
    );
    // A corrected first day moves the first post's; a worker's certificate reaches every post.
    const uncertified = await measured(
      'CERTIFIED_SOCIAL_WORKERS',
      'asOf: "2023-06-30", by: [INSTITUTION_KIND]',
    );
    const corrected = await update({
      startedOn: '2017-05-01',
      certificateLevel: 'ASSISTANT',
      certificateNumber: 'TJPOSTS0001',
    });
    expect(corrected.errors).toBeUndefined();
    expect((await posts(worker.id)).posts[0]!.from).toBe('2017-05-01');
    const certified = await measured(
      'CERTIFIED_SOCIAL_WORKERS',
      'asOf: "2023-06-30", by: [INSTITUTION_KIND]',
    );
    expect(changes(uncertified, certified)).toEqual({ '*': 1, SOCIAL_WORK_AGENCY: 1 });

    // The agency, left on 2024-02-29, did not close before: the worker counts there until then.
    const { version } = (
      await ask(await editor(), `{ tianjin { institution(id: "${agency}") { version } } }`)
    ).data.tianjin.institution;
    const close = (closedOn: string) =>
      `mutation { tianjin { closeInstitution(id: "${agency}", version: ${version}, closedOn: "${closedOn}") { id } } }`;
    expect((await ask(await editor(), close('2023-01-01'))).errors?.[0]?.message).toBe(
      `关闭日期（closedOn）：不能早于社工 ${worker.id}（2024-02-29）调离前在该机构任职的最后一日：否则这些社工在机构关闭之后仍计入该机构。` +
        `closedOn: must not be before the last day there of social worker ${worker.id} (2024-02-29), who worked at this institution before moving: a worker would count at the institution after its closing`,
    );
    expect((await ask(await editor(), close('2024-02-29'))).errors).toBeUndefined();
  });
});

describe("a worker's posts", () => {
  it('refuse a transfer before the day the registry first knew of a worker of no known start, naming that day as such', async () => {
    const hospital = await institution('调动未知入职测试医院', 'GENERAL_HOSPITAL');
    const agency = await institution('调动未知入职测试社工机构', 'SOCIAL_WORK_AGENCY');
    const response = await ask(
      await editor(),
      `mutation ($input: SocialWorkerInput!) { tianjin { registerSocialWorker(input: $input) { id version startedOn } } }`,
      { input: { name: '调动测试社工丙', institutionId: hospital } },
    );
    const worker = response.data.tianjin.registerSocialWorker;
    expect(worker.startedOn).toBeNull();
    // Not `startedOn (…)`: the API shows none.
    expect((await transfer(worker, agency, '2000-01-01')).errors?.[0]?.message).toMatch(
      /^调动日期（on）：不能早于登记库最早知悉之日（\d{4}-\d\d-\d\d）。on: must not be before the day the registry first knew of the worker \(\d{4}-\d\d-\d\d\)$/,
    );
  });

  it('are personal data: the region’s editor reads them, an analyst and another region’s editor read null', async () => {
    const hospital = await institution('任职经历权限测试医院', 'GENERAL_HOSPITAL');
    const agency = await institution('任职经历权限测试社工机构', 'SOCIAL_WORK_AGENCY');
    const worker = await registered('任职经历权限测试社工', hospital, '2021-01-01');
    expect((await transfer(worker, agency, '2023-05-01')).errors).toBeUndefined();
    const read = async (headers: Record<string, string>) => {
      const answer = await ask(
        headers,
        `{ tianjin { socialWorker(id: "${worker.id}") { name postedOn posts { institution { id } from } } } }`,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data.tianjin.socialWorker;
    };
    expect(await read(await editor())).toEqual({
      name: '任职经历权限测试社工',
      postedOn: '2023-05-01',
      posts: [
        { institution: { id: hospital }, from: '2021-01-01' },
        { institution: { id: agency }, from: '2023-05-01' },
      ],
    });
    // The day of the latest move too: with the post it began, it says the worker moved, and when.
    const others = [await analyst(), await bearer({ role: 'editor', region: 'BJ' })];
    for (const headers of others)
      expect(await read(headers)).toEqual({ name: null, postedOn: null, posts: null });
  });
});
