import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIENCE, authConfig, callerFrom, ISSUER } from '../shared/auth.js';

/**
 * Tokens verified with the keys of JWT_JWKS_URL, served here as a key server would serve them: a
 * token of a known key passes, one of an unknown key is the caller's 401, and a key server that
 * fails is a 503 the caller may retry, never a 401 that blames its token.
 */
let privateKey: CryptoKey;
let jwk: JWK;
/** What the key server answers next: its key set, an error status, or something not JSON. */
let answer: 'keys' | 'error' | 'garbage' = 'keys';
let server: Server;
let url: string;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  jwk = { ...(await exportJWK(pair.publicKey)), kid: 'registry-1', alg: 'RS256', use: 'sig' };
  server = createServer((_, res) => {
    if (answer === 'error') res.writeHead(500).end();
    else if (answer === 'garbage') res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>');
    else
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const token = (kid: string) =>
  new SignJWT({ role: 'analyst' })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setSubject('jwks-test')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime('1h')
    .sign(privateKey);

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
    answer = 'keys';
    const config = authConfig({ JWT_JWKS_URL: url });
    expect(await callerFrom(`Bearer ${await token('registry-1')}`, config)).toEqual({
      subject: 'jwks-test',
      role: 'analyst',
      region: null,
    });
  });

  it("refuses a token of a key it does not serve as the caller's 401", async () => {
    answer = 'keys';
    const error = await refusal(`Bearer ${await token('another-key')}`);
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    expect(error.message).toMatch(
      /^令牌被拒绝：公钥集中没有与令牌相符的唯一公钥。The token was refused/,
    );
  });

  it.each([
    ['answers an error', 'error' as const, undefined],
    ['answers something that is not a key set', 'garbage' as const, undefined],
    ['cannot be reached', 'keys' as const, 'http://127.0.0.1:9/jwks.json'],
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
