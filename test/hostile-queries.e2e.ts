import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { AUDIENCE, ISSUER } from '../shared/auth.js';
import { subgraphs } from '../subgraphs/regions.js';
import { callerMistakes, expectNothingLeaked, poster, type Role } from './hostile-requests.js';
import { graphql, useStack } from './harness.js';

// Hostile requests that only real subgraphs can answer (the ones the gateway refuses by itself are
// in gateway-hostile-requests.test.ts). Production mode, as deployed: it needs a signing key and a
// secret per subgraph.
process.env.NODE_ENV = 'production';
process.env.JWT_SECRET = 'hostile-query-test-secret-of-32-bytes-or-more';
process.env.METRICS_SECRET = 'hostile-query-test-scraper-secret-of-32-bytes';
for (const subgraph of subgraphs)
  process.env[`${subgraph.name.toUpperCase()}_GATEWAY_SECRET`] = `hostile-${subgraph.name}`.padEnd(
    32,
    '-',
  );

const federation = useStack();
const post = poster(() => federation.stack.gatewayUrl);

describe('production masking', () => {
  it("says a region whose subgraph refuses the gateway's secret is unavailable, naming the region, leaking nothing", async () => {
    // Tianjin's subgraph answers only with its secret; a gateway with another secret gets a 403 that must not leak.
    const { createGateway } = await import('../gateway/src/gateway.js');
    const { listen } = await import('../shared/listen.js');
    const urls = Object.fromEntries(
      [...federation.stack.subgraphs].map(([name, s]) => [name, s.url]),
    );
    const gateway = await createGateway({
      subgraphUrls: urls,
      env: { ...process.env, TIANJIN_GATEWAY_SECRET: 'a wrong secret, as long as a right one' },
    });
    const listening = await listen(gateway.app, 0);
    try {
      const response = await graphql(
        listening.url,
        '{ registries { code measure(indicator: "SOCIAL_WORK_STATIONS") { value } } }',
      );
      const failed = response.errors!.find((e) => e.extensions?.serviceName === 'tianjin')!;
      expect(failed).toMatchObject({
        message:
          "天津市登记库子图暂不可用：它不接受本网关的密钥或证书。The Tianjin subgraph is unavailable: it does not accept this gateway's secret or certificate.",
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'tianjin' },
      });
      expectNothingLeaked(response);
      // Its /ready says so, where the subgraph's own answered ready to the gateway.
      const ready = await fetch(new URL('/ready', listening.url));
      expect(ready.status).toBe(503);
      expect((await ready.json()).subgraphs).toMatchObject({
        tianjin: 'refused',
        beijing: 'ready',
      });
    } finally {
      await listening.close();
      await gateway.stop();
    }
  });
});

/**
 * A caller's mistake is never a 500 or an internal error. Values the gateway can check before
 * planning are refused with HTTP 400 (gateway-hostile-requests.test.ts); a value only a subgraph can
 * judge (an id, a cursor, a time) fails its field with BAD_USER_INPUT naming the argument, and the
 * rest of the answer is served, as GraphQL over HTTP answers an executed request (HTTP 200).
 */
describe('caller mistakes, in production mode', () => {
  const cursor = (id: string) => Buffer.from(`id:${id}`).toString('base64url');
  const send = callerMistakes(post);

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
  it('serve their metrics to METRICS_SECRET as a bearer token, and to no gateway secret', async () => {
    const { url } = federation.stack.subgraphs.get('beijing')!;
    const metrics = new URL('/metrics', url).href;
    const gatewaySecret = process.env.BEIJING_GATEWAY_SECRET!;
    const refusals: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: `Bearer ${gatewaySecret}` },
      { 'x-gateway-secret': gatewaySecret },
      { 'x-gateway-secret': process.env.METRICS_SECRET! },
    ];
    for (const headers of refusals) {
      const refused = await fetch(metrics, { headers });
      expect(refused.status).toBe(403);
      expect(await refused.text()).toBe(
        '指标仅凭 METRICS_SECRET（作为 bearer 令牌）提供。Metrics are served with METRICS_SECRET only (as a bearer token).\n',
      );
    }
    const served = await fetch(metrics, {
      headers: { authorization: `Bearer ${process.env.METRICS_SECRET}` },
    });
    expect(served.status).toBe(200);
    expect(await served.text()).toMatch(/graphql_requests_total/);
  });

  it("open neither /graphql nor /ready's gate to METRICS_SECRET", async () => {
    const { url } = federation.stack.subgraphs.get('beijing')!;
    const scraper = process.env.METRICS_SECRET!;
    const shown: Record<string, string>[] = [
      { 'x-gateway-secret': scraper },
      { authorization: `Bearer ${scraper}` },
    ];
    for (const headers of shown) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      expect(response.status).toBe(403);
      expect((await response.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    }
    const ready = await fetch(new URL('/ready', url), { headers: { 'x-gateway-secret': scraper } });
    expect(ready.status).toBe(403);
    expect(await ready.json()).toMatchObject({ status: 'refused' });
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
