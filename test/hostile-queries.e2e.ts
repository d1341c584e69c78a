import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { AUDIENCE, ISSUER } from '../shared/auth.js';
import { subgraphs } from '../subgraphs/regions.js';
import { bearer, graphql, useStack } from './harness.js';

// Production mode, as deployed: it needs a signing key and a secret per subgraph.
process.env.NODE_ENV = 'production';
process.env.JWT_SECRET = 'hostile-query-test-secret-of-32-bytes-or-more';
for (const subgraph of subgraphs)
  process.env[`${subgraph.name.toUpperCase()}_GATEWAY_SECRET`] = `hostile-${subgraph.name}`;

const federation = useStack();
const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(federation.stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const ask = (query: string) => graphql(federation.stack.gatewayUrl, query);

/** Nothing of the inside in any answer: no stack, no URL of a subgraph. */
function expectNothingLeaked(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|at \w+ \(|https?:\/\/127\.0\.0\.1|node_modules/);
}

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
    ['a field', '{ registriez { code } }', {}],
    ['an argument', '{ registries { measure(indicatr: "MSW_INSTITUTIONS") { value } } }', {}],
    [
      'an enum value in the query',
      '{ beijing { institutions(filter: { kind: [TCM_HOSPITL] }) { totalCount } } }',
      {},
    ],
    [
      'an enum value in a variable',
      'query ($k: [InstitutionKind!]) { beijing { institutions(filter: { kind: $k }) { totalCount } } }',
      { k: ['TCM_HOSPITL'] },
    ],
    [
      'an input field in a variable',
      'query ($f: InstitutionFilter) { beijing { institutions(filter: $f) { totalCount } } }',
      { f: { nameContain: 'x' } },
    ],
    [
      'a type',
      'query ($f: InstitutionFiltr) { beijing { institutions(filter: $f) { totalCount } } }',
      {},
    ],
  ])('hides suggestions for a misspelt %s', async (_, query, variables) => {
    const body = (await (await post({ query, variables })).json()) as {
      errors: { message: string }[];
    };
    expect(body.errors[0]!.message).toBeTruthy();
    for (const error of body.errors) expect(error.message).not.toMatch(/Did you mean/);
  });

  it('serves no IDE page', async () => {
    const response = await fetch(federation.stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/sandbox|explorer|graphiql|playground/i);
  });

  it('never runs a mutation over GET', async () => {
    const url = `${federation.stack.gatewayUrl}?query=${encodeURIComponent('mutation cop { tianjin { createProgram(input: { name: "x", kind: OTHER }) { id } } }')}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
  });

  it('refuses a GET query without the CSRF-prevention header', async () => {
    const response = await fetch(
      `${federation.stack.gatewayUrl}?query=${encodeURIComponent('query cop { __typename }')}`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('"__typename"');
  });

  it('refuses a url-encoded POST', async () => {
    const response = await fetch(federation.stack.gatewayUrl, {
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
  const sichuanStatements = () => federation.stack.subgraphs.get('sichuan')!.statements.count;

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
      const before = sichuanStatements();
      const response = await post({ query: query.replace('${expensive}', expensive), variables });
      const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(response.status).toBe(400);
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(sichuanStatements()).toBe(before);
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
    // Past the cost limit: planned and asked (and refused by the subgraph to an anonymous caller).
    expect((await ask(page('10'))).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses a body over the size limit', async () => {
    const response = await post({
      query: `{ __typename }`,
      variables: { padding: 'x'.repeat(200_000) },
    });
    expect(response.status).toBe(413);
  });
});

describe('pages for browsers, in production mode', () => {
  it('serves no IDE, no page at / and no landing page at /graphql', async () => {
    for (const path of ['/', '/ide/', '/ide/ide.js']) {
      expect((await fetch(new URL(path, federation.stack.gatewayUrl))).status, path).toBe(404);
    }
    // With the landing page off, a browser's GET of /graphql is a GraphQL request without a query.
    const landing = await fetch(federation.stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(landing.status).toBe(400);
    expect(await landing.text()).not.toMatch(/<html|<script/i);
  });
});

describe('production masking', () => {
  it('masks internal errors but keeps the region they came from', async () => {
    // Tianjin's subgraph answers only with its secret; a gateway with another secret gets a 403 that must not leak.
    const { createGateway } = await import('../gateway/src/gateway.js');
    const { listen } = await import('../shared/listen.js');
    const urls = Object.fromEntries(
      [...federation.stack.subgraphs].map(([name, s]) => [name, s.url]),
    );
    const gateway = await createGateway({
      subgraphUrls: urls,
      env: { ...process.env, TIANJIN_GATEWAY_SECRET: 'wrong' },
    });
    const listening = await listen(gateway.app, 0);
    try {
      const response = await graphql(
        listening.url,
        '{ registries { code measure(indicator: "SOCIAL_WORK_STATIONS") { value } } }',
      );
      const failed = response.errors!.find((e) => e.extensions?.serviceName === 'tianjin')!;
      expect(failed).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'tianjin' },
      });
      expectNothingLeaked(response);
    } finally {
      await listening.close();
      await gateway.stop();
    }
  });
});

/**
 * A caller's mistake is never a 500 or an internal error. Values the gateway can check before
 * planning (variables, text) are refused with HTTP 400; a value only a subgraph can judge (an id, a
 * cursor, a time) fails its field with BAD_USER_INPUT naming the argument, and the rest of the
 * answer is served, as GraphQL over HTTP answers an executed request (HTTP 200).
 */
describe('caller mistakes, in production mode', () => {
  const cursor = (id: string) => Buffer.from(`id:${id}`).toString('base64url');
  /** Variables as JSON text: nested 40,000 deep, they are past what JSON.stringify can write. */
  const deepArray = (depth: number) => `{"k": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
  const institutionsPage = 'query ($n: Int) { beijing { institutions(first: $n) { totalCount } } }';
  type Role = 'anonymous' | 'analyst' | 'editor';
  const headersOf = async (role: Role) =>
    role === 'anonymous'
      ? {}
      : await bearer(role === 'editor' ? { role: 'editor', region: 'BJ' } : { role: 'analyst' });
  const send = async (role: Role, query: string, variables: Record<string, unknown> | string) => {
    const response = await post(
      typeof variables === 'string'
        ? `{"query": ${JSON.stringify(query)}, "variables": ${variables}}`
        : { query, variables },
      await headersOf(role),
    );
    const body = (await response.json()) as {
      data?: unknown;
      errors?: {
        message: string;
        path?: string[];
        extensions?: { code?: string; field?: string };
      }[];
    };
    expectNothingLeaked(body);
    return { status: response.status, body };
  };

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

  it.each([
    [
      'an id beyond the bigint range',
      'analyst',
      '{ beijing { institution(id: "9999999999999999999") { name } } }',
      ['beijing', 'institution'],
      null,
    ],
    [
      'a filter id beyond the bigint range',
      'analyst',
      '{ beijing { programs(filter: { hostInstitutionId: "9999999999999999999" }) { totalCount } } }',
      ['beijing', 'programs'],
      'filter.hostInstitutionId',
    ],
    [
      'a reference beyond the bigint range',
      'editor',
      'mutation { beijing { registerSocialWorker(input: { name: "测试", institutionId: "9999999999999999999" }) { id } } }',
      ['beijing', 'registerSocialWorker'],
      undefined,
    ],
    [
      'a cursor beyond the bigint range',
      'analyst',
      `{ beijing { institutions(after: "${cursor('9999999999999999999')}") { totalCount } } }`,
      ['beijing', 'institutions'],
      'after',
    ],
    [
      'a change id beyond the bigint range',
      'analyst',
      '{ beijing { changes(after: "9999999999999999999") { lastId } } }',
      ['beijing', 'changes'],
      'after',
    ],
    [
      'a change time that is not a time',
      'analyst',
      '{ beijing { changes(since: "1") { lastId } } }',
      ['beijing', 'changes'],
      'since',
    ],
  ] as [string, Role, string, string[], string | null | undefined][])(
    'answers %s (as %s) with BAD_USER_INPUT on its field, or as not found',
    async (_, role, query, path, field) => {
      const { status, body } = await send(role, query, {});
      expect(status).toBe(200);
      if (field === null) {
        // An id that cannot exist is a record that is not there, as for any unknown id.
        expect(body).toEqual({ data: { beijing: { institution: null } } });
        return;
      }
      expect(body.errors?.[0]).toMatchObject({
        path,
        extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
      });
    },
  );
});

describe('subgraphs, in production mode', () => {
  it("serve their metrics only with their secret, as a bearer token or the gateway's header", async () => {
    const { url } = federation.stack.subgraphs.get('beijing')!;
    const metrics = new URL('/metrics', url).href;
    const secret = process.env.BEIJING_GATEWAY_SECRET!;
    const refusals: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { 'x-gateway-secret': 'wrong' },
      { authorization: `Bearer ${process.env.TIANJIN_GATEWAY_SECRET}` },
    ];
    for (const headers of refusals) {
      const refused = await fetch(metrics, { headers });
      expect(refused.status).toBe(403);
      expect(await refused.text()).not.toMatch(/graphql_requests_total/);
    }
    const acceptances: Record<string, string>[] = [
      { authorization: `Bearer ${secret}` },
      { 'x-gateway-secret': secret },
    ];
    for (const headers of acceptances) {
      const served = await fetch(metrics, { headers });
      expect(served.status).toBe(200);
      expect(await served.text()).toMatch(/graphql_requests_total/);
    }
  });
});

