import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Duplex, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cutHalfwayThroughSheet, sheetsLast, withPart, zipOf } from './damaged-workbooks.js';
import type { SheetRow } from '../subgraphs/registry/src/import/opened-file.js';
import { openFile } from '../subgraphs/registry/src/import/read-rows.js';
import { cellValue, importKinds } from '../subgraphs/registry/src/import/columns.js';
import type { RowProblem } from '../subgraphs/registry/src/import/import-report.js';
import { parseRow } from '../subgraphs/registry/src/import/parse-row.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { exportHeader } from '../subgraphs/registry/src/import/export-rows.js';
import { writeTemplate, writeXlsx } from '../subgraphs/registry/src/import/write-files.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';
import { firstSheetRowsOf } from '../subgraphs/registry/src/import/read-workbook.js';
import { wholeCharacters } from '../subgraphs/registry/src/import/part-bytes.js';
import { UnreadableWorkbook } from '../subgraphs/registry/src/import/workbook-errors.js';
import { endWhenRead } from '../subgraphs/registry/src/import/zip-bytes.js';

const folder = mkdtempSync(join(tmpdir(), 'read-workbook-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

describe('bytes cut at character boundaries', () => {
  it('yields chunks that each decode whole and together are the input, however it was cut', async () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        async (text, cuts) => {
          const bytes = Buffer.from(text);
          const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort(
            (a, b) => a - b,
          );
          const pieces = [0, ...at, bytes.length]
            .slice(0, -1)
            .map((start, i) => bytes.subarray(start, [...at, bytes.length][i]));
          const chunks = await collect(
            wholeCharacters(
              (async function* () {
                yield* pieces;
              })(),
            ),
          );
          for (const chunk of chunks) strict.decode(chunk);
          expect(Buffer.concat(chunks).toString()).toBe(text);
        },
      ),
    );
  });
});

const rowCount = 20_000;
const nameOf = (n: number) => `宁夏回族自治区银川市第${n}社会工作服务中心（𠀀测试）`;

async function workbook(file: string, useSharedStrings: boolean) {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: join(folder, file),
    useSharedStrings,
    useStyles: true,
  });
  const sheet = writer.addWorksheet('机构');
  sheet.addRow(['宁夏社会工作机构名录']).commit();
  sheet.addRow(['机构名称', '成立时间', '资金（元）']).commit();
  for (let n = 1; n <= rowCount; n++) {
    const row = sheet.addRow([nameOf(n), new Date(Date.UTC(2020, 0, 1 + (n % 365))), n * 10]);
    row.getCell(2).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  sheet.commit();
  await writer.commit();
  return readFileSync(join(folder, file));
}

const isInstitutionsHeader = (cells: string[]) => cells.includes('机构名称');

async function rowsOf(file: Parameters<typeof openFile>[0]) {
  const opened = await openFile(file, isInstitutionsHeader);
  if ('problem' in opened) throw new Error(opened.problem.message);
  const rows: SheetRow[] = [];
  for await (const row of opened.rows) rows.push(row);
  return { header: opened.header, headerLine: opened.headerLine, rows };
}

describe('a workbook read as it is unzipped', { timeout: 120_000 }, () => {
  for (const shared of [false, true])
    it(`reads ${rowCount} Chinese rows whole, ${shared ? 'from shared strings' : 'written inline'}, with dates and numbers as such`, async () => {
      const { header, headerLine, rows } = await rowsOf(
        await workbook(`chinese-${shared}.xlsx`, shared),
      );
      expect(header).toEqual(['机构名称', '成立时间', '资金（元）']);
      expect(headerLine).toBe(2);
      expect(rows).toHaveLength(rowCount);
      const wrong = rows.filter((row, i) => row.cells[0] !== nameOf(i + 1));
      expect(wrong.map((row) => row.cells[0])).toEqual([]);
      expect(rows[0]).toEqual({ line: 3, cells: [nameOf(1), '2020-01-02', '10'] });
      expect(rows.at(-1)!.line).toBe(rowCount + 2);
    });
});

