import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway/src/gateway.js';
import { freePort, listen, type Listening } from '../shared/listen.js';
import { subgraphs } from '../subgraphs/regions.js';

/**
 * A gateway in production mode whose subgraphs are all unreachable: a caller's mistake is refused
 * before any subgraph is asked, and an unreachable subgraph's error says which field it nulled.
 */
let gateway: Listening;
let stop: () => Promise<void>;
beforeAll(async () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: 'caller-mistakes-test-secret-of-32-bytes-or-more',
    LOG_LEVEL: 'silent',
  };
  const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
  for (const subgraph of subgraphs) {
    env[`${subgraph.name.toUpperCase()}_GATEWAY_SECRET`] = `secret-${subgraph.name}`.padEnd(
      32,
      '-',
    );
    env[`${subgraph.name.toUpperCase()}_SUBGRAPH_URL`] = nowhere;
  }
  const created = await createGateway({ env });
  gateway = await listen(created.app, 0);
  stop = created.stop;
});
afterAll(async () => {
  await gateway?.close();
  await stop?.();
});

async function post(body: unknown, contentType = 'application/json') {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as {
    data?: Record<string, unknown>;
    errors: { message: string; path?: unknown[]; extensions: { code: string } }[];
  };
  return { status: response.status, ...json };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe("a caller's mistake, in production mode", () => {
  it.each([
    [
      'an unknown operationName',
      { query: 'query A { __typename }', operationName: 'B' },
      'OPERATION_RESOLUTION_FAILURE',
      /no operation named "B"/,
    ],
    [
      'several operations and no operationName',
      { query: 'query A { __typename } query B { __typename }' },
      'OPERATION_RESOLUTION_FAILURE',
      /operationName/,
    ],
    ['a subscription', { query: 'subscription { __typename }' }, 'BAD_REQUEST', /subscriptions/],
    [
      'a persisted query whose hash does not match',
      {
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ other }') } },
      },
      'BAD_REQUEST',
      /sha does not match/,
    ],
    [
      'an unknown persisted-query version',
      {
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 2, sha256Hash: sha256('{ __typename }') } },
      },
      'BAD_REQUEST',
      /persisted query version/,
    ],
  ])('answers %s with HTTP 400 and a code', async (_name, body, code, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    expect(response.errors[0]!.extensions.code).toBe(code);
    expect(response.errors[0]!.message).toMatch(message);
  });

  it('refuses a query longer than MAX_QUERY_LENGTH, comments included, before it is read or stored', async () => {
    const query = `#${'注'.repeat(30_000)}\n{ __typename }`;
    const sha256Hash = sha256(query);
    const response = await post({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    });
    expect(response.status).toBe(400);
    expect(response.errors[0]).toEqual({
      message:
        '查询长 30016 个字符（含注释与空白），最多读取 20000 个（MAX_QUERY_LENGTH）。The query is 30016 characters long, comments included; at most 20000 are read (MAX_QUERY_LENGTH).',
      extensions: { code: 'BAD_REQUEST' },
    });
    // Nothing was stored under its hash.
    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(byHash.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('answers a body in another charset than UTF-8 with HTTP 415 and what to send', async () => {
    const response = await post(
      { query: '{ __typename }' },
      'application/json; charset=iso-8859-1',
    );
    expect(response.status).toBe(415);
    expect(response.errors[0]).toEqual({
      message:
        '请求体须为 UTF-8 编码的 JSON：content-type 用 application/json（charset 为 utf-8 或不写）。The request body must be JSON in UTF-8: send content-type application/json (charset utf-8, or none).',
      extensions: { code: 'BAD_REQUEST' },
    });
  });
});

describe('a measure broken down into more cells than a subgraph should compute', () => {
  const measure = (by: string, from = '') =>
    `{ registries { code measure(indicator: "CERTIFIED_SOCIAL_WORKERS", by: [${by}]${from}) { value breakdown { keys { dimension value } value } } } }`;

  it('is refused before planning, with the count of cells and what to do', async () => {
    const response = await post({
      query: measure(
        'INSTITUTION_KIND, HOSPITAL_GRADE, CITY, COUNTY, SERVICE_FIELD, CERTIFICATE_LEVEL, PROVENANCE, YEAR',
        ', from: 1927',
      ),
    });
    expect(response.status).toBe(400);
    expect(response.errors[0]!.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors[0]!.message).toMatch(
      /could be broken down into [\d,]+ cells \(by INSTITUTION_KIND, .*YEAR\), over the limit of 10,000: break it down by fewer dimensions or fewer years/,
    );
  });

  it.each([
    ['a series of a century', 'YEAR', ', from: 1927'],
    ['cities by service field', 'CITY, SERVICE_FIELD', ''],
  ])('is served for %s', async (_name, by, from) => {
    const response = await post({ query: measure(by, from) });
    expect(response.status).toBe(200);
    expect(response.errors.map((error) => error.extensions.code)).not.toContain(
      'QUERY_TOO_COMPLEX',
    );
  });
});

describe('an unreachable subgraph', () => {
  it.each([
    ['a region', '{ guangxi { name } }', ['guangxi'], 'guangxi'],
    ['a region under an alias', '{ gx: guangxi { name } }', ['gx'], 'guangxi'],
    ['the national directory', '{ indicators { code } }', ['indicators'], 'national'],
  ])('says which field of %s it could not serve', async (_name, query, path, serviceName) => {
    const response = await post({ query });
    expect(response.status).toBe(200);
    expect(response.errors).toEqual([
      expect.objectContaining({
        path,
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName }),
      }),
    ]);
  });
});