describe('tokens, in production mode', () => {
  const now = Math.floor(Date.now() / 1000);
  const sign = (claims: { sub?: string; exp?: number; role?: string; region?: unknown }) => {
    const { sub, exp, ...rest } = claims;
    const jwt = new SignJWT(rest)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt();
    if (sub) jwt.setSubject(sub);
    if (exp) jwt.setExpirationTime(exp);
    return jwt.sign(new TextEncoder().encode(process.env.JWT_SECRET));
  };
  const askWith = async (token: string) =>
    (await (
      await post(
        { query: '{ beijing { institutions(first: 1) { totalCount } } }' },
        { authorization: `Bearer ${token}` },
      )
    ).json()) as {
      data?: { beijing: unknown };
      errors?: { message: string; extensions?: { code?: string } }[];
    };

  it.each([
    ['no expiry', { sub: 'probe', role: 'analyst' }, 'must expire'],
    [
      'a lifetime of ten years',
      { sub: 'probe', role: 'analyst', exp: now + 10 * 365 * 86400 },
      'valid for longer than 86400 seconds',
    ],
    ['no subject', { role: 'analyst', exp: now + 600 }, 'subject'],
    [
      'an editor of region ZZ',
      { sub: 'probe', role: 'editor', region: 'ZZ', exp: now + 600 },
      'region code',
    ],
    [
      'an editor of region gx',
      { sub: 'probe', role: 'editor', region: 'gx', exp: now + 600 },
      'region code',
    ],
    [
      'an editor of region beijing',
      { sub: 'probe', role: 'editor', region: 'beijing', exp: now + 600 },
      'region code',
    ],
    [
      'an analyst of a region that is a number',
      { sub: 'probe', role: 'analyst', region: 11, exp: now + 600 },
      'region code',
    ],
  ])('refuses a token with %s as UNAUTHENTICATED', async (_, claims, message) => {
    const body = await askWith(await sign(claims));
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toContain(message);
    expect(body.data?.beijing ?? null).toBeNull();
  });

  it('accepts a token with a subject, a region code and an expiry within a day', async () => {
    const body = await askWith(
      await sign({ sub: 'probe', role: 'editor', region: 'BJ', exp: now + 3600 }),
    );
    expect(body.errors).toBeUndefined();
  });
});