describe("Excel's escapes of characters XML cannot hold", () => {
  it('are read as the characters they stand for, shared or inline, so that the text check sees them', async () => {
    for (const useSharedStrings of [false, true]) {
      const file = `escapes-${useSharedStrings}.xlsx`;
      const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
        filename: join(folder, file),
        useSharedStrings,
      });
      const sheet = writer.addWorksheet('机构');
      sheet.addRow(['机构名称']).commit();
      // An escape, and the escaped underscore by which Excel keeps the letters _x0041_ as written.
      sheet.addRow(['导_x001B_入']).commit();
      sheet.addRow(['_x005F_x0041_']).commit();
      sheet.commit();
      await writer.commit();
      const { rows } = await rowsOf(readFileSync(join(folder, file)));
      expect(rows.map((row) => row.cells[0])).toEqual(['导\u001B入', '_x0041_']);
    }
  });
});

/** The unzipper exceljs's streaming reader loads, as it loads it. */
const unzipper = createRequire(createRequire(import.meta.url).resolve('exceljs'))('unzipper') as {
  Parse(options: { forceStream: true }): Duplex;
};

describe("the unzipper's end", () => {
  it('comes after the last entry is read, also when the file was written in before', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('机构').addRow(['机构名称', '宁夏社会工作服务中心']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const zip = unzipper.Parse({ forceStream: true });
    endWhenRead(zip);
    const ended: number[] = [];
    let read = 0;
    zip.on('end', () => ended.push(read));
    // A reader busy elsewhere: the whole file is written and parsed before any entry is read.
    zip.pause();
    Readable.from([bytes]).pipe(zip);
    await once(zip, 'finish');
    expect(ended).toEqual([]);
    for await (const entry of zip) {
      (entry as Readable).resume();
      read += 1;
    }
    expect(read).toBeGreaterThan(5);
    expect(ended).toEqual([read]);
  });
});

/** 3,000 institutions under a header, as exceljs writes a workbook (its sheets before the workbook part), made once. */
let institutionsBook: Promise<Buffer> | undefined;
function institutionsWorkbook(): Promise<Buffer> {
  return (institutionsBook ??= (async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('机构');
    sheet.addRow(['机构名称', '统一社会信用代码']);
    for (let n = 1; n <= 3_000; n++) sheet.addRow([nameOf(n), `C${n}`]);
    return Buffer.from(await book.xlsx.writeBuffer());
  })());
}

/** The workbook of shared strings with its sheets last, made once for the tests that cut it. */
let sheetsLastBook: Promise<Buffer> | undefined;
const sheetsLastWorkbook = () =>
  (sheetsLastBook ??= workbook('sheets-last.xlsx', true).then(sheetsLast));

