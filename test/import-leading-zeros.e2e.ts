import { describe, expect, it } from 'vitest';
import { importFile } from '../subgraphs/registry/src/import/import-file.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { useRegistryDatabase } from './harness.js';

/**
 * Codes of digits a spreadsheet took for numbers: a CSV export opened and saved again writes
 * 0451234567 as 451234567. In the row of a record named by id, that is no change: the registry's
 * value is kept, and a warning says so; a refusal of such a cell says the zeros may have been lost.
 */
const opened = useRegistryDatabase('import_leading_zeros');
const ningxia = regionBySlug('ningxia');

const importAs = (kind: string, text: string, options: { dryRun?: boolean } = {}) =>
  importFile(opened.dataSource, text, {
    kind,
    region: ningxia,
    actor: 'test-ningxia',
    mode: 'upsert',
    ...options,
  });

describe('leading zeros a spreadsheet removed', () => {
  it("keep a certificate number's zeros, with a warning in Chinese and English, and count the row unchanged", async () => {
    const [{ id }] = await opened.dataSource.query(
      `INSERT INTO social_worker (name, certificate_level, certificate_number, started_on, provenance)
       VALUES ('零开头证书社工', 'ASSISTANT', '0451234567', '2022-03-01', 'REGISTERED') RETURNING id::text AS id`,
    );
    const file = `id,version,name,certificateLevel,certificateNumber,startedOn\nNX-${id},1,零开头证书社工,ASSISTANT,451234567,2022-03-01`;
    for (const dryRun of [true, false]) {
      const report = await importAs('social-workers', file, { dryRun });
      expect(report).toMatchObject({ unchanged: 1, updated: [], problems: [], written: false });
      expect(report.warnings).toEqual([
        {
          line: 2,
          column: 'certificateNumber',
          message:
            "the spreadsheet removed the leading zeros (0451234567 → 451234567); the registry's value was kept: to change it, use the API",
        },
      ]);
      expect(inChinese(report.warnings![0]!.message)).toBe(
        '表格程序去掉了开头的 0（0451234567 → 451234567），已保留登记库中的原值；要改动它请用 API',
      );
    }
    expect(
      await opened.dataSource.query(
        `SELECT certificate_number, version FROM social_worker WHERE id = $1`,
        [id],
      ),
    ).toEqual([{ certificate_number: '0451234567', version: 1 }]);
  });

  it("keep a programme's batch and key, and write the row's other change, showing its old and new values", async () => {
    const [{ id }] = await opened.dataSource.query(
      `INSERT INTO program (key, name, kind, year, batch, provenance)
       VALUES ('0451', '零开头批次项目', 'PILOT', 2021, '01', 'REGISTERED') RETURNING id::text AS id`,
    );
    const report = await importAs(
      'programs',
      `id,version,key,name,kind,year,batch\nNX-${id},1,451,零开头批次项目（更正）,PILOT,2021,1`,
    );
    expect(report.problems).toEqual([]);
    expect(report.warnings?.map((w) => [w.column, w.message.split(';')[0]])).toEqual([
      ['key', 'the spreadsheet removed the leading zeros (0451 → 451)'],
      ['batch', 'the spreadsheet removed the leading zeros (01 → 1)'],
    ]);
    expect(report.updated).toEqual([
      expect.objectContaining({
        id: `NX-${id}`,
        fields: ['name'],
        changes: [{ field: 'name', before: '零开头批次项目', after: '零开头批次项目（更正）' }],
      }),
    ]);
    expect(
      await opened.dataSource.query(`SELECT key, batch, name FROM program WHERE id = $1`, [id]),
    ).toEqual([{ key: '0451', batch: '01', name: '零开头批次项目（更正）' }]);
  });

  it('refuse a certificate number too short without its zeros, saying a spreadsheet probably removed them', async () => {
    const [{ id }] = await opened.dataSource.query(
      `INSERT INTO social_worker (name, certificate_level, certificate_number, started_on, provenance)
       VALUES ('六位证书社工', 'ASSISTANT', '000123', '2022-03-01', 'REGISTERED') RETURNING id::text AS id`,
    );
    for (const idCell of [`NX-${id}`, '']) {
      const report = await importAs(
        'social-workers',
        `id,version,name,certificateLevel,certificateNumber,startedOn\n${idCell},${idCell ? 1 : ''},六位证书社工,ASSISTANT,123,2022-03-01`,
      );
      expect(report.written).toBe(false);
      const refusal = report.problems.find((p) => p.column === 'certificateNumber')!;
      expect(refusal.message).toBe(
        'must be 6 to 40 capital letters, digits or hyphens; if the value had zeros at its start, the spreadsheet probably removed them: set the column to Text and type the value again',
      );
      expect(inChinese(refusal.message)).toMatch(
        /；如果原值以 0 开头，很可能是表格程序去掉了开头的 0：请把该列设为“文本”格式后重新输入$/,
      );
    }
  });
});
