import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/** In production a command that fails says why in one line, with no stack trace. */
const run = promisify(execFile);

describe('command-line errors in production', () => {
  it('npm run token without a secret is one line that says what to set', async () => {
    const failed = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/token.ts', '--role', 'analyst'],
      {
        env: { ...process.env, NODE_ENV: 'production', JWT_SECRET: '', JWT_JWKS_URL: '' },
        timeout: 60_000,
      },
    ).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toBe('');
    expect(failed?.stderr).toBe(
      '错误 Error: Set JWT_SECRET or JWT_JWKS_URL: production has no default signing key.\n',
    );
  }, 60_000);
});
