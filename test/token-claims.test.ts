import { SignJWT, type JWTPayload } from 'jose';
import { describe, expect, it } from 'vitest';
import { AUDIENCE, authConfig, ISSUER } from '../shared/auth.js';
import { callerFrom } from '../shared/token-verification.js';

/** Production's checks, on tokens signed with the configured key: only their claims are wrong. */
const JWT_SECRET = 'token-claims-test-secret-of-32-bytes-or-more';
const production = authConfig({ NODE_ENV: 'production', JWT_SECRET });
const development = authConfig({ JWT_SECRET });
const now = Math.floor(Date.now() / 1000);

/** Signs the claims as given, whatever their JSON type: jose's setters would refuse most of them. */
const sign = (claims: JWTPayload) =>
  new SignJWT({ iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 600, role: 'analyst', ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(JWT_SECRET));
const callerOf = async (claims: JWTPayload, config = production) =>
  callerFrom(`Bearer ${await sign(claims)}`, config);

describe('the claims of a token', () => {
  it.each([
    ['an object', { $ne: 1 }, /subject \(sub\) must be a non-empty string/],
    ['an array', [], /subject \(sub\) must be a non-empty string/],
    ['a number', 42, /subject \(sub\) must be a non-empty string/],
    ['an empty string', '', /subject \(sub\) must be a non-empty string/],
    ['blanks', '   ', /subject \(sub\) must be a non-empty string/],
    // Each reached the audit as it was: invisible, a terminal escape, a forged second line, NUL.
    ['a zero-width space', '\u200B', /subject \(sub\) holds U\+200B/],
    ['a right-to-left override', '\u202Eecila', /subject \(sub\) holds U\+202E/],
    ['a terminal escape', 'alice\u001b[31m', /subject \(sub\) holds U\+001B/],
    ['a second line', 'alice\n{"role":"admin"}', /subject \(sub\) holds U\+000A/],
    ['a NUL', '\u0000', /subject \(sub\) holds U\+0000/],
    ['6,000 characters', 'a'.repeat(6000), /6000 characters long; at most 256/],
  ])('refuses a subject that is %s, in every mode', async (_name, sub, message) => {
    for (const config of [production, development]) {
      await expect(callerOf({ sub: sub as string }, config)).rejects.toMatchObject({
        message: expect.stringMatching(message),
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('accepts a subject of 256 characters', async () => {
    const caller = await callerOf({ sub: '审'.repeat(256) });
    expect(caller.subject).toHaveLength(256);
  });

  it('refuses a token issued ten years ahead, and accepts one a few seconds ahead (clock drift)', async () => {
    await expect(callerOf({ sub: 'probe', iat: now + 10 * 365 * 86400 })).rejects.toMatchObject({
      message: expect.stringMatching(/issuing time \(iat\) is in the future/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(callerOf({ sub: 'probe', iat: now + 5 })).resolves.toMatchObject({
      subject: 'probe',
    });
  });

  it('refuses a token before its nbf, and accepts it after', async () => {
    await expect(callerOf({ sub: 'probe', nbf: now + 300 })).rejects.toMatchObject({
      message: expect.stringMatching(/nbf/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(callerOf({ sub: 'probe', nbf: now - 1 })).resolves.toMatchObject({
      subject: 'probe',
    });
  });
});
