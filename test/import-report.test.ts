import { afterEach, describe, expect, it, vi } from 'vitest';
import { printReport } from '../scripts/import-report.js';
import type { ImportReport } from '../subgraphs/registry/src/import/import-file.js';
import { inChinese } from '../subgraphs/registry/src/import/messages-zh.js';

const report: ImportReport = {
  rows: 3,
  valid: 1,
  created: 0,
  updated: [{ line: 5, id: 'NX-3', fields: ['name', 'foundedOn'] }],
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
    expect(errors.slice(0, 3)).toEqual([
      '第 2 行，机构名称：不能为空 (line 2, column 机构名称: must not be empty)',
      'line 3: a message this import does not know',
      '第 4 行，版本：冲突：NX-2 现为第 1 版，文件中为第 7 版：导出之后该记录已被修改；此行未写入 (line 4, column version: conflict: NX-2 is at version 1, the file has version 7: the record changed since the file was exported; nothing of this row was written)\n  现有值：机构名称=宁夏某机构，服务领域=医务;老年人\n  (current values: name=宁夏某机构, serviceFields=MEDICAL;ELDERLY)',
    ]);
    expect(logs[0]).toBe(
      '第 5 行：将更新 NX-3（机构名称、成立时间） (line 5: would update NX-3 (name, foundedOn))',
    );
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