describe('a workbook that cannot be read to its end', () => {
  it('is a problem of the file, in English and Chinese, when it is cut short before its header', async () => {
    const whole = await institutionsWorkbook();
    const opened = await openFile(whole.subarray(0, whole.length / 2), isInstitutionsHeader);
    expect(opened).toEqual({
      problem: {
        line: 1,
        column: '',
        message: expect.stringMatching(
          /^the workbook could not be read to its end \(FILE_ENDED\): the file is cut short or damaged; save it again/,
        ),
      },
    });
    const { message } = (opened as { problem: { message: string } }).problem;
    expect(inChinese(message)).toBe(
      '工作簿未能读完（FILE_ENDED）：文件不完整或已损坏；请在电子表格软件中重新保存，或重新导出',
    );
  });

  it('gives the rows read before a cut in its sheet, then says it could not read the rest', async () => {
    const path = join(folder, 'cut-short.xlsx');
    writeFileSync(path, cutHalfwayThroughSheet(await sheetsLastWorkbook()));
    const opened = await openFile({ path }, isInstitutionsHeader);
    if ('problem' in opened) throw new Error(opened.problem.message);
    const read: SheetRow[] = [];
    const failure = await (async () => {
      for await (const row of opened.rows) read.push(row);
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnreadableWorkbook);
    expect(read.length).toBeGreaterThan(0);
    expect(read.length).toBeLessThan(rowCount);
    // Each row read whole, the last one too.
    expect(read.filter((row, i) => row.line !== i + 3 || row.cells[0] !== nameOf(i + 1))).toEqual(
      [],
    );
  });

  it('reads every row of a sheet that came whole before the cut (in the zip directory at the end)', async () => {
    const whole = await sheetsLastWorkbook();
    // In memory: the unzipper meets the cut at once, while the sheet's rows are still to be read.
    const { rows } = await rowsOf(whole.subarray(0, whole.length - 30));
    expect(rows).toHaveLength(rowCount);
    expect(rows.at(-1)!.cells[0]).toBe(nameOf(rowCount));
  });

  /** The failure met reading `bytes`, and the rows read before it. */
  async function readUntilFailure(bytes: Buffer) {
    const opened = await openFile(bytes, isInstitutionsHeader);
    if ('problem' in opened) return { rows: [], message: opened.problem.message };
    const rows: SheetRow[] = [];
    try {
      for await (const row of opened.rows) rows.push(row);
    } catch (error) {
      expect(error).toBeInstanceOf(UnreadableWorkbook);
      return { rows, message: (error as Error).message };
    }
    return { rows, message: undefined };
  }

  for (const [part, root] of [
    ['xl/worksheets/sheet1.xml', 'worksheet'],
    ['xl/sharedStrings.xml', 'sst'],
  ] as const) {
    it(`refuses a ${root} part whose XML stops before its end, though the zip is whole`, async () => {
      const cut = await withPart(await institutionsWorkbook(), part, (xml) =>
        xml.slice(0, Math.floor(xml.length * 0.6)),
      );
      const { rows, message } = await readUntilFailure(cut);
      expect(rows.length).toBeLessThan(3_000);
      expect(message).toMatch(
        new RegExp(
          `^the workbook could not be read to its end \\(its ${root} part stops before its end\\)`,
        ),
      );
      expect(inChinese(message!)).toMatch(
        `工作簿未能读完（其中${root === 'worksheet' ? '工作表' : '共享字符串'}部分不完整）：`,
      );
    });

    it(`refuses a ${root} part that is not well-formed XML, naming where`, async () => {
      const broken = await withPart(await institutionsWorkbook(), part, (xml) =>
        xml.replace('</row>', '<<</row>').replace('</si>', '<<</si>'),
      );
      const { rows, message } = await readUntilFailure(broken);
      expect(rows.length).toBeLessThan(3_000);
      expect(message).toMatch(/^the workbook could not be read to its end \(\d+:\d+: [^)]+\)/);
      expect(inChinese(message!)).toMatch(
        /^工作簿未能读完（其中一部分的 XML 第 \d+ 行第 \d+ 列格式有误：/,
      );
    });
  }

  it('reads a workbook of inline strings whose shared strings part is empty, written <sst … />', async () => {
    const inline = await withPart(
      await workbook('inline-empty-sst.xlsx', false),
      'xl/sharedStrings.xml',
      () =>
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
    );
    const { rows } = await rowsOf(inline);
    expect(rows).toHaveLength(rowCount);
  });

  it("passes a failure to read the file to the reader, instead of leaving the stream's error unhandled", async () => {
    const whole = await institutionsWorkbook();
    const failing = Readable.from(
      (async function* () {
        yield whole.subarray(0, whole.length / 2);
        throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
      })(),
    );
    const failure = await (async () => {
      for await (const row of firstSheetRowsOf(failing)) void row;
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnreadableWorkbook);
    expect((failure as Error).message).toMatch(
      /^the workbook could not be read to its end \(EIO: i\/o error, read\)/,
    );
  });
});

describe('cells of a workbook that hold no value to read', () => {
  it('says a formula never calculated and an error cell are unread, where they read as empty or as #REF!', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('机构');
    sheet.addRow(['机构名称', '机构类型']);
    // As a program that writes formulas without calculating them saves one: no result.
    sheet.addRow([{ formula: 'B3&"社会工作站"' }, '社会工作站']);
    sheet.addRow([{ error: '#REF!' }, '社会工作站']);
    sheet.addRow(['银川市测试站', '社会工作站']);
    const { rows } = await rowsOf(Buffer.from(await workbook.xlsx.writeBuffer()));
    const formula =
      'is a formula whose value the file does not hold: open the workbook in Excel or WPS, let it calculate, save it and import it again';
    const error =
      'shows the error #REF!: correct the cell (or its formula) and import the file again';
    expect(rows.map((row) => [row.line, row.unreadCells ?? null])).toEqual([
      [2, new Map([[0, formula]])],
      [3, new Map([[0, error]])],
      [4, null],
    ]);
    expect(inChinese(formula)).toBe(
      '是公式，而文件中没有保存其计算结果：请在 Excel 或 WPS 中打开工作簿，待其计算后保存，再重新导入',
    );
    expect(inChinese(error)).toBe('显示错误值 #REF!：请更正该单元格（或其公式）后重新导入');
    const problems: RowProblem[] = [];
    parseRow(
      importKinds.institutions!,
      rows[0]!,
      ['name', 'kind'],
      { kindName: 'institutions', region: regionBySlug('ningxia') },
      problems,
    );
    expect(problems).toEqual([{ line: 2, column: 'name', message: formula }]);
  });
});

