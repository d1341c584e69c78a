import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { authConfig, issueToken } from '../shared/auth.js';
import { callerFrom } from '../shared/token-verification.js';

/**
 * Tokens signed with a private key and verified with its public key: a region's host verifies every
 * token and can sign none, where a shared JWT_SECRET let it sign another region's editor's token,
 * or an admin's.
 */
describe('tokens under a key pair', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'registry-keys-'));
  afterAll(() => rmSync(folder, { recursive: true }));
  const pair = (name: string, type: 'ed25519' | 'ec' | 'rsa', options: object = {}) => {
    const { publicKey, privateKey } = generateKeyPairSync(type as 'ed25519', options);
    const files = {
      publicKey: path.join(folder, `${name}-public.pem`),
      privateKey: path.join(folder, `${name}-private.pem`),
    };
    writeFileSync(files.publicKey, publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(files.privateKey, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    return files;
  };
  const ed25519 = pair('ed25519', 'ed25519');
  const p256 = pair('p256', 'ec', { namedCurve: 'P-256' });
  const production = { NODE_ENV: 'production' };

  it('are signed by the issuer and verified by a host holding the public key alone', async () => {
    for (const keys of [ed25519, p256]) {
      const token = await issueToken(
        { subject: 'gx-team', role: 'editor', region: 'GX', expiresIn: '1h' },
        { ...production, JWT_PRIVATE_KEY_FILE: keys.privateKey },
      );
      const host = authConfig({ ...production, JWT_PUBLIC_KEY_FILE: keys.publicKey });
      expect(host.secret).toBeUndefined();
      await expect(callerFrom(`Bearer ${token}`, host)).resolves.toEqual({
        subject: 'gx-team',
        role: 'editor',
        region: 'GX',
      });
    }
  });

  it('a host with the public key cannot sign, and refuses a token of a shared secret or another key', async () => {
    const host = { ...production, JWT_PUBLIC_KEY_FILE: ed25519.publicKey };
    await expect(issueToken({ subject: 'x', role: 'admin' }, host)).rejects.toThrow(
      /^签发令牌须设置 JWT_PRIVATE_KEY_FILE/,
    );
    const bySecret = await issueToken(
      { subject: 'x', role: 'admin', expiresIn: '1h' },
      { ...production, JWT_SECRET: 's'.repeat(32) },
    );
    const byOtherKey = await issueToken(
      { subject: 'x', role: 'admin', expiresIn: '1h' },
      { ...production, JWT_PRIVATE_KEY_FILE: p256.privateKey },
    );
    for (const token of [bySecret, byOtherKey])
      await expect(callerFrom(`Bearer ${token}`, authConfig(host))).rejects.toThrow(/^令牌被拒绝/);
  });

  it('refuses a private key given as the public one, a short RSA key, and a file that is no key', () => {
    expect(() => authConfig({ ...production, JWT_PUBLIC_KEY_FILE: ed25519.privateKey })).toThrow(
      /^JWT_PUBLIC_KEY_FILE 指定的文件 .* 是私钥/,
    );
    const short = pair('rsa1024', 'rsa', { modulusLength: 1024 });
    expect(() => authConfig({ ...production, JWT_PUBLIC_KEY_FILE: short.publicKey })).toThrow(
      /RSA key of at least 2,048 bits/,
    );
    const notKey = path.join(folder, 'not-a-key.pem');
    writeFileSync(notKey, 'hello');
    expect(() => authConfig({ ...production, JWT_PUBLIC_KEY_FILE: notKey })).toThrow(
      /^JWT_PUBLIC_KEY_FILE 指定的文件 .* 不是 PEM 格式的公钥/,
    );
    expect(() =>
      authConfig({ ...production, JWT_PUBLIC_KEY_FILE: path.join(folder, 'missing.pem') }),
    ).toThrow(/^无法读取 JWT_PUBLIC_KEY_FILE 指定的文件/);
  });
});
