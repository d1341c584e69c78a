import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportHeader, exportRows } from '../subgraphs/registry/src/import/export-rows.js';
import { importFile } from '../subgraphs/registry/src/import/import-file.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  writeCsv,
  writeTemplate,
  writeXlsx,
} from '../subgraphs/registry/src/import/write-files.js';
import { creditCodeCheckCharacter } from '../subgraphs/registry/src/writes/credit-code.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { regionBySlug, subgraphs } from '../subgraphs/regions.js';
import { createGateway } from '../gateway/src/gateway.js';
import { listen } from '../shared/listen.js';
import { bearer, data, useRegistryDatabase } from './harness.js';

const opened = useRegistryDatabase('import_export');
const ningxia = regionBySlug('ningxia');
const folder = mkdtempSync(join(tmpdir(), 'registry-export-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A valid Ningxia credit code (division 64) for row n. */
const creditCode = (n: number) => {
  const first17 = `12640000MB${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
};

const importAs = (
  file: string | Uint8Array,
  options: { mode?: 'create' | 'upsert' | 'update'; dryRun?: boolean; partial?: boolean } = {},
) =>
  importFile(opened.dataSource, file, {
    kind: 'institutions',
    region: ningxia,
    actor: 'test-ningxia',
    ...options,
  });

async function exported(language: 'zh' | 'en', format: 'csv' | 'xlsx'): Promise<Buffer> {
  const path = join(folder, `institutions-${language}.${format}`);
  const header = exportHeader('institutions', language);
  const rows = exportRows(opened.dataSource, 'institutions', ningxia, language);
  if (format === 'csv') await writeCsv(path, header, rows);
  else await writeXlsx(path, 'institutions', header, rows, language);
  return readFileSync(path);
}

/** The cells of an exported file as a spreadsheet shows them: a CSV's, or a workbook's first sheet's. */
async function sheetOf(path: string): Promise<string[][]> {
  if (path.endsWith('.csv')) return parse(readFileSync(path), { bom: true });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  const width = sheet.getRow(1).cellCount;
  return sheet
    .getSheetValues()
    .slice(1)
    .map((values) =>
      Array.from({ length: width }, (_, index) => String((values as unknown[])[index + 1] ?? '')),
    );
}

/** A workbook of text cells, as a spreadsheet saves a CSV file it opened. */
async function workbookOfTexts(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('programs');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Runs `ask` against a gateway whose Ningxia subgraph serves this file's database, as the region's
 * consumers read it (the other regions point nowhere: their fields would be null).
 */
async function throughGateway<T>(ask: (gatewayUrl: string) => Promise<T>): Promise<T> {
  const subgraph = await createRegistrySubgraph(ningxia, opened.dataSource);
  const server = await listen(subgraph.app, 0);
  const gateway = await createGateway({
    subgraphUrls: Object.fromEntries(
      subgraphs.map((s) => [s.name, s.name === 'ningxia' ? server.url : 'http://127.0.0.1:1/']),
    ),
    env: { ...process.env, RESPONSE_CACHE: 'off' },
  });
  const listening = await listen(gateway.app, 0);
  try {
    return await ask(listening.url);
  } finally {
    await listening.close();
    await gateway.stop();
    await server.close();
    await subgraph.stop();
  }
}

const nameOf = async (code: string) =>
  (
    await opened.dataSource.query(`SELECT name, version FROM institution WHERE credit_code = $1`, [
      code,
    ])
  )[0] as { name: string; version: number };

describe('a Ningxia team keeps its registry in a spreadsheet', () => {
  it('creates 20 institutions from a file with Chinese headers and Chinese labels', async () => {
    const lines = ['机构名称,机构类型,医院等级,统一社会信用代码,所在城市,服务领域'];
    for (let n = 1; n <= 20; n++)
      lines.push(
        n === 1
          ? `银川市第一人民医院,综合医院,三级,${creditCode(n)},银川市,医务、老年人`
          : `宁夏导入测试机构${n},Social work agency,,${creditCode(n)},银川市,ELDERLY`,
      );
    const report = await importAs(lines.join('\n'));
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ rows: 20, created: 20, written: true });
    const [hospital] = await opened.dataSource.query(
      `SELECT kind, grade, service_fields FROM institution WHERE credit_code = $1`,
      [creditCode(1)],
    );
    expect(hospital).toEqual({
      kind: 'GENERAL_HOSPITAL',
      grade: 'TERTIARY',
      service_fields: ['MEDICAL', 'ELDERLY'],
    });
  });

  it.each([
    ['zh', 'csv'],
    ['en', 'csv'],
    ['zh', 'xlsx'],
    ['en', 'xlsx'],
  ] as const)(
    'exports them (%s, %s) and re-imports the export with nothing to change',
    async (language, format) => {
      const file = await exported(language, format);
      if (format === 'csv') {
        const text = file.toString('utf8');
        expect(text.split('\n')[0]).toBe(
          language === 'zh'
            ? '\uFEFF记录编号,版本,机构名称,英文名称,机构类型,医院等级,统一社会信用代码,所在城市,所在区县,所在乡镇（街道）,社会工作设置,开展社会工作时间,成立时间,服务领域,当前时期开始日期,数据来源类别'
            : '\uFEFFid,version,name,nameEn,kind,grade,creditCode,city,county,township,socialWorkSetup,socialWorkSince,foundedOn,serviceFields,currentSince,provenance',
        );
        expect(text).toContain(
          language === 'zh'
            ? `综合医院,三级,${creditCode(1)}`
            : `GENERAL_HOSPITAL,TERTIARY,${creditCode(1)}`,
        );
        expect(text).toMatch(/^NX-\d+,1,/m);
      }
      const report = await importAs(file, { mode: 'upsert' });
      expect(report.problems).toEqual([]);
      expect(report).toMatchObject({
        rows: 20,
        created: 0,
        updated: [],
        unchanged: 20,
        written: false,
      });
    },
  );

  it('dry-runs an edited name, imports it with audit and change feed, re-imports it unchanged, and refuses a stale version', async () => {
    const original = (await exported('zh', 'csv')).toString('utf8');
    const edited = original.replace('银川市第一人民医院,', '银川市第一人民医院（更正名称）,');
    expect(edited).not.toBe(original);
    const before = await nameOf(creditCode(1));
    const audits = async () =>
      (await opened.dataSource.query(`SELECT count(*)::int AS n FROM audit`))[0].n as number;
    const auditsBefore = await audits();

    const dryRun = await importAs(edited, { mode: 'upsert', dryRun: true });
    expect(dryRun.problems).toEqual([]);
    expect(dryRun.updated).toEqual([
      {
        line: 2,
        id: expect.stringMatching(/^NX-\d+$/),
        fields: ['name'],
        // What the dry run shows under the row: the name before and after.
        changes: [
          { field: 'name', before: '银川市第一人民医院', after: '银川市第一人民医院（更正名称）' },
        ],
        cleared: [],
        published: false,
      },
    ]);
    expect(dryRun).toMatchObject({ created: 0, unchanged: 19, written: false });
    expect(await nameOf(creditCode(1))).toEqual(before);
    expect(await audits()).toBe(auditsBefore);

    // The default mode adds records only: the correction is refused at its cell, with the mode that
    // writes it, never passed over as "ignored" with nothing written and nothing said.
    const created = await importAs(edited);
    expect(created.problems).toEqual([
      {
        line: 2,
        column: '机构名称',
        message: expect.stringMatching(/^differs from NX-\d+ as registered: create mode only adds/),
        typed: '银川市第一人民医院（更正名称）',
      },
    ]);
    expect(inChinese(created.problems[0]!.message)).toMatch(/请用 --mode upsert 导入$/);
    expect(created).toMatchObject({ created: 0, unchanged: 19, ignored: 0, written: false });
    expect(await nameOf(creditCode(1))).toEqual(before);
    expect(await importAs(original)).toMatchObject({ problems: [], unchanged: 20, ignored: 0 });

    const [{ last }] = await opened.dataSource.query(`SELECT max(id)::text AS last FROM audit`);
    const imported = await importAs(edited, { mode: 'upsert' });
    expect(imported).toMatchObject({ unchanged: 19, written: true });
    expect(imported.updated).toHaveLength(1);
    expect(await nameOf(creditCode(1))).toEqual({
      name: '银川市第一人民医院（更正名称）',
      version: before.version + 1,
    });

    // The audit keeps the name before and after; the change feed, read through the gateway as the
    // region's consumers read it, shows the update with its fields.
    const audited = await opened.dataSource.query(
      `SELECT action, actor, entity, before->>'name' AS before, after->>'name' AS after FROM audit WHERE id > $1`,
      [last],
    );
    expect(audited).toEqual([
      {
        action: 'import',
        actor: 'test-ningxia',
        entity: 'institution',
        before: '银川市第一人民医院',
        after: '银川市第一人民医院（更正名称）',
      },
    ]);
    const feed = await throughGateway(async (gatewayUrl) =>
      data(
        gatewayUrl,
        `query ($after: ID) { ningxia { changes(after: $after) { changes { action actor entityId changedFields } } } }`,
        { after: `NX-${last}` },
        await bearer({ role: 'admin' }),
      ),
    );
    expect(feed.ningxia.changes.changes).toEqual([
      {
        action: 'import',
        actor: 'test-ningxia',
        entityId: imported.updated[0]!.id,
        changedFields: ['name'],
      },
    ]);

    const again = await importAs(edited, { mode: 'upsert' });
    expect(again).toMatchObject({ updated: [], unchanged: 20, conflicts: [], written: false });

    // The original export still carries version 1 of the hospital: its old name would undo the fix.
    const stale = await importAs(original, { mode: 'upsert' });
    expect(stale.conflicts).toEqual([
      {
        line: 2,
        id: imported.updated[0]!.id,
        message: expect.stringContaining(
          `is at version ${before.version + 1}, the file has version ${before.version}`,
        ),
        current: expect.objectContaining({ name: '银川市第一人民医院（更正名称）' }),
      },
    ]);
    expect(stale).toMatchObject({ updated: [], written: false });
    expect((await nameOf(creditCode(1))).name).toBe('银川市第一人民医院（更正名称）');

    // A row deleted from the export deletes nothing, and the summary says which record it left.
    const [headerLine, firstRow, ...others] = edited.split('\n');
    const deleted = await importAs([headerLine, ...others].join('\n'), { mode: 'upsert' });
    expect(deleted).toMatchObject({
      unchanged: 19,
      notInFile: { count: 1, ids: [imported.updated[0]!.id] },
    });
    expect(firstRow).toContain('银川市第一人民医院（更正名称）');
    expect((await importAs(edited, { mode: 'upsert' })).notInFile).toEqual({ count: 0, ids: [] });
    // A file not read to its end (a quote that never closes) says no record is left out of it:
    // its unread rows may hold them.
    const cut = await importAs(
      [headerLine, firstRow, `"${others[0]}`, ...others.slice(1)].join('\n'),
      {
        mode: 'upsert',
      },
    );
    expect(cut.problems.map((p) => p.message).join(' ')).toContain('Quote Not Closed');
    expect(cut.notInFile).toBeUndefined();

    // A row whose id was cleared, found by its credit code, and a row the team added are in the file
    // too: neither is said to be left out.
    const columns = headerLine!.replace(/^\uFEFF/, '').split(',');
    const id = columns.indexOf('记录编号');
    expect(id).toBeGreaterThanOrEqual(0);
    const cleared = firstRow!
      .split(',')
      .map((cell, i) => (i === id ? '' : cell))
      .join(',');
    const added = `银川市新增社工站测试,社会工作站,${creditCode(777)}`;
    const withAdded = [
      `${headerLine}`,
      cleared,
      ...others.filter(Boolean),
      columns
        .map((column) =>
          column === '机构名称'
            ? added.split(',')[0]
            : column === '机构类型'
              ? added.split(',')[1]
              : column === '统一社会信用代码'
                ? added.split(',')[2]
                : '',
        )
        .join(','),
    ].join('\n');
    const sequence = async () =>
      (
        await opened.dataSource.query(
          `SELECT pg_sequence_last_value(pg_get_serial_sequence('institution', 'id')) AS last`,
        )
      )[0].last;
    const drawn = await sequence();
    const report = await importAs(withAdded, { mode: 'upsert', dryRun: true });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ created: 1, notInFile: { count: 0, ids: [] } });
    // A dry run draws no record number: the next record is numbered as if it had not run.
    expect(await sequence()).toBe(drawn);
  });

  it('dry-runs and imports a name edited in an exported workbook', async () => {
    const path = join(folder, 'edited.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported('zh', 'xlsx')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = sheet.getRow(1).values as string[];
    const [nameColumn, codeColumn] = [
      header.indexOf('机构名称'),
      header.indexOf('统一社会信用代码'),
    ];
    let edited = 0;
    sheet.eachRow((row, line) => {
      if (line > 1 && row.getCell(codeColumn).value === creditCode(2)) {
        row.getCell(nameColumn).value = '宁夏导入测试机构2（表格更正）';
        edited = line;
      }
    });
    expect(edited).toBeGreaterThan(1);
    await workbook.xlsx.writeFile(path);
    const before = await nameOf(creditCode(2));

    const dryRun = await importAs(readFileSync(path), { mode: 'upsert', dryRun: true });
    expect(dryRun.problems).toEqual([]);
    expect(dryRun.updated).toMatchObject([
      {
        line: edited,
        id: expect.stringMatching(/^NX-\d+$/),
        fields: ['name'],
        cleared: [],
        published: false,
      },
    ]);
    expect(await nameOf(creditCode(2))).toEqual(before);

    const imported = await importAs(readFileSync(path), { mode: 'upsert' });
    expect(imported).toMatchObject({ created: 0, unchanged: 19, written: true });
    expect(imported.updated).toHaveLength(1);
    expect(await nameOf(creditCode(2))).toEqual({
      name: '宁夏导入测试机构2（表格更正）',
      version: before.version + 1,
    });
  });

  it("refuses both rows where one's id was typed over with another's, even with --partial", async () => {
    const [header, first, second, ...rest] = (await exported('zh', 'csv'))
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n');
    const idOf = (line: string) => line.split(',')[0]!;
    // The first row now says it is the second's record, with the first's values.
    const typedOver = [
      header,
      `${idOf(second!)}${first!.slice(idOf(first!).length)}`,
      second,
      ...rest,
    ];
    const report = await importAs(typedOver.join('\n'), { mode: 'upsert', partial: true });
    expect(report.problems.map(({ line, column, message }) => ({ line, column, message }))).toEqual(
      [
        {
          line: 2,
          column: '记录编号',
          message:
            'is repeated on line 3: rows that name one record are refused together; keep only the one meant, or, for a new record, clear the id and version of the copy',
        },
        { line: 3, column: '记录编号', message: 'repeats line 2' },
      ],
    );
    expect(report.updated).toEqual([]);
  });

  it("blames a formula never calculated on its own column, past a notes column, and never on the team's notes", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('机构');
    sheet.addRow(['机构名称', '机构类型', '备注', '所在城市']);
    sheet.addRow(['宁夏公式测试站甲', '社会工作站', { formula: 'A2&"待核"' }, '银川市']);
    sheet.addRow(['宁夏公式测试站乙', '社会工作站', '已核', { formula: 'A3' }]);
    const report = await importAs(Buffer.from(await workbook.xlsx.writeBuffer()), {
      dryRun: true,
    });
    expect(report.problems).toEqual([
      expect.objectContaining({
        line: 3,
        column: '所在城市',
        message: expect.stringMatching(/^is a formula whose value the file does not hold/),
      }),
    ]);
    expect(report.notesColumns).toEqual(['备注']);
  });

  it('refuses cells merged over rows, which would clear all but the first, and reads a title merged above the header and notes merged or alone', async () => {
    const edited = async (edit: (sheet: ExcelJS.Worksheet, cityColumn: string) => void) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await exported('zh', 'xlsx')) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const cityColumn = sheet
        .getRow(1)
        .getCell((sheet.getRow(1).values as string[]).indexOf('所在城市'))
        .address.replace(/\d+$/, '');
      edit(sheet, cityColumn);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    const cities = () => opened.dataSource.query(`SELECT id, city FROM institution ORDER BY id`);
    const before = await cities();
    // The cities of the first two records merged, as a person groups rows of one city.
    const merged = await edited((sheet, city) => sheet.mergeCells(`${city}2:${city}3`));
    const refused = await importAs(merged, { mode: 'upsert', partial: true });
    expect(refused).toMatchObject({ written: false });
    expect(refused.problems).toEqual([
      {
        line: 2,
        column: '',
        message: expect.stringMatching(
          /^cells [A-Z]+2:[A-Z]+3 are merged: a merged range keeps its value in its first cell only/,
        ),
      },
    ]);
    expect(inChinese(refused.problems[0]!.message)).toMatch(
      /^单元格 [A-Z]+2:[A-Z]+3 是合并单元格：合并后只有第一格有值，其余各格会被读作空白/,
    );
    expect(await cities()).toEqual(before);
    // A title above the header, merged across it, clears nothing.
    const titled = await edited((sheet) => {
      sheet.spliceRows(1, 0, ['宁夏回族自治区机构名单']);
      sheet.mergeCells('A1:D1');
    });
    const read = await importAs(titled, { mode: 'upsert', dryRun: true });
    expect(read.problems).toEqual([]);
    expect(read.unchanged).toBe(read.rows);
    // A note of the team's merged over rows clears no field: the import passes notes over.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('机构');
    sheet.addRow(['机构名称', '机构类型', '所在城市', '备注']);
    sheet.addRow(['宁夏合并备注测试站甲', '社会工作站', '银川市', '同一街道']);
    sheet.addRow(['宁夏合并备注测试站乙', '社会工作站', '银川市', null]);
    sheet.mergeCells('D2:D3');
    // And a line of notes alone under the records is no record.
    sheet.addRow([null, null, null, '以上数据截至 2025 年底']);
    const withNotes = await importAs(Buffer.from(await workbook.xlsx.writeBuffer()), {
      dryRun: true,
    });
    expect(withNotes).toMatchObject({ rows: 2, created: 2, problems: [] });
    expect(withNotes.notesColumns).toEqual(['备注']);
  });

  it('finds an institution by its credit code and by part of its city, and shows the code', async () => {
    const subgraph = await createRegistrySubgraph(ningxia, opened.dataSource);
    const server = await listen(subgraph.app, 0);
    try {
      const found = await data(
        server.url,
        `query ($filter: InstitutionFilter) { ningxia { institutions(filter: $filter) { totalCount edges { node { name creditCode } } } } }`,
        { filter: { creditCode: creditCode(3).toLowerCase(), cityContains: '银川' } },
        await bearer({ role: 'analyst' }),
      );
      expect(found.ningxia.institutions).toEqual({
        totalCount: 1,
        edges: [{ node: { name: '宁夏导入测试机构3', creditCode: creditCode(3) } }],
      });
      const elsewhere = await data(
        server.url,
        `{ ningxia { institutions(filter: { cityContains: "石嘴山" }) { totalCount } } }`,
        {},
        await bearer({ role: 'analyst' }),
      );
      expect(elsewhere.ningxia.institutions.totalCount).toBe(0);
    } finally {
      await server.close();
      await subgraph.stop();
    }
  });

  it('writes a template with Chinese headers, a data dictionary and dropdowns, which imports once filled in', async () => {
    const path = join(folder, '模板.xlsx');
    await writeTemplate(path, 'institutions', 'zh', ningxia);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const [sheet, dictionary] = workbook.worksheets;
    expect(dictionary!.name).toBe('数据字典');
    expect((sheet!.getRow(1).values as string[]).slice(1, 7)).toEqual([
      '记录编号',
      '版本',
      '机构名称',
      '英文名称',
      '机构类型',
      '医院等级',
    ]);
    expect(dictionary!.getSheetValues().flat()).toEqual(
      expect.arrayContaining(['机构类型', '综合医院', 'GENERAL_HOSPITAL', 'General hospital']),
    );
    // A sheet of instructions says which columns a new record needs, and how each is filled in.
    const instructions = workbook.worksheets[2]!;
    expect(instructions.name).toBe('填写说明');
    const rows = (instructions.getSheetValues() as unknown[][])
      .filter(Boolean)
      .map((row) => row.slice(1, 4));
    // A credit code where the institution has one: a township station may have none.
    expect(rows.filter(([, needed]) => needed === '必填').map(([column]) => column)).toEqual([
      '机构名称',
      '机构类型',
    ]);
    expect(rows).toContainEqual([
      '成立时间',
      '',
      '年份、年月或日期：2020、2020-03 或 2020-03-01（也可写作 2020/3/1、2020年3月1日），也可填 Excel 日期。',
    ]);
    // The kind column (E) offers the Chinese labels as a dropdown.
    const kindRule = sheet!.getCell('E2').dataValidation;
    expect(kindRule).toMatchObject({ type: 'list' });
    expect(kindRule.formulae![0]).toContain('综合医院');
    // For a region, the city column (H) offers its prefecture-level divisions, listed in the dictionary.
    expect(sheet!.getCell('H1').value).toBe('所在城市');
    const cityRule = sheet!.getCell('H2').dataValidation;
    expect(cityRule).toMatchObject({ type: 'list' });
    const [, from, to] = /^'数据字典'!\$B\$(\d+):\$B\$(\d+)$/.exec(cityRule.formulae![0]!)!;
    const listed = Array.from(
      { length: Number(to) - Number(from) + 1 },
      (_, i) => dictionary!.getCell(`B${Number(from) + i}`).value,
    );
    expect(listed).toEqual(ningxia.cities);

    // Filled in as a team would: a label from the dropdown, a founding date typed as a date.
    sheet!.addRow([
      '',
      '',
      '宁夏模板测试医院',
      '',
      '综合医院',
      '二级',
      creditCode(50),
      '吴忠市',
      '',
      '',
      '',
      '',
      new Date(Date.UTC(2001, 4, 20)),
      '医务',
    ]);
    const filled = join(folder, 'filled.xlsx');
    await workbook.xlsx.writeFile(filled);
    const report = await importAs(readFileSync(filled));
    expect(report.problems).toEqual([]);
    expect(report.created).toBe(1);
    const [row] = await opened.dataSource.query(
      `SELECT kind, grade, founded_on, service_fields FROM institution WHERE credit_code = $1`,
      [creditCode(50)],
    );
    expect(row).toEqual({
      kind: 'GENERAL_HOSPITAL',
      grade: 'SECONDARY',
      founded_on: '2001-05-20',
      service_fields: ['MEDICAL'],
    });
  });

  it('refuses rows without an id in update mode, and names records by their global id', async () => {
    const report = await importAs(`统一社会信用代码,机构名称\n${creditCode(2)},新名称`, {
      mode: 'update',
    });
    expect(report.problems).toEqual([
      { line: 1, column: 'id', message: expect.stringContaining('update mode') },
    ]);
    const missing = await importAs(`记录编号,机构名称\nNX-999999,新名称`, { mode: 'update' });
    expect(missing.problems).toEqual([
      {
        line: 2,
        column: '记录编号',
        message:
          'NX-999999 is not a record of this registry (it may have been removed since the file was exported): export again, or clear the id and version to add the row as a new record',
        typed: 'NX-999999',
      },
    ]);
    // What to do, in Chinese too: the record may be gone (removed with the demo data, say).
    expect(inChinese(missing.problems[0]!.message)).toBe(
      'NX-999999 不是本登记库的记录（可能在导出后已被删除）：请重新导出，或清空记录编号和版本，作为新记录导入',
    );
  });

  it("marks a change to a record a document names, which makes it the region's own", async () => {
    const [{ id }] = await opened.dataSource.query(
      `INSERT INTO institution (name, kind, city, provenance) VALUES ('宁夏公开报道所载机构', 'SOCIAL_WORK_AGENCY', '银川市', 'PUBLISHED') RETURNING id::text AS id`,
    );
    const dryRun = await importAs(`记录编号,版本,所在城市\nNX-${id},1,吴忠市`, {
      mode: 'update',
      dryRun: true,
    });
    expect(dryRun.updated).toMatchObject([
      { line: 2, id: `NX-${id}`, fields: ['city'], cleared: [], published: true },
    ]);
  });

  it("refuses a row that moves a closed institution's founding past its closing, as the update mutation does", async () => {
    const [{ id }] = await opened.dataSource.query(
      `INSERT INTO institution (name, kind, city, founded_on, status, closed_on, provenance)
       VALUES ('宁夏已关闭测试站', 'SOCIAL_WORK_STATION', '银川市', '2019', 'CLOSED', '2021-06-30', 'REGISTERED')
       RETURNING id::text AS id`,
    );
    const report = await importAs(`记录编号,版本,成立时间\nNX-${id},1,2022`, { mode: 'update' });
    expect(report.updated).toEqual([]);
    expect(report.problems).toEqual([
      {
        line: 2,
        column: '成立时间',
        message: `NX-${id}: must not be after closedOn (2021-06-30)`,
      },
    ]);
    expect(inChinese(report.problems[0]!.message)).toBe(`NX-${id}：不能晚于关闭日期（2021-06-30）`);
    expect(
      await opened.dataSource.query(`SELECT founded_on FROM institution WHERE id = $1`, [id]),
    ).toEqual([{ founded_on: '2019' }]);
  });

  it('refuses an unknown label naming the allowed ones, at line and column', async () => {
    const report = await importAs(
      `机构名称,机构类型,统一社会信用代码\n某医院,大医院,${creditCode(40)}`,
    );
    expect(report.problems).toEqual([
      {
        line: 2,
        column: '机构类型',
        message: expect.stringContaining('"大医院" is not one of 综合医院 (GENERAL_HOSPITAL)'),
        typed: '大医院',
      },
    ]);
  });

  it('says at once every problem of a row that would create a record, the fields it lacks too', async () => {
    const bad = creditCode(42).slice(0, 17) + (creditCode(42).endsWith('0') ? '1' : '0');
    const report = await importAs(`机构名称,机构类型,统一社会信用代码\n,大医院,${bad}`);
    expect(report.problems).toEqual([
      {
        line: 2,
        column: '机构类型',
        message: expect.stringContaining('"大医院" is not one of'),
        typed: '大医院',
      },
      {
        line: 2,
        column: '统一社会信用代码',
        message: expect.stringContaining('check character'),
        typed: bad,
      },
      // An empty cell has nothing typed to show.
      { line: 2, column: '机构名称', message: 'is required' },
    ]);
    // A team's notes column is theirs: passed over, and said so.
    const withNotes = await importAs(
      `机构名称,机构类型,统一社会信用代码,备注\n带备注的社工站,社会工作服务机构,${creditCode(44)},下周核对地址`,
    );
    expect(withNotes).toMatchObject({ problems: [], created: 1, notesColumns: ['备注'] });
    // A new record's row written with a city as people say it (银川), beside a date no calendar
    // has: both at once, with what it lacks.
    const twice = await importAs(`机构类型,所在城市,成立时间\n社会工作服务机构,银川,2024年13月`);
    expect(twice.problems.map((p) => p.column)).toEqual(['成立时间', '机构名称', '所在城市']);
    // A row naming its record whose date no calendar has: its empty name, which would clear a
    // required field, and its city as people say it, judged with the record as its update would
    // be, are said with it, not in the next rounds.
    const [{ id: named }] = await opened.dataSource.query(
      `SELECT id FROM institution ORDER BY id LIMIT 1`,
    );
    const clearing = await importAs(
      `记录编号,版本,机构名称,所在城市,成立时间\nNX-${named},1,,银川,2024年13月`,
      { mode: 'update' },
    );
    expect(clearing.problems).toEqual([
      expect.objectContaining({ line: 2, column: '成立时间', typed: '2024年13月' }),
      { line: 2, column: '机构名称', message: 'is required' },
      expect.objectContaining({ line: 2, column: '所在城市', typed: '银川' }),
    ]);
    // A file without the kind's column: its rows lack it, said as the file's language names it.
    const noKind = await importAs(`机构名称,统一社会信用代码\n某社工站,${creditCode(43)}`);
    expect(noKind.problems).toEqual([{ line: 2, column: '机构类型', message: 'is required' }]);
    // A row naming its record changes only what it gives: nothing else is required of it.
    const [{ id }] = await opened.dataSource.query(
      `SELECT id FROM institution WHERE credit_code = $1`,
      [creditCode(3)],
    );
    const update = await importAs(`记录编号,机构类型\nNX-${id},大医院`, { mode: 'upsert' });
    expect(update.problems.map((p) => p.column)).toEqual(['机构类型']);
    // Nor is a row naming it by its key as typed (lower case), or by an id of another region.
    const byKey = await importAs(`统一社会信用代码,成立时间\n${creditCode(3).toLowerCase()},2999`, {
      mode: 'upsert',
    });
    expect(byKey.problems.map((p) => p.column)).toEqual(['成立时间']);
    const otherRegion = await importAs(`记录编号,机构类型\nBJ-5,大医院`, { mode: 'upsert' });
    expect(otherRegion.problems.map((p) => p.column)).toEqual(['记录编号', '机构类型']);
    // A field a record may be without is not required of it when its cell is empty: an export's
    // row with no service fields, refused for its id, is refused for that alone.
    const noFields = await importAs(`记录编号,机构名称,服务领域\nBJ-5,某社工站,`, {
      mode: 'upsert',
    });
    expect(noFields.problems.map((p) => p.column)).toEqual(['记录编号']);
  });

  it('refuses a NUL in a key or a name at its cell, and goes on', async () => {
    const institution = await importAs(
      `机构名称,机构类型,统一社会信用代码\n某机构,社会工作服务机构,1264\u0000X`,
    );
    expect(institution.problems).toEqual([
      {
        line: 2,
        column: '统一社会信用代码',
        message: 'must be 18 characters, not 6',
        typed: '1264\u0000X',
      },
    ]);
    const programme = await importFile(
      opened.dataSource,
      `name,nameEn,kind,year\n宁夏空字符项目\u0000,Nul,PILOT,2021\n`,
      { kind: 'programs', region: ningxia, actor: 'test-ningxia' },
    );
    expect(programme.problems).toEqual([
      {
        line: 2,
        column: 'name',
        message: expect.stringContaining('U+0000'),
        typed: '宁夏空字符项目\u0000',
      },
    ]);
  });

  it('says an empty file is empty, in Chinese and English, and writes nothing', async () => {
    for (const empty of ['', '\uFEFF', '\n\n']) {
      const report = await importAs(empty, { mode: 'upsert' });
      expect(report.problems).toEqual([
        {
          line: 1,
          column: '',
          message: 'the file is empty: it has no header row naming the columns of this kind',
        },
      ]);
      expect(report.written).toBe(false);
    }
  });

  it('says in one problem that a file of social workers is not one of institutions, naming its kind, and writes nothing', async () => {
    const before = await opened.dataSource.query(`SELECT count(*)::int AS n FROM institution`);
    const workers = [
      exportHeader('social-workers', 'zh').join(','),
      `,,王某,社会工作师,2023440100001234,2020-06-01,${creditCode(42)},全职,社会招聘,老年人,,2024-03-01,`,
    ].join('\n');
    const report = await importAs(workers, { mode: 'upsert' });
    expect(report.problems).toEqual([
      {
        line: 1,
        column: '',
        message:
          "the header's columns are those of social workers (姓名, 证书等级, 证书编号, 证书取得日期), not of institutions: import the file with --kind social-workers",
      },
    ]);
    expect(inChinese(report.problems[0]!.message)).toBe(
      '表头中的“姓名”“证书等级”“证书编号”“证书取得日期”是社工记录的列，不是机构记录的列：请改用 --kind social-workers 导入',
    );
    expect(report.written).toBe(false);
    expect(await opened.dataSource.query(`SELECT count(*)::int AS n FROM institution`)).toEqual(
      before,
    );
  });

  it('still names each unknown column of a header of no other kind, a wrapped one on one line', async () => {
    // 机构 and 类型 on two lines of their cell (Alt+Enter) are 机构类型; 负责人 and 电话 are no column.
    const report = await importAs(
      `机构名称,"机构\n类型",统一社会信用代码,"负责人\n电话"\n宁夏某机构,社会工作服务机构,${creditCode(43)},李四\n`,
    );
    expect(report.problems).toEqual([
      expect.objectContaining({
        line: 1,
        column: '负责人 电话',
        message: expect.stringMatching(/^is not a column of institutions; the columns are name, /),
      }),
    ]);
    // In Chinese each column is named by its header in the export (机构名称, not 名称).
    expect(inChinese(report.problems[0]!.message)).toMatch(
      /^不是此类记录的列；可用的列为 机构名称（name）、英文名称（nameEn）、机构类型（kind）/,
    );
  });

  it('reads a GB18030 file that starts with its byte-order mark', async () => {
    // 宁夏 in GB18030 after its mark (84 31 95 33).
    const bytes = Buffer.concat([
      Buffer.from('84319533', 'hex'),
      Buffer.from(`name,kind,creditCode\n`),
      Buffer.from('c4fecfc4', 'hex'),
      Buffer.from(`GB,SOCIAL_WORK_AGENCY,${creditCode(41)}\n`),
    ]);
    const report = await importAs(bytes);
    expect(report.problems).toEqual([]);
    expect((await nameOf(creditCode(41))).name).toBe('宁夏GB');
  });
});

