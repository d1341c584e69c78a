import { describe, expect, it } from 'vitest';
import { authConfig } from '../shared/auth.js';

describe('signing keys and token lifetimes', () => {
  it('refuses to start with a JWT_SECRET shorter than 32 bytes, in every mode', () => {
    for (const NODE_ENV of ['production', 'development']) {
      expect(() => authConfig({ NODE_ENV, JWT_SECRET: 'x'.repeat(31) })).toThrow(
        /JWT_SECRET is 31 bytes; use at least 32/,
      );
    }
    // Twelve Chinese characters are 36 bytes.
    expect(
      authConfig({ NODE_ENV: 'production', JWT_SECRET: '社会工作登记系统密钥甲乙' }).secret,
    ).toHaveLength(36);
  });

  it('refuses the development secret in production, which anyone can read and sign with', () => {
    const development = 'development-only-secret-never-use-in-production';
    expect(() => authConfig({ NODE_ENV: 'production', JWT_SECRET: development })).toThrow(
      /^JWT_SECRET 是公开的开发用密钥.*JWT_SECRET is the public development secret/,
    );
    expect(authConfig({ JWT_SECRET: development }).secret).toBeDefined();
  });

  it("bounds a production token's lifetime by JWT_MAX_AGE, a day by default, and not outside production", () => {
    const secret = 'y'.repeat(32);
    expect(authConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).maxAgeSeconds).toBe(86_400);
    expect(
      authConfig({ NODE_ENV: 'production', JWT_SECRET: secret, JWT_MAX_AGE: '3600' }).maxAgeSeconds,
    ).toBe(3_600);
    expect(authConfig({ JWT_SECRET: secret }).maxAgeSeconds).toBeNull();
    expect(() =>
      authConfig({ NODE_ENV: 'production', JWT_SECRET: secret, JWT_MAX_AGE: '1h' }),
    ).toThrow('环境变量有误 JWT_MAX_AGE must be a whole number of seconds above 0, not "1h".');
  });
});
