import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCE, ISSUER } from '../shared/auth.js';
import { notChineseThenEnglish } from './bilingual-messages.js';
import { bearer, graphql, useStack } from './harness.js';

/**
 * Every error a registry answers reaches its caller through the gateway in Chinese first, then in
 * English: the measures' arguments, lists and pages, who may read and write what, tokens, and the
 * mutations' validation, conflicts and missing records. Every write here is refused, so the seeded
 * data stays as it was.
 */
const federation = useStack();

/** What a registry answers a caller's mistake with. */
const registryCodes = ['BAD_USER_INPUT', 'FORBIDDEN', 'CONFLICT', 'NOT_FOUND'];

let editor: Record<string, string>;
let analyst: Record<string, string>;
let institution: { id: string; version: number };
beforeAll(async () => {
  editor = await bearer({ role: 'editor', region: 'NX' });
  analyst = await bearer({ role: 'analyst' });
  const { data } = await graphql(
    federation.stack.gatewayUrl,
    '{ ningxia { institutions(first: 1) { edges { node { id version } } } } }',
    undefined,
    analyst,
  );
  institution = data.ningxia.institutions.edges[0].node;
});

const measure = (args: string) => `{ ningxia { measure(${args}) { value } } }`;
const indicator = 'indicator: "SOCIAL_WORK_STATIONS"';

type Caller = 'anonymous' | 'analyst' | 'editor';
type Probe = [string, string, Record<string, unknown>?, Caller?];

/** A figure recorded by Ningxia's editor, with `fields` over a valid one's. */
const figure = (name: string, fields: Record<string, unknown>): Probe => [
  name,
  'mutation ($input: FigureInput!) { ningxia { recordFigure(input: $input) { id } } }',
  {
    input: {
      indicator: 'SOCIAL_WORK_STATIONS',
      value: 1,
      asOf: '2026-05',
      quote: '建成社工站1个',
      ...fields,
    },
  },
];

const probes = (): Probe[] => [
  ['an indicator not in the catalog', measure('indicator: "NOPE"')],
  ['an indicator in lower case', measure('indicator: "social_work_stations"')],
  ['a catalog code in lower case', '{ indicator(code: "msw_institutions") { code } }'],
  ['asOf that is no date', measure(`${indicator}, asOf: "yesterday"`)],
  ['asOf in the future', measure(`${indicator}, asOf: "2999"`)],
  ['since that is no date', measure(`${indicator}, since: "soon"`)],
  ['since after asOf', measure(`${indicator}, asOf: "2020", since: "2021"`)],
  ['a year before 1800', measure(`${indicator}, by: [YEAR], from: 1799`)],
  ['from after to', measure(`${indicator}, by: [YEAR], from: 2024, to: 2020`)],
  ['a dimension twice', measure(`${indicator}, by: [CITY, CITY]`)],
  ['a dimension that does not apply', measure(`${indicator}, by: [CERTIFICATE_LEVEL]`)],
  ['a percentage as a flow', measure('indicator: "MEDICAL_MSW_COVERAGE", since: "2020"')],
  [
    'a rate as a flow',
    measure('indicator: "SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS", since: "2020"'),
  ],
  [
    'a rate broken down by city',
    measure('indicator: "SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS", by: [CITY]'),
  ],
  ['a series too long', measure(`${indicator}, by: [YEAR], from: 1900`)],
  ['a tolerance beyond 100', '{ ningxia { dataQuality(tolerancePercent: 200) { published } } }'],
  ['a cursor not of this API', '{ ningxia { institutions(after: "nope") { totalCount } } }'],
  [
    'an id not of this registry',
    '{ ningxia { socialWorkers(filter: { institutionId: "BJ-1" }) { totalCount } } }',
    undefined,
    'editor',
  ],
  [
    'changes after no change',
    '{ ningxia { changes(after: "BJ-1") { hasMore } } }',
    undefined,
    'editor',
  ],
  [
    'changes since no time',
    '{ ningxia { changes(since: "soon") { hasMore } } }',
    undefined,
    'editor',
  ],
  [
    'demo records without a token',
    '{ ningxia { institutions(filter: { provenance: DEMO }) { totalCount } } }',
    undefined,
    'anonymous',
  ],
  [
    'social workers without a token',
    '{ ningxia { socialWorkers { totalCount } } }',
    undefined,
    'anonymous',
  ],
  [
    'a name search by an analyst',
    '{ ningxia { socialWorkers(filter: { nameContains: "张" }) { totalCount } } }',
    undefined,
    'analyst',
  ],
  [
    'a write by an analyst',
    'mutation { ningxia { createProgram(input: { name: "测试项目", kind: TRAINING }) { id } } }',
    undefined,
    'analyst',
  ],
  [
    'a write of several problems',
    'mutation ($input: InstitutionInput!) { ningxia { createInstitution(input: $input) { id } } }',
    {
      input: {
        name: '   ',
        kind: 'SOCIAL_WORK_AGENCY',
        creditCode: '123',
        foundedOn: '2999-01-01',
      },
    },
  ],
  [
    'a certificate date in the future, without a certificate',
    'mutation ($input: SocialWorkerInput!) { ningxia { registerSocialWorker(input: $input) { id } } }',
    { input: { name: '测试社工', certificateLevel: 'NONE', certifiedSince: '2999-01-01' } },
  ],
  [
    'an update of a version since changed',
    `mutation { ningxia { updateInstitution(id: "${institution.id}", version: ${institution.version + 5}, input: { city: "银川市" }) { id } } }`,
  ],
  [
    'an update of a record not in the registry',
    'mutation { ningxia { updateInstitution(id: "NX-999999999", version: 1, input: { city: "银川市" }) { id } } }',
  ],
  figure('a figure of several problems', {
    changePercent: -100,
    baselineYear: 1800,
    scopeProgramId: 'x',
    source: { title: '测试来源', url: 'ftp://example.org/x' },
  }),
  figure('a figure with neither a known source nor a new one', { source: {} }),
  [
    'a target with a milestone before 2000',
    `mutation { ningxia { setTarget(input: { indicator: "SOCIAL_WORK_STATIONS", targetValue: 300, unit: "stations",
      targetYear: 2030, description: "测试目标", milestones: [{ year: 1999, description: "起点" }] }) { id } } }`,
  ],
  figure('a figure of an unknown source', { source: { id: '999999' } }),
  figure('a rounding that is no power of ten', { source: { id: '999999' }, roundedTo: 30 }),
  figure('a rounding beside a qualifier word, of a value off it', {
    source: { id: '999999' },
    value: 15,
    qualifier: 'MORE_THAN',
    qualifierWord: '超',
    roundedTo: 10,
  }),
];