describe('social workers at an institution without a credit code', () => {
  const exportWorkers = async (name: string) => {
    const path = join(folder, name);
    await writeCsv(
      path,
      exportHeader('social-workers', 'zh'),
      exportRows(opened.dataSource, 'social-workers', ningxia, 'zh'),
    );
    return path;
  };
  const importWorkers = (path: string, mode: 'update' | 'upsert' = 'update') =>
    importFile(
      opened.dataSource,
      { path },
      { kind: 'social-workers', region: ningxia, actor: 'test-ningxia', mode },
    );

  it('come back from an export still at it and on their programme, after it was given a credit code, and can be moved by its id', async () => {
    const [{ id: institution }] = await opened.dataSource.query(
      `INSERT INTO institution (name, kind, provenance) VALUES ('宁夏无代码社工站', 'SOCIAL_WORK_STATION', 'REGISTERED') RETURNING id::text AS id`,
    );
    const [{ id: other }] = await opened.dataSource.query(
      `INSERT INTO institution (name, kind, provenance) VALUES ('宁夏另一社工站', 'SOCIAL_WORK_STATION', 'REGISTERED') RETURNING id::text AS id`,
    );
    // Placed by a programme without a key, which the export names by its record id too.
    const [{ id: programme }] = await opened.dataSource.query(
      `INSERT INTO program (name, kind, provenance) VALUES ('宁夏无编号派驻项目', 'TRAINING', 'REGISTERED') RETURNING id::text AS id`,
    );
    const [{ id: worker }] = await opened.dataSource.query(
      `INSERT INTO social_worker (name, certificate_level, certificate_number, institution_id, program_id, provenance)
       VALUES ('无代码机构社工', 'ASSISTANT', 'NOCODE-000001', $1, $2, 'REGISTERED') RETURNING id::text AS id`,
      [institution, programme],
    );
    const stale = await exportWorkers('workers-before-code.csv');
    // The export names the institution by its record id, where it has no credit code to name it by.
    const [header, ...lines] = readFileSync(stale, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\n');
    const column = header!.split(',').indexOf('所在机构（统一社会信用代码或记录编号）');
    expect(column).toBeGreaterThan(0);
    const line = lines.find((l) => l.includes('NOCODE-000001'))!;
    expect(line.split(',')[column]).toBe(`NX-${institution}`);
    expect(line.split(',')[header!.split(',').indexOf('所属项目（项目编号或记录编号）')]).toBe(
      `NX-${programme}`,
    );

    // The institution is given a code after the export, by an import: the change feed shows it.
    const since = (await opened.dataSource.query(`SELECT now() AS at`))[0].at.toISOString();
    const coded = await importAs(
      `记录编号,版本,统一社会信用代码\nNX-${institution},1,${creditCode(900)}`,
      {
        mode: 'update',
      },
    );
    expect(coded.updated).toMatchObject([
      { line: 2, id: `NX-${institution}`, fields: ['creditCode'], cleared: [], published: false },
    ]);
    const feed = await throughGateway(async (gatewayUrl) =>
      data(
        gatewayUrl,
        `query ($since: String) { ningxia { changes(since: $since) { changes { entityId changedFields after { ... on InstitutionState { creditCode } } } } } }`,
        { since },
        await bearer({ role: 'admin' }),
      ),
    );
    expect(feed.ningxia.changes.changes).toEqual([
      {
        entityId: `NX-${institution}`,
        changedFields: ['creditCode'],
        after: { creditCode: creditCode(900) },
      },
    ]);
    // The stale file changes nothing of the worker.
    const again = await importWorkers(stale);
    expect(again.problems).toEqual([]);
    expect(again.updated).toEqual([]);
    const linked = async () =>
      (
        await opened.dataSource.query(
          `SELECT institution_id::text AS id FROM social_worker WHERE id = $1`,
          [worker],
        )
      )[0].id;
    const placedBy = async () =>
      (
        await opened.dataSource.query(
          `SELECT program_id::text AS id FROM social_worker WHERE id = $1`,
          [worker],
        )
      )[0].id;
    expect(await linked()).toBe(institution);
    expect(await placedBy()).toBe(programme);

    // A row naming another institution by its record id moves the worker there.
    const moved = join(folder, 'workers-moved.csv');
    writeFileSync(
      moved,
      `记录编号,版本,所在机构（统一社会信用代码或记录编号）\nNX-${worker},1,NX-${other}\n`,
    );
    const move = await importWorkers(moved);
    expect(move.problems).toEqual([]);
    expect(move.updated).toMatchObject([
      { line: 2, id: `NX-${worker}`, fields: ['institutionId'], cleared: [], published: false },
    ]);
    expect(await linked()).toBe(other);
    // A file without the programme column leaves the worker's programme as it was.
    expect(await placedBy()).toBe(programme);

    // Another region's id names no institution here.
    const wrong = join(folder, 'workers-wrong.csv');
    writeFileSync(
      wrong,
      `记录编号,所在机构（统一社会信用代码或记录编号）\nNX-${worker},GX-${other}\n`,
    );
    expect((await importWorkers(wrong)).problems).toEqual([
      {
        line: 2,
        column: '所在机构（统一社会信用代码或记录编号）',
        message: expect.stringContaining(`GX-${other}`),
        typed: `GX-${other}`,
      },
    ]);
  });
});

describe('a worker registered without a certificate, since certified', () => {
  it('is not registered twice by a row that gives the certificate but not their id', async () => {
    const [{ id }] = await opened.dataSource.query(
      `INSERT INTO social_worker (name, certificate_level, started_on, provenance)
       VALUES ('补证测试社工', 'NONE', '2022-03-01', 'REGISTERED') RETURNING id::text AS id`,
    );
    const row = '补证测试社工,ASSISTANT,BUZHENG-000001,2022-03-01';
    const certified = (file: string) =>
      importFile(opened.dataSource, file, {
        kind: 'social-workers',
        region: ningxia,
        actor: 'test-ningxia',
        mode: 'upsert',
      });
    const refused = await certified(`name,certificateLevel,certificateNumber,startedOn\n${row}`);
    expect(refused).toMatchObject({ created: 0, written: false });
    expect(refused.problems).toEqual([
      {
        line: 2,
        column: 'certificateNumber',
        message: expect.stringMatching(
          new RegExp(
            `^names no record, and the row's name and startedOn are those of NX-${id}, registered without a certificateNumber`,
          ),
        ),
        typed: 'BUZHENG-000001',
      },
    ]);
    const recorded = await certified(
      `id,version,name,certificateLevel,certificateNumber,startedOn\nNX-${id},1,${row}`,
    );
    expect(recorded).toMatchObject({ created: 0, written: true, problems: [] });
    expect(
      await opened.dataSource.query(
        `SELECT id::text AS id, certificate_number FROM social_worker WHERE name = '补证测试社工'`,
      ),
    ).toEqual([{ id, certificate_number: 'BUZHENG-000001' }]);
  });
});

describe('programmes a team names by name and year, without a key of its own', () => {
  const importProgrammes = (text: string, mode: 'create' | 'upsert' = 'upsert') =>
    importFile(opened.dataSource, text, {
      kind: 'programs',
      region: ningxia,
      actor: 'test-ningxia',
      mode,
    });
  const programme = async (name: string) =>
    (await opened.dataSource.query(
      `SELECT id::text AS id, key, year, batch FROM program WHERE name = $1 ORDER BY year`,
      [name],
    )) as { id: string; key: string | null; year: number | null; batch: string | null }[];

  it("refuses a key changed or cleared in a programme's row, which no import can write, rather than count the row unchanged", async () => {
    const created = await importProgrammes(
      'key,name,kind,year\nnx-key-kept,宁夏编号测试项目,PILOT,2021',
    );
    expect(created).toMatchObject({ created: 1, problems: [] });
    const { id } = (await programme('宁夏编号测试项目'))[0]!;
    for (const [typed, cell] of [
      ['nx-key-renamed', 'nx-key-renamed'],
      ['', undefined],
    ] as const) {
      const refused = await importProgrammes(
        `id,key,name,kind,year\nNX-${id},${typed},宁夏编号测试项目,PILOT,2021`,
      );
      expect(refused).toMatchObject({ written: false, unchanged: 0 });
      expect(refused.problems).toEqual([
        {
          line: 2,
          column: 'key',
          message: `differs from the key of NX-${id} (nx-key-kept): a programme's key names it from one import to the next and an import cannot change it; write it back as it was, or leave the column out`,
          ...(cell ? { typed: cell } : {}),
        },
      ]);
      expect(inChinese(refused.problems[0]!.message)).toBe(
        `与 NX-${id} 的项目编号（nx-key-kept）不同：项目编号在各次导入之间标识该项目，不能通过导入修改；请改回原值，或删去此列`,
      );
    }
    expect(await programme('宁夏编号测试项目')).toMatchObject([{ id, key: 'nx-key-kept' }]);
  });

  it('creates them, finds them again by name and year, and updates the one a row changes', async () => {
    const file = (batch: string) =>
      [
        '项目名称,项目类型,年度,批次',
        `宁夏社工站督导项目,示范项目,2024,第一批`,
        `宁夏社工站督导项目,示范项目,2025,${batch}`,
        `宁夏困境儿童关爱项目,培育项目,,第一批`,
      ].join('\n');
    const first = await importProgrammes(file('第一批'));
    expect(first.problems).toEqual([]);
    expect(first).toMatchObject({ rows: 3, created: 3, written: true });

    const again = await importProgrammes(file('第一批'));
    expect(again).toMatchObject({ created: 0, updated: [], unchanged: 3, written: false });

    const edited = await importProgrammes(file('第二批'));
    expect(edited.problems).toEqual([]);
    const [, of2025] = await programme('宁夏社工站督导项目');
    expect(edited).toMatchObject({
      created: 0,
      unchanged: 2,
      updated: [{ line: 3, id: `NX-${of2025!.id}`, fields: ['batch'], cleared: [] }],
    });
    expect(await programme('宁夏社工站督导项目')).toMatchObject([
      { key: null, year: 2024, batch: '第一批' },
      { key: null, year: 2025, batch: '第二批' },
    ]);
    expect(await programme('宁夏困境儿童关爱项目')).toMatchObject([{ year: null }]);
  });

  it('refuses a row whose name and year name two records, listing their ids', async () => {
    await importProgrammes(
      [
        'key,name,kind,year',
        'NX-TWIN-A,宁夏双名项目,PILOT,2023',
        'NX-TWIN-B,宁夏双名项目,PILOT,2023',
      ].join('\n'),
    );
    const twins = await programme('宁夏双名项目');
    const report = await importProgrammes('name,kind,year,batch\n宁夏双名项目,PILOT,2023,第三批');
    expect(report.problems).toEqual([
      {
        line: 2,
        column: 'name',
        message: expect.stringContaining(
          `names 2 records (NX-${twins[0]!.id}, NX-${twins[1]!.id}) by name and year`,
        ),
        typed: '宁夏双名项目',
      },
    ]);
    expect(report.written).toBe(false);
  });

  it('re-imports an export of two keyless programmes of one name and year, by their ids', async () => {
    // As createProgram stores them: no key.
    await opened.dataSource.query(
      `INSERT INTO program (name, kind, year, provenance) VALUES ('宁夏同名无编号项目', 'PILOT', 2021, 'REGISTERED'), ('宁夏同名无编号项目', 'PILOT', 2021, 'REGISTERED')`,
    );
    const path = join(folder, 'programs.csv');
    await writeCsv(
      path,
      exportHeader('programs', 'zh'),
      exportRows(opened.dataSource, 'programs', ningxia, 'zh'),
    );
    const report = await importFile(
      opened.dataSource,
      { path },
      {
        kind: 'programs',
        region: ningxia,
        actor: 'test-ningxia',
        mode: 'upsert',
      },
    );
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ created: 0, updated: [], written: false });
    expect(report.unchanged).toBe(report.rows);
  });

  it('refuses a keyless row whose name is far too long, as too long', async () => {
    // Varied, so that PostgreSQL cannot compress it into an index entry (about 2.7 KB at most).
    const name = Array.from({ length: 1_200 }, (_, i) =>
      String.fromCodePoint(0x4e00 + ((i * 7_919) % 20_000)),
    ).join('');
    const report = await importProgrammes(`name,kind,year\n${name},PILOT,2021`);
    expect(report.problems).toEqual([
      { line: 2, column: 'name', message: 'must be at most 300 characters', typed: name },
    ]);
  });

  it('refuses a file that names one programme twice by name and year', async () => {
    const report = await importProgrammes(
      'name,kind,year\n宁夏重复行项目,PILOT,2022\n宁夏重复行项目,TRAINING,2022',
    );
    expect(report.problems).toEqual([
      {
        line: 2,
        column: 'name',
        message:
          'is repeated on line 3: rows that name one record are refused together; keep only the one meant, or, for a new record, clear the id and version of the copy',
        typed: '宁夏重复行项目',
      },
      { line: 3, column: 'name', message: 'repeats line 2', typed: '宁夏重复行项目' },
    ]);
    expect(await programme('宁夏重复行项目')).toEqual([]);
  });

  it('creates a township station without a credit code, and finds it again by its name and place', async () => {
    const file = [
      '机构名称,机构类型,所在城市,所在区县,所在乡镇（街道）',
      '银川市兴庆区测试街道社会工作站,社会工作站,银川市,兴庆区,测试街道',
    ].join('\n');
    const created = await importAs(file);
    expect(created.problems).toEqual([]);
    expect(created).toMatchObject({ created: 1, written: true });
    // The same file again, as a team brings its list back: the station it made, unchanged.
    const again = await importAs(file, { mode: 'upsert' });
    expect(again).toMatchObject({ created: 0, unchanged: 1, problems: [] });
    // Its name typed again with half-width brackets and a full-width digit, it is the same
    // station, its name written as typed, not a station more.
    const retyped = file.replace('测试街道社会工作站,', '测试街道社会工作站(１),');
    await importAs(file.replace('测试街道社会工作站,', '测试街道社会工作站（1）,'), {
      mode: 'upsert',
    });
    expect(await importAs(retyped, { mode: 'upsert', dryRun: true })).toMatchObject({
      created: 0,
      updated: [expect.objectContaining({ fields: ['name'] })],
      problems: [],
    });
    // A template filled with new records, its id column empty, is no list of the registry's
    // records: nothing is said of the records it leaves out.
    const template = [
      '记录编号,版本,机构名称,机构类型,所在城市,所在区县,所在乡镇（街道）',
      ',,银川市兴庆区测试街道二社会工作站,社会工作站,银川市,兴庆区,测试街道二',
    ].join('\n');
    const filled = await importAs(template, { dryRun: true });
    expect(filled).toMatchObject({ created: 1, problems: [] });
    expect(filled.notInFile).toBeUndefined();
    // A row with its code left blank, of an institution registered with one, is refused rather
    // than registered a second time.
    const coded = [
      '机构名称,机构类型,统一社会信用代码,所在城市,所在区县,所在乡镇（街道）',
      `银川市兴庆区测试社工服务中心,社会工作服务机构,${creditCode(888)},银川市,兴庆区,测试街道`,
    ];
    expect(await importAs(coded.join('\n'))).toMatchObject({ created: 1, problems: [] });
    const blank = coded[1]!.replace(creditCode(888), '');
    const refused = await importAs([coded[0], blank].join('\n'), { mode: 'upsert' });
    expect(refused).toMatchObject({ created: 0, written: false });
    expect(refused.problems).toEqual([
      {
        line: 2,
        column: '统一社会信用代码',
        message: expect.stringMatching(
          /^is empty, and the row's name and city and county and township are those of NX-\d+, which has one: give the row its creditCode or its id/,
        ),
      },
    ]);
    expect(inChinese(refused.problems[0]!.message)).toMatch(
      /^为空，而此行的名称、所在城市、所在区县、所在乡镇（街道）与已有统一社会信用代码的 NX-\d+ 相同：请填写其统一社会信用代码或记录编号，以免重复登记$/,
    );
    const [station] = await opened.dataSource.query(
      `SELECT credit_code, kind, county, township FROM institution WHERE name = '银川市兴庆区测试街道社会工作站'`,
    );
    expect(station).toEqual({
      credit_code: null,
      kind: 'SOCIAL_WORK_STATION',
      county: '兴庆区',
      township: '测试街道',
    });
  });

  it('says of a new station in the township of one without a code the file leaves out that it may be that one renamed', async () => {
    const header = '机构名称,机构类型,所在城市,所在区县,所在乡镇（街道）';
    const station = (name: string) => `${name},社会工作站,银川市,兴庆区,测试改名街道`;
    expect(await importAs([header, station('测试改名街道社会工作站')].join('\n'))).toMatchObject({
      created: 1,
      problems: [],
    });
    const [{ id }] = await opened.dataSource.query(
      `SELECT id::text AS id FROM institution WHERE name = '测试改名街道社会工作站'`,
    );
    // The station renamed in a file without ids: a new row, in the same township.
    const renamed = await importAs([header, station('测试改名街道社工站（更名）')].join('\n'), {
      mode: 'upsert',
      dryRun: true,
    });
    expect(renamed).toMatchObject({ created: 1, problems: [] });
    expect(renamed.samePlace).toEqual([
      { line: 2, ids: [`NX-${id}`], place: '银川市兴庆区测试改名街道' },
    ]);
    // Another kind of institution in that township is no rename of it.
    const hospital = await importAs(
      [header, '测试改名街道卫生院,基层医疗卫生机构,银川市,兴庆区,测试改名街道'].join('\n'),
      { mode: 'upsert', dryRun: true },
    );
    expect(hospital).toMatchObject({ created: 1, problems: [] });
    expect(hospital.samePlace).toBeUndefined();
    // A file that names the station by its id as well says nothing of it.
    const both = await importAs(
      [
        `记录编号,${header}`,
        `NX-${id},${station('测试改名街道社会工作站')}`,
        `,${station('测试改名街道第二社会工作站')}`,
      ].join('\n'),
      { mode: 'upsert', dryRun: true },
    );
    expect(both).toMatchObject({ created: 1, problems: [] });
    expect(both.samePlace).toBeUndefined();
  });

  it('refuses a credit code written into the row of a station registered without one, unless the row gives its id', async () => {
    const place = '银川市,兴庆区,测试补码街道';
    const header = '机构名称,机构类型,所在城市,所在区县,所在乡镇（街道）';
    const keyless = `银川市兴庆区测试补码街道社会工作站,社会工作站,${place}`;
    expect(await importAs([header, keyless].join('\n'))).toMatchObject({
      created: 1,
      problems: [],
    });
    const stations = () =>
      opened.dataSource.query(
        `SELECT id::text AS id, credit_code FROM institution WHERE name = '银川市兴庆区测试补码街道社会工作站'`,
      );
    const [{ id }] = await stations();
    // The station's row as a team brings it back with the code it has since been given, no id.
    const withCode = [`统一社会信用代码,${header}`, `${creditCode(889)},${keyless}`].join('\n');
    for (const mode of ['upsert', 'create'] as const) {
      const refused = await importAs(withCode, { mode });
      expect(refused).toMatchObject({ created: 0, written: false });
      expect(refused.problems).toEqual([
        {
          line: 2,
          column: '统一社会信用代码',
          message: `names no record, and the row's name and city and county and township are those of NX-${id}, registered without a creditCode: to record it, give the row that record's id (export them to get their ids), so as not to register it twice`,
          typed: creditCode(889),
        },
      ]);
      expect(inChinese(refused.problems[0]!.message)).toBe(
        `不属于任何已登记的记录，而此行的名称、所在城市、所在区县、所在乡镇（街道）与登记时没有统一社会信用代码的 NX-${id} 相同：如要为其补登统一社会信用代码，请在此行填写其记录编号（导出可得），以免重复登记`,
      );
    }
    expect(await stations()).toEqual([{ id, credit_code: null }]);
    // With its id, the row records the station's code.
    const recorded = await importAs(`记录编号,版本,${withCode.replace('\n', `\nNX-${id},1,`)}`, {
      mode: 'upsert',
    });
    expect(recorded).toMatchObject({ created: 0, written: true, problems: [] });
    expect(recorded.updated).toMatchObject([
      { line: 2, id: `NX-${id}`, fields: ['creditCode'], cleared: [], published: false },
    ]);
    expect(await stations()).toEqual([{ id, credit_code: creditCode(889) }]);
    // An empty cell clears its field, and the report says so apart.
    const emptied = await importAs(`记录编号,版本,所在乡镇（街道）\nNX-${id},2,`, {
      mode: 'update',
      dryRun: true,
    });
    expect(emptied.updated).toMatchObject([
      { line: 2, id: `NX-${id}`, fields: ['township'], cleared: ['township'], published: false },
    ]);
  });
});

