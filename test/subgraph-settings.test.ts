import { afterEach, describe, expect, it } from 'vitest';
import { openSubgraph } from '../subgraphs/open.js';
import { pick, restore } from './environment.js';

/** A production subgraph started without the settings it cannot serve without. */
describe('a subgraph missing its secrets', () => {
  const names = [
    'NODE_ENV',
    'GUANGXI_GATEWAY_SECRET',
    'JWT_SECRET',
    'JWT_JWKS_URL',
    'JWT_PUBLIC_KEY_FILE',
    'METRICS_SECRET',
  ];
  const saved = pick(process.env, names);
  afterEach(() => restore(saved));

  it('names every one missing at once, before it opens its database', async () => {
    for (const name of names) delete process.env[name];
    process.env.NODE_ENV = 'production';
    // No server listens here: a start that opened its database first would fail on the connection.
    const started = openSubgraph('guangxi', 'postgres://registry@127.0.0.1:9/postgres');
    await expect(started).rejects.toThrow(
      /^请设置 GUANGXI_GATEWAY_SECRET.*\n请设置 JWT_SECRET、JWT_PUBLIC_KEY_FILE 或 JWT_JWKS_URL/s,
    );
  });

  it('refuses a metrics secret that is its gateway secret, naming it, before it opens its database', async () => {
    for (const name of names) delete process.env[name];
    Object.assign(process.env, {
      NODE_ENV: 'production',
      JWT_SECRET: 'j'.repeat(32),
      GUANGXI_GATEWAY_SECRET: 'g'.repeat(32),
      METRICS_SECRET: 'g'.repeat(32),
    });
    const started = openSubgraph('guangxi', 'postgres://registry@127.0.0.1:9/postgres');
    await expect(started).rejects.toThrow(/^METRICS_SECRET 与 GUANGXI_GATEWAY_SECRET 相同/);
  });
});
