import { describe, expect, it } from 'vitest';
import { localId } from '../subgraphs/registry/src/global-ids.js';
import { cellValue, importKinds } from '../subgraphs/registry/src/import/columns.js';
import { columnOfHeader } from '../subgraphs/registry/src/import/labels.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';
import { spreadsheetText } from '../shared/spreadsheet-cell.js';
import { stringify } from 'csv-stringify/sync';
import { openFile } from '../subgraphs/registry/src/import/read-rows.js';
import { parseRow } from '../subgraphs/registry/src/import/parse-row.js';
import type { RowProblem } from '../subgraphs/registry/src/import/import-report.js';
import { regionBySlug } from '../subgraphs/regions.js';

/** A date cell as a team types it, or as Chinese Excel and WPS save it, read as the registry's date. */
describe('dates as Chinese spreadsheets and people write them', () => {
  it.each([
    ['2024/3/5', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['2024 年 3 月 5 日', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['２０２４－０３－０５', '2024-03-05'],
    ['2013/1/10', '2013-01-10'],
    ['2024年3月', '2024-03'],
    ['2024/3', '2024-03'],
    ['2024年', '2024'],
    ['2024-03-05', '2024-03-05'],
    ['2024', '2024'],
    ['2013年2月3号', '2013-02-03'],
    ['20130203', '2013-02-03'],
    ['2013/2/3 0:00', '2013-02-03'],
    ['2013-02-03 00:00:00', '2013-02-03'],
    // Chinese numerals, as documents write a date: 〇, ○ or 零 for the zero of a year.
    ['二〇二四年三月五日', '2024-03-05'],
    ['二○一三年十二月二十五日', '2013-12-25'],
    ['二零一三年二月二十一号', '2013-02-21'],
    ['二〇一三年十月', '2013-10'],
    ['二〇一三年', '2013'],
  ])('reads %s as %s', (typed, date) => {
    expect(cellValue('institutions', 'foundedOn', typed)).toEqual({ value: date });
    expect(cellValue('social-workers', 'startedOn', typed)).toEqual({ value: date });
  });

  it('leaves what is no date for the validation to refuse, and other columns as they are', () => {
    expect(cellValue('institutions', 'foundedOn', '去年')).toEqual({ value: '去年' });
    expect(cellValue('institutions', 'foundedOn', '2024/13/45')).toEqual({ value: '2024-13-45' });
    // A time of day other than midnight is not a day's date; eight digits that are no date stay.
    expect(cellValue('institutions', 'foundedOn', '2013/2/3 9:30')).toEqual({
      value: '2013/2/3 9:30',
    });
    expect(cellValue('institutions', 'foundedOn', '201302031')).toEqual({ value: '201302031' });
    // Numerals that say no month, and a year of three numerals, stay as typed.
    expect(cellValue('institutions', 'foundedOn', '二〇一三年十十月')).toEqual({
      value: '二〇一三年十十月',
    });
    expect(cellValue('institutions', 'foundedOn', '一三年二月')).toEqual({ value: '一三年二月' });
    expect(cellValue('institutions', 'name', '2024/3/5')).toEqual({ value: '2024/3/5' });
  });
});

describe('numbers in a date column', () => {
  it.each([
    ['22951', '1962-11-01'],
    ['18568', '1950-11-01'],
    ['3654', '1910-01-01'],
    ['45356', '2024-03-05'],
    ['２２９５１', '1962-11-01'],
    // Up to 2100, a number is a year.
    ['2021', '2021'],
    ['2100', '2100'],
    ['1800', '1800'],
  ])('reads %s as %s', (typed, date) => {
    expect(cellValue('institutions', 'foundedOn', typed)).toEqual({ value: date });
  });

  it.each(['2101', '3000', '3653'])(
    'refuses %s as neither a year nor an Excel date, in Chinese and English',
    (typed) => {
      const cell = cellValue('institutions', 'foundedOn', typed);
      expect(cell).toEqual({
        problem: `${typed} is neither a year (up to 2100) nor a date as Excel keeps it (a serial number from 3654, 1910-01-01): type the date as 2021, 2021-06 or 2021-06-30`,
      });
      expect(inChinese((cell as { problem: string }).problem)).toBe(
        `${typed} 既不是年份（至 2100 年），也不是 Excel 保存日期所用的序号（自 3654 即 1910-01-01 起）：请写作 2021、2021-06 或 2021-06-30`,
      );
    },
  );

  it('refuses a year and month 2003.1, which may be January or October (2003.10 kept as a number), naming both', () => {
    for (const typed of ['2003.1', '２００３．１']) {
      const cell = cellValue('institutions', 'foundedOn', typed);
      expect(cell).toEqual({
        problem:
          '2003.1 may be 2003-01 or 2003-10, which a spreadsheet keeps as the number 2003.1: type the month as 2003-01 or 2003-10',
      });
      expect(inChinese((cell as { problem: string }).problem)).toBe(
        '2003.1 可能是 2003 年 1 月，也可能是 2003.10（10 月）被表格程序存成了数字 2003.1：请写作 2003-01 或 2003-10',
      );
    }
    expect(cellValue('institutions', 'foundedOn', '2003.10')).toEqual({ value: '2003-10' });
    expect(cellValue('institutions', 'foundedOn', '2003.01')).toEqual({ value: '2003-01' });
    expect(cellValue('institutions', 'foundedOn', '2003.2')).toEqual({ value: '2003-02' });
  });

  it('refuses five digits that read as a year and a month typed short as well as an Excel date', () => {
    const cell = cellValue('social-workers', 'startedOn', '20243');
    expect(cell).toEqual({
      problem:
        '20243 may be 2024-03 typed short or the date Excel keeps as 20243 (1955-06-03): type the date in full (2024-03 or 1955-06-03)',
    });
    expect(inChinese((cell as { problem: string }).problem)).toBe(
      '20243 可能是 2024-03 的简写，也可能是 Excel 日期序号 20243（1955-06-03）：请写出完整日期（2024-03 或 1955-06-03）',
    );
  });
});

describe('enum values and lists as Chinese teams write them', () => {
  it.each([
    ['三甲', 'TERTIARY'],
    ['三级甲等', 'TERTIARY'],
    ['二级乙等', 'SECONDARY'],
    ['一甲', 'PRIMARY'],
    ['三级', 'TERTIARY'],
  ])('reads the hospital grade %s as %s: the level, the class kept out', (typed, code) => {
    expect(cellValue('institutions', 'grade', typed)).toEqual({ value: code });
  });

  it('splits a list on a comma, full-width or not, as on ；and 、', () => {
    for (const typed of ['老年人，儿童', '老年人,儿童', '老年人；儿童', '老年人、儿童'])
      expect(cellValue('institutions', 'serviceFields', typed)).toEqual({
        value: ['ELDERLY', 'CHILDREN'],
      });
  });
});

describe('record ids and credit codes as people type them', () => {
  it.each(['nx-55', 'ＮＸ－５５', 'NX-55'])('reads the institution %s as NX-55', (typed) => {
    expect(cellValue('social-workers', 'institutionCreditCode', typed)).toEqual({ value: 'NX-55' });
  });

  it('reads a natural key typed in full-width characters as the one it spells', () => {
    expect(cellValue('institutions', 'creditCode', '５２６４０１００ＭＪ００００００５Ｍ')).toEqual(
      {
        value: '52640100MJ0000005M',
      },
    );
    expect(cellValue('social-workers', 'certificateNumber', 'ＩＭＰＯＲＴ－０００００１')).toEqual({
      value: 'IMPORT-000001',
    });
  });

  it('reads NX-05 as NX-5: a record id has no leading zeros', () => {
    expect(localId({ code: 'NX' }, 'NX-05')).toBe('5');
    expect(localId({ code: 'NX' }, 'NX-0')).toBeNull();
    expect(localId({ code: 'NX' }, 'TJ-5')).toBeNull();
  });

  it('reads an id with a space copied beside it, as the API and the import are given it', () => {
    expect(localId({ code: 'GX' }, 'GX-5 ')).toBe('5');
    expect(localId({ code: 'GX' }, ' 5')).toBe('5');
  });

  it('writes a credit code typed in lower case in capitals', () => {
    expect(cellValue('programs', 'hostCreditCode', '52640100mj0000005m')).toEqual({
      value: '52640100MJ0000005M',
    });
  });
});

describe('headers as people type them', () => {
  it('reads a header with ASCII brackets as the one with full-width brackets', () => {
    const known = importKinds.institutions!.columns;
    expect(columnOfHeader('institutions', known, '所在乡镇(街道)')).toBe('township');
    expect(columnOfHeader('institutions', known, '所在乡镇（街道）')).toBe('township');
  });
});

describe('numbers as spreadsheets write them', () => {
  it.each([
    ['75000', 75000],
    ['75,000', 75000],
    ['1,234,567.5', 1234567.5],
    ['３２００００', 320000],
    ['-12', -12],
  ])('reads %s as %s', (typed, number) => {
    expect(cellValue('programs', 'fundingYuan', typed)).toEqual({ value: number });
  });

  it.each(['8万', '￥80000', '7,50', '75,0000', '2025年', '1.2e5'])(
    'refuses %s, saying what a number is in both languages',
    (typed) => {
      const cell = cellValue('programs', 'fundingYuan', typed);
      expect(cell).toEqual({
        problem:
          'must be a number in digits (75000 or 75,000): no unit, currency sign or 万, and a comma only between thousands',
      });
      expect(inChinese((cell as { problem: string }).problem)).toBe(
        '须为用数字写的数（75000 或 75,000）：不带单位、货币符号或“万”，逗号只用于千分位',
      );
    },
  );
});

/** A CSV cell's cells as the import's reader gives them, in a file with a header of the same width. */
async function csvCells(cells: string[]): Promise<string[]> {
  const header = cells.map((_, index) => `c${index}`);
  const opened = await openFile(stringify([header, cells]), () => true);
  if ('problem' in opened) throw new Error(opened.problem.message);
  const rows: string[][] = [];
  for await (const row of opened.rows) rows.push(row.cells);
  return rows[0]!;
}

/**
 * A leading apostrophe before a formula's first character or a second quote marks a CSV cell as
 * text; any other is the text's own.
 */
describe('CSV cells a spreadsheet marks as text', () => {
  it.each([
    ['institutions', 'name', "'=算式开头的名称", '=算式开头的名称'],
    ['institutions', 'name', "''Three Areas' plan", "'Three Areas' plan"],
    ['institutions', 'name', "'Three Areas' plan", "'Three Areas' plan"],
    ['institutions', 'name', "'银川市测试机构", "'银川市测试机构"],
  ])('reads %s %s %j as %j', async (kind, column, typed, value) => {
    const [cell] = await csvCells([typed]);
    expect(cellValue(kind, column, cell!)).toEqual({ value });
  });

  it('round-trips a name that starts with a quote: the export adds the mark the import drops', async () => {
    const names = ["'Sunshine' Station", '=算式开头的名称', '+86', '-1', '@家', '普通名称'];
    expect(await csvCells(names.map(spreadsheetText))).toEqual(names);
  });
});

describe("a programme's year", () => {
  it.each([
    ['2025', 2025],
    ['2025年', 2025],
    ['2025 年度', 2025],
    ['２０２５年', 2025],
  ])('reads %s as %s', (typed, year) => {
    expect(cellValue('programs', 'year', typed)).toEqual({ value: year });
  });

  it('still refuses a year it cannot read, saying what a number is', () => {
    expect(cellValue('programs', 'year', '今年')).toHaveProperty('problem');
  });
});

describe('amounts of money', () => {
  it('takes yuan to the fen, and refuses a third decimal the registry would round away', () => {
    const funding = (fundingYuan: number) =>
      importKinds.programs!.schema.safeParse({ name: '测试项目', kind: 'PILOT', fundingYuan });
    expect(funding(155000.12).success).toBe(true);
    const refused = funding(155000.123);
    expect(refused.success).toBe(false);
    const message = refused.error!.issues[0]!.message;
    expect(message).toBe('must be in yuan to the fen at most: two decimals');
    expect(inChinese(message)).toBe('以元为单位，最多精确到分（两位小数）');
  });
});

describe('a US date and a full-width version', () => {
  it('refuses 4/5/2003, whose month and day cannot be told apart, suggesting the year first', () => {
    const cell = cellValue('institutions', 'foundedOn', '4/5/2003');
    expect(cell).toEqual({
      problem:
        '4/5/2003 puts the year last, and its month and day cannot be told apart: write the year first, 2003/4/5 or 2003/5/4',
    });
    expect(inChinese((cell as { problem: string }).problem)).toBe(
      '4/5/2003 把年份写在了最后，无法分辨月和日：请把年份写在前面，写作 2003/4/5 或 2003/5/4',
    );
    expect(cellValue('institutions', 'foundedOn', '2003/4/5')).toEqual({ value: '2003-04-05' });
  });

  const versionOf = (typed: string) => {
    const problems: RowProblem[] = [];
    const parsed = parseRow(
      importKinds.institutions!,
      { line: 2, cells: ['NX-5', typed] },
      ['id', 'version'],
      { kindName: 'institutions', region: regionBySlug('ningxia') },
      problems,
    );
    return { version: parsed.version, problems };
  };

  it('reads a version in full-width digits as the number, and says what a version is', () => {
    expect(versionOf('２')).toEqual({ version: 2, problems: [] });
    const { problems } = versionOf('第二版');
    expect(problems.map((p) => inChinese(p.message))).toEqual([
      '“第二版”不是版本号：请保留导出文件中的版本号，即一个整数，如 3',
    ]);
  });
});