/** Two people export the same records; one imports a change, then the other. */
describe('an export edited by two people', () => {
  it("refuses a row that changes a record named by id without the version it was exported at, keeping another editor's change", async () => {
    const names = ['宁夏版本测试机构甲', '宁夏版本测试机构乙'];
    const codes = [creditCode(901), creditCode(902)];
    const createdTwo = await importAs(
      [
        '机构名称,机构类型,统一社会信用代码,所在城市',
        ...names.map((n, i) => `${n},社会工作服务机构,${codes[i]},银川市`),
      ].join('\n'),
    );
    expect(createdTwo).toMatchObject({ problems: [], created: 2 });
    // A and B export the same records.
    const [header, ...rows] = (await exported('zh', 'csv')).toString('utf8').split('\n');
    const columns = header!.replace(/^\uFEFF/, '').split(',');
    const at = (column: string) => columns.indexOf(column);
    const rowOf = (code: string) => rows.find((row) => row.includes(code))!.split(',');
    const [first, second] = codes.map(rowOf);
    expect(first![at('版本')]).toBe('1');
    // A renames the first and imports it; another editor gives the second an English name.
    const renamed = [...first!];
    renamed[at('机构名称')] = '宁夏版本测试机构甲（甲改）';
    expect(
      await importAs([header, renamed.join(',')].join('\n'), { mode: 'upsert' }),
    ).toMatchObject({ problems: [], written: true });
    await opened.dataSource.query(
      `UPDATE institution SET name_en = 'Edited Elsewhere', version = version + 1 WHERE credit_code = $1`,
      [codes[1]],
    );
    const state = async () =>
      (
        await opened.dataSource.query(
          `SELECT name, name_en AS "nameEn", county, version FROM institution WHERE credit_code = ANY($1) ORDER BY credit_code`,
          [codes],
        )
      ).map((r: Record<string, unknown>) => ({ ...r }));
    const before = await state();
    expect(before).toMatchObject([
      { name: '宁夏版本测试机构甲（甲改）', version: 2 },
      { nameEn: 'Edited Elsewhere', version: 2 },
    ]);

    // B deletes the version column, and edits the county of both.
    const withCounty = (row: string[]) =>
      row.map((cell, i) => (i === at('所在区县') ? '兴庆区' : cell));
    const withoutVersion = (row: string[]) => row.filter((_, i) => i !== at('版本'));
    const fileB = [columns, withCounty(first!), withCounty(second!)]
      .map((row) => withoutVersion(row).join(','))
      .join('\n');
    for (const options of [
      { mode: 'upsert', dryRun: true },
      { mode: 'upsert' },
      { mode: 'update' },
      { mode: 'upsert', partial: true },
    ] as const) {
      const report = await importAs(fileB, options);
      expect(report.problems, JSON.stringify(options)).toEqual([
        {
          line: 1,
          column: '',
          message: expect.stringMatching(
            /^the header has no version column, and 2 rows change records named by id: /,
          ),
        },
        {
          line: 2,
          column: '版本',
          message: expect.stringMatching(
            /^NX-\d+ is named by its id, and the file has no version column/,
          ),
        },
        {
          line: 3,
          column: '版本',
          message: expect.stringMatching(
            /^NX-\d+ is named by its id, and the file has no version column/,
          ),
        },
      ]);
      expect(report, JSON.stringify(options)).toMatchObject({ updated: [], written: false });
      for (const problem of report.problems) expect(inChinese(problem.message)).toBeTruthy();
      expect(inChinese(report.problems[0]!.message)).toContain('表头没有“版本”列');
      expect(await state()).toEqual(before);
    }

    // B keeps the column but blanks the first row's version.
    const blanked = withCounty(first!).map((cell, i) => (i === at('版本') ? '' : cell));
    const blank = await importAs([header, blanked.join(',')].join('\n'), { mode: 'upsert' });
    expect(blank.problems).toEqual([
      {
        line: 2,
        column: '版本',
        message: expect.stringMatching(/^is empty, and the row names NX-\d+ by its id: /),
      },
    ]);
    expect(inChinese(blank.problems[0]!.message)).toMatch(/^为空，而此行以记录编号指明 NX-\d+：/);
    expect(blank).toMatchObject({ updated: [], written: false });
    expect(await state()).toEqual(before);

    // Without the version: a row that changes nothing is unchanged, and a new row (no id) created.
    const unchanged = [...first!];
    unchanged[at('机构名称')] = '宁夏版本测试机构甲（甲改）';
    const added = columns.map((column) =>
      column === '机构名称'
        ? '宁夏版本测试机构丙'
        : column === '机构类型'
          ? '社会工作服务机构'
          : column === '统一社会信用代码'
            ? creditCode(903)
            : '',
    );
    const fine = await importAs(
      [columns, unchanged, added].map((row) => withoutVersion(row).join(',')).join('\n'),
      { mode: 'upsert' },
    );
    expect(fine).toMatchObject({ problems: [], unchanged: 1, created: 1, written: true });
  });
});

