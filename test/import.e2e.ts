import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { importFile } from '../subgraphs/registry/src/import/import-file.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';
import { creditCodeCheckCharacter } from '../subgraphs/registry/src/writes/credit-code.js';
import { createInstitution } from '../subgraphs/registry/src/writes/institutions.js';
import { regionBySlug } from '../subgraphs/regions.js';
import { listen } from '../shared/listen.js';
import { createRegistrySubgraph } from '../subgraphs/registry/src/server.js';
import { cutHalfwayThroughSheet, sheetsLast } from './damaged-workbooks.js';
import { testDatabasePrefix } from './database-prefix.js';
import { graphql, useRegistryDatabase } from './harness.js';
import { runTool } from './tool-at-work.js';

const opened = useRegistryDatabase('import');
/** The file's credit codes are Tianjin's (digits 3–4: 12); the README's samples are Guangxi's. */
const tianjin = regionBySlug('tianjin');

/** A valid credit code for row n: 17 characters of the row number and their check character. */
const creditCode = (n: number) => {
  const first17 = `52120000MJ${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
};

/** 10,000 agencies, three of them wrong in one cell each. */
function tenThousandRows(): { csv: string; bad: { line: number; column: string }[] } {
  const lines = ['name,kind,grade,creditCode,city,foundedOn,serviceFields'];
  for (let n = 1; n <= 10_000; n++)
    lines.push(`导入测试机构${n},SOCIAL_WORK_AGENCY,,${creditCode(n)},天津市,2020-01,ELDERLY`);
  // Lines of the file: the header is line 1, row n is line n + 1.
  lines[1234] = lines[1234]!.replace('SOCIAL_WORK_AGENCY,,', 'SOCIAL_WORK_AGENCY,TERTIARY,');
  lines[5000] = lines[5000]!.replace('2020-01', '2020-13');
  lines[9999] = lines[9999]!.replace(
    creditCode(9999),
    creditCode(9999).slice(0, 17) + (creditCode(9999).endsWith('0') ? '1' : '0'),
  );
  return {
    csv: lines.join('\n'),
    bad: [
      { line: 1235, column: 'grade' },
      { line: 5001, column: 'foundedOn' },
      { line: 10000, column: 'creditCode' },
    ],
  };
}

/** A CSV file's lines: its header, then `rows` institutions named `name` + n, credit codes after `codesFrom`. */
const institutionLines = (rows: number, name: string, codesFrom: number) => [
  'name,kind,creditCode',
  ...Array.from(
    { length: rows },
    (_, i) => `${name}${i + 1},SOCIAL_WORK_AGENCY,${creditCode(codesFrom + i + 1)}`,
  ),
];

/** The address of the file's database, for a connection of a test's own beside the pool's two. */
const databaseUrl = () => {
  const url = new URL(inject('databaseServerUrl'));
  url.pathname = `/${testDatabasePrefix}import`;
  return url.href;
};

const count = async (table: string) =>
  (await opened.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

describe('bulk import', () => {
  const { csv, bad } = tenThousandRows();

  it('reports exactly the 3 bad rows of 10,000 by line and column, and writes nothing', async () => {
    const report = await importFile(opened.dataSource, csv, {
      kind: 'institutions',
      region: tianjin,
      actor: 'test',
    });
    expect(report.problems.map(({ line, column }) => ({ line, column }))).toEqual(bad);
    // What would have been created is counted; nothing is, because rows were refused.
    expect(report).toMatchObject({ rows: 10_000, valid: 9_997, created: 9_997, written: false });
    expect(await count('institution')).toBe(0);
    expect(await count('audit')).toBe(0);
  });

  it('finds a row that repeats a key of an earlier chunk of 1,000 rows, or of its own', async () => {
    const lines = institutionLines(2_500, '重复检查机构', 30_000);
    lines[2_400] = lines[2_400]!.replace(creditCode(32_400), creditCode(30_001));
    lines[6] = lines[6]!.replace(creditCode(30_006), creditCode(30_005));
    const before = await count('institution');
    const report = await importFile(opened.dataSource, lines.join('\n'), {
      kind: 'institutions',
      region: tianjin,
      actor: 'test',
      partial: true,
    });
    // Both rows of a repeat are refused. Of one an earlier chunk read, and wrote, the file is
    // written whole or not at all: nothing is, even with --partial.
    const refused =
      'rows that name one record are refused together; keep only the one meant, or, for a new record, clear the id and version of the copy';
    expect(report.problems).toEqual([
      { line: 2, column: 'creditCode', message: `is repeated on line 2401: ${refused}` },
      {
        line: 6,
        column: 'creditCode',
        message:
          'is repeated on line 7: rows that name one record are refused together; keep only the one meant, or, for a new record, clear the id and version of the copy',
        typed: creditCode(30_005),
      },
      { line: 7, column: 'creditCode', message: 'repeats line 6', typed: creditCode(30_005) },
      { line: 2_401, column: 'creditCode', message: 'repeats line 2', typed: creditCode(30_001) },
      {
        line: 2_501,
        column: '',
        message:
          'rows far apart in the file name one record, and the first was read before the second: nothing is written, even with --partial',
      },
    ]);
    expect(inChinese(report.problems.at(-1)!.message)).toBe(
      '文件中相隔较远的两行指向同一记录，读到后一行时前一行已读入：因此不写入任何内容（加 --partial 也不写入）',
    );
    expect(report.written).toBe(false);
    expect(await count('institution')).toBe(before);
  });

  it("refuses a city that is not one of the region's prefecture-level divisions, as the API does", async () => {
    const lines = institutionLines(3, '城市检查机构', 40_000);
    const withCity = [
      `${lines[0]},city`,
      `${lines[1]},天津市`,
      `${lines[2]},天津`,
      `${lines[3]},南宁市`,
    ];
    const report = await importFile(opened.dataSource, withCity.join('\n'), {
      kind: 'institutions',
      region: tianjin,
      actor: 'test',
      dryRun: true,
    });
    expect(report.problems.map(({ line, column, message }) => ({ line, column, message }))).toEqual(
      [
        {
          line: 3,
          column: 'city',
          message: '"天津" is not a prefecture-level division of Tianjin as written: write 天津市',
        },
        {
          line: 4,
          column: 'city',
          message:
            '"南宁市" is not a prefecture-level division of Tianjin, whose are Tianjin (天津市)',
        },
      ],
    );
  });

  it('writes the valid rows with --partial, each with an audit record, and nothing on a second run', async () => {
    const first = await importFile(opened.dataSource, csv, {
      kind: 'institutions',
      region: tianjin,
      actor: 'test',
      partial: true,
    });
    expect(first).toMatchObject({ created: 9_997, ignored: 0, written: true });
    expect(await count('institution')).toBe(9_997);
    expect(await count('audit')).toBe(9_997);
    const [audit] = await opened.dataSource.query(`SELECT actor, action, after FROM audit LIMIT 1`);
    expect(audit).toMatchObject({
      actor: 'test',
      action: 'import',
      after: { kind: 'SOCIAL_WORK_AGENCY', provenance: 'REGISTERED' },
    });

    const second = await importFile(opened.dataSource, csv, {
      kind: 'institutions',
      region: tianjin,
      actor: 'test',
      partial: true,
    });
    expect(second).toMatchObject({ created: 0, unchanged: 9_997, ignored: 0, written: false });
    expect(await count('institution')).toBe(9_997);
    // A guard against a hang, sized to the work: two imports of 9,997 rows, 3.6 s alone, ran past
    // vitest's 60 s beside two busy processes and the other worker's files (twice of two runs).
  }, 180_000);

  it('links social workers to institutions by credit code and rejects an unknown one', async () => {
    const workers = [
      'name,certificateLevel,certificateNumber,institutionCreditCode,startedOn',
      `导入社工甲,ASSISTANT,IMPORT-000001,${creditCode(1)},2024-01-02`,
      `导入社工乙,ASSISTANT,IMPORT-000002,${creditCode(10_001)},2024-01-02`,
      `导入社工丙,NONE,IMPORT-000003,${creditCode(2)},2024-01-02`,
      `导入社工丁,SENIOR,IMPORT-000001,${creditCode(3)},2024-01-02`,
    ].join('\n');
    const report = await importFile(opened.dataSource, workers, {
      kind: 'social-workers',
      region: tianjin,
      actor: 'test',
    });
    expect(report.problems).toEqual([
      {
        line: 2,
        column: 'certificateNumber',
        message:
          'is repeated on line 5: rows that name one record are refused together; keep only the one meant, or, for a new record, clear the id and version of the copy',
        typed: 'IMPORT-000001',
      },
      {
        line: 3,
        column: 'institutionCreditCode',
        message: `no institution of this registry has the credit code ${creditCode(10_001)}`,
        typed: creditCode(10_001),
      },
      {
        line: 4,
        column: 'certificateNumber',
        message: 'a certificate number needs a certificate level other than NONE',
        typed: 'IMPORT-000003',
      },
      {
        line: 5,
        column: 'certificateNumber',
        message: 'repeats line 2',
        typed: 'IMPORT-000001',
      },
    ]);
    expect(await count('social_worker')).toBe(0);
  });

  it('creates a worker without a certificate, and knows them again by name and start day', async () => {
    const file = `name,certificateLevel,institutionCreditCode,startedOn\n导入社工无证,NONE,${creditCode(1)},2024-03-05`;
    const options = { kind: 'social-workers', region: tianjin, actor: 'test' };
    expect(await importFile(opened.dataSource, file, options)).toMatchObject({
      problems: [],
      created: 1,
    });
    expect(await importFile(opened.dataSource, file, options)).toMatchObject({
      problems: [],
      created: 0,
    });
    const [{ count }] = await opened.dataSource.query(
      `SELECT count(*)::int AS count FROM social_worker WHERE name = '导入社工无证'`,
    );
    expect(count).toBe(1);
    // A certified worker of the same name and day is named by their number, never matched so.
    await importFile(
      opened.dataSource,
      `name,certificateLevel,certificateNumber,institutionCreditCode,startedOn\n导入社工同名,ASSISTANT,IMPORT-000099,${creditCode(1)},2024-03-05`,
      options,
    );
    const upsert = await importFile(
      opened.dataSource,
      `name,certificateLevel,institutionCreditCode,startedOn\n导入社工同名,NONE,${creditCode(2)},2024-03-05`,
      { ...options, mode: 'upsert' },
    );
    expect(upsert).toMatchObject({ problems: [], created: 1, updated: [] });
    // And a certified row without its number is refused: it is how the row names the worker.
    const unnumbered = await importFile(
      opened.dataSource,
      `name,certificateLevel,institutionCreditCode,startedOn\n导入社工某,ASSISTANT,${creditCode(1)},2024-03-06`,
      options,
    );
    expect(unnumbered.problems).toEqual([
      { line: 2, column: 'certificateNumber', message: 'is required for a certified worker' },
    ]);
  });

  it('registers a worker whose certificate level is left empty, or whose file has no such column, as 无证书 (NONE)', async () => {
    const options = { kind: 'social-workers', region: tianjin, actor: 'test' };
    for (const file of [
      'name,certificateLevel,startedOn\n导入社工未填等级,,2024-04-01',
      'name,startedOn\n导入社工无等级列,2024-04-02',
    ]) {
      expect(await importFile(opened.dataSource, file, options)).toMatchObject({
        problems: [],
        created: 1,
      });
    }
    const levels = await opened.dataSource.query(
      `SELECT certificate_level FROM social_worker WHERE name IN ('导入社工未填等级', '导入社工无等级列')`,
    );
    expect(levels).toEqual([{ certificate_level: 'NONE' }, { certificate_level: 'NONE' }]);
  });

  it('refuses a social worker at a closed institution, as the mutations do', async () => {
    await opened.dataSource.query(
      `UPDATE institution SET status = 'CLOSED', closed_on = current_date WHERE credit_code = $1`,
      [creditCode(5)],
    );
    const report = await importFile(
      opened.dataSource,
      `name,certificateNumber,certificateLevel,institutionCreditCode\n导入社工戊,IMPORT-000005,ASSISTANT,${creditCode(5)}`,
      { kind: 'social-workers', region: tianjin, actor: 'test' },
    );
    expect(report.problems).toEqual([
      {
        line: 2,
        column: 'institutionCreditCode',
        message: `the institution with the credit code ${creditCode(5)} is closed`,
        typed: creditCode(5),
      },
    ]);
  });

  it('imports the sample files of the README', async () => {
    const sample = (name: string) =>
      readFileSync(
        new URL(`../subgraphs/registry/import-samples/${name}.csv`, import.meta.url),
        'utf8',
      );
    for (const kind of ['institutions', 'social-workers', 'programs']) {
      const report = await importFile(opened.dataSource, sample(kind), {
        kind,
        region: regionBySlug('guangxi'),
        actor: 'test',
      });
      expect(report.problems, kind).toEqual([]);
      expect(report.created, kind).toBeGreaterThan(0);
    }
    const [worker] = await opened.dataSource.query(
      `SELECT w.service_fields, i.name FROM social_worker w JOIN institution i ON i.id = w.institution_id WHERE w.certificate_number = 'SAMPLE-GX-000002'`,
    );
    expect(worker).toEqual({
      service_fields: ['ELDERLY', 'CHILDREN'],
      name: '示例街道社工站（样例数据）',
    });
  });
});

describe('files as regional teams save them', () => {
  const header = 'name,kind,city,creditCode\n';
  const names = async (prefix: string) =>
    (
      await opened.dataSource.query(
        `SELECT name FROM institution WHERE name LIKE $1 ORDER BY name`,
        [`${prefix}%`],
      )
    ).map((r: { name: string }) => r.name);
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it.each([
    // 天津市编码测试机构甲 and 天津市 in GB18030, as Excel on Chinese Windows saves them.
    [
      'GB18030 (GBK)',
      Buffer.concat([
        utf8(header),
        Buffer.from('ccecbdf2cad0b1e0c2ebb2e2cad4bbfab9b9bcd7', 'hex'),
        utf8(',SOCIAL_WORK_AGENCY,'),
        Buffer.from('ccecbdf2cad0', 'hex'),
        utf8(`,${creditCode(20_001)}\n`),
      ]),
      '天津市编码测试机构甲',
    ],
    [
      'UTF-16 with its byte-order mark',
      Buffer.from(
        `\uFEFF${header}天津市编码测试机构乙,SOCIAL_WORK_AGENCY,天津市,${creditCode(20_002)}\r\n`,
        'utf16le',
      ),
      '天津市编码测试机构乙',
    ],
    [
      'UTF-8 with a byte-order mark',
      utf8(`\uFEFF${header}天津市编码测试机构丙,SOCIAL_WORK_AGENCY,天津市,${creditCode(20_003)}\n`),
      '天津市编码测试机构丙',
    ],
  ])('reads a file saved as %s, storing its Chinese as written', async (_, bytes, name) => {
    const report = await importFile(opened.dataSource, bytes, {
      kind: 'institutions',
      region: tianjin,
      actor: 'test',
    });
    expect(report.problems).toEqual([]);
    expect(await names(name)).toEqual([name]);
  });

  it.each([
    [
      'Latin-1',
      Buffer.concat([
        utf8(`${header}Caf`),
        Buffer.from([0xe9]),
        utf8(`,SOCIAL_WORK_AGENCY,Tianjin,${creditCode(20_004)}\n`),
      ]),
      'neither UTF-8 nor GB18030',
    ],
    [
      'text already garbled',
      utf8(`${header}\uFFFD\uFFFD\uFFFD,SOCIAL_WORK_AGENCY,天津市,${creditCode(20_005)}\n`),
      'U+FFFD',
    ],
  ])('refuses a file in %s, naming the encoding, writing nothing', async (_, bytes, message) => {
    const before = await count('institution');
    const report = await importFile(opened.dataSource, bytes, {
      kind: 'institutions',
      region: tianjin,
      actor: 'test',
      partial: true,
    });
    expect(report.written).toBe(false);
    expect(report.problems[0]!.message).toContain(message);
    expect(await count('institution')).toBe(before);
  });

  it('reports a NUL character by line and column, and a header that names a column twice', async () => {
    const nul = await importFile(
      opened.dataSource,
      `${header}天津市编码测试机构丁,SOCIAL_WORK_AGENCY,天津\u0000市,${creditCode(20_006)}\n`,
      { kind: 'institutions', region: tianjin, actor: 'test' },
    );
    expect(nul.problems).toEqual([
      {
        line: 2,
        column: 'city',
        message: expect.stringContaining('U+0000'),
        typed: '天津\u0000市',
      },
    ]);
    const twice = await importFile(
      opened.dataSource,
      `name,kind,city,name\n甲,SOCIAL_WORK_AGENCY,天津市,乙\n`,
      { kind: 'institutions', region: tianjin, actor: 'test' },
    );
    expect(twice.problems).toEqual([
      {
        line: 1,
        column: 'name',
        message: 'appears twice in the header (columns 1 and 4); keep one',
      },
    ]);
    const thrice = await importFile(
      opened.dataSource,
      `name,kind,name,city,name\n甲,SOCIAL_WORK_AGENCY,乙,天津市,丙\n`,
      { kind: 'institutions', region: tianjin, actor: 'test' },
    );
    // Once, with every column it is at, in the words a team reads.
    expect(thrice.problems).toEqual([
      {
        line: 1,
        column: 'name',
        message: 'appears 3 times in the header (columns 1, 3 and 5); keep one',
      },
    ]);
    expect(inChinese(thrice.problems[0]!.message)).toBe(
      '在表头中出现 3 次（第 1、3、5 列）：请只保留一列',
    );
    expect(inChinese(twice.problems[0]!.message)).toBe(
      '在表头中出现两次（第 1 列和第 4 列）：请只保留一列',
    );
    // Named as the header writes it: 机构名称 in a Chinese one, not the code it stands for.
    const chinese = await importFile(
      opened.dataSource,
      `机构名称,机构类型,所在城市,机构名称\n甲,社会工作服务机构,天津市,乙\n`,
      { kind: 'institutions', region: tianjin, actor: 'test' },
    );
    expect(chinese.problems.map((p) => p.column)).toEqual(['机构名称']);
  });

  it('reports a row of more or fewer cells than the header at its line, and checks the rest', async () => {
    const before = await count('institution');
    const report = await importFile(
      opened.dataSource,
      [
        'name,kind,city,creditCode',
        `天津市单元格测试机构甲,SOCIAL_WORK_AGENCY,天津市,${creditCode(20_020)},,`,
        `天津市单元格测试机构乙,SOCIAL_WORK_AGENCY,天津市,和平区,${creditCode(20_021)}`,
        `天津市单元格测试机构丙,SOCIAL_WORK_AGENCY`,
        `,SOCIAL_WORK_AGENCY,天津市,${creditCode(20_022)}`,
      ].join('\n'),
      { kind: 'institutions', region: tianjin, actor: 'test' },
    );
    expect(report.problems).toEqual([
      {
        line: 3,
        column: '',
        message: expect.stringContaining(
          'has 5 cells where the header has 4 columns: a cell holds a comma',
        ),
      },
      {
        line: 4,
        column: '',
        message: expect.stringContaining(
          'has 2 cells where the header has 4 columns: cells are missing',
        ),
      },
      { line: 5, column: 'name', message: 'is required' },
    ]);
    expect(await count('institution')).toBe(before);
  });

  it.each([
    [
      'never closed',
      `"天津市引号测试机构,SOCIAL_WORK_AGENCY,天津市,${creditCode(20_023)}`,
      2,
      'Quote Not Closed',
    ],
    [
      'inside a cell',
      `天津市"引号"测试机构,SOCIAL_WORK_AGENCY,天津市,${creditCode(20_024)}`,
      2,
      'Invalid Opening Quote',
    ],
  ])(
    'reports a quote %s as a problem at its line, not as a failure',
    async (_, row, line, message) => {
      const report = await importFile(opened.dataSource, `name,kind,city,creditCode\n${row}\n`, {
        kind: 'institutions',
        region: tianjin,
        actor: 'test',
      });
      expect(report.problems).toEqual([
        {
          line: 1,
          column: '',
          message:
            'the rows after line 1 were not read, so nothing is written, even with --partial',
        },
        { line, column: '', message: expect.stringContaining(message) },
      ]);
      expect(inChinese(report.problems[1]!.message)).toContain('引号');
      expect(report.refusedWhole).toBe(true);
    },
  );

  it('checks the rows read before a quote that ends the file, and writes nothing, even with --partial', async () => {
    const before = await count('institution');
    const lines = institutionLines(3_000, '天津市截断测试机构', 40_000);
    lines[2_500] = `,SOCIAL_WORK_AGENCY,${creditCode(42_500)}`;
    lines[2_900] = `"天津市截断测试机构,SOCIAL_WORK_AGENCY,${creditCode(42_900)}`;
    const report = await importFile(opened.dataSource, lines.join('\n'), {
      kind: 'institutions',
      region: tianjin,
      actor: 'test',
      partial: true,
    });
    expect(report.problems).toEqual([
      { line: 2_501, column: 'name', message: 'is required' },
      {
        line: expect.any(Number),
        column: '',
        message: expect.stringMatching(/^the rows after line \d+ were not read/),
      },
      { line: 3_001, column: '', message: expect.stringContaining('Quote Not Closed') },
    ]);
    expect(report.written).toBe(false);
    expect(await count('institution')).toBe(before);
  });

  it('checks every row of a small file before a quote never closed, and refuses the file whole', async () => {
    const lines = institutionLines(3, '天津市小文件引号测试机构', 43_000);
    lines[2] = `,SOCIAL_WORK_AGENCY,${creditCode(43_002)}`;
    const report = await importFile(
      opened.dataSource,
      [...lines, `"天津市小文件引号测试机构4,SOCIAL_WORK_AGENCY,${creditCode(43_004)}`].join('\n'),
      { kind: 'institutions', region: tianjin, actor: 'test', partial: true },
    );
    // The three rows before the quote were read and checked: one is refused, two would be created.
    expect(report).toMatchObject({ rows: 3, valid: 2, written: false, refusedWhole: true });
    expect(report.problems.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 3, column: 'name' },
      { line: 4, column: '' },
      { line: 5, column: '' },
    ]);
  });

  it('refuses a file whose header names an unknown column as a whole', async () => {
    const report = await importFile(
      opened.dataSource,
      `name,kind,colour\n天津市表头测试机构,SOCIAL_WORK_AGENCY,red\n`,
      { kind: 'institutions', region: tianjin, actor: 'test', partial: true },
    );
    expect(report).toMatchObject({ rows: 0, written: false, refusedWhole: true });
  });

  it('checks the rows read before a workbook cut short, and writes nothing, even with --partial', async () => {
    const before = await count('institution');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('机构');
    for (const line of institutionLines(20_000, '天津市截断工作簿机构', 50_000))
      sheet.addRow(line.split(','));
    const folder = mkdtempSync(join(tmpdir(), 'import-cut-'));
    const path = join(folder, 'institutions.xlsx');
    const whole = await sheetsLast(Buffer.from(await book.xlsx.writeBuffer()));
    writeFileSync(path, cutHalfwayThroughSheet(whole));
    try {
      const report = await importFile(
        opened.dataSource,
        { path },
        { kind: 'institutions', region: tianjin, actor: 'test', partial: true },
      );
      expect(report.rows).toBeGreaterThan(0);
      expect(report.rows).toBeLessThan(20_000);
      // The rows read were checked, and found right: what refuses them is the cut alone.
      expect(report.valid).toBe(report.rows);
      // The header is line 1: the last row read is line rows + 1, the first not read the next.
      expect(report.problems).toEqual([
        {
          line: report.rows + 1,
          column: '',
          message: `the rows after line ${report.rows + 1} were not read, so nothing is written, even with --partial`,
        },
        {
          line: report.rows + 2,
          column: '',
          message: expect.stringMatching(
            /^the workbook could not be read to its end \(FILE_ENDED\): the file is cut short/,
          ),
        },
      ]);
      expect(report.written).toBe(false);
      expect(await count('institution')).toBe(before);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('has closed the file when it returns, though it read no row of it (a refused header)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-closed-'));
    const path = join(folder, 'institutions.csv');
    // Larger than the slices read ahead of the parser: the file is still open when it stops.
    writeFileSync(path, `name,kind,colour\n${'某机构,SOCIAL_WORK_AGENCY,red\n'.repeat(100_000)}`);
    const openOn = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === path;
        } catch {
          return false;
        }
      });
    try {
      const report = await importFile(
        opened.dataSource,
        { path },
        {
          kind: 'institutions',
          region: tianjin,
          actor: 'test',
        },
      );
      expect(report.problems[0]!.message).toContain('is not a column of institutions');
      expect(openOn()).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads lines ending in CRLF, LF and CR mixed in one file', async () => {
    const rows = ['戊', '己', '庚'].map(
      (n, i) => `天津市换行测试机构${n},SOCIAL_WORK_AGENCY,天津市,${creditCode(20_010 + i)}`,
    );
    const report = await importFile(
      opened.dataSource,
      `name,kind,city,creditCode\r\n${rows[0]}\n${rows[1]}\r${rows[2]}\r\n`,
      { kind: 'institutions', region: tianjin, actor: 'test' },
    );
    expect(report.problems).toEqual([]);
    expect(await names('天津市换行测试机构')).toHaveLength(3);
  });
});

