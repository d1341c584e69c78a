import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs } from '../subgraphs/regions.js';
import { callerMistakes, expectNothingLeaked, poster, type Role } from './hostile-requests.js';
import { graphql } from './harness.js';
import { startGatewayBefore, startStubSubgraphs, type StubSubgraphs } from './stub-subgraphs.js';

/**
 * What the gateway refuses by itself, in production mode, before stub subgraphs: the checks
 * graphql-cop runs, the limits on depth, tokens, cost and pages, and values a caller gets wrong.
 * What needs a real subgraph (tokens, masking of its errors, values only it can judge) is in
 * hostile-queries.e2e.ts.
 */
let stubs: StubSubgraphs;
let gateway: Awaited<ReturnType<typeof startGatewayBefore>>;
/** The gateway's key, with which the callers' tokens are signed. */
const signing = { JWT_SECRET: 'hostile-request-test-secret-of-32-bytes-or-more' };
beforeAll(async () => {
  stubs = await startStubSubgraphs({
    fields: { institutions: () => ({ totalCount: 0, edges: [] }) },
  });
  gateway = await startGatewayBefore(stubs.urls, {
    NODE_ENV: 'production',
    ...signing,
    ...Object.fromEntries(
      subgraphs.map((s) => [
        `${s.name.toUpperCase()}_GATEWAY_SECRET`,
        `hostile-${s.name}`.padEnd(32, '-'),
      ]),
    ),
  });
});
afterAll(async () => {
  await gateway?.close();
  await stubs?.close();
});

const post = poster(() => gateway.url);
const ask = (query: string) => graphql(gateway.url, query);

describe('the checks graphql-cop runs, in production mode', () => {
  it('refuses alias overloading', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ');
    const response = await ask(`query cop { ${aliases} }`);
    expect(response.data).toBeUndefined();
    expect(response.errors![0]!.message).toMatch(/aliases/i);
  });

  it('refuses array batching', async () => {
    const response = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
  });

  it('refuses introspection, and so the introspection-based circular query', async () => {
    const circular = `query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }`;
    for (const query of ['{ __schema { types { name } } }', circular]) {
      const response = await ask(query);
      expect(response.data).toBeUndefined();
      expect(response.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('refuses directive overloading', async () => {
    const response = await ask(`query cop { __typename ${'@aa '.repeat(50)} }`);
    expect(response.data).toBeUndefined();
    expect(JSON.stringify(response.errors)).toMatch(/directives/i);
  });

  it('refuses field duplication', async () => {
    const response = await ask(`query cop { ${'__typename \n'.repeat(500)} }`);
    expect(response.data).toBeUndefined();
  });

  it.each([
    ['a field', '{ registriez { code } }', {}, 'registriez'],
    [
      'an argument',
      '{ registries { measure(indicatr: "MSW_INSTITUTIONS") { value } } }',
      {},
      'indicatr',
    ],
    [
      'an enum value in the query',
      '{ beijing { institutions(filter: { kind: [TCM_HOSPITL] }) { totalCount } } }',
      {},
      'TCM_HOSPITL',
    ],
    [
      'an enum value in a variable',
      'query ($k: [InstitutionKind!]) { beijing { institutions(filter: { kind: $k }) { totalCount } } }',
      { k: ['TCM_HOSPITL'] },
      'TCM_HOSPITL',
    ],
    [
      'an input field in a variable',
      'query ($f: InstitutionFilter) { beijing { institutions(filter: $f) { totalCount } } }',
      { f: { nameContain: 'x' } },
      'nameContain',
    ],
    [
      'a type',
      'query ($f: InstitutionFiltr) { beijing { institutions(filter: $f) { totalCount } } }',
      {},
      'InstitutionFiltr',
    ],
  ])('hides suggestions for a misspelt %s', async (_, query, variables, misspelt) => {
    const response = await post({ query, variables });
    const body = (await response.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string } }[];
    };
    // Refused, saying what is misspelt, and nothing of the schema the caller did not name.
    expect(response.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.message).toContain(`"${misspelt}"`);
    expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(
      body.errors[0]!.extensions.code,
    );
    // Nor a placeholder where the suggestion was.
    for (const error of body.errors) expect(error.message).not.toMatch(/Did you mean|Suggestion/);
  });

  it('serves no IDE page', async () => {
    const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/sandbox|explorer|graphiql|playground/i);
  });

  it('never runs a mutation over GET', async () => {
    const url = `${gateway.url}?query=${encodeURIComponent('mutation cop { tianjin { createProgram(input: { name: "x", kind: OTHER }) { id } } }')}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
  });

  it('refuses a GET query without the CSRF-prevention header', async () => {
    const response = await fetch(
      `${gateway.url}?query=${encodeURIComponent('query cop { __typename }')}`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('"__typename"');
  });

  it('refuses a url-encoded POST', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('query cop { __typename }')}`,
    });
    expect(response.status).toBe(400);
  });

  it('has no trace mode', async () => {
    const response = await post(
      { query: 'query cop { __typename }' },
      { 'apollo-federation-include-trace': 'ftv1' },
    );
    const body = (await response.json()) as { extensions?: Record<string, unknown> };
    expect(body.extensions?.tracing).toBeUndefined();
    expect(body.extensions?.ftv1).toBeUndefined();
  });

  it('answers malformed queries without unhandled errors', async () => {
    for (const query of [
      'query cop { __typename {}',
      '{ registries { code } ',
      'mutation { tianjin { createProgram(input: 12) { id } } }',
    ]) {
      const response = await post({ query });
      expect(response.status).toBeLessThan(500);
      expectNothingLeaked(await response.json());
    }
  });
});