describe('a name corrected in Chinese in an export', () => {
  const institution = async (code: string) =>
    (
      await opened.dataSource.query(
        `SELECT name, name_en AS "nameEn", version FROM institution WHERE credit_code = $1`,
        [code],
      )
    )[0] as { name: string; nameEn: string | null; version: number };

  it('is refused while the English name is still the former name’s, and written once it is changed or cleared', async () => {
    const code = creditCode(950);
    const created = await importAs(
      `name,nameEn,kind,creditCode,city\n宁夏改名测试社工中心,Ningxia Rename Test Social Work Centre,SOCIAL_WORK_AGENCY,${code},银川市`,
    );
    expect(created).toMatchObject({ problems: [], created: 1 });
    const before = await institution(code);
    const [header, ...rows] = (await exported('zh', 'csv')).toString('utf8').split('\n');
    const columns = header!.replace(/^\uFEFF/, '').split(',');
    const row = rows.find((line) => line.includes(code))!.split(',');
    const id = row[columns.indexOf('记录编号')]!;
    expect(row[columns.indexOf('英文名称')]).toBe('Ningxia Rename Test Social Work Centre');
    const edited = (cells: Record<string, string>) =>
      [header, row.map((cell, i) => cells[columns[i]!] ?? cell).join(',')].join('\n');

    // The team renames it in Chinese and leaves the English name as exported.
    const renamed = edited({ 机构名称: '宁夏改名测试社会工作服务中心' });
    for (const options of [{ mode: 'upsert', dryRun: true }, { mode: 'upsert' }] as const) {
      const refused = await importAs(renamed, options);
      expect(refused.problems, JSON.stringify(options)).toEqual([
        {
          line: 2,
          column: '英文名称',
          message: `${id}: is still "Ningxia Rename Test Social Work Centre", the English of the former name "宁夏改名测试社工中心": with a new name, give its English name too, or clear the English name`,
        },
      ]);
      expect(inChinese(refused.problems[0]!.message)).toBe(
        `${id}：仍是原名称“宁夏改名测试社工中心”的英文（“Ningxia Rename Test Social Work Centre”）：改了名称，请一并改写英文名称，或将其清空`,
      );
      expect(refused).toMatchObject({ updated: [], written: false });
      expect(await institution(code)).toEqual(before);
    }

    const cleared = await importAs(
      edited({ 机构名称: '宁夏改名测试社会工作服务中心', 英文名称: '' }),
      { mode: 'upsert', dryRun: true },
    );
    expect(cleared.problems).toEqual([]);
    expect(cleared.updated).toMatchObject([
      { line: 2, id, fields: ['name', 'nameEn'], cleared: ['nameEn'], published: false },
    ]);

    const translated = await importAs(
      edited({
        机构名称: '宁夏改名测试社会工作服务中心',
        英文名称: 'Ningxia Rename Test Social Work Service Centre',
      }),
      { mode: 'upsert' },
    );
    expect(translated).toMatchObject({ problems: [], written: true });
    expect(await institution(code)).toEqual({
      name: '宁夏改名测试社会工作服务中心',
      nameEn: 'Ningxia Rename Test Social Work Service Centre',
      version: before.version + 1,
    });
  });

  it('refuses a programme renamed by its key with its former English name, and one whose file leaves the English name out', async () => {
    const importProgrammes = (text: string) =>
      importFile(opened.dataSource, text, {
        kind: 'programs',
        region: ningxia,
        actor: 'test-ningxia',
        mode: 'upsert',
      });
    expect(
      await importProgrammes(
        'key,name,nameEn,kind,year\nnx-rename,宁夏改名测试项目,Ningxia Rename Test Programme,PILOT,2024',
      ),
    ).toMatchObject({ problems: [], created: 1 });
    const message = `is still "Ningxia Rename Test Programme", the English of the former name "宁夏改名测试项目": with a new name, give its English name too, or clear the English name`;
    for (const file of [
      'key,name,nameEn,kind,year\nnx-rename,宁夏改名测试示范项目,Ningxia Rename Test Programme,PILOT,2024',
      'key,name,kind,year\nnx-rename,宁夏改名测试示范项目,PILOT,2024',
    ]) {
      const refused = await importProgrammes(file);
      expect(refused.problems, file).toEqual([
        expect.objectContaining({
          line: 2,
          column: 'nameEn',
          message: expect.stringContaining(message),
        }),
      ]);
      expect(refused).toMatchObject({ updated: [], written: false });
    }
    const renamed = await importProgrammes(
      'key,name,nameEn,kind,year\nnx-rename,宁夏改名测试示范项目,,PILOT,2024',
    );
    expect(renamed).toMatchObject({ problems: [], written: true });
    expect(
      await opened.dataSource.query(
        `SELECT name, name_en AS "nameEn" FROM program WHERE key = 'nx-rename'`,
      ),
    ).toEqual([{ name: '宁夏改名测试示范项目', nameEn: null }]);
  });
});

