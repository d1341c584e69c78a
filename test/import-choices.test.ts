import { describe, expect, it } from 'vitest';
import { kindOfFileName } from '../subgraphs/registry/src/import/choices.js';
import { kindOfHeader } from '../subgraphs/registry/src/import/header-kind.js';

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

/** The kind of records a file holds, read from its header when neither `--kind` nor its name says it. */
describe("an import file's header", () => {
  it("says the kind whose columns it names, in Chinese or English, with a team's notes beside them", () => {
    expect(
      kindOfHeader(
        '记录编号,版本,姓名,证书等级,证书编号,所在机构（统一社会信用代码或记录编号）,用工方式,招聘来源,服务领域,督导级别,入职日期,离职日期'.split(
          ',',
        ),
      ),
    ).toBe('social-workers');
    expect(kindOfHeader(['机构名称', '机构类型', '统一社会信用代码', '备注'])).toBe('institutions');
    expect(kindOfHeader(['name', 'kind', 'creditCode', 'city'])).toBe('institutions');
    expect(kindOfHeader(['项目名称', '项目类型', '年度', '资金（元）'])).toBe('programs');
  });

  it('says none when only columns every kind has decide, or fewer than two columns are known', () => {
    expect(kindOfHeader(['记录编号', '版本', '服务领域'])).toBeUndefined();
    expect(kindOfHeader(['姓名', '电话'])).toBeUndefined();
    expect(kindOfHeader(['甲', '乙'])).toBeUndefined();
  });
});
