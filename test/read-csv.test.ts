import { describe, expect, it } from 'vitest';
import { openFile, type SheetRow } from '../subgraphs/registry/src/import/read-rows.js';

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
