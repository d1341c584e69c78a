import { describe, expect, it } from 'vitest';
import { authConfig } from '../shared/auth.js';
import { gatewaySecret } from '../shared/gateway-headers.js';
import { metricsSecret } from '../shared/metrics-secret.js';
import { ConfigError } from '../shared/config.js';
import { keyPairFile } from '../shared/key-files.js';

describe('signing keys and token lifetimes', () => {
  it('refuses each as a configuration mistake: one line, exit code 2, no stack trace', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(32) };
    for (const refused of [
      () => authConfig({ NODE_ENV: 'production' }),
      () => authConfig({ JWT_SECRET: 'x' }),
      () => gatewaySecret('guangxi', { ...production, GUANGXI_GATEWAY_SECRET: 'a' }),
      () => metricsSecret({ ...production, METRICS_SECRET: 'm' }),
      () => keyPairFile({ JWT_PUBLIC_KEY_FILE: '/nonexistent.pem' }, 'JWT_PUBLIC_KEY_FILE'),
    ])
      expect(refused).toThrow(ConfigError);
  });

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

  it('refuses a production gateway secret that can be guessed, or that is JWT_SECRET', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(32) };
    expect(() => gatewaySecret('guangxi', { ...production, GUANGXI_GATEWAY_SECRET: 'a' })).toThrow(
      /^GUANGXI_GATEWAY_SECRET 只有 1 字节，至少须 32 字节。GUANGXI_GATEWAY_SECRET is 1 bytes; use at least 32/,
    );
    expect(() =>
      gatewaySecret('guangxi', { ...production, GUANGXI_GATEWAY_SECRET: 'j'.repeat(32) }),
    ).toThrow(/^GUANGXI_GATEWAY_SECRET 与 JWT_SECRET 相同/);
    expect(
      gatewaySecret('guangxi', { ...production, GUANGXI_GATEWAY_SECRET: 'g'.repeat(32) }),
    ).toBe('g'.repeat(32));
    // Outside production, `npm start` and the tests run with whatever they are given.
    expect(gatewaySecret('guangxi', { GUANGXI_GATEWAY_SECRET: 'a' })).toBe('a');
  });

  it('refuses a production METRICS_SECRET that can be guessed, or that is another secret, naming it', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'j'.repeat(32),
      GUANGXI_GATEWAY_SECRET: 'g'.repeat(32),
    };
    expect(() => metricsSecret({ ...production, METRICS_SECRET: 'm'.repeat(31) })).toThrow(
      /^METRICS_SECRET 只有 31 字节，至少须 32 字节。METRICS_SECRET is 31 bytes; use at least 32/,
    );
    expect(() => metricsSecret({ ...production, METRICS_SECRET: 'j'.repeat(32) })).toThrow(
      /^METRICS_SECRET 与 JWT_SECRET 相同.*METRICS_SECRET is JWT_SECRET: give each its own/,
    );
    expect(() => metricsSecret({ ...production, METRICS_SECRET: 'g'.repeat(32) })).toThrow(
      /^METRICS_SECRET 与 GUANGXI_GATEWAY_SECRET 相同.*METRICS_SECRET is GUANGXI_GATEWAY_SECRET: give each its own/,
    );
    expect(metricsSecret({ ...production, METRICS_SECRET: 'm'.repeat(32) })).toBe('m'.repeat(32));
    // Unset, production serves the metrics to nobody (test/metrics.e2e.ts); outside production any goes.
    expect(metricsSecret(production)).toBeUndefined();
    expect(metricsSecret({ METRICS_SECRET: 'm', GUANGXI_GATEWAY_SECRET: 'm' })).toBe('m');
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
    ).toThrow(
      '环境变量 JWT_MAX_AGE 有误：须为大于 0 的整数（单位：秒），不能是“1h”。JWT_MAX_AGE must be a whole number of seconds above 0, not "1h".',
    );
  });
});
