import { describe, expect, it } from 'vitest';
import { kindOfFileName } from '../subgraphs/registry/src/import/choices.js';

/** The kind of records a file holds, read from its name when `--kind` is not given. */
describe("an import file's name", () => {
  it('says its kind anywhere in it, in English or Chinese', () => {
    expect(kindOfFileName('机构.xlsx')).toBe('institutions');
    expect(kindOfFileName('exports/nx-institutions.xlsx')).toBe('institutions');
    expect(kindOfFileName('宁夏社工导出.csv')).toBe('social-workers');
    expect(kindOfFileName('social-workers-2026.csv')).toBe('social-workers');
    expect(kindOfFileName('2025-programs.csv')).toBe('programs');
    // Stations are institutions: 社工站 is not read as 社工.
    expect(kindOfFileName('乡镇社工站.xlsx')).toBe('institutions');
  });

  it('says none when it names two kinds, or none', () => {
    expect(kindOfFileName('机构和项目.xlsx')).toBeUndefined();
    expect(kindOfFileName('staff.csv')).toBeUndefined();
  });
});
