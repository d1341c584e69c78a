import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inChineseToo } from '../gateway/src/messages-zh.js';
import { notChineseThenEnglish } from './bilingual-messages.js';
import { startGatewayBefore, startStubSubgraphs, type StubSubgraphs } from './stub-subgraphs.js';

/**
 * Every error a caller reads from the gateway says it in Chinese first, then in English: the
 * gateway's own, and those of graphql-js, Apollo Server and GraphQL Armor, which the gateway puts
 * the Chinese before. A message the gateway's catalog does not know still gets the Chinese of its
 * code; none of the mistakes below may fall back to it.
 */
let stubs: StubSubgraphs;
const gateways: Awaited<ReturnType<typeof startGatewayBefore>>[] = [];
beforeAll(async () => {
  stubs = await startStubSubgraphs({
    fields: {
      measure: () => ({ value: 1 }),
      institutions: () => {
        throw new Error('relation "institution" does not exist');
      },
    },
  });
  gateways.push(await startGatewayBefore(stubs.urls));
  const secrets = Object.fromEntries(
    Object.keys(stubs.urls).map((name) => [
      `${name.toUpperCase()}_GATEWAY_SECRET`,
      `secret-${name}`.padEnd(32, '-'),
    ]),
  );
  gateways.push(
    await startGatewayBefore(stubs.urls, {
      NODE_ENV: 'production',
      JWT_SECRET: 'chinese-messages-test-secret-of-32-bytes-or-more',
      ...secrets,
    }),
  );
});
afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  await stubs?.close();
});

