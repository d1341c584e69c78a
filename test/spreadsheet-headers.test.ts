import { describe, expect, it } from 'vitest';
import { columnOfHeader, headerOf } from '../subgraphs/registry/src/import/labels.js';

/** The Chinese column headers a regional team reads in its spreadsheets, and reads back in. */
describe('spreadsheet headers', () => {
  const columns = ['name', 'kind', 'beneficiaries', 'groupServicePersonTimes'];

  it('say what a number counts: beneficiaries are person-times', () => {
    expect(headerOf('programs', 'beneficiaries', 'zh')).toBe('受益人次');
    expect(headerOf('programs', 'groupServicePersonTimes', 'zh')).toBe('小组服务人次');
  });

  it('are read back in whichever way a file writes them, a header an earlier export wrote too', () => {
    for (const header of ['受益人次', '受益人数', 'beneficiaries', ' Beneficiaries '])
      expect(columnOfHeader('programs', columns, header), header).toBe('beneficiaries');
    expect(columnOfHeader('programs', columns, '项目名称')).toBe('name');
    expect(columnOfHeader('programs', columns, '受益人')).toBeNull();
  });

  it('are read wrapped onto two lines in their cell (Alt+Enter), as a spreadsheet shows a long one', () => {
    expect(columnOfHeader('programs', columns, '项目\n名称')).toBe('name');
    expect(columnOfHeader('programs', columns, '小组服务\r\n人次')).toBe('groupServicePersonTimes');
  });
});