describe('an import beside a mutation registering the same institution', () => {
  it('registers an institution without a credit code once, the import waiting for the mutation', async () => {
    const station = {
      name: '并发登记测试社工站',
      kind: 'SOCIAL_WORK_STATION',
      city: '天津市',
      county: '和平区',
      township: '南市街道',
    };
    const named = async () =>
      (
        await opened.dataSource.query(
          `SELECT count(*)::int AS n FROM institution WHERE name = $1`,
          [station.name],
        )
      )[0].n as number;
    // The mutation registers it and holds its transaction open until the import has started.
    let commit!: () => void;
    const committing = new Promise<void>((resolve) => (commit = resolve));
    const mutation = opened.dataSource.transaction(async (tx) => {
      await createInstitution(tx, station, tianjin);
      await committing;
    });
    const observer = new pg.Client({ connectionString: databaseUrl() });
    await observer.connect();
    try {
      // Any lock: without the place's, the import would wait for the mutation at its write instead.
      const lockWaiters = async () =>
        (
          await observer.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity
             WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          )
        ).rows[0].n as number;
      const heldBefore = async () =>
        (
          await observer.query(
            `SELECT count(*)::int AS n FROM pg_locks
             WHERE locktype = 'advisory' AND granted
               AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
          )
        ).rows[0].n as number;
      while ((await heldBefore()) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      let imported = false;
      const importing = importFile(
        opened.dataSource,
        `name,kind,city,county,township\n${Object.values(station).join(',')}`,
        { kind: 'institutions', region: tianjin, actor: 'test' },
      ).finally(() => (imported = true));
      // Until the import waits for the mutation, or ends.
      while (!imported && (await lockWaiters()) === 0)
        await new Promise((resolve) => setTimeout(resolve, 10));
      commit();
      await mutation;
      const report = await importing;
      expect(await named()).toBe(1);
      // It found the mutation's record, the same as its row: nothing more to write.
      expect(report).toMatchObject({ created: 0, unchanged: 1, problems: [] });
    } finally {
      commit();
      await observer.end();
    }
  });
});

describe('an import and the measures cached before it', () => {
  it('makes the next measure count the imported rows, not the cached answer', async () => {
    const subgraph = await createRegistrySubgraph(tianjin, opened.dataSource);
    const server = await listen(subgraph.app, 0);
    try {
      const agencies = async () =>
        (
          await graphql(
            server.url,
            '{ tianjin { measure(indicator: "SOCIAL_WORK_AGENCIES") { value } } }',
          )
        ).data.tianjin.measure.value as number;
      const before = await agencies();
      expect(await agencies()).toBe(before);
      const rows = ['辛', '壬'].map(
        (n, i) => `天津市缓存导入测试机构${n},SOCIAL_WORK_AGENCY,天津市,${creditCode(30_001 + i)}`,
      );
      const report = await importFile(
        opened.dataSource,
        `name,kind,city,creditCode\n${rows.join('\n')}\n`,
        { kind: 'institutions', region: tianjin, actor: 'test' },
      );
      expect(report.created).toBe(2);
      expect(await agencies()).toBe(before + 2);
    } finally {
      await server.close();
      await subgraph.stop();
    }
  });
});

/**
 * The import and export commands, run as a team runs them, on this file's database, and stopped with
 * a signal while a lock the test holds keeps them from finishing: no sleep, no race with their work.
 */
describe('an import or export stopped with Ctrl-C', { timeout: 180_000 }, () => {
  const command = (script: string, args: string[]) =>
    runTool(`scripts/${script}.ts`, args, {
      ...process.env,
      DATABASE_URL: inject('databaseServerUrl'),
      TIANJIN_DATABASE_URL: databaseUrl(),
      LOG_LEVEL: 'warn',
    });
  const locking = async (sql: string, parameters: unknown[] = []) => {
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    await client.query('BEGIN');
    await client.query(sql, parameters);
    return async () => {
      await client.query('ROLLBACK');
      await client.end();
    };
  };

  it('says the import was interrupted and that nothing was written, exit code 130, and writes nothing', async () => {
    const name = '天津市中断测试机构';
    await importFile(
      opened.dataSource,
      `name,kind,creditCode\n${name},SOCIAL_WORK_AGENCY,${creditCode(60_000)}`,
      {
        kind: 'institutions',
        region: tianjin,
        actor: 'test',
      },
    );
    const [record] = await opened.dataSource.query(
      `SELECT id::text AS id, version FROM institution WHERE credit_code = $1`,
      [creditCode(60_000)],
    );
    // 10,000 new rows, read and written, then one that updates the record the test holds locked.
    const folder = mkdtempSync(join(tmpdir(), 'import-interrupted-'));
    const path = join(folder, 'institutions.csv');
    writeFileSync(
      path,
      [
        'id,version,name,kind,creditCode',
        ...Array.from(
          { length: 10_000 },
          (_, i) => `,,${name}${i + 1},SOCIAL_WORK_AGENCY,${creditCode(60_001 + i)}`,
        ),
        `TJ-${record.id},${record.version},${name}（改）,SOCIAL_WORK_AGENCY,${creditCode(60_000)}`,
      ].join('\n'),
    );
    const release = await locking(`SELECT 1 FROM institution WHERE id = $1 FOR UPDATE`, [
      record.id,
    ]);
    try {
      const run = command('import', ['--region', 'tianjin', '--file', path, '--mode', 'upsert']);
      await run.until(() => run.stderr().includes('已读 10000 行'));
      run.child.kill('SIGINT');
      expect(await run.exited).toEqual({ code: 130, signal: null });
      expect(run.stderr()).toContain(
        '导入已中断（已读 10000 行）：未写入任何内容。导入的全部写入在同一事务中，提交前中断即全部撤销。\n' +
          'Import interrupted (10000 rows read): nothing was written.',
      );
    } finally {
      await release();
      rmSync(folder, { recursive: true, force: true });
    }
    expect(
      await opened.dataSource.query(`SELECT name, version FROM institution WHERE name LIKE $1`, [
        `${name}%`,
      ]),
    ).toEqual([{ name, version: record.version }]);
  });

  it('removes the unfinished file of an export and says it stopped, exit code 130', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'export-interrupted-'));
    const out = join(folder, 'institutions.xlsx');
    const part = `${out}.part`;
    // The export reads no record while the test holds the table: it has begun its file, no more.
    const release = await locking('LOCK TABLE institution IN ACCESS EXCLUSIVE MODE');
    try {
      const run = command('export', [
        '--region',
        'tianjin',
        '--kind',
        'institutions',
        '--out',
        out,
      ]);
      await run.until(() => existsSync(part), folder);
      run.child.kill('SIGINT');
      expect(await run.exited).toEqual({ code: 130, signal: null });
      expect(run.stderr()).toContain(`导出已中断：未写入 ${out}，未完成的 ${part} 已删除。`);
      expect(existsSync(part)).toBe(false);
      expect(existsSync(out)).toBe(false);
    } finally {
      await release();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
