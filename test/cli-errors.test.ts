import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { freePort, listen } from '../shared/listen.js';
import { toolArguments } from './tool-command.js';

/** In production a command that fails says why in one line, with no stack trace. */
const run = promisify(execFile);

/** How a program ended: its exit code and what it printed. */
const ended = (script: string, args: string[], env: NodeJS.ProcessEnv) =>
  run(process.execPath, [...toolArguments(script), ...args], {
    env: { ...process.env, ...env },
    timeout: 60_000,
  }).then(
    () => null,
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe("a regional team's tools", () => {
  it('end on an error in one line, in Chinese first, in development too; LOG_LEVEL=debug adds the trace', async () => {
    // Port 1, where nothing listens: a free port chosen now could be taken by another test's
    // server before the export connects, which then waits on it rather than being refused.
    const closed = 1;
    const folder = mkdtempSync(join(tmpdir(), 'tool-errors-'));
    const exportTo = (env: NodeJS.ProcessEnv) =>
      ended(
        'scripts/export.ts',
        ['--region', 'ningxia', '--kind', '机构', '--out', join(folder, 'x.csv')],
        {
          NODE_ENV: 'development',
          LOG_LEVEL: 'warn',
          DATABASE_URL: `postgres://nobody@127.0.0.1:${closed}/registry`,
          ...env,
        },
      );
    try {
      const failed = await exportTo({});
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toBe(
        `错误 Error: 无法连接 127.0.0.1:${closed}：那里没有服务器在运行，或地址有误（DATABASE_URL，或 npm start 是否在运行）。connect ECONNREFUSED 127.0.0.1:${closed}\n`,
      );
      // The trace comes after the same line.
      const traced = await exportTo({ LOG_LEVEL: 'debug' });
      expect(traced?.code).toBe(1);
      expect(traced?.stderr.startsWith(failed!.stderr)).toBe(true);
      expect(traced?.stderr.slice(failed!.stderr.length)).toMatch(/ECONNREFUSED[\s\S]*\n\s+at /);
      expect(existsSync(join(folder, 'x.csv'))).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('command-line errors in production', () => {
  it('npm run token without a secret is one line that says what to set', async () => {
    const failed = await ended('scripts/token.ts', ['--role', 'analyst'], {
      NODE_ENV: 'production',
      JWT_SECRET: '',
      JWT_JWKS_URL: '',
    });
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toBe('');
    expect(failed?.stderr).toBe(
      '错误 Error: 签发令牌须设置 JWT_PRIVATE_KEY_FILE（私钥）或 JWT_SECRET：生产环境没有默认的签名密钥。To issue a token, set JWT_PRIVATE_KEY_FILE (a private key) or JWT_SECRET: production has no default signing key.\n',
    );
  }, 60_000);

  for (const mode of ['development', 'production'])
    it(`a gateway limit the gateway cannot use ends it in one line, exit code 2 (${mode})`, async () => {
      const failed = await ended('gateway/src/main.ts', [], {
        NODE_ENV: mode,
        MAX_QUERY_DEPTH: '1.5',
        JWT_SECRET: 'a-secret-of-thirty-two-bytes-or-more!',
      });
      expect(failed?.code).toBe(2);
      expect(failed?.stderr).toBe(
        '环境变量 MAX_QUERY_DEPTH 有误：须为大于 0 的整数，不能是“1.5”。MAX_QUERY_DEPTH must be a whole number above 0, not "1.5".\n',
      );
    }, 60_000);

  it('a setting the gateway or a tool cannot use is said in Chinese first, in one line, no stack, exit code 2', async () => {
    const cors = await ended('gateway/src/main.ts', [], { PORT: '0', CORS_ORIGINS: 'foo' });
    expect(cors?.code).toBe(2);
    expect(cors?.stderr).toBe(
      '环境变量 CORS_ORIGINS 有误：其中的“foo”不是来源；请写成 https://dash.example.org 这样的来源，以逗号分隔。CORS_ORIGINS holds "foo": give origins such as https://dash.example.org, separated by commas.\n',
    );
    const tls = await ended('gateway/src/main.ts', [], {
      PORT: '0',
      TLS_CERT_FILE: '/nonexistent/cert.pem',
      TLS_KEY_FILE: '/nonexistent/key.pem',
    });
    expect(tls?.code).toBe(2);
    expect(tls?.stderr).toMatch(
      /^TLS_CERT_FILE 指定的 \/nonexistent\/cert\.pem 无法读取（文件不存在）：请检查路径和权限。TLS_CERT_FILE names \/nonexistent\/cert\.pem, which cannot be read: ENOENT[^\n]*\n$/,
    );
    const database = await ended(
      'scripts/export.ts',
      ['--region', 'ningxia', '--kind', 'institutions', '--out', join(tmpdir(), 'never.csv')],
      { DATABASE_URL: 'notaurl' },
    );
    expect(database?.code).toBe(2);
    expect(database?.stderr).toBe(
      '环境变量 DATABASE_URL 有误：它不是网址，须形如 postgres://用户:密码@主机:5432/postgres。DATABASE_URL is not a URL: give it as postgres://user:password@host:5432/postgres.\n',
    );
  }, 60_000);

  it('npm run token refuses, in production, a token longer-lived than production accepts', async () => {
    const failed = await ended('scripts/token.ts', ['--role', 'analyst', '--expires', '1y'], {
      NODE_ENV: 'production',
      JWT_SECRET: 'a-secret-of-thirty-two-bytes-or-more!',
      JWT_JWKS_URL: '',
    });
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(
      /^--expires 1y 超过生产环境令牌的最长有效期 86400 秒（JWT_MAX_AGE），网关和子图会拒绝它。/,
    );
  }, 60_000);

  it('npm run export writes over no file that exists, where a team may have edits', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'export-over-'));
    const existing = join(folder, '机构.xlsx');
    writeFileSync(existing, 'edited');
    try {
      const failed = await ended(
        'scripts/export.ts',
        ['--template', '--kind', 'institutions', '--out', existing],
        {},
      );
      expect(failed?.code).toBe(2);
      expect(failed?.stderr).toMatch(
        /^文件 \S+机构\.xlsx 已存在：请换一个文件名，或加 --overwrite 覆盖/,
      );
      expect(readFileSync(existing, 'utf8')).toBe('edited');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('npm run token names what is wrong with a role, a region code or a duration, exit code 2', async () => {
    for (const [args, said] of [
      [['--role', 'boss'], '未知角色 boss：须为 analyst、editor 或 admin。'],
      [
        ['--role', 'editor', '--region', 'gd'],
        '未知地区 gd：须为 BJ, GX, SC, NX, TJ, XA 之一，或地区名称。',
      ],
      [['--role', 'analyst', '--expires', 'forever'], '--expires forever 不是时长：'],
    ] as const) {
      const failed = await ended('scripts/token.ts', [...args], {});
      expect(failed?.code, said).toBe(2);
      expect(failed?.stderr.startsWith(said), failed?.stderr).toBe(true);
    }
  }, 120_000);
});

describe('tools with no stack to use', () => {
  it('export, import, demo, backup, restore and seed refuse in one line, and make no data folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'no-stack-'));
    const dataDir = join(folder, 'postgres');
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: '',
      STACK_FILE: join(folder, 'stack.json'),
      EMBEDDED_POSTGRES_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
    };
    const out = join(folder, 'out');
    const dump = join(folder, 'guangxi.dump');
    writeFileSync(dump, 'PGDMP');
    try {
      for (const [script, args] of [
        [
          'scripts/export.ts',
          ['--region', 'guangxi', '--kind', 'institutions', '--out', `${out}.csv`],
        ],
        [
          'scripts/import.ts',
          ['--region', 'guangxi', '--file', 'subgraphs/registry/import-samples/institutions.csv'],
        ],
        ['scripts/demo.ts', ['--remove', '--region', 'guangxi']],
        ['scripts/backup.ts', ['--region', 'guangxi', '--out', `${out}.dump`]],
        // A file that is there: restore says a missing one before it looks for a registry.
        ['scripts/restore.ts', ['--region', 'guangxi', '--file', dump]],
        ['scripts/seed.ts', ['--region', 'guangxi', '--scale', '10']],
      ] as const) {
        const failed = await ended(script, [...args], env);
        expect(failed?.code, script).toBe(1);
        expect(failed?.stderr, script).toBe(
          `错误 Error: 没有运行中的登记库，${dataDir} 中也没有登记库数据：请先运行 npm start；若登记库是以 EMBEDDED_POSTGRES_DIR 或 DATABASE_URL 启动的，请以同样的设置运行本工具。No running stack, and no registry data in ${dataDir}: run npm start first, or run this tool with the EMBEDDED_POSTGRES_DIR or DATABASE_URL the stack was started with.\n`,
        );
      }
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 240_000);
});

it('npm run restore says a dump file that is not there, before it opens any database', async () => {
  const failed = await ended(
    'scripts/restore.ts',
    ['--file', '不存在.dump', '--region', 'guangxi', '--yes'],
    { NODE_ENV: 'production', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
  );
  expect(failed?.code).toBe(2);
  expect(failed?.stderr).toMatch(/^找不到备份文件 不存在\.dump。No dump file 不存在\.dump\./);
}, 60_000);

it('import, export and backup refuse a --by that the audit would hold raw, naming the character, before any database', async () => {
  const env = { NODE_ENV: 'production', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
  const by = 'evil\u202E\u001b[31m';
  for (const [script, args] of [
    [
      'scripts/import.ts',
      ['--region', 'guangxi', '--file', 'subgraphs/registry/import-samples/institutions.csv'],
    ],
    ['scripts/export.ts', ['--region', 'guangxi', '--kind', 'institutions', '--out', 'x.csv']],
    ['scripts/backup.ts', ['--region', 'guangxi', '--out', 'x.dump']],
  ] as const) {
    const failed = await ended(script, [...args, '--by', by], env);
    expect(failed?.code, script).toBe(2);
    expect(failed?.stderr, script).toMatch(/^--by 含 U\+202E（/);
  }
}, 60_000);

describe('npm run report, when it cannot ask its gateway', () => {
  // In English (--lang en): what went wrong is said in Chinese first all the same.
  const report = (...args: string[]) =>
    ended('scripts/report.ts', ['--indicator', 'MSW_INSTITUTIONS', '--lang', 'en', ...args], {
      NODE_ENV: 'production',
    });

  it('says a --gateway that is no address as a usage mistake, and a workbook with no file', async () => {
    const notAnAddress = await report('--gateway', 'notaurl');
    expect(notAnAddress?.code).toBe(2);
    expect(notAnAddress?.stderr).toMatch(/^--gateway 须为网关的 http 或 https 地址/);
    const noFile = await report('--format', 'xlsx', '--gateway', 'http://127.0.0.1:1/graphql');
    expect(noFile?.code).toBe(2);
    expect(noFile?.stderr).toMatch(/^--format xlsx 生成的是工作簿而非文本/);
  });

  it('says there is no gateway at the address, or that what answers there is no gateway', async () => {
    const nobody = `http://127.0.0.1:${await freePort()}/graphql`;
    const refused = await report('--gateway', nobody);
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toBe(
      `${nobody} 没有网关在运行：请先运行 npm start，或用 --gateway 给出网关的地址。No gateway at ${nobody}: start it with npm start, or give its address with --gateway.\n`,
    );
    const listening = await listen((_, res) => res.end('<html>not a gateway</html>'), 0);
    try {
      const wrong = await report('--gateway', listening.url);
      expect(wrong?.code).toBe(1);
      expect(wrong?.stderr).toMatch(/的回答不是 GraphQL 的 JSON：请检查 --gateway/);
    } finally {
      await listening.close();
    }
  }, 60_000);
});

it('demo and backup say what is missing, not the usage alone, before any database', async () => {
  const env = { NODE_ENV: 'production', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
  for (const [script, args, said] of [
    ['scripts/demo.ts', ['--region', 'guangxi'], /^缺少 --remove：本命令只删除演示数据。/],
    ['scripts/demo.ts', ['--remove'], /^缺少 --region：请写明哪个地区。/],
    ['scripts/demo.ts', ['--remove', '--region', 'zz'], /^未知地区 unknown region: zz\n/],
    ['scripts/backup.ts', ['--out', 'x.dump'], /^缺少 --region：请写明备份哪个地区。/],
  ] as const) {
    const failed = await ended(script, [...args], env);
    expect(failed?.code, `${script} ${args.join(' ')}`).toBe(2);
    expect(failed?.stderr, `${script} ${args.join(' ')}`).toMatch(said);
  }
}, 60_000);
