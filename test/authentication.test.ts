import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GraphQLError } from 'graphql';
import { Authenticator } from '../gateway/src/authentication.js';
import { issueToken } from '../shared/auth.js';
import { freePort } from '../shared/listen.js';
import { bearer } from './harness.js';
import { startGatewayBefore, useStubSubgraphs } from './stub-subgraphs.js';

/**
 * The gateway reads each request's token once, with the subgraphs' keys and checks: a token it
 * refuses is answered there, once, with the refusal's status, and reaches no subgraph.
 */
const stubs = useStubSubgraphs({
  fields: { measure: (region) => ({ value: region.provinceCode.length }), targets: () => [] },
});
const gateways: Awaited<ReturnType<typeof startGatewayBefore>>[] = [];
afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
});

/** The gateway's key, as the subgraphs': the callers' tokens are signed with it. */
const signing = { JWT_SECRET: 'authentication-test-secret-of-32-bytes-or-more' };

async function gatewayWith(env: NodeJS.ProcessEnv = signing) {
  const gateway = await startGatewayBefore(stubs().urls, env);
  gateways.push(gateway);
  return gateway.url;
}

const national = `{ registries { code measure(indicator: "SOCIAL_WORK_STATIONS") { value } } }`;

async function ask(url: string, authorization: string) {
  const before = stubs().received();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: national }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions: { code: string } }[];
  };
  return { response, body, subgraphsAsked: stubs().received() - before };
}