const headersOf = (who: Caller) =>
  who === 'anonymous' ? {} : who === 'analyst' ? analyst : editor;

describe("a registry's errors, in Chinese and English", () => {
  it('says each mistake in Chinese first, and of every problem of a write', async () => {
    const unsaid: string[] = [];
    for (const [name, query, variables, who] of probes()) {
      const { errors } = await graphql(
        federation.stack.gatewayUrl,
        query,
        variables,
        headersOf(who ?? 'editor'),
      );
      expect(errors?.length, name).toBeGreaterThan(0);
      for (const error of errors!) {
        // Each probe reaches the registry: a query the gateway refuses would prove nothing here.
        if (!registryCodes.includes(String(error.extensions?.code)))
          unsaid.push(`${name}: ${String(error.extensions?.code)} ${error.message}`);
        const problems = (error.extensions?.problems ?? []) as { message: string }[];
        for (const message of [error.message, ...problems.map((p) => p.message)])
          if (notChineseThenEnglish(message))
            unsaid.push(`${name}: ${notChineseThenEnglish(message)}: ${message}`);
      }
    }
    expect(unsaid).toEqual([]);
  });

  it("answers a catalog code in lower case as the regions' fields do, and an unknown one null", async () => {
    const lower = await graphql(
      federation.stack.gatewayUrl,
      '{ indicator(code: "msw_institutions") { code } }',
    );
    expect(lower.errors?.[0]).toMatchObject({
      message:
        'code：指标代码须大写：应写作“开展医务社会工作的医疗卫生机构”（MSW_INSTITUTIONS），不能写作 msw_institutions。code: indicator codes are upper case: write MSW_INSTITUTIONS, not msw_institutions.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unknown = await graphql(
      federation.stack.gatewayUrl,
      '{ indicator(code: "NOPE") { code } }',
    );
    expect(unknown).toEqual({ data: { indicator: null } });
  });

  it('names every problem of a write in both, and what was wrong in Chinese', async () => {
    const { errors } = await graphql(
      federation.stack.gatewayUrl,
      'mutation ($input: InstitutionInput!) { ningxia { createInstitution(input: $input) { id } } }',
      { input: { name: '', kind: 'SOCIAL_WORK_AGENCY', creditCode: '123' } },
      editor,
    );
    // The field by its Chinese name first, as the import's headers name it, its path after it.
    expect(errors?.[0]?.message).toMatch(
      /^(机构名称|统一社会信用代码)（input\.\w+）：.+（另有 \d+ 个问题）。input\.\w+: .+ \(and \d+ more problems\)$/,
    );
    expect(errors?.[0]?.extensions?.problems).toContainEqual({
      path: 'input.creditCode',
      message: '须为 18 个字符，现为 3 个。must be 18 characters, not 3',
    });
  });

  it.each([
    ['a token that is not one', 'Bearer not-a-token'],
    ['another scheme', 'Basic x'],
  ])('refuses %s in both', async (_, authorization) => {
    const { errors } = await graphql(
      federation.stack.gatewayUrl,
      '{ ningxia { code } }',
      undefined,
      { authorization },
    );
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(notChineseThenEnglish(errors![0]!.message), errors![0]!.message).toBeNull();
  });

  it("says why a token was refused in Chinese, and in jose's words after it", async () => {
    const forged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-secret-of-this-federation-at-all'));
    const { errors } = await graphql(
      federation.stack.gatewayUrl,
      '{ ningxia { code } }',
      undefined,
      {
        authorization: `Bearer ${forged}`,
      },
    );
    expect(errors?.[0]?.message).toBe(
      '令牌被拒绝：签名无效。The token was refused: signature verification failed',
    );
  });
});