interface Answer {
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(url: string, body: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Answer;
}

const many = (count: number, field: string) => Array.from({ length: count }, () => field).join(' ');
const aliases = (count: number) =>
  Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ');
/** Six pages of 100 institutions, each with 100 social workers: past the cost limit of 50,000. */
const costly = `{ ${Array.from(
  { length: 6 },
  (_, i) =>
    `b${i}: beijing { institutions(first: 100) { edges { node { socialWorkers(first: 100) { id } } } } }`,
).join(' ')} }`;

const parseFailed = 'GRAPHQL_PARSE_FAILED';
const invalid = 'GRAPHQL_VALIDATION_FAILED';
const badInput = 'BAD_USER_INPUT';
const tooComplex = 'QUERY_TOO_COMPLEX';

/** A mistake, the body that makes it, and the code it must be refused with. */
const mistakes: [string, Record<string, unknown>, string][] = [
  ['a query cut short', { query: '{ registries { code ' }, parseFailed],
  ['an unexpected character', { query: '{ registries { code % } }' }, parseFailed],
  ['an unknown field', { query: '{ registries { nope } }' }, invalid],
  ['an unknown argument', { query: '{ registries { code(x: 1) } }' }, invalid],
  ['a list without its fields', { query: '{ registries }' }, invalid],
  ['fields under a scalar', { query: '{ registries { code { a } } }' }, invalid],
  ['a required argument left out', { query: '{ registry { code } }' }, invalid],
  ['an unknown enum value', { query: '{ registry(code: ZZ) { code } }' }, invalid],
  ['an unknown type', { query: 'query ($x: Nope) { __typename }' }, invalid],
  ['an unused variable', { query: 'query ($x: Int) { __typename }' }, invalid],
  ['an unknown fragment', { query: '{ ...Missing }' }, invalid],
  [
    'two operations of one name',
    { query: 'query A { __typename } query A { __typename }' },
    invalid,
  ],
  ['a directive without its argument', { query: '{ __typename @skip }' }, invalid],
  [
    'a required variable left out',
    { query: 'query ($c: RegionCode!) { registry(code: $c) { code } }' },
    badInput,
  ],
  [
    'a variable of the wrong type',
    { query: 'query ($c: RegionCode!) { registry(code: $c) { code } }', variables: { c: 5 } },
    badInput,
  ],
  [
    'a variable whose value holds "; " and a 。',
    {
      query: 'query ($c: RegionCode!) { registry(code: $c) { code } }',
      variables: { c: 'Z; 天津。' },
    },
    badInput,
  ],
  [
    'a NUL character in a variable',
    {
      query: 'query ($i: String!) { beijing { measure(indicator: $i) { value } } }',
      variables: { i: 'A\u0000' },
    },
    badInput,
  ],
  [
    'an unknown operationName',
    { query: 'query A { __typename }', operationName: 'B' },
    'OPERATION_RESOLUTION_FAILURE',
  ],
  ['a subscription', { query: 'subscription { __typename }' }, 'BAD_REQUEST'],
  ['too many aliases', { query: `{ ${aliases(31)} }` }, invalid],
  ['a field repeated too often', { query: `{ ${many(4, '__typename')} }` }, invalid],
  ['too many tokens', { query: `{ ${many(1_001, 'a b')} }` }, parseFailed],
  ['too costly', { query: costly }, tooComplex],
  [
    'a measure of too many cells',
    {
      query:
        '{ beijing { measure(indicator: "CERTIFIED_SOCIAL_WORKERS", by: [CITY, COUNTY, SERVICE_FIELD, CERTIFICATE_LEVEL, YEAR], from: 1927) { value } } }',
    },
    tooComplex,
  ],
  [
    'a page too large',
    { query: '{ beijing { institutions(first: 100000) { totalCount } } }' },
    badInput,
  ],
  ['no query at all', { variables: {} }, 'BAD_REQUEST'],
];

describe('the messages of errors, in Chinese and English', () => {
  it.each(mistakes)('says %s in Chinese, then in English', async (_, body, code) => {
    const answer = await post(gateways[0]!.url, body);
    expect(answer.errors?.length).toBeGreaterThan(0);
    for (const { message, extensions } of answer.errors!) {
      expect(extensions?.code, message).toBe(code);
      expect(notChineseThenEnglish(message), message).toBeNull();
    }
  });

  it('leaves the persisted-query signal word for word, which clients compare to send the query', async () => {
    const answer = await post(gateways[0]!.url, {
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });
    expect(answer.errors?.[0]).toMatchObject({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
  });

  it('says an internal error in both, in production, where its cause is hidden', async () => {
    const answer = await post(gateways[1]!.url, {
      query: '{ beijing { institutions { totalCount } } }',
    });
    expect(answer.errors?.[0]).toMatchObject({
      message: '内部错误。Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps the Chinese of a mistake in production, without the suggestions of names', async () => {
    const answer = await post(gateways[1]!.url, { query: '{ registries { cod } }' });
    expect(answer.errors?.[0]?.message).toBe(
      '类型“Registry”没有字段“cod”。Cannot query field "cod" on type "Registry".',
    );
  });

  it('gives a message it does not know the Chinese of its code', () => {
    expect(
      inChineseToo({ message: 'A new refusal.', extensions: { code: 'BAD_REQUEST' } }).message,
    ).toBe('请求有误（详见后面的英文说明）。A new refusal.');
    expect(inChineseToo({ message: 'Something failed.' }).message).toBe(
      '内部错误（详见后面的英文说明）。Something failed.',
    );
  });

  it('names the region code meant where a region is written as people name it', async () => {
    const asked = [
      ['{ registry(code: "广西") { code } }', undefined],
      ['{ registry(code: GUANGXI) { code } }', undefined],
      ['query ($c: RegionCode!) { registry(code: $c) { code } }', { c: '广西壮族自治区' }],
    ] as const;
    for (const [query, variables] of asked) {
      const answer = await post(gateways[0]!.url, { query, variables });
      expect(answer.errors?.[0]?.message, query).toMatch(
        /^(变量“\$c”的值无效：)?地区代码应写作 GX（广西壮族自治区），不能写作“(广西|GUANGXI|广西壮族自治区)”。/,
      );
    }
    // A code written as a string, which graphql-js follows with its own suggestion.
    const quoted = await post(gateways[0]!.url, { query: '{ registry(code: "GX") { code } }' });
    expect(quoted.errors?.[0]?.message).toMatch(
      /^地区代码是枚举值，不加引号：应写作 GX，不能写作 "GX"。Enum "RegionCode"/,
    );
    const lower = await post(gateways[0]!.url, { query: '{ registry(code: "gx") { code } }' });
    expect(lower.errors?.[0]?.message).toMatch(
      /^地区代码应写作 GX（广西壮族自治区），不能写作“gx”。/,
    );
    // A text that names no region is told every code, each with its region.
    const unknown = await post(gateways[0]!.url, { query: '{ registry(code: "江苏") { code } }' });
    expect(unknown.errors?.[0]?.message).toMatch(
      /^“江苏”不是地区代码；地区代码为 BJ（北京市）、GX（广西壮族自治区）、.*XA（雄安新区）。Enum "RegionCode"/,
    );
  });

  it('translates a message that quotes a Chinese value, and leaves one that says both', () => {
    expect(inChineseToo({ message: 'Cannot query field "名称" on type "Query".' }).message).toBe(
      '类型“Query”没有字段“名称”。Cannot query field "名称" on type "Query".',
    );
    const both = { message: '网关繁忙，请一秒后重试。The gateway is busy; retry in a second.' };
    expect(inChineseToo(both)).toBe(both);
  });
});
