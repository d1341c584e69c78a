import { readFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { toolArguments } from './tool-command.js';

/**
 * Every `npm run` script of package.json answers `--help` with its usage, in Chinese and English,
 * exit code 0, and refuses an option it does not have with a usage mistake in both, exit code 2
 * (shared/cli.ts). Read from package.json, so that a new script is covered.
 */
const scripts = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

/**
 * The scripts that run another's tool (vitest, tsc, prettier, eslint, npm-run-all) with the
 * project's settings: `--help` is that tool's own, and its words are not ours to say.
 */
const othersTools = new Set([
  'test',
  'test:unit',
  'typecheck',
  'types',
  'lint',
  'lint:format',
  'lint:code',
  'format',
  'prestart',
]);

/** The project's own programs: the script name and the file it runs. */
const ours = Object.entries(scripts).flatMap(([name, command]) => {
  const file = /^tsx (\S+\.ts)$/.exec(command)?.[1];
  return file ? [[name, file] as const] : [];
});

const run = promisify(execFile);

/** How a program ended: its exit code and what it printed. */
async function ended(file: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [...toolArguments(file), ...args], {
      env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('every npm run script', () => {
  it("is the project's own program (tsx <file>) or runs another's tool listed here", () => {
    const neither = Object.keys(scripts).filter(
      (name) => !othersTools.has(name) && !ours.some(([own]) => own === name),
    );
    expect(neither).toEqual([]);
  });

  describe.concurrent.each(ours)('npm run %s (%s)', (name, file) => {
    it('answers --help with its usage in Chinese and English, exit code 0', async () => {
      const { code, stdout, stderr } = await ended(file, ['--help']);
      expect(code, stderr).toBe(0);
      expect(stdout).toMatch(/^用法[ ：]/);
      expect(stdout).toContain('Usage');
      expect(stdout).toContain(name === 'start' ? 'npm start' : ` ${name}`);
      expect(stdout).toMatch(name === 'start' ? /npm start/ : /npm run (-s )?\S/);
    }, 150_000);

    it('refuses an option it does not have, in Chinese and English, with its usage, exit code 2', async () => {
      const { code, stdout, stderr } = await ended(file, ['--no-such-option']);
      expect(code, stderr).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(
        /^没有选项 --no-such-option。There is no option --no-such-option\.\n用法/,
      );
    }, 150_000);
  });
});

describe('the bench tools', () => {
  it('say an unknown scenario and a count that is no number in Chinese and English, exit code 2', async () => {
    const [scenario, rows] = await Promise.all([
      ended('scripts/bench.ts', ['--only', 'nope']),
      ended('scripts/bench/import.ts', ['many']),
    ]);
    expect(scenario.code, scenario.stderr).toBe(2);
    expect(scenario.stderr).toMatch(
      /^没有基准场景 nope：请从 federation, overload, redis-outage, gateways 中选择。No bench scenario nope: choose among /,
    );
    expect(rows.code, rows.stderr).toBe(2);
    expect(rows.stderr).toMatch(
      /^ROWS 须为大于 0 的整数，不能是“many”。ROWS must be a whole number above 0, not "many"\.\n用法/,
    );
  }, 150_000);
});
