import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saysChinese } from '../shared/bilingual.js';
import { inChineseToo } from '../gateway/src/messages-zh.js';
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
      `secret-${name}`,
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

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Answer;
}

/** The Chinese a message falls back to when the catalog does not know it. */
const fallback = /详见后面的英文说明/;

const many = (count: number, field: string) => Array.from({ length: count }, () => field).join(' ');
const aliases = (count: number) =>
  Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ');

const mistakes: [string, unknown, Record<string, string>?][] = [
  ['a query cut short', { query: '{ registries { code ' }],
  ['an unexpected character', { query: '{ registries { code % } }' }],
  ['an unknown field', { query: '{ registries { nope } }' }],
  ['an unknown argument', { query: '{ registries { code(x: 1) } }' }],
  ['a list without its fields', { query: '{ registries }' }],
  ['fields under a scalar', { query: '{ registries { code { a } } }' }],
  ['a required argument left out', { query: '{ registry { code } }' }],
  ['an unknown enum value', { query: '{ registry(code: ZZ) { code } }' }],
  ['an unknown type', { query: 'query ($x: Nope) { __typename }' }],
  ['an unused variable', { query: 'query ($x: Int) { __typename }' }],
  ['an unknown fragment', { query: '{ ...Missing }' }],
  [
    'a required variable left out',
    { query: 'query ($c: RegionCode!) { registry(code: $c) { code } }' },
  ],
  [
    'a variable of the wrong type',
    {
      query: 'query ($c: RegionCode!) { registry(code: $c) { code } }',
      variables: { c: 5 },
    },
  ],
  [
    'a NUL character in a variable',
    {
      query: 'query ($i: String!) { beijing { measure(indicator: $i) { value } } }',
      variables: { i: 'A\u0000' },
    },
  ],
  ['an unknown operationName', { query: 'query A { __typename }', operationName: 'B' }],
  ['a subscription', { query: 'subscription { __typename }' }],
  ['too many aliases', { query: `{ ${aliases(31)} }` }],
  ['a field repeated too often', { query: `{ ${many(4, '__typename')} }` }],
  ['too many tokens', { query: `{ ${many(1_001, 'a b')} }` }],
  [
    'too costly',
    {
      query:
        '{ beijing { institutions(first: 1000) { edges { node { socialWorkers(first: 1000) { edges { node { id } } } } } } } }',
    },
  ],
  [
    'a measure of too many cells',
    {
      query:
        '{ beijing { measure(indicator: "CERTIFIED_SOCIAL_WORKERS", by: [CITY, COUNTY, SERVICE_FIELD, CERTIFICATE_LEVEL, YEAR], from: 1927) { value } } }',
    },
  ],
  ['a page too large', { query: '{ beijing { institutions(first: 100000) { totalCount } } }' }],
  [
    'an unknown persisted query',
    {
      extensions: {
        persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) },
      },
    },
  ],
  ['no query at all', { variables: {} }],
];

describe('the messages of errors, in Chinese and English', () => {
  it.each(mistakes)('says %s in Chinese, then in English', async (_, body, headers) => {
    const answer = await post(gateways[0]!.url, body, headers);
    expect(answer.errors?.length).toBeGreaterThan(0);
    for (const { message } of answer.errors!) {
      expect(saysChinese(message), message).toBe(true);
      expect(message, message).not.toMatch(fallback);
      // The English follows the Chinese, as it was: programs and logs still read it.
      expect(message).toMatch(/。[\x20-\x7e]/);
    }
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
    expect(answer.errors?.[0]?.message).toMatch(
      /^类型“Registry”没有字段“cod”。Cannot query field "cod" on type "Registry"\.(?! Did you mean)/,
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

  it('translates a message that quotes a Chinese value, and leaves one that says both', () => {
    expect(inChineseToo({ message: 'Cannot query field "名称" on type "Query".' }).message).toBe(
      '类型“Query”没有字段“名称”。Cannot query field "名称" on type "Query".',
    );
    const both = { message: '网关繁忙，请一秒后重试。The gateway is busy; retry in a second.' };
    expect(inChineseToo(both)).toBe(both);
  });
});