describe('a file that is not the workbook asked for', () => {
  it('says a zip holding no worksheet (a Word document) has none that can be read, in English and Chinese', async () => {
    const document = await zipOf({
      '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
      'word/document.xml': '<?xml version="1.0"?><w:document/>',
    });
    const opened = await openFile(document, isInstitutionsHeader);
    expect(opened).toEqual({
      problem: {
        line: 1,
        column: '',
        message:
          'the file holds no worksheet that can be read (a Word document or another zip archive, or a workbook without sheets); save the sheet from the spreadsheet program as .xlsx or .csv and import that',
      },
    });
    const { message } = (opened as { problem: { message: string } }).problem;
    expect(inChinese(message)).toBe(
      '文件中没有可读取的工作表（可能是 Word 文档或其他 zip 压缩包，或没有工作表的工作簿）：请在电子表格软件中将表格另存为 .xlsx 或 .csv 后再导入',
    );
  });

  it('says an Excel 97-2003 workbook (.xls) cannot be read, rather than call it text of no known encoding', async () => {
    // An OLE2 compound file's header, then bytes no text encoding reads.
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504, 0xfe),
    ]);
    const opened = await openFile(xls, isInstitutionsHeader);
    expect(opened).toEqual({
      problem: {
        line: 1,
        column: '',
        message:
          'the file is an Excel 97-2003 workbook (.xls) or another old Office file, which the import cannot read: save it as an Excel workbook (.xlsx) or as CSV UTF-8, and import that',
      },
    });
    expect(inChinese((opened as { problem: { message: string } }).problem.message)).toBe(
      '文件是 Excel 97-2003 工作簿（.xls）或其他旧版 Office 文件，导入无法读取：请另存为 Excel 工作簿（.xlsx）或“CSV UTF-8”后再导入',
    );
  });

  it('says a workbook whose first sheet is empty has no header row', async () => {
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(folder, 'empty.xlsx') });
    writer.addWorksheet('机构').commit();
    await writer.commit();
    const opened = await openFile(readFileSync(join(folder, 'empty.xlsx')), isInstitutionsHeader);
    expect(opened).toEqual({
      problem: {
        line: 1,
        column: '',
        message: 'the first sheet has no header row naming the columns of this kind',
      },
    });
  });

  it('names the first sheet where its instructions come before the sheet of records', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('填写说明').addRow(['列', '新增记录时', '填写方法']);
    workbook.addWorksheet('数据').addRow(['机构名称', '机构类型']);
    const opened = await openFile(
      Buffer.from(await workbook.xlsx.writeBuffer()),
      isInstitutionsHeader,
    );
    const { message } = (opened as { problem: { message: string } }).problem;
    expect(message).toBe(
      'the first sheet ("填写说明") has no header row naming the columns of this kind: move the sheet of records to the front, or save it on its own, and import again',
    );
    expect(inChinese(message)).toBe(
      '第一个工作表（“填写说明”）中没有列出此类记录各列名称的表头行：请把记录所在的工作表移到最前面，或将其单独保存后重新导入',
    );
  });
});

