import { afterEach, describe, expect, it, vi } from 'vitest';
import { printReport } from '../scripts/import-report.js';
import type { ImportReport } from '../subgraphs/registry/src/import/import-report.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';

const report: ImportReport = {
  rows: 3,
  valid: 1,
  created: 0,
  createdRows: [],
  updated: [{ line: 5, id: 'NX-3', fields: ['name', 'foundedOn'], cleared: [], published: false }],
  unchanged: 1,
  ignored: 0,
  conflicts: [
    {
      line: 4,
      id: 'NX-2',
      message:
        'NX-2 is at version 1, the file has version 7: the record changed since the file was exported; nothing of this row was written',
      current: { name: '宁夏某机构', serviceFields: ['MEDICAL', 'ELDERLY'] },
    },
  ],
  problems: [
    { line: 2, column: '机构名称', message: 'must not be empty' },
    {
      line: 2,
      column: '成立时间',
      message: 'must be a year, year-month or date: 2021, 2021-06 or 2021-06-30',
      typed: '去年二月',
    },
    { line: 3, column: '所在城市', message: 'must not be empty', typed: '\u001b[2J银川\u0000' },
    { line: 3, column: '', message: 'a message this import does not know' },
  ],
  written: false,
};

describe("an import's report on the command line", () => {
  afterEach(() => vi.restoreAllMocks());

  it('says each problem and conflict in Chinese, then in English at its line and column', () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    const logs: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(line));
    expect(printReport(report, { kind: 'institutions', dryRun: true, partial: false })).toBe(1);
    expect(errors.slice(0, 5)).toEqual([
      '第 2 行，机构名称：不能为空 (line 2, column 机构名称: must not be empty)',
      // The cell as typed, so that it is found in the file at a glance.
      '第 2 行，成立时间（“去年二月”）：须为年份、年月或日期，如 2021、2021-06 或 2021-06-30 (line 2, column 成立时间 ("去年二月"): must be a year, year-month or date: 2021, 2021-06 or 2021-06-30)',
      // A control character typed into a cell reaches the terminal as its code point, never as itself.
      '第 3 行，所在城市（“<U+001B>[2J银川<U+0000>”）：不能为空 (line 3, column 所在城市 ("<U+001B>[2J银川<U+0000>"): must not be empty)',
      'line 3: a message this import does not know',
      '第 4 行，版本：冲突：NX-2 现为第 1 版，文件中为第 7 版：导出之后该记录已被修改；此行未写入 (line 4, column 版本: conflict: NX-2 is at version 1, the file has version 7: the record changed since the file was exported; nothing of this row was written)\n  现有值：机构名称=宁夏某机构，服务领域=医务;老年人\n  (current values: name=宁夏某机构, serviceFields=MEDICAL;ELDERLY)',
    ]);
    expect(logs[0]).toBe(
      '第 5 行：将更新 NX-3（机构名称、成立时间） (line 5: would update NX-3 (name, foundedOn))',
    );
  });

  it('shows every character the text check refuses by its code point, in an enum cell too', () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const typed = 'SOCIAL_WORK_AGENCY\u2028\uE000\u3164';
    printReport(
      {
        ...report,
        conflicts: [],
        updated: [],
        problems: [
          {
            line: 9,
            column: '机构类型',
            message: `"${typed}" is not one of 综合医院 (GENERAL_HOSPITAL), 专科医院 (SPECIALTY_HOSPITAL)`,
            typed,
          },
        ],
      },
      { kind: 'institutions', dryRun: true, partial: false },
    );
    const shown = 'SOCIAL_WORK_AGENCY<U+2028><U+E000><U+3164>';
    expect(errors[0]).toBe(
      `第 9 行，机构类型（“${shown}”）：“${shown}”不是可选值之一：综合医院、专科医院 (line 9, column 机构类型 ("${shown}"): "${shown}" is not one of 综合医院 (GENERAL_HOSPITAL), 专科医院 (SPECIALTY_HOSPITAL))`,
    );
  });

  it('says which fields an empty cell clears, how many rows clear one, and a new station where one stands', () => {
    const logs: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(line));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const clearing: ImportReport = {
      ...report,
      updated: [
        { line: 6, id: 'NX-56', fields: ['name', 'city'], cleared: ['city'], published: false },
      ],
      samePlace: [{ line: 7, ids: ['NX-20'], place: '银川市兴庆区丽景街道' }],
      conflicts: [],
      problems: [],
    };
    printReport(clearing, { kind: 'institutions', dryRun: true, partial: false });
    expect(logs.slice(0, 2)).toEqual([
      '第 6 行：将更新 NX-56（机构名称、所在城市（清空）） (line 6: would update NX-56 (name, city (cleared)))',
      '其中 1 行清空了原有内容（上面标为“清空”）：如不是有意清空，请检查这些单元格是否被误删。\n' +
        '1 row clears what a record held (marked "cleared" above): unless that was meant, check whether those cells were deleted by mistake.',
    ]);
    // A new station where one without a code stands, which the file leaves out: a rename?
    expect(logs).toContain(
      '第 7 行新增的机构与 NX-20 同在银川市兴庆区丽景街道，而后者不在文件中：如果这一行是改了名称的 NX-20，请填写其记录编号，否则会重复登记。\n' +
        'line 7 creates an institution in the same township as NX-20, which the file does not name: if the row is NX-20 renamed, give it that id, or it is registered twice.',
    );
  });

  it('shows each changed field old → new, bounded, and a value kept for zeros a spreadsheet removed as a warning', () => {
    const logs: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(line));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const long = '一'.repeat(45);
    printReport(
      {
        ...report,
        conflicts: [],
        problems: [],
        warnings: [
          {
            line: 2,
            column: '证书编号',
            message:
              "the spreadsheet removed the leading zeros (0451234567 → 451234567); the registry's value was kept: to change it, use the API",
          },
        ],
        updated: [
          {
            line: 3,
            id: 'NX-7',
            fields: ['certificateLevel', 'name', 'endedOn'],
            cleared: ['endedOn'],
            published: false,
            changes: [
              { field: 'certificateLevel', before: 'ASSISTANT', after: 'INTERMEDIATE' },
              { field: 'name', before: long, after: '张三' },
              { field: 'endedOn', before: '2024-03-05', after: null },
            ],
          },
        ],
      },
      { kind: 'social-workers', dryRun: true, partial: false },
    );
    expect(logs.slice(0, 2)).toEqual([
      "第 2 行，证书编号：注意：表格程序去掉了开头的 0（0451234567 → 451234567），已保留登记库中的原值；要改动它请用 API (line 2, column 证书编号: warning: the spreadsheet removed the leading zeros (0451234567 → 451234567); the registry's value was kept: to change it, use the API)",
      '第 3 行：将更新 NX-7（证书等级、姓名、离职日期（清空）） (line 3: would update NX-7 (certificateLevel, name, endedOn (cleared)))\n' +
        '  证书等级：助理社会工作师 → 社会工作师 (certificateLevel: ASSISTANT → INTERMEDIATE)\n' +
        `  姓名：${'一'.repeat(40)}… → 张三 (name: ${'一'.repeat(40)}… → 张三)\n` +
        '  离职日期：2024-03-05 → （空） (endedOn: 2024-03-05 → (empty))',
    ]);
  });

  it("says before it is done that a change to a record a document names makes it the region's own, unseen by anonymous readers", () => {
    const logs: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(line));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    printReport(
      {
        ...report,
        updated: [
          { line: 5, id: 'NX-3', fields: ['city'], cleared: [], published: true },
          { line: 6, id: 'NX-56', fields: ['city'], cleared: [], published: false },
        ],
        conflicts: [],
        problems: [],
      },
      { kind: 'institutions', dryRun: true, partial: false },
    );
    expect(logs).toContain(
      '其中 1 行修改的是公开报道所载的记录（NX-3）：修改后它们成为本地区登记的记录，不再标为公开数据，匿名读者（如公开的仪表板）将看不到它们。\n' +
        "1 row changes a record a published document names (NX-3): changed, it becomes the region's registered record, no longer marked published, which anonymous readers (the public dashboard among them) do not see.",
    );
  });

  it('lists the id each new line became, and says of a rolled-back import that nothing was done', () => {
    const logs: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(line));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const created = { ...report, created: 1, createdRows: [{ line: 6, id: 'NX-4105' }] };
    printReport(
      { ...created, written: true },
      { kind: 'institutions', dryRun: false, partial: true },
    );
    expect(logs.slice(0, 2)).toEqual([
      '第 6 行：已新增 NX-4105 (line 6: created NX-4105)',
      '第 5 行：已更新 NX-3（机构名称、成立时间） (line 5: updated NX-3 (name, foundedOn))',
    ]);
    logs.length = 0;
    // Problems without --partial roll everything back: no line was created or updated.
    printReport(created, { kind: 'institutions', dryRun: false, partial: false });
    expect(logs.slice(0, 2)).toEqual([
      '第 6 行：未新增记录 (line 6: not created)',
      '第 5 行：未更新 NX-3（机构名称、成立时间） (line 5: not updated NX-3 (name, foundedOn))',
    ]);
  });

  describe('its closing line', () => {
    const closing = (changed: Partial<ImportReport>, partial: boolean) => {
      const lines: string[] = [];
      vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
      vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
      printReport(
        { ...report, conflicts: [], updated: [], created: 0, ...changed },
        { kind: 'institutions', dryRun: false, partial },
      );
      return lines.at(-1)!;
    };
    const whole =
      '未写入任何内容：以上问题涉及整个文件（表头有误，文件未能读完，有合并的单元格，或相隔较远的两行指向同一记录），加 --partial 也不会写入；请修正文件后重新导入。\n' +
      "Nothing was written: the problems above are the whole file's (its header, a file that could not be read to its end, merged cells, or rows far apart naming one record), and --partial would write nothing either; correct the file and import it again.";

    it('never offers --partial for a file refused as a whole, and says so with --partial too', () => {
      // A file cut short: its rows read were valid, and would have created records.
      const cut = { refusedWhole: true, created: 2 };
      expect(closing(cut, false)).toBe(whole);
      expect(closing(cut, true)).toBe(whole);
    });

    it('offers --partial only where it would write something', () => {
      expect(closing({ created: 2, updated: report.updated }, false)).toBe(
        '未写入任何内容。请修正以上行，或加 --partial 只写入有效行（新增 2，更新 1）。\n' +
          'Nothing was written. Fix the rows above, or run with --partial to write the valid rows only (2 created, 1 updated).',
      );
      expect(closing({}, false)).toBe(
        '未写入任何内容。请修正以上行：其余各行与登记库相同，加 --partial 也不会写入。\n' +
          'Nothing was written. Fix the rows above: the other rows say what the registry holds, and --partial would write nothing.',
      );
    });

    it('says with --partial what was written, or that nothing was and why', () => {
      expect(closing({ created: 2, written: true }, true)).toBe(
        '已写入有效行：新增 2，更新 0；以上有问题或冲突的行未写入。\n' +
          'The valid rows were written: 2 created, 0 updated; the rows with problems or conflicts above were not.',
      );
      expect(closing({}, true)).toBe(
        '未写入任何内容：没有可写入的有效行（其余各行与登记库相同）。\n' +
          'Nothing was written: no valid row changes anything (the others say what the registry holds).',
      );
      expect(closing({ problems: [], created: 1, written: true }, true)).toBe(
        '已写入有效行：新增 1，更新 0。\nThe valid rows were written: 1 created, 0 updated.',
      );
      expect(closing({ problems: [] }, true)).toBe(
        '未写入任何内容：各行与登记库相同。\nNothing was written: every row says what the registry holds.',
      );
    });
  });

  it('says a problem that repeats on many lines five times, then counts the rest with their lines', () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const badDate = (line: number) => ({
      line,
      column: '成立时间',
      message: 'must be a year, year-month or date: 2021, 2021-06 or 2021-06-30',
      typed: '去年',
    });
    const problems = [
      ...Array.from({ length: 50_000 }, (_, i) => badDate(i + 2)),
      { line: 7, column: '机构名称', message: 'must not be empty' },
    ];
    printReport(
      { ...report, problems, conflicts: [], updated: [] },
      { kind: 'institutions', dryRun: false, partial: false },
    );
    const shown = errors.filter((line) => line.includes('成立时间'));
    expect(shown).toHaveLength(5);
    expect(errors[5]).toBe(
      '  ……同样的问题另有 49995 行（第 7 行至第 50001 行之间）。(… the same problem on 49995 more lines: between lines 7 and 50001.)',
    );
    // The other problem is still said, not buried.
    expect(errors).toContain(
      '第 7 行，机构名称：不能为空 (line 7, column 机构名称: must not be empty)',
    );
  });

  it('says which records a file naming records by id leaves out, and that nothing was deleted', () => {
    const logs: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(line));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    printReport(
      { ...report, notInFile: { count: 12, ids: ['NX-13', 'NX-50'] } },
      { kind: 'institutions', dryRun: false, partial: false },
    );
    expect(logs).toContain(
      '登记库中另有 12 条记录不在文件中（NX-13、NX-50……）：导入只新增和修改记录，从不删除或停用；从表格中删去的行不会删除记录。' +
        '\n12 records of the registry are not in the file (NX-13, NX-50, …): an import creates and changes records, never deletes or closes one; a row deleted from the spreadsheet deletes nothing.',
    );
  });

  it('says one record left out in the singular', () => {
    const logs: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(line));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    printReport(
      { ...report, notInFile: { count: 1, ids: ['NX-2'] } },
      { kind: 'institutions', dryRun: false, partial: false },
    );
    expect(logs.find((line) => line.startsWith('登记库中另有 1 条'))).toContain(
      '\n1 record of the registry is not in the file (NX-2):',
    );
  });

  it('lists the first hundred lines of a long list, then how many more', () => {
    const logs: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(line));
    const createdRows = Array.from({ length: 250 }, (_, i) => ({ line: i + 2, id: `NX-${i + 1}` }));
    printReport(
      {
        ...report,
        problems: [],
        conflicts: [],
        updated: [],
        created: 250,
        createdRows,
        written: true,
      },
      { kind: 'institutions', dryRun: false, partial: false },
    );
    expect(logs.filter((line) => line.includes('已新增'))).toHaveLength(100);
    expect(logs).toContain('……另有 150 行未列出。(… and 150 more lines not listed.)');
  });

  it("says once whose file it is when every id it refused is another region's, and names notes passed over", () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    const logs: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(line));
    const foreign = (line: number) => ({
      line,
      column: '记录编号',
      message: `"TJ-${line}" is not an id of this registry; its ids look like NX-5`,
    });
    printReport(
      {
        ...report,
        conflicts: [],
        updated: [],
        // A whole file of Tianjin's: 96 rows, each with its own id.
        rows: 96,
        problems: Array.from({ length: 96 }, (_, i) => foreign(i + 2)),
        notesColumns: ['备注'],
      },
      { kind: 'institutions', dryRun: true, partial: false },
    );
    expect(logs[0]).toBe('未导入备注列：备注。Notes columns not imported: 备注.');
    // First, before the rows it explains; then the rows' one problem, five times and counted.
    expect(errors[0]).toBe(
      "文件中的记录编号属于天津市（TJ-…）：这是天津市的文件吗？请用 --region tianjin 导入它。The file's ids are Tianjin's (TJ-…): is it Tianjin's file? Import it with --region tianjin.",
    );
    expect(errors).toHaveLength(1 + 5 + 1);
    expect(errors.at(-1)).toMatch(/^ {2}……同样的问题另有 91 行（第 7 行至第 97 行之间）。/);
    // Ids of two regions, or of none: no one region to name.
    errors.length = 0;
    printReport(
      {
        ...report,
        conflicts: [],
        problems: [foreign(2), { ...foreign(3), message: '"BJ-3" is not an id of this registry' }],
      },
      { kind: 'institutions', dryRun: true, partial: false },
    );
    expect(errors.some((line) => line.startsWith('文件中的记录编号属于'))).toBe(false);
    // One row of Tianjin's among 98 of Ningxia's: that row's mistake, not Tianjin's file.
    errors.length = 0;
    printReport(
      { ...report, rows: 99, conflicts: [], problems: [foreign(99)] },
      { kind: 'institutions', dryRun: true, partial: false },
    );
    expect(errors.some((line) => line.startsWith('文件中的记录编号属于'))).toBe(false);
    expect(errors[0]).toMatch(/TJ-99/);
  });

  it("names an enum cell's allowed values by their Chinese labels, those of the enum that has them", () => {
    expect(
      inChinese('Invalid option: expected one of "ASSISTANT"|"INTERMEDIATE"|"SENIOR"|"NONE"'),
    ).toBe('须为以下之一：助理社会工作师、社会工作师、高级社会工作师、无证书');
    expect(inChinese('Invalid option: expected one of "DEPARTMENT"|"POSTS"|"NONE"')).toBe(
      '须为以下之一：设立社会工作部门、设置社会工作岗位、未设置',
    );
    expect(inChinese('Invalid option: expected one of "A"|"B"')).toBe('须为以下之一：A、B');
  });
});
