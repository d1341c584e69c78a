import { describe, expect, it } from 'vitest';
import { checkDumpFitsTarget, subgraphOfDatabase } from '../subgraphs/common/restore-target.js';
import { nationalSubgraph, subgraphs } from '../subgraphs/regions.js';

/**
 * Which region's database a name is, as `npm run restore` tells the region of a dump (the database
 * its archive names) and of the database it would replace: regions compared, not names.
 */
const server = 'postgres://registry@db.example:5432/postgres';
const subgraph = (name: string) => subgraphs.find((s) => s.name === name)!;
const createdAt = new Date('2025-01-01T02:00:00Z');

describe("a database's region", () => {
  it('is the one whose database it is, whatever prefix the machine that named it used', () => {
    expect(subgraphOfDatabase('registry_tianjin', server, {})?.name).toBe('tianjin');
    expect(subgraphOfDatabase('test_registry_tianjin', server, {})?.name).toBe('tianjin');
    expect(subgraphOfDatabase('registry_guangxi', server, { DATABASE_PREFIX: 'dev_' })?.name).toBe(
      'guangxi',
    );
    expect(subgraphOfDatabase('registry_national', server, {})).toBe(nationalSubgraph);
  });

  it('is the one whose <SLUG>_DATABASE_URL names it, under any name', () => {
    const env = { GUANGXI_DATABASE_URL: 'postgres://registry@gx.example:5432/gx' };
    expect(subgraphOfDatabase('gx', server, env)?.name).toBe('guangxi');
  });

  it('is none for a scratch name, which a drill restores into', () => {
    expect(subgraphOfDatabase('registry_guangxi_check', server, {})).toBeUndefined();
    expect(subgraphOfDatabase('postgres', server, {})).toBeUndefined();
  });
});

describe("a dump restored into a region's database", () => {
  const into = (name: string, database: string) => () =>
    checkDumpFitsTarget(
      { database, createdAt },
      { database: `dev_registry_${name}`, subgraph: subgraph(name) },
      server,
    );

  it("is that region's, or refused naming both, in Chinese first", () => {
    expect(into('tianjin', 'registry_tianjin')).not.toThrow();
    expect(into('guangxi', 'registry_tianjin')).toThrow(
      /^此备份是天津市登记库的（registry_tianjin），不能恢复到广西壮族自治区（dev_registry_guangxi）。This backup is of Tianjin's registry \(registry_tianjin\); it cannot be restored into Guangxi's \(dev_registry_guangxi\)\.$/,
    );
    expect(into('national', 'registry_ningxia')).toThrow(
      /^此备份是宁夏回族自治区登记库的（registry_ningxia），不能恢复到全国目录（dev_registry_national）。.*into the national directory's/,
    );
  });

  it('is refused when the dump names no region', () => {
    expect(into('guangxi', 'registry_guangxi_check')).toThrow(
      /^此备份取自数据库 registry_guangxi_check，看不出是哪个地区的登记库，不能恢复到广西壮族自治区/,
    );
  });

  it('goes into a scratch database whatever it is of', () => {
    expect(() =>
      checkDumpFitsTarget(
        { database: 'registry_tianjin', createdAt },
        { database: 'registry_guangxi_check', subgraph: undefined },
        server,
      ),
    ).not.toThrow();
  });
});