describe('dates as East Asian Excel and WPS format them', () => {
  /**
   * A workbook whose date cell has a built-in format, as Chinese Excel and WPS write a cell typed
   * 2024年3月5日 (id 31): no format of its own in the styles part, only the built-in id.
   */
  async function withBuiltInFormat(id: number): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('机构');
    sheet.addRow(['机构名称', '成立时间']);
    sheet.addRow(['长日期格式社工中心', new Date(Date.UTC(2024, 2, 5))]);
    sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
    const written = Buffer.from(await book.xlsx.writeBuffer());
    return withPart(written, 'xl/styles.xml', (xml) => {
      const [own, ownId] = /<numFmt numFmtId="(\d+)" formatCode="yyyy-mm-dd"\/>/.exec(xml)!;
      return xml.replace(own, '').replaceAll(`numFmtId="${ownId}"`, `numFmtId="${id}"`);
    });
  }

  it.each([
    [31, '2024-03-05'],
    [58, '2024-03-05'],
    [14, '2024-03-05'],
    // 2024年3月: a year and a month, as the cell shows it, not a day nobody typed.
    [57, '2024-03'],
    [27, '2024-03'],
  ])('reads a date cell of the built-in format %i as %s', async (id, date) => {
    const { rows } = await rowsOf(await withBuiltInFormat(id));
    expect(rows.map((row) => row.cells)).toEqual([['长日期格式社工中心', date]]);
  });

  it('reads a date cell that shows the year alone as the year, not its January', async () => {
    for (const format of ['yyyy', 'yyyy"年"']) {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('机构');
      sheet.addRow(['机构名称', '成立时间']);
      sheet.addRow(['年份格式社工中心', new Date(Date.UTC(2003, 0, 1))]);
      sheet.getCell('B2').numFmt = format;
      const { rows } = await rowsOf(Buffer.from(await book.xlsx.writeBuffer()));
      expect(rows.map((row) => row.cells)).toEqual([['年份格式社工中心', '2003']]);
    }
  });

  it('refuses 2003.10 kept as the number 2003.1, which may be January or October', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('机构');
    sheet.addRow(['机构名称', '成立时间']);
    sheet.addRow(['小数年月社工中心', 2003.1]);
    const { rows } = await rowsOf(Buffer.from(await book.xlsx.writeBuffer()));
    expect(cellValue('institutions', 'foundedOn', rows[0]!.cells[1]!)).toEqual({
      problem: expect.stringMatching(/^2003\.1 may be 2003-01 or 2003-10/),
    });
  });

  it('gives a time alone whole, for the validation to refuse as no date', async () => {
    const { rows } = await rowsOf(await withBuiltInFormat(32));
    expect(rows[0]!.cells[1]).toMatch(/^2024-03-05T/);
  });
});

describe('the sheet a person sees first', () => {
  it('is read, though its part comes after another sheet’s in the file', async () => {
    const book = new ExcelJS.Workbook();
    const original = book.addWorksheet('数据（原始）');
    const copy = book.addWorksheet('数据（已修改）');
    original.addRow(['机构名称', '成立时间']);
    original.addRow(['原名', '2020']);
    copy.addRow(['机构名称', '成立时间']);
    copy.addRow(['改后的名称', '2020']);
    const written = Buffer.from(await book.xlsx.writeBuffer());
    // The copy moved before the original: the workbook part lists the tabs in their new order.
    const moved = await withPart(written, 'xl/workbook.xml', (xml) =>
      xml.replace(
        /<sheets>([\s\S]*?)<\/sheets>/,
        (_, tabs: string) =>
          `<sheets>${tabs
            .match(/<sheet [^>]*\/>/g)!
            .reverse()
            .join('')}</sheets>`,
      ),
    );
    expect((await rowsOf(moved)).rows.map((row) => row.cells)).toEqual([['改后的名称', '2020']]);
    expect((await rowsOf(written)).rows.map((row) => row.cells)).toEqual([['原名', '2020']]);
    // Links spelt from the package's root, as openpyxl writes them: the tabs still find their parts.
    const rooted = await withPart(moved, 'xl/_rels/workbook.xml.rels', (xml) =>
      xml.replaceAll('Target="worksheets/', 'Target="/xl/worksheets/'),
    );
    expect((await rowsOf(rooted)).rows.map((row) => row.cells)).toEqual([['改后的名称', '2020']]);
  });
});