describe('limits', () => {
  it('refuses a query deeper than the depth limit', async () => {
    const deep = `{ tianjin { institutions(first: 1) { edges { node { programs(first: 1) { hostInstitution { programs(first: 1) { hostInstitution { programs(first: 1) { hostInstitution { programs(first: 1) { hostInstitution { name } } } } } } } } } } } } }`;
    const response = await ask(deep);
    expect(response.errors![0]!.message).toMatch(/depth/i);
  });

  it('refuses a query over the token limit', async () => {
    const response = await ask(`{ registries { ${'code name '.repeat(1100)} } }`);
    expect(response.errors![0]!.message).toMatch(/token/i);
  });

  it('counts list sizes in the cost: nested pages of 100 are refused, with the cost stated', async () => {
    const response = await ask(
      `{ beijing { institutions(first: 100) { edges { node { socialWorkers(first: 100) { institution { programs(first: 100) { name } } } } } } } }`,
    );
    expect(response.errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      maxCost: 50000,
    });
  });

  it('refuses a page larger than 100', async () => {
    const response = await ask(`{ beijing { institutions(first: 101) { totalCount } } }`);
    expect(response.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  /** The expensive part of the probe: 3 × 100³ social workers, far over the limit on its own. */
  const expensive = `sichuan { institutions(first: 3) { edges { node { socialWorkers(first: 100) { institution { socialWorkers(first: 100) {
    institution { socialWorkers(first: 100) { id } } } } } } } } }`;

  it.each([
    [
      'a negative page beside it',
      '{ ${expensive} decoy: sichuan { institutions(first: -1000000000) { totalCount } } }',
      {},
    ],
    ['a page of 0', '{ sichuan { institutions(first: 0) { totalCount } } }', {}],
    [
      'a negative page in a variable',
      'query ($n: Int) { sichuan { institutions(first: $n) { totalCount } } }',
      { n: -5 },
    ],
    [
      'a negative nested page',
      '{ sichuan { institutions(first: 5) { edges { node { socialWorkers(first: -100) { id } } } } } }',
      {},
    ],
    ['a negative page of the change feed', '{ sichuan { changes(first: -1) { lastId } } }', {}],
  ])(
    'refuses %s at the gateway with HTTP 400, before any subgraph is asked',
    async (_, query, variables) => {
      const before = stubs.received();
      const response = await post({ query: query.replace('${expensive}', expensive), variables });
      const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(response.status).toBe(400);
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(stubs.received()).toBe(before);
    },
  );

  it('costs a page left null as the 20 it is served with, not fewer', async () => {
    // 1 + 20 × 2,603 = 52,061, over the limit of 50,000; with a page of 10, 26,031.
    const page = (
      first: string,
    ) => `{ sichuan { institutions(first: ${first}) { edges { node { socialWorkers(first: 100) {
      institution { socialWorkers(first: 12) { id } } } } } } } }`;
    expect((await ask(page('null'))).errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      cost: 52_061,
    });
    expect((await ask(page('20'))).errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      cost: 52_061,
    });
    // Within the cost limit: planned and asked.
    const before = stubs.subgraph('sichuan').received.length;
    expect((await ask(page('10'))).errors).toBeUndefined();
    expect(stubs.subgraph('sichuan').received.length).toBeGreaterThan(before);
  });

  it('refuses a body over the size limit', async () => {
    const response = await post({
      query: `{ __typename }`,
      variables: { padding: 'x'.repeat(200_000) },
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message:
            '请求体超过上限（MAX_BODY_BYTES）。The request body is larger than the limit (MAX_BODY_BYTES).',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });
});

describe('pages for browsers, in production mode', () => {
  it('serves no IDE, no page at / and no landing page at /graphql', async () => {
    for (const path of ['/', '/ide/', '/ide/ide.js']) {
      expect((await fetch(new URL(path, gateway.url))).status, path).toBe(404);
    }
    // With the landing page off, a browser's GET of /graphql is a GraphQL request without a query.
    const landing = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(landing.status).toBe(400);
    expect(await landing.text()).not.toMatch(/<html|<script/i);
  });

  it('answers an address it does not serve in Chinese and English: a page for a browser, NOT_FOUND for a program', async () => {
    const served =
      '网关没有此地址；它提供 /graphql、/dashboard/、/health、/ready、/metrics。The gateway has no such address; it serves /graphql, /dashboard/, /health, /ready, /metrics.';
    // Not under /dashboard/, which is a 503 until the dashboard is built (dashboard.e2e.ts).
    for (const path of ['/ide/', '/no-such-page', '/health/x', '/%E0%A4%A']) {
      const forProgram = await fetch(new URL(path, gateway.url));
      expect(forProgram.status, path).toBe(404);
      expect(await forProgram.json(), path).toEqual({
        errors: [{ message: served, extensions: { code: 'NOT_FOUND' } }],
      });
      const forBrowser = await fetch(new URL(path, gateway.url), {
        headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      });
      expect(forBrowser.status, path).toBe(404);
      const page = await forBrowser.text();
      expect(page).toContain('<html lang="zh-CN">');
      expect(page).toContain('找不到此页面');
      expect(page).toContain('Page not found');
      // It leads to the dashboard, and writes back nothing of the address asked.
      expect(page).toContain('<a href="/dashboard/">');
      expect(page).not.toContain(path.slice(1));
    }
    // A GET address asked with another method: 405 and what it takes.
    const posted = await fetch(new URL('/health', gateway.url), { method: 'POST' });
    expect(posted.status).toBe(405);
    expect(posted.headers.get('allow')).toBe('GET, HEAD');
    expect(await posted.json()).toEqual({
      errors: [
        {
          message:
            '/health 只接受 GET 请求；GraphQL 查询请 POST 到 /graphql。/health accepts GET only; POST GraphQL queries to /graphql.',
          extensions: { code: 'METHOD_NOT_ALLOWED' },
        },
      ],
    });
  });
});

/** A value the gateway can check before planning (variables, text) is refused with HTTP 400. */
describe('caller mistakes, in production mode', () => {
  /** Variables as JSON text: nested 40,000 deep, they are past what JSON.stringify can write. */
  const deepArray = (depth: number) => `{"k": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
  const institutionsPage = 'query ($n: Int) { beijing { institutions(first: $n) { totalCount } } }';
  const send = callerMistakes(post, signing);

  it.each([
    ['a fraction for an Int variable', 'anonymous', institutionsPage, { n: 1.5 }, 'n'],
    ['text for an Int variable', 'anonymous', institutionsPage, { n: 'ten' }, 'n'],
    [
      'a missing required variable',
      'anonymous',
      'query ($code: RegionCode!) { registry(code: $code) { name } }',
      {},
      'code',
    ],
    [
      'an unknown enum value in a variable',
      'anonymous',
      'query ($code: RegionCode!) { registry(code: $code) { name } }',
      { code: 'ZZ' },
      'code',
    ],
    [
      'an unknown input field in a variable',
      'analyst',
      'query ($f: InstitutionFilter) { beijing { institutions(filter: $f) { totalCount } } }',
      { f: { colour: 'red' } },
      'f',
    ],
    [
      '40,000 nested arrays in a variable',
      'anonymous',
      'query ($k: [InstitutionKind!]) { beijing { institutions(filter: { kind: $k }) { totalCount } } }',
      deepArray(40_000),
      'k',
    ],
    [
      'a NUL byte in a filter variable',
      'analyst',
      'query ($f: InstitutionFilter) { beijing { institutions(filter: $f) { totalCount } } }',
      { f: { nameContains: 'a\u0000b' } },
      'f',
    ],
    [
      'a NUL byte in a written name',
      'editor',
      'mutation ($i: InstitutionInput!) { beijing { createInstitution(input: $i) { id } } }',
      { i: { name: '北京\u0000测试机构', kind: 'SOCIAL_WORK_AGENCY' } },
      'i',
    ],
    [
      'a NUL byte written into the query',
      'analyst',
      '{ beijing { institutions(filter: { nameContains: "a\\u0000b" }) { totalCount } } }',
      {},
      'filter',
    ],
  ] as [string, Role, string, Record<string, unknown> | string, string][])(
    'refuses %s (as %s) with HTTP 400 naming it',
    async (_, role, query, variables, field) => {
      const { status, body } = await send(role, query, variables);
      expect({
        status,
        code: body.errors?.[0]?.extensions?.code,
        field: body.errors?.[0]?.extensions?.field,
      }).toEqual({ status: 400, code: 'BAD_USER_INPUT', field });
    },
  );
});
