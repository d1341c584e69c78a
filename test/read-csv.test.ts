import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { describe, expect, it } from 'vitest';
import { recordQueue } from '../subgraphs/registry/src/import/csv-rows.js';
import type { SheetRow } from '../subgraphs/registry/src/import/opened-file.js';
import { openFile } from '../subgraphs/registry/src/import/read-rows.js';
import { isHeaderOfAnyKind, kindOfFile } from '../subgraphs/registry/src/import/header-kind.js';
import {
  LOST_CHARACTERS,
  LostCharacters,
} from '../subgraphs/registry/src/import/lost-characters.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';

async function rowsOf(text: string) {
  const opened = await openFile(text, () => true);
  if ('problem' in opened) throw new Error(opened.problem.message);
  const rows: SheetRow[] = [];
  for await (const row of opened.rows) rows.push(row);
  return rows;
}

describe('a CSV as spreadsheets save it', () => {
  it('skips a blank row, which Excel saves as commas, and reads the rows around it at their lines', async () => {
    const rows = await rowsOf(
      '机构名称,机构类型,所在城市\n甲,医院,银川市\n,,\n   ,  ,\n\n乙,医院,吴忠市\n',
    );
    expect(rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [2, '甲'],
      [6, '乙'],
    ]);
  });

  it('names each row as a spreadsheet shows it, a line break inside a quoted cell no row of its own', async () => {
    const rows = await rowsOf(
      '机构名称,"机构\n类型",所在城市\n甲,医院,银川市\n"乙\n站",医院,吴忠市\n\n丙,医院,中卫市\n',
    );
    expect(rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [2, '甲'],
      [3, '乙\n站'],
      [5, '丙'],
    ]);
  });
});

/**
 * Text as a spreadsheet saves it in Windows-1252 ("CSV" on a Western Windows): ASCII as it is,
 * and each character the encoding lacks, every Chinese one, as `?`.
 */
const inCp1252 = (text: string) =>
  Buffer.from([...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : 0x3f)));

describe('a CSV saved in an encoding without Chinese characters', () => {
  it('is refused at its header when the header became "?", saying why and what to do, in Chinese first', async () => {
    const file = inCp1252(
      '记录编号,版本,机构名称,所在城市\nNX-1,1,银川市社会工作服务中心,银川市\n',
    );
    const opened = await openFile(file, isHeaderOfAnyKind);
    expect(opened).toEqual({ problem: { line: 1, column: '', message: LOST_CHARACTERS } });
    expect(await kindOfFile(file)).toEqual({ problem: LOST_CHARACTERS });
    expect(inChinese(LOST_CHARACTERS)).toBe(
      '文件中的汉字已变成“?”：保存时选用了不含汉字的编码。请在表格程序中另存为“CSV UTF-8”或 Excel 工作簿后再导入',
    );
  });

  it('is read no further than the first row whose cells hold "??", an English header and all', async () => {
    const file = inCp1252(
      'id,version,key,name,kind,notes\nNX-1,1,pilot-1,Pilot,PILOT,ok??\nNX-2,1,pilot-2,试点项目pilot-2025-00001,PILOT,\n',
    );
    const opened = await openFile(file, isHeaderOfAnyKind);
    if ('problem' in opened) throw new Error(opened.problem.message);
    const read: number[] = [];
    // A team's notes may hold "??"; a record's cells may not.
    await expect(
      (async () => {
        for await (const row of opened.rows) read.push(row.line);
      })(),
    ).rejects.toEqual(new LostCharacters(3));
    expect(read).toEqual([2]);
    await opened.close();
  });
});

describe('a large CSV', () => {
  it('is read no faster than its rows are taken: the file waits while many rows do', async () => {
    const lines = 1000;
    let pulled = 0;
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < lines; i++) {
          pulled += 1;
          yield `甲${i},医院,银川市\n`;
        }
      })(),
    );
    const queue = recordQueue(10);
    const parser = source.pipe(
      parse({ info: true, on_record: (record: unknown) => queue.add(record as never) }),
    );
    queue.follow(parser, source);
    expect((await queue.records.next()).done).toBe(false);
    // Taken no further: the file pauses once ten rows wait, or, not held back, is read to its end.
    if (!source.isPaused())
      await new Promise<void>((resolve) => {
        source.once('pause', resolve);
        parser.once('end', resolve);
      });
    expect(source.isPaused()).toBe(true);
    expect(pulled).toBeLessThan(lines / 10);
  });
});

describe('separators other than the comma', () => {
  it('reads a sheet Excel saved as Unicode text (tabs), and one saved with semicolons', async () => {
    for (const separator of ['\t', ';']) {
      const rows = await rowsOf(
        ['机构名称', '机构类型', '所在城市'].join(separator) +
          '\n' +
          ['甲', '医院', '银川市'].join(separator) +
          '\n',
      );
      expect(rows.map((row) => row.cells)).toEqual([['甲', '医院', '银川市']]);
    }
  });

  it('takes the separator the header holds most often outside quotes', async () => {
    const rows = await rowsOf('信用代码\t机构名称\t"备注,说明"\n1\t甲\t"a,b"\n');
    expect(rows.map((row) => row.cells)).toEqual([['1', '甲', 'a,b']]);
  });

  it('keeps the comma where the header has one, a tab in a cell notwithstanding', async () => {
    const rows = await rowsOf('机构名称,所在城市\n"甲\t乙",银川市\n');
    expect(rows.map((row) => row.cells)).toEqual([['甲\t乙', '银川市']]);
  });
});

describe("a CSV's header", () => {
  const opened = async (text: string) => {
    const file = await openFile(text, isHeaderOfAnyKind);
    if ('problem' in file) throw new Error(file.problem.message);
    const rows: SheetRow[] = [];
    for await (const row of file.rows) rows.push(row);
    return { header: file.header, headerLine: file.headerLine, rows };
  };

  it('is the first row that names columns: a title row above it, as a titled workbook saved as CSV keeps, is passed over', async () => {
    const file = await opened(
      '广西社会工作项目清单（2026年11月）,,,\n,,,\n项目名称,项目类型,年度,资金（元）\n乙项目,培训,2025,80000\n',
    );
    expect(file).toMatchObject({
      header: ['项目名称', '项目类型', '年度', '资金（元）'],
      headerLine: 3,
      rows: [{ line: 4, cells: ['乙项目', '培训', '2025', '80000'] }],
    });
  });

  it('is the first row where no row names columns, which the import then says is none', async () => {
    const file = await opened('甲,乙\n1,2\n3,4\n');
    expect(file.header).toEqual(['甲', '乙']);
    expect(file.rows.map((row) => row.line)).toEqual([2, 3]);
  });
});