describe('numbers a spreadsheet holds in place of codes', () => {
  it('writes a number of 16 digits or more as the spreadsheet shows it, which no code column takes', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('社工');
    sheet.addRow(['机构名称', '证书编号', '统一社会信用代码']);
    // As Excel stores 2019035450001234 typed into a column of the General format: 15 digits kept.
    sheet.addRow(['甲', 2019035450001230, 123456789012345]);
    const { rows } = await rowsOf(Buffer.from(await book.xlsx.writeBuffer()));
    expect(rows[0]!.cells).toEqual(['甲', '2.01903545000123E+15', '123456789012345']);
    expect(cellValue('social-workers', 'certificateNumber', rows[0]!.cells[1]!)).toEqual({
      problem:
        'was taken for a number by the spreadsheet, which lost its last digits: format the column as text and type the code again',
    });
    expect(
      inChinese(
        'was taken for a number by the spreadsheet, which lost its last digits: format the column as text and type the code again',
      ),
    ).toBe('被表格程序当成了数字，末几位已丢失：请把该列设为“文本”格式后重新输入');
    // As a CSV Excel saved writes it, and in the institution a worker is in.
    expect(cellValue('institutions', 'creditCode', '1.245E+17')).toHaveProperty('problem');
    expect(cellValue('social-workers', 'institutionCreditCode', '9.1E+17')).toHaveProperty(
      'problem',
    );
  });

  it('reads five digits in a date column as the date Excel keeps as that serial number', () => {
    expect(cellValue('institutions', 'foundedOn', '45356')).toEqual({ value: '2024-03-05' });
    expect(cellValue('social-workers', 'startedOn', '36526')).toEqual({ value: '2000-01-01' });
    // 20243 may be 2024年3月 typed short as well as a day of 1955: refused, saying both.
    expect(cellValue('institutions', 'foundedOn', '20243')).toEqual({
      problem: expect.stringMatching(
        /^20243 may be 2024-03 typed short or the date Excel keeps as 20243 \(1955-06-03\)/,
      ),
    });
  });

  it('reads a founding before 1970 from a workbook, a number of the General format or a date cell', async () => {
    const path = join(folder, 'founded-1962.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('机构');
    sheet.addRow(['机构名称', '成立时间']);
    sheet.addRow(['南宁市第一人民医院', 22951]);
    sheet.addRow(['南宁市第二人民医院', new Date(Date.UTC(1962, 10, 1))]);
    sheet.getCell('B3').numFmt = 'yyyy-mm-dd';
    await book.xlsx.writeFile(path);
    const { rows } = await rowsOf({ path });
    expect(rows.map((row) => row.cells[1])).toEqual(['22951', '1962-11-01']);
    for (const row of rows)
      expect(cellValue('institutions', 'foundedOn', row.cells[1]!)).toEqual({
        value: '1962-11-01',
      });
  });

  it('keeps a code with an E in it that is no number (a programme key 2024E001)', () => {
    expect(cellValue('programs', 'key', '2024E001')).toEqual({ value: '2024E001' });
    expect(cellValue('institutions', 'creditCode', '9111010812E4567890')).toEqual({
      value: '9111010812E4567890',
    });
  });
});

describe('workbooks the registry writes', () => {
  it('format the code columns as text, so that a code typed into them keeps every digit', async () => {
    const rows = async function* () {
      yield ['甲机构', '社会工作服务机构', '12640100MJX000000X'];
    };
    for (const [file, write] of [
      ['template.xlsx', (path: string) => writeTemplate(path, 'institutions', 'zh')],
      [
        'export.xlsx',
        (path: string) =>
          writeXlsx(path, 'institutions', exportHeader('institutions', 'zh'), rows(), 'zh'),
      ],
    ] as const) {
      const path = join(folder, file);
      await write(path);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path);
      const sheet = book.worksheets[0]!;
      const header = sheet.getRow(1).values as string[];
      const textColumns = header.flatMap((name, index) =>
        sheet.getColumn(index).numFmt === '@' ? [name] : [],
      );
      expect(textColumns, file).toEqual(['统一社会信用代码']);
    }
  });
});