describe('a token the gateway refuses', () => {
  let url: string;
  beforeAll(async () => {
    url = await gatewayWith();
  });

  it('is answered once with 401, before any subgraph, on a national query', async () => {
    const { authorization } = await bearer({ role: 'analyst' }, signing);
    const { response, body, subgraphsAsked } = await ask(url, `${authorization}x`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: '令牌被拒绝：签名无效。The token was refused: signature verification failed',
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ]);
    expect(subgraphsAsked).toBe(0);
  });

  it('refuses a header that is not a bearer token, and a token of another key, alike', async () => {
    const otherKey = await issueToken(
      { subject: 'someone', role: 'admin' },
      { JWT_SECRET: 'a-secret-the-gateway-does-not-know-32b' },
    );
    for (const authorization of ['Basic YWRtaW46YWRtaW4=', `Bearer ${otherKey}`]) {
      const { response, body, subgraphsAsked } = await ask(url, authorization);
      expect(response.status, authorization).toBe(401);
      expect(body.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
      expect(subgraphsAsked).toBe(0);
    }
  });

  it('lets a valid token through to the subgraphs, forwarded as it came', async () => {
    const { authorization } = await bearer({ role: 'analyst' }, signing);
    const { response, body, subgraphsAsked } = await ask(url, authorization!);
    expect(response.status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(subgraphsAsked).toBeGreaterThan(0);
    expect(stubs().subgraph('beijing').received.at(-1)!.headers.authorization).toBe(authorization);
  });

  it('answers 503 AUTH_UNAVAILABLE once, with Retry-After, while the key server is down', async () => {
    const keysDown = await gatewayWith({
      JWT_JWKS_URL: `http://127.0.0.1:${await freePort()}/.well-known/jwks.json`,
    });
    const { authorization } = await bearer({ role: 'analyst' }, signing);
    const { response, body, subgraphsAsked } = await ask(keysDown, authorization!);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(body.errors?.map((e) => e.extensions.code)).toEqual(['AUTH_UNAVAILABLE']);
    expect(body.errors![0]!.message).toMatch(/^暂时无法验证令牌/);
    expect(subgraphsAsked).toBe(0);
  });
});

describe('a production gateway without keys to verify tokens', () => {
  it('starts with its response cache, and passes a token on to the subgraphs, which verify it', async () => {
    const url = await gatewayWith({
      NODE_ENV: 'production',
      RESPONSE_CACHE: 'on',
      REDIS_URL: '',
      JWT_SECRET: '',
      JWT_JWKS_URL: '',
      ...Object.fromEntries(
        Object.keys(stubs().urls).map((name) => [
          `${name.toUpperCase()}_GATEWAY_SECRET`,
          `secret-${name}`.padEnd(32, '-'),
        ]),
      ),
    });
    const { response, subgraphsAsked } = await ask(url, 'Bearer not-a-token-the-gateway-reads');
    expect(response.status).toBe(200);
    expect(subgraphsAsked).toBeGreaterThan(0);
    expect(stubs().subgraph('beijing').received.at(-1)!.headers.authorization).toBe(
      'Bearer not-a-token-the-gateway-reads',
    );
  });
});

describe('a gateway outside production with no key of its own', () => {
  it('passes on a token it cannot verify, which a subgraph may verify with its own key', async () => {
    const url = await gatewayWith({ NODE_ENV: 'development', JWT_SECRET: '', JWT_JWKS_URL: '' });
    const { authorization } = await bearer({ role: 'analyst' }, signing);
    const { response, subgraphsAsked } = await ask(url, authorization!);
    expect(response.status).toBe(200);
    expect(subgraphsAsked).toBeGreaterThan(0);
  });
});

describe('tokens verified once and remembered', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  /** An authenticator whose key comes from a function that counts its calls and can be withdrawn. */
  function authenticator() {
    const key = new TextEncoder().encode('a-key-of-the-test-at-least-32-bytes-long');
    const keys = { asked: 0, withdrawn: false };
    const verifier = new Authenticator({
      keys: {
        jwks: () => {
          keys.asked += 1;
          if (keys.withdrawn) throw new Error('No such key');
          return Promise.resolve(key);
        },
        maxAgeSeconds: null,
      },
      refuses: true,
    });
    const token = async (expiresIn: string) =>
      `Bearer ${await issueToken({ subject: 'analyst', role: 'analyst', expiresIn }, { JWT_SECRET: new TextDecoder().decode(key) })}`;
    const role = (authorization: string) =>
      verifier.callerOf(authorization).then(
        (caller) => caller?.role,
        (error: unknown) => (error as GraphQLError).extensions.code,
      );
    return { role, keys, token };
  }

  it('refuses a token remembered as valid once it has expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { role, keys, token } = authenticator();
    const authorization = await token('30s');
    expect(await role(authorization)).toBe('analyst');
    vi.advanceTimersByTime(29_000);
    expect(await role(authorization)).toBe('analyst');
    expect(keys.asked).toBe(1);
    vi.advanceTimersByTime(2_000);
    expect(await role(authorization)).toBe('UNAUTHENTICATED');
  });

  it('verifies a token again after a minute, so that a withdrawn key stops it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { role, keys, token } = authenticator();
    const authorization = await token('2h');
    expect(await role(authorization)).toBe('analyst');
    keys.withdrawn = true;
    vi.advanceTimersByTime(59_000);
    expect(await role(authorization)).toBe('analyst');
    vi.advanceTimersByTime(2_000);
    expect(await role(authorization)).toBe('UNAUTHENTICATED');
    expect(keys.asked).toBe(2);
  });

  it('remembers a token under one entry however the header spells it, until it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { role, keys, token } = authenticator();
    const authorization = await token('30s');
    const spellings = [
      authorization,
      authorization.replace(' ', '  '),
      `bearer\t${authorization.slice(7)}`,
    ];
    for (const spelling of spellings) expect(await role(spelling)).toBe('analyst');
    expect(keys.asked).toBe(1);
    vi.advanceTimersByTime(31_000);
    for (const spelling of spellings) expect(await role(spelling)).toBe('UNAUTHENTICATED');
  });

  it('reads no token when it has no keys, and an absent one as anonymous', async () => {
    const verifier = new Authenticator(null);
    expect(await verifier.callerOf('Bearer anything')).toBeUndefined();
    expect((await verifier.callerOf(undefined))?.role).toBeNull();
  });
});
