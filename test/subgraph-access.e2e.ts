import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { AUDIENCE, ISSUER } from '../shared/auth.js';
import { GATEWAY_SECRET_HEADER } from '../shared/gateway-headers.js';
import { subgraphs } from '../subgraphs/regions.js';
import { bearer, graphql, useStack } from './harness.js';

// Secrets as production has them: each subgraph shares its own with the gateway.
for (const subgraph of subgraphs)
  process.env[`${subgraph.name.toUpperCase()}_GATEWAY_SECRET`] =
    `secret-of-${subgraph.name}-for-the-access-tests`;

const federation = useStack();

describe('subgraphs closed to everything but the gateway', () => {
  it("serves the gateway, which carries each subgraph's secret", async () => {
    const { registries } = await federation.query(
      `{ registries { code measure(indicator: "SOCIAL_WORK_STATIONS") { value } } }`,
    );
    expect(registries).toHaveLength(subgraphs.length - 1);
    expect(
      registries.every((r: { measure: { value: number } }) => typeof r.measure.value === 'number'),
    ).toBe(true);
  });

  it.each([
    ['no secret', {}],
    [
      "another subgraph's secret",
      { [GATEWAY_SECRET_HEADER]: 'secret-of-beijing-for-the-access-tests' },
    ],
  ])('refuses _service and _entities from a caller with %s', async (_, headers) => {
    const url = federation.stack.subgraphs.get('tianjin')!.url;
    for (const query of [
      '{ _service { sdl } }',
      '{ _entities(representations: [{ __typename: "TianjinRegistry", code: TJ }]) { __typename } }',
    ]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: '此子图只为网关提供服务。This subgraph serves only the gateway.',
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      });
    }
  });

  it('answers an address it does not serve with NOT_FOUND, saying what it serves in Chinese and English', async () => {
    const url = new URL('/graphiql', federation.stack.subgraphs.get('tianjin')!.url);
    const response = await fetch(url);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [
        {
          message:
            '子图没有此地址；它提供 /graphql、/health、/ready、/metrics。The subgraph has no such address; it serves /graphql, /health, /ready, /metrics.',
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    });
  });

  it('answers a body it cannot read with what to send, in Chinese and English', async () => {
    const response = await fetch(federation.stack.subgraphs.get('tianjin')!.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [GATEWAY_SECRET_HEADER]: 'secret-of-tianjin-for-the-access-tests',
      },
      body: '{"query":',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: '请求体不是有效的 JSON。The request body is not valid JSON.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });

  it('answers a caller with the right secret', async () => {
    const url = federation.stack.subgraphs.get('tianjin')!.url;
    const response = await graphql(url, '{ _service { sdl } }', undefined, {
      [GATEWAY_SECRET_HEADER]: 'secret-of-tianjin-for-the-access-tests',
    });
    expect(response.data._service.sdl).toContain('TianjinRegistry');
  });
});

describe('tokens', () => {
  const sign = (secret: string, expiresIn = '1h') =>
    new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime(expiresIn)
      .sign(new TextEncoder().encode(secret));

  it.each([
    [
      'signed with another key',
      async () => ({ authorization: `Bearer ${await sign('not-the-key')}` }),
    ],
    [
      'expired',
      async () => ({
        authorization: `Bearer ${await sign('development-only-secret-never-use-in-production', '-1m')}`,
      }),
    ],
    ['not a Bearer token', async () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
  ])(
    'refuses a token %s with UNAUTHENTICATED rather than reading as anonymous',
    async (_, headers) => {
      const response = await graphql(
        federation.stack.gatewayUrl,
        '{ tianjin { socialWorkers { totalCount } } }',
        undefined,
        await headers(),
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.data?.tianjin ?? null).toBeNull();
    },
  );

  it('reads unpublished records and counts with an analyst token, published ones only without', async () => {
    const query = `{ tianjin { institutions { totalCount } } }`;
    const signedIn = await federation.as(await bearer({ role: 'analyst' }))(query);
    const anonymous = await federation.as({})(query);
    expect(anonymous.tianjin.institutions.totalCount).toBeGreaterThan(0);
    expect(signedIn.tianjin.institutions.totalCount).toBeGreaterThan(
      anonymous.tianjin.institutions.totalCount,
    );
    const published = await federation.as({})(
      `{ tianjin { institutions(filter: { provenance: PUBLISHED }) { totalCount } } }`,
    );
    expect(published.tianjin.institutions.totalCount).toBe(
      anonymous.tianjin.institutions.totalCount,
    );
  });
});
