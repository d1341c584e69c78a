import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startProgram, throughTsx } from '../scripts/programs.js';
import { dropDatabase, subgraphDatabaseUrl } from '../subgraphs/common/database-server.js';
import { graphql } from './harness.js';

/** A copy of the repository, where Guangdong joins as a worked example. */
const repository = fileURLToPath(new URL('..', import.meta.url));
const copy = mkdtempSync(path.join(tmpdir(), 'registry-region-add-'));
const prefix = 'test_region_add_';
const skipped = new Set(['node_modules', '.git', '.data', 'artifacts', 'dist']);
cpSync(repository, copy, {
  recursive: true,
  filter: (source) => !skipped.has(path.basename(source)),
});
symlinkSync(path.join(repository, 'node_modules'), path.join(copy, 'node_modules'));

afterAll(async () => {
  const names = (
    JSON.parse(readFileSync(path.join(copy, 'subgraphs/regions.json'), 'utf8')) as {
      regions: { slug: string; port: number; database: string }[];
    }
  ).regions;
  for (const r of [
    { name: 'national', port: 0, database: 'registry_national' },
    ...names.map((n) => ({ name: n.slug, port: n.port, database: n.database })),
  ]) {
    await dropDatabase(
      subgraphDatabaseUrl(inject('databaseServerUrl'), r, { DATABASE_PREFIX: prefix }),
    );
  }
  rmSync(copy, { recursive: true, force: true });
});

const tsx = ([script, ...args]: [string, ...string[]]) =>
  spawnSync(process.execPath, [...throughTsx(script), ...args], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });

/** Guangdong's 21 prefecture-level cities. */
const guangdongCities = [
  ...'广州市 深圳市 珠海市 汕头市 佛山市 韶关市 湛江市 肇庆市 江门市 茂名市 惠州市 梅州市 汕尾市 河源市 阳江市 清远市 东莞市 中山市 潮州市 揭阳市 云浮市'.split(
    ' ',
  ),
];

describe('npm run region:add', () => {
  it('adds Guangdong to the list, the supergraph and the deployment files, and says what is left', () => {
    const run = tsx([
      'scripts/region-add.ts',
      '--code',
      'GD',
      '--slug',
      'guangdong',
      '--name-zh',
      '广东省',
      '--name-en',
      'Guangdong',
      '--province-code',
      '44',
      '--cities',
      guangdongCities.join(','),
    ]);
    expect(run.status, run.stderr).toBe(0);
    // Its prefecture-level divisions, which an institution's city is one of.
    const added = (
      JSON.parse(readFileSync(path.join(copy, 'subgraphs/regions.json'), 'utf8')) as {
        regions: { slug: string; cities?: string[] }[];
      }
    ).regions.find((r) => r.slug === 'guangdong');
    expect(added?.cities).toEqual(guangdongCities);
    expect(run.stdout).toContain('Left to do by hand');
    expect(run.stdout).toContain('尚需手工完成');
    expect(readFileSync(path.join(copy, 'schema/supergraph.graphql'), 'utf8')).toContain(
      'type GuangdongRegistry implements Registry',
    );
    expect(readFileSync(path.join(copy, 'docker-compose.yml'), 'utf8')).toContain('guangdong-db:');
    expect(tsx(['scripts/compose.ts', '--check']).status).toBe(0);
  });

  it('refuses a code that is taken, changing nothing', () => {
    const before = readFileSync(path.join(copy, 'subgraphs/regions.json'), 'utf8');
    const run = tsx([
      'scripts/region-add.ts',
      '--code',
      'GX',
      '--slug',
      'guangxitwo',
      '--name-zh',
      '广西',
      '--name-en',
      'Guangxi',
      '--province-code',
      '45',
      '--cities',
      '南宁市',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('代码 GX 已被 guangxi 占用。The code GX is already guangxi');
    expect(readFileSync(path.join(copy, 'subgraphs/regions.json'), 'utf8')).toBe(before);
  });

  it('refuses a city written short, which the API and the import would then take only so', () => {
    const before = readFileSync(path.join(copy, 'subgraphs/regions.json'), 'utf8');
    const run = tsx([
      'scripts/region-add.ts',
      ...['--code', 'HN', '--slug', 'hainan', '--name-zh', '海南省', '--name-en', 'Hainan'],
      ...['--province-code', '46', '--cities', '海口市,三亚,儋州'],
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--cities 须写地级行政区的全称');
    expect(run.stderr).toContain('而不是：三亚、儋州。');
    expect(readFileSync(path.join(copy, 'subgraphs/regions.json'), 'utf8')).toBe(before);
  });

  it("refuses another region's province code, with which a credit code could be registered in both", () => {
    const before = readFileSync(path.join(copy, 'subgraphs/regions.json'), 'utf8');
    const run = tsx([
      'scripts/region-add.ts',
      ...['--code', 'HN', '--slug', 'hainan', '--name-zh', '海南省', '--name-en', 'Hainan'],
      ...['--province-code', '45', '--cities', '海口市'],
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      '省级代码 45 已由 guangxi（广西壮族自治区）使用：两个地区共用省级代码，同一个统一社会信用代码就能在两地各登记一次。',
    );
    expect(readFileSync(path.join(copy, 'subgraphs/regions.json'), 'utf8')).toBe(before);
  });

  it('serves Guangdong through the gateway, its published figures loaded from the data files', async () => {
    const {
      url: gatewayUrl,
      child,
      exited,
    } = await startProgram('test/fixtures/serve-stack.ts', [], {
      cwd: copy,
      env: {
        DATABASE_URL: inject('databaseServerUrl'),
        DATABASE_PREFIX: prefix,
        DEMO_DATA: 'off',
        LOG_LEVEL: 'warn',
      },
    });
    try {
      const response = await graphql(
        gatewayUrl,
        `
          {
            registry(code: GD) {
              code
              name
              nameZh
            }
            guangdong {
              figures {
                id
                value
                source {
                  document
                }
                scopeInstitution {
                  name
                }
              }
              latestFigure(indicator: "CERTIFICATE_SUBSIDY_YUAN") {
                value
              }
            }
          }
        `,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data.registry).toEqual({ code: 'GD', name: 'Guangdong', nameZh: '广东省' });
      const published = JSON.parse(
        readFileSync(path.join(copy, 'subgraphs/guangdong/data/figures.json'), 'utf8'),
      ) as { id: string }[];
      expect(response.data.guangdong.figures.map((f: { id: string }) => f.id).sort()).toEqual(
        published.map((f) => f.id).sort(),
      );
      expect(published.length).toBeGreaterThan(0);
      // Chancheng district's subsidies are its own, a part of Guangdong: never the province's figure.
      const subsidies = response.data.guangdong.figures.filter((f: { id: string }) =>
        f.id.startsWith('gd-chancheng-cert-subsidy-'),
      );
      expect(subsidies.map((f: { value: number }) => f.value).sort()).toEqual([1000, 2000, 5000]);
      for (const subsidy of subsidies)
        expect(subsidy.scopeInstitution).toEqual({ name: '佛山市禅城区' });
      expect(response.data.guangdong.latestFigure).toBeNull();
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
