import { createServer, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AUDIENCE, authConfig, ISSUER } from '../shared/auth.js';
import { callerFrom } from '../shared/token-verification.js';
import { KEY_SERVER_RETRY_MS, KEY_SET_MAX_STALE_MS } from '../shared/remote-keys.js';

/**
 * Tokens verified with the keys of JWT_JWKS_URL, served here as a key server would serve them: a
 * token of a known key passes, one of an unknown key is the caller's 401, and a key server that
 * fails is a 503 the caller may retry, never a 401 that blames its token.
 */
const privateKeys = new Map<string, CryptoKey>();
const publicKeys = new Map<string, JWK>();
/**
 * What the key server answers next: the key set of the key ids listed, an error status, something
 * not JSON, or nothing (the request is held until `answerHeld`).
 */
let answer: string[] | 'error' | 'garbage' | 'hang' = ['registry-1'];
/** Requests the key server has been sent, and those it holds without an answer. */
let asked = 0;
const held: ServerResponse[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  for (const kid of ['registry-1', 'registry-2', 'another-key']) {
    const pair = await generateKeyPair('RS256');
    privateKeys.set(kid, pair.privateKey);
    publicKeys.set(kid, { ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' });
  }
  server = createServer((_, res) => {
    asked += 1;
    if (answer === 'hang') held.push(res);
    else if (answer === 'error') res.writeHead(500).end();
    else if (answer === 'garbage') res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>');
    else
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ keys: answer.map((kid) => publicKeys.get(kid)) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The held requests answered with an error status. */
function answerHeld(): void {
  for (const res of held.splice(0)) res.writeHead(500).end();
}

const token = (kid: string) =>
  new SignJWT({ role: 'analyst' })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setSubject('jwks-test')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime('1h')
    .sign(privateKeys.get(kid)!);

/** The error `callerFrom` throws for `authorization`, with a fresh key cache of `jwksUrl`. */
async function refusal(authorization: string, jwksUrl = url): Promise<GraphQLError> {
  const config = authConfig({ JWT_JWKS_URL: jwksUrl });
  const error = await callerFrom(authorization, config).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

describe('tokens verified with a key server (JWT_JWKS_URL)', () => {
  it('accepts a token signed with a key it serves', async () => {
    answer = ['registry-1'];
    const config = authConfig({ JWT_JWKS_URL: url });
    expect(await callerFrom(`Bearer ${await token('registry-1')}`, config)).toEqual({
      subject: 'jwks-test',
      role: 'analyst',
      region: null,
    });
  });

  it("refuses a token of a key it does not serve as the caller's 401", async () => {
    answer = ['registry-1'];
    const error = await refusal(`Bearer ${await token('another-key')}`);
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    expect(error.message).toMatch(
      /^令牌被拒绝：公钥集中没有与令牌相符的唯一公钥。The token was refused/,
    );
  });

  it.each([
    ['answers an error', 'error' as const, undefined],
    ['answers something that is not a key set', 'garbage' as const, undefined],
    ['cannot be reached', ['registry-1'], 'http://127.0.0.1:9/jwks.json'],
  ])(
    'is a 503 to retry, not the token’s fault, when the key server %s',
    async (_, next, elsewhere) => {
      answer = next;
      const error = await refusal(`Bearer ${await token('registry-1')}`, elsewhere);
      expect(error.extensions.code).toBe('AUTH_UNAVAILABLE');
      const http = error.extensions.http as { status: number; headers: Map<string, string> };
      expect(http.status).toBe(503);
      expect(http.headers.get('retry-after')).toBe('5');
      expect(error.message).toMatch(/^暂时无法验证令牌：.+。Tokens cannot be verified for now/);
      // The answer names the setting, not where the keys are.
      expect(error.message).not.toContain('127.0.0.1');
    },
  );
});

describe('a key set older than jose keeps it (ten minutes)', () => {
  const TEN_MINUTES = 10 * 60_000;
  afterEach(() => {
    answerHeld();
    vi.useRealTimers();
  });

  /** A fresh key cache of the key server, whose warnings are kept, and its caller of a key id. */
  function keyServer() {
    const warnings: string[] = [];
    const config = authConfig({ JWT_JWKS_URL: url }, (message) => warnings.push(message));
    const caller = async (kid: string) => callerFrom(`Bearer ${await token(kid)}`, config);
    const refusalOf = (kid: string) =>
      caller(kid).then(
        () => null,
        (thrown: GraphQLError) => thrown.extensions,
      );
    return { warnings, caller, refusalOf };
  }

  /** The clock moved on by `ms`. */
  const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

  it('still answers with the set last fetched, without waiting, while the key server does not answer', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    answer = ['registry-1'];
    const { warnings, caller } = keyServer();
    await caller('registry-1');
    later(TEN_MINUTES + 1_000);
    answer = 'hang';
    expect((await caller('registry-1')).subject).toBe('jwks-test');
    // Answered before the fetch that renews the set had failed: nothing waited for it.
    expect(warnings).toEqual([]);
    await vi.waitFor(() => expect(held).toHaveLength(1));
    answerHeld();
    await vi.waitFor(() => expect(warnings).toHaveLength(1));
    expect(warnings[0]).toMatch(/^令牌公钥集无法更新，继续使用 .+The key set could not be renewed/);
  });

  it('asks a failed key server again only after its retry time, and then takes the renewed set', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    answer = ['registry-1'];
    const { warnings, caller, refusalOf } = keyServer();
    await caller('registry-1');
    later(TEN_MINUTES + 1_000);
    answer = 'error';
    await caller('registry-1');
    await vi.waitFor(() => expect(warnings).toHaveLength(1));
    const afterFailure = asked;
    // Within the retry time, nothing asks the key server: a known key is served from the last set,
    // and an unknown one, which may be a new key, is a 503 to retry.
    expect((await caller('registry-1')).subject).toBe('jwks-test');
    expect(await refusalOf('registry-2')).toMatchObject({ code: 'AUTH_UNAVAILABLE' });
    expect(asked).toBe(afterFailure);
    // After it, the key server is asked again; its new set holds the new key and not the old one,
    // also once that set is old in its turn and cannot be renewed.
    later(KEY_SERVER_RETRY_MS + 1_000);
    answer = ['registry-2'];
    expect((await caller('registry-2')).subject).toBe('jwks-test');
    expect(asked).toBe(afterFailure + 1);
    expect(await refusalOf('registry-1')).toMatchObject({ code: 'UNAUTHENTICATED' });
    later(TEN_MINUTES + 1_000);
    answer = 'error';
    expect((await caller('registry-2')).subject).toBe('jwks-test');
    expect(await refusalOf('registry-1')).toMatchObject({ code: 'AUTH_UNAVAILABLE' });
  });

  it('uses a set that cannot be renewed for an hour at most', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    answer = ['registry-1'];
    const { caller, refusalOf } = keyServer();
    await caller('registry-1');
    answer = 'error';
    later(KEY_SET_MAX_STALE_MS - 60_000);
    expect((await caller('registry-1')).subject).toBe('jwks-test');
    later(2 * 60_000);
    expect(await refusalOf('registry-1')).toMatchObject({ code: 'AUTH_UNAVAILABLE' });
  });

  it('asks a key server that failed with no set fetched again only after its retry time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    answer = 'error';
    const { caller, refusalOf } = keyServer();
    expect(await refusalOf('registry-1')).toMatchObject({ code: 'AUTH_UNAVAILABLE' });
    const afterFailure = asked;
    // Nor does a clock set back make the failure recent for longer.
    later(-60 * 60_000);
    expect(await refusalOf('registry-1')).toMatchObject({ code: 'AUTH_UNAVAILABLE' });
    expect(asked).toBe(afterFailure + 1);
    later(KEY_SERVER_RETRY_MS / 2);
    expect(await refusalOf('another-key')).toMatchObject({ code: 'AUTH_UNAVAILABLE' });
    expect(asked).toBe(afterFailure + 1);
    later(KEY_SERVER_RETRY_MS);
    answer = ['registry-1'];
    expect((await caller('registry-1')).subject).toBe('jwks-test');
  });
});
