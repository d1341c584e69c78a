import { describe, expect, it } from 'vitest';
import { bearer, graphql, useStack } from './harness.js';
import { chinaDay } from '../shared/china-day.js';
import { fetchComparison } from '../scripts/report/comparison.js';
import { comparisonForTerminal } from '../scripts/report/terminal-report.js';

/**
 * A worker's certification date (`certifiedSince`) written through the gateway to Tianjin's
 * subgraph: measures count the worker as certified from that day only, a date in the future or
 * without a certificate is refused, and a certificate given up takes its date with it. On databases
 * of this file's own.
 */
const federation = useStack({ ownDatabases: 'certification_dates' });

const editor = () => bearer({ role: 'editor', region: 'TJ', subject: 'editor-TJ' });

async function ask(query: string, variables?: Record<string, unknown>) {
  return graphql(federation.stack.gatewayUrl, query, variables, await editor());
}

/** The data of an answer that must have no errors. */
async function answer(query: string, variables?: Record<string, unknown>) {
  const response = await ask(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data.tianjin;
}

const tomorrowInChina = () => chinaDay(new Date(Date.now() + 86_400_000));

/** Tianjin's certified social workers and practitioners at the end of a day. */
async function counted(asOf: string) {
  const tianjin = await answer(
    `{ tianjin { certified: measure(indicator: "CERTIFIED_SOCIAL_WORKERS", asOf: "${asOf}") { value }
       practitioners: measure(indicator: "SOCIAL_WORK_PRACTITIONERS", asOf: "${asOf}") { value } } }`,
  );
  return { certified: tianjin.certified.value, practitioners: tianjin.practitioners.value };
}

/** A social work agency of Tianjin founded in 2018. */
async function agency() {
  return (
    await answer(
      `mutation ($input: InstitutionInput!) { tianjin { createInstitution(input: $input) { id } } }`,
      {
        input: {
          name: `证书日期测试社工机构${Date.now()}`,
          kind: 'SOCIAL_WORK_AGENCY',
          city: '天津市',
          county: '和平区',
          foundedOn: '2018-01-01',
        },
      },
    )
  ).createInstitution.id as string;
}

const fields = 'id version certificateLevel certificateNumber certifiedSince';
const register = (input: Record<string, unknown>) =>
  ask(
    `mutation ($input: SocialWorkerInput!) { tianjin { registerSocialWorker(input: $input) { ${fields} } } }`,
    { input },
  );
const update = (worker: { id: string; version: number }, input: Record<string, unknown>) =>
  ask(
    `mutation ($input: SocialWorkerInput!) { tianjin { updateSocialWorker(id: "${worker.id}", version: ${worker.version}, input: $input) { ${fields} } } }`,
    { input },
  );

/** A certificate number no other worker of the file holds. */
let numbers = 0;
const certificateNumber = () => `CERT-DATE-${Date.now()}-${(numbers += 1)}`;

/** The social workers of Tianjin by name, read from the database: what a refused write left. */
const workersNamed = async (name: string) =>
  (
    await federation.stack.subgraphs
      .get('tianjin')!
      .db.query(`SELECT count(*)::int AS n FROM social_worker WHERE name = $1`, [name])
  )[0].n as number;

/** The problems of an answer refused as BAD_USER_INPUT. */
function problemsOf(response: Awaited<ReturnType<typeof ask>>) {
  expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return response.errors![0]!.extensions!.problems as { path: string; message: string }[];
}

describe('a social worker certified since a day', () => {
  it('counts as certified from that day, not the day before, while in post on both', async () => {
    const institution = await agency();
    const before = { eve: await counted('2021-02-28'), day: await counted('2021-03-01') };
    const registered = await register({
      name: '证书日期测试社工',
      institutionId: institution,
      startedOn: '2018-06-01',
      certificateLevel: 'INTERMEDIATE',
      certificateNumber: certificateNumber(),
      certifiedSince: '2021-03-01',
    });
    expect(registered.errors).toBeUndefined();
    expect(registered.data.tianjin.registerSocialWorker.certifiedSince).toBe('2021-03-01');
    const read = await answer(
      `{ tianjin { socialWorker(id: "${registered.data.tianjin.registerSocialWorker.id}") { certifiedSince } } }`,
    );
    expect(read.socialWorker.certifiedSince).toBe('2021-03-01');
    // In post on both days; certified on the second only.
    expect(await counted('2021-02-28')).toEqual({
      certified: before.eve.certified,
      practitioners: before.eve.practitioners + 1,
    });
    expect(await counted('2021-03-01')).toEqual({
      certified: before.day.certified + 1,
      practitioners: before.day.practitioners + 1,
    });
  });

  it('counts a certificate without its day on every day of the post, among the undated records, until it is dated', async () => {
    const institution = await agency();
    const certified = async (asOf: string) =>
      (
        await answer(
          `{ tianjin { measure(indicator: "CERTIFIED_SOCIAL_WORKERS", asOf: "${asOf}") { value undatedRecords } } }`,
        )
      ).measure as { value: number; undatedRecords: number };
    const before = { early: await certified('2018-07-01'), late: await certified('2022-07-01') };
    const worker = (
      await register({
        name: '证书未记日期的社工',
        institutionId: institution,
        startedOn: '2018-06-01',
        certificateLevel: 'ASSISTANT',
        certificateNumber: certificateNumber(),
      })
    ).data.tianjin.registerSocialWorker;
    expect(worker.certifiedSince).toBeNull();
    const plusOne = (m: { value: number; undatedRecords: number }) => ({
      value: m.value + 1,
      undatedRecords: m.undatedRecords + 1,
    });
    expect(await certified('2018-07-01')).toEqual(plusOne(before.early));
    expect(await certified('2022-07-01')).toEqual(plusOne(before.late));
    // The report says so: Tianjin's row, and under the total that a certificate without its day
    // is an inferred one.
    const today = await certified(chinaDay());
    expect(today.undatedRecords).toBeGreaterThan(0);
    const gateway = federation.stack.gatewayUrl;
    const report = await fetchComparison(gateway, 'CERTIFIED_SOCIAL_WORKERS', 'zh');
    expect(report.rows.find((row) => row.region === 'TJ')!.measuredUndated).toBe(
      today.undatedRecords,
    );
    expect(report.national.undated).toBeGreaterThanOrEqual(today.undatedRecords);
    expect(comparisonForTerminal(report, 'zh', 400, gateway).replace(/\s+/g, '')).toContain(
      `其中${report.national.undated}个开始日期不详或证书未记取得日期、按推定日期计入（推定）`,
    );
    // Dated 2021-03-01: no longer undated, and not certified in 2018.
    expect((await update(worker, { certifiedSince: '2021-03-01' })).errors).toBeUndefined();
    expect(await certified('2018-07-01')).toEqual(before.early);
    expect(await certified('2022-07-01')).toEqual({ ...before.late, value: before.late.value + 1 });
  });

  it('refuses a day in the future, writing nothing', async () => {
    const name = '证书日期在未来的社工';
    const refused = await register({
      name,
      certificateLevel: 'ASSISTANT',
      certificateNumber: certificateNumber(),
      certifiedSince: tomorrowInChina(),
    });
    expect(problemsOf(refused)).toEqual([
      {
        path: 'input.certifiedSince',
        message: '不能晚于今天。must not be in the future',
      },
    ]);
    expect(refused.errors![0]!.message).toMatch(
      /^证书取得日期（input\.certifiedSince）：不能晚于今天/,
    );
    expect(await workersNamed(name)).toBe(0);
  });

  it('refuses a day without a certificate, at registration and in an update, naming the field', async () => {
    const name = '无证书而有证书日期的社工';
    const without = `证书取得日期（input.certifiedSince）：填写证书取得日期时，证书等级须为助理社会工作师、社会工作师或高级社会工作师，不能为“无证书”或留空。input.certifiedSince: a certificate date (certifiedSince) needs a certificate level other than NONE`;
    for (const level of [{ certificateLevel: 'NONE' }, {}]) {
      const refused = await register({ name, ...level, certifiedSince: '2021-03-01' });
      expect(problemsOf(refused).map((p) => p.path)).toEqual(['input.certifiedSince']);
      expect(refused.errors![0]!.message).toBe(without);
    }
    expect(await workersNamed(name)).toBe(0);

    // A worker without a certificate given a day, and a certified one made NONE with a day.
    const uncertified = (await register({ name: '无证书社工' })).data.tianjin.registerSocialWorker;
    const dated = await update(uncertified, { certifiedSince: '2021-03-01' });
    expect(dated.errors?.[0]?.message).toBe(without);
    const certified = (
      await register({
        name: '持证社工',
        certificateLevel: 'ASSISTANT',
        certificateNumber: certificateNumber(),
        certifiedSince: '2020-01-01',
      })
    ).data.tianjin.registerSocialWorker;
    const withdrawn = await update(certified, {
      certificateLevel: 'NONE',
      certificateNumber: null,
      certifiedSince: '2020-01-01',
    });
    expect(withdrawn.errors?.[0]?.message).toBe(without);
    const read = await answer(
      `{ tianjin { u: socialWorker(id: "${uncertified.id}") { certifiedSince version }
         c: socialWorker(id: "${certified.id}") { certificateLevel certifiedSince version } } }`,
    );
    expect(read).toEqual({
      u: { certifiedSince: null, version: uncertified.version },
      c: {
        certificateLevel: 'ASSISTANT',
        certifiedSince: '2020-01-01',
        version: certified.version,
      },
    });
  });

  it('keeps its day when the level is raised, and loses it with the certificate, as the change feed shows', async () => {
    const since = new Date().toISOString();
    const worker = (
      await register({
        name: '证书日期变更社工',
        certificateLevel: 'ASSISTANT',
        certificateNumber: certificateNumber(),
        certifiedSince: '2019-09-01',
      })
    ).data.tianjin.registerSocialWorker;
    const raised = await update(worker, { certificateLevel: 'SENIOR' });
    expect(raised.errors).toBeUndefined();
    expect(raised.data.tianjin.updateSocialWorker).toMatchObject({
      certificateLevel: 'SENIOR',
      certifiedSince: '2019-09-01',
    });
    const given = await update(raised.data.tianjin.updateSocialWorker, {
      certificateLevel: 'NONE',
      certificateNumber: null,
    });
    expect(given.errors).toBeUndefined();
    expect(given.data.tianjin.updateSocialWorker).toMatchObject({
      certificateLevel: 'NONE',
      certificateNumber: null,
      certifiedSince: null,
    });

    const state = `... on SocialWorkerState { certificateLevel certifiedSince }`;
    const feed = (
      await answer(
        `{ tianjin { changes(since: "${since}") { changes { entityId action changedFields before { ${state} } after { ${state} } } } } }`,
      )
    ).changes.changes.filter((c: { entityId: string }) => c.entityId === worker.id);
    expect(feed).toEqual([
      {
        entityId: worker.id,
        action: 'registerSocialWorker',
        changedFields: expect.arrayContaining(['certificateLevel', 'certifiedSince']),
        before: null,
        after: { certificateLevel: 'ASSISTANT', certifiedSince: '2019-09-01' },
      },
      {
        entityId: worker.id,
        action: 'updateSocialWorker',
        changedFields: ['certificateLevel'],
        before: { certificateLevel: 'ASSISTANT', certifiedSince: '2019-09-01' },
        after: { certificateLevel: 'SENIOR', certifiedSince: '2019-09-01' },
      },
      {
        entityId: worker.id,
        action: 'updateSocialWorker',
        changedFields: ['certificateLevel', 'certifiedSince', 'certificateNumber'],
        before: { certificateLevel: 'SENIOR', certifiedSince: '2019-09-01' },
        after: { certificateLevel: 'NONE', certifiedSince: null },
      },
    ]);
  });
});