describe("an export says which records are demo, and which scheme a programme's funding is counted in", () => {
  const importProgrammes = (file: string | Uint8Array, dryRun = true) =>
    importFile(opened.dataSource, file, {
      kind: 'programs',
      region: ningxia,
      actor: 'test-ningxia',
      mode: 'upsert',
      dryRun,
    });
  let scheme = '';
  let project = '';

  /**
   * An export saved by a spreadsheet as the other format, each cell's text kept as it is (LibreOffice
   * keeps a CSV's ''Three Areas' in the workbook it saves; a workbook's 'Three Areas' goes into a CSV
   * bare), reads back unchanged too: the published scheme stays in public view.
   */
  async function expectUnchangedResavedAsTheOther(format: 'csv' | 'xlsx', sheet: string[][]) {
    const resaved = format === 'csv' ? await workbookOfTexts(sheet) : Buffer.from(stringify(sheet));
    const again = await importProgrammes(resaved);
    expect(again.problems).toEqual([]);
    expect(again).toMatchObject({ created: 0, updated: [], conflicts: [] });
    expect(again.unchanged).toBe(again.rows);
  }

  // Ningxia's published 三区计划, 9,300,000 yuan since 2013, and a demo project under it whose
  // funding the scheme's already counts.
  it('writes the provenance and the parent last, in every format and language, and reads the file back unchanged', async () => {
    [{ id: scheme }] = await opened.dataSource.query(
      `INSERT INTO program (key, name, name_en, kind, role, funding_yuan, provenance)
       VALUES ('NX-SANQU-TEST', '宁夏“三区”计划测试', '''Three Areas'' plan (test)', 'OTHER', 'SCHEME', 9300000, 'PUBLISHED')
       RETURNING id::text AS id`,
    );
    [{ id: project }] = await opened.dataSource.query(
      `INSERT INTO program (name, kind, parent_id, year, funding_yuan, provenance)
       VALUES ('演示项目测试00001', 'DISPATCHED_WORKER', $1, 2024, 9300000, 'DEMO') RETURNING id::text AS id`,
      [scheme],
    );
    for (const [language, format] of [
      ['zh', 'csv'],
      ['en', 'csv'],
      ['zh', 'xlsx'],
      ['en', 'xlsx'],
    ] as const) {
      const path = join(folder, `programs-${language}.${format}`);
      const header = exportHeader('programs', language);
      const rows = exportRows(opened.dataSource, 'programs', ningxia, language);
      if (format === 'csv') await writeCsv(path, header, rows);
      else await writeXlsx(path, 'programs', header, rows, language);
      const [headerCells, ...cells] = await sheetOf(path);
      expect(headerCells!.slice(-2)).toEqual(
        language === 'zh' ? ['数据来源类别', '所属计划（记录编号）'] : ['provenance', 'parent'],
      );
      const rowOf = (id: string) => cells.find((row) => row[0] === `NX-${id}`)!.slice(-2);
      expect(rowOf(scheme)).toEqual([language === 'zh' ? '已公布' : 'PUBLISHED', '']);
      expect(rowOf(project)).toEqual([language === 'zh' ? '演示' : 'DEMO', `NX-${scheme}`]);
      if (format === 'xlsx') {
        // Beside the records, for whoever adds them up: demo rows and a scheme's funding.
        const notes = new ExcelJS.Workbook();
        await notes.xlsx.readFile(path);
        const said = notes.worksheets[1]!.getSheetValues().flat().join('\n');
        expect(said).toContain(language === 'zh' ? '演示＝为演示生成的数据' : 'DEMO generated');
        expect(said).toContain(
          language === 'zh'
            ? '计划的资金已包含所属计划（记录编号）为该计划的各项目的资金'
            : "A scheme's funding already includes that of the programmes whose parent it is",
        );
      }
      const report = await importProgrammes(readFileSync(path));
      expect(report.problems).toEqual([]);
      expect(report).toMatchObject({ created: 0, updated: [], conflicts: [] });
      expect(report.unchanged).toBe(report.rows);
      await expectUnchangedResavedAsTheOther(format, [headerCells!, ...cells]);
    }
  });

  it('refuses a provenance or a parent edited in the file at its cell, in Chinese too, and one given to a new row', async () => {
    const path = join(folder, 'programs-zh.csv');
    const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
    const edited = rows.map((row) =>
      row.startsWith(`NX-${project},`) ? row.replace(/演示,NX-\d+$/, `登记,nx-${project}`) : row,
    );
    const report = await importProgrammes([header, ...edited].join('\n'), false);
    const line = 2 + rows.findIndex((row) => row.startsWith(`NX-${project},`));
    expect(report.problems).toEqual([
      {
        line,
        column: '数据来源类别',
        message: `is set by the registry and cannot be imported: NX-${project} has DEMO there; write the cell back as exported, or delete the column`,
        typed: '登记',
      },
      {
        line,
        column: '所属计划（记录编号）',
        message: `is set by the registry and cannot be imported: NX-${project} has NX-${scheme} there; write the cell back as exported, or delete the column`,
        typed: `nx-${project}`,
      },
    ]);
    expect(report).toMatchObject({ written: false, updated: [] });
    expect(report.problems.map((p) => inChinese(p.message))).toEqual([
      `由登记库设定，不能通过导入修改：登记库中 NX-${project} 的此项为“演示”；请改回导出时的值，或删去此列`,
      `由登记库设定，不能通过导入修改：登记库中 NX-${project} 的此项为“NX-${scheme}”；请改回导出时的值，或删去此列`,
    ]);
    // Against a record changed since the export, the cell may say what the record was then: the
    // row is a conflict, as one whose fields differ.
    await opened.dataSource.query(`UPDATE program SET version = version + 1 WHERE id = $1`, [
      project,
    ]);
    const stale = await importProgrammes([header, ...edited].join('\n'));
    expect(stale.problems).toEqual([]);
    expect(stale.conflicts.map(({ line: at, id }) => [at, id])).toEqual([[line, `NX-${project}`]]);
    // A new row copied from a demo one keeps its 演示: the import would register it, not as demo.
    const added = await importProgrammes(
      `项目名称,项目类型,数据来源类别,所属计划（记录编号）\n宁夏新增测试项目,试点,演示,\n宁夏新增测试项目二,试点,登记,NX-${scheme}`,
    );
    expect(added.problems.map(({ line, column, message }) => [line, column, message])).toEqual([
      [
        2,
        '数据来源类别',
        'is set by the registry and cannot be imported: a record the import creates has REGISTERED there; leave the cell empty, or delete the column',
      ],
      [
        3,
        '所属计划（记录编号）',
        'is set by the registry and cannot be imported: a record the import creates has none there; leave the cell empty, or delete the column',
      ],
    ]);
    expect(inChinese(added.problems[1]!.message)).toBe(
      '由登记库设定，不能通过导入修改：导入新增的记录此项为“无”；请留空，或删去此列',
    );
  });

  // OWASP's formula starts and the quote: a CSV cell has no type and marks them with one more
  // quote, which its reader drops; a workbook's text cell is text, written and read as it is.
  it("round-trips names that start with ', =, +, -, @ through a CSV and a workbook, each showing them as they are", async () => {
    const names = [
      "'Three Areas' plan (test)",
      '=HYPERLINK("http://example.com")',
      '+86 hotline programme',
      '-minus programme',
      '@home programme',
    ];
    const ids: string[] = [scheme];
    for (const name of names.slice(1))
      ids.push(
        (
          await opened.dataSource.query(
            `INSERT INTO program (name, name_en, kind, provenance) VALUES ($1, $2, 'OTHER', 'REGISTERED') RETURNING id::text AS id`,
            [`宁夏符号开头测试${ids.length}`, name],
          )
        )[0].id,
      );
    for (const format of ['csv', 'xlsx'] as const) {
      const path = join(folder, `programs-symbols.${format}`);
      const header = exportHeader('programs', 'en');
      const rows = exportRows(opened.dataSource, 'programs', ningxia, 'en');
      if (format === 'csv') await writeCsv(path, header, rows);
      else await writeXlsx(path, 'programs', header, rows, 'en');
      const [headerCells, ...cells] = await sheetOf(path);
      const nameEnOf = (id: string) =>
        cells.find((row) => row[0] === `NX-${id}`)![headerCells!.indexOf('nameEn')];
      expect(ids.map(nameEnOf)).toEqual(format === 'csv' ? names.map((name) => `'${name}`) : names);
      const report = await importProgrammes(readFileSync(path));
      expect(report.problems).toEqual([]);
      expect(report).toMatchObject({ created: 0, updated: [], conflicts: [] });
      expect(report.unchanged).toBe(report.rows);
      await expectUnchangedResavedAsTheOther(format, [headerCells!, ...cells]);
    }
  });

  it('leaves the read-only columns out of the template, whose rows are new records', async () => {
    const path = join(folder, 'template-programs.xlsx');
    await writeTemplate(path, 'programs', 'zh');
    const [header] = await sheetOf(path);
    expect(header).toEqual(exportHeader('programs', 'zh').slice(0, -2));
  });
});
