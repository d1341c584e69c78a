import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../subgraphs/registry/src/import/import-file.js';
import { LOST_CHARACTERS } from '../subgraphs/registry/src/import/lost-characters.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { useRegistryDatabase } from './harness.js';

/**
 * Files a spreadsheet saved in ways the team did not choose: in an encoding without Chinese
 * characters, and with a cleared column its used range still spans.
 */
const opened = useRegistryDatabase('import_resaved_csv');
const ningxia = regionBySlug('ningxia');

const importProgrammes = (file: string | Uint8Array) =>
  importFile(opened.dataSource, file, {
    kind: 'programs',
    region: ningxia,
    actor: 'test-ningxia',
    mode: 'upsert',
  });

/** Text as a spreadsheet saves it in Windows-1252: ASCII as it is, every Chinese character as `?`. */
const inCp1252 = (text: string) =>
  Buffer.from([...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : 0x3f)));

const programme = async (name: string) =>
  (
    await opened.dataSource.query(
      `INSERT INTO program (key, name, kind, provenance) VALUES ($1, $2, 'PILOT', 'REGISTERED') RETURNING id::text AS id`,
      [`key-${name.length}-${Date.now()}`, name],
    )
  )[0].id as string;

describe('a CSV saved in an encoding without Chinese characters', () => {
  it('is refused whole, naming the cause and the fix, and writes nothing', async () => {
    const id = await programme('试点项目');
    const en = await importProgrammes(
      inCp1252(`id,version,name,kind\nNX-${id},1,试点项目pilot-2025-00001,PILOT\n,,新项目,PILOT\n`),
    );
    expect(en).toMatchObject({ refusedWhole: true, written: false, created: 0, updated: [] });
    expect(en.problems).toContainEqual({ line: 2, column: '', message: LOST_CHARACTERS });
    const zh = await importProgrammes(
      inCp1252(`记录编号,版本,项目名称,项目类型\nNX-${id},1,试点项目,试点\n`),
    );
    expect(zh).toMatchObject({ refusedBeforeRows: 'file', written: false });
    expect(zh.problems).toEqual([{ line: 1, column: '', message: LOST_CHARACTERS }]);
    expect(inChinese(LOST_CHARACTERS)).toMatch(/^文件中的汉字已变成“\?”/);
    expect(await opened.dataSource.query(`SELECT name FROM program WHERE id = $1`, [id])).toEqual([
      { name: '试点项目' },
    ]);
  });
});

describe('a trailing column a spreadsheet left blank', () => {
  it('is passed over in a CSV whose rows end in commas and in a workbook whose header cell holds a space', async () => {
    const id = await programme('空列项目');
    for (const file of [
      `id,version,name,kind,\nNX-${id},1,空列项目,PILOT,\n`,
      `id,version,name,kind,,\nNX-${id},1,空列项目,PILOT,,\n`,
      `id,version,name,kind,,\nNX-${id},1,空列项目,PILOT\n`,
    ]) {
      const report = await importProgrammes(file);
      expect(report.problems).toEqual([]);
      expect(report).toMatchObject({ unchanged: 1, updated: [], rows: 1 });
    }
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('programs');
    sheet.addRow(['id', 'version', 'name', 'kind', ' ']);
    sheet.addRow([`NX-${id}`, 1, '空列项目', 'PILOT', '']);
    const workbook = await importProgrammes(Buffer.from(await book.xlsx.writeBuffer()));
    expect(workbook.problems).toEqual([]);
    expect(workbook).toMatchObject({ unchanged: 1, rows: 1 });
  });

  it('refuses a row with a value under a blank header, naming the column by number and letter', async () => {
    const id = await programme('空表头项目');
    const report = await importProgrammes(`id,version,name,,kind\nNX-${id},1,空表头项目,x,PILOT\n`);
    expect(report.written).toBe(false);
    expect(report.problems).toEqual([
      {
        line: 2,
        column: '',
        message:
          'column 4 (D) has no header, and this row holds a value in it: give the column its header, or delete the column',
      },
    ]);
    expect(inChinese(report.problems[0]!.message)).toBe(
      '第 4 列（D 列）表头为空，而此行在该列有值：请填写该列的表头，或删去该列',
    );
  });
});
