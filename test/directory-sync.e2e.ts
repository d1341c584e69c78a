import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropDatabase, ensureDatabase } from '../subgraphs/common/database-server.js';
import { indicatorCatalog } from '../subgraphs/indicator-catalog.js';
import { openNationalDatabase } from '../subgraphs/national/src/database.js';
import { syncDirectory } from '../subgraphs/national/src/seed.js';
import { regions } from '../subgraphs/regions.js';
import { testDatabasePrefix } from './database-prefix.js';

/** The national directory brought in line with the configuration at start, on a database of its own. */
const url = (() => {
  const server = new URL(inject('databaseServerUrl'));
  server.pathname = `/${testDatabasePrefix}directory_sync`;
  return server.href;
})();
let opened: Awaited<ReturnType<typeof openNationalDatabase>>;

beforeAll(async () => {
  await ensureDatabase(url);
  opened = await openNationalDatabase(url, 1);
});
afterAll(async () => {
  await opened?.dataSource.destroy();
  await dropDatabase(url);
});

const codes = async (table: 'region' | 'indicator') =>
  (await opened.dataSource.query(`SELECT code FROM ${table} ORDER BY code`)).map(
    (row: { code: string }) => row.code,
  );

describe('the national directory at start', () => {
  it('removes a region and an indicator the configuration no longer lists, and keeps the rest', async () => {
    await syncDirectory(opened.dataSource);
    await opened.dataSource.query(
      `INSERT INTO region (code, slug, name_en, name_zh, level) VALUES ('ZZ', 'removed', 'Removed', '已撤销', 'PROVINCE')`,
    );
    // A copy of a listed indicator under a code the catalog does not hold.
    await opened.dataSource.query(
      `INSERT INTO indicator SELECT (jsonb_populate_record(i, '{"code": "REMOVED_INDICATOR"}')).* FROM indicator i LIMIT 1`,
    );
    expect(await codes('indicator')).toContain('REMOVED_INDICATOR');
    await syncDirectory(opened.dataSource);
    expect(await codes('region')).toEqual(regions.map((r) => r.code).sort());
    expect(await codes('indicator')).toEqual(indicatorCatalog.map((i) => i.code).sort());
  });

  it('takes a region whose code changed and whose slug stayed', async () => {
    const [first] = regions;
    // As the directory was when the configuration gave this region another code.
    await opened.dataSource.query(`UPDATE region SET code = 'QQ' WHERE code = $1`, [first!.code]);
    await syncDirectory(opened.dataSource);
    expect(await codes('region')).toEqual(regions.map((r) => r.code).sort());
  });
});
