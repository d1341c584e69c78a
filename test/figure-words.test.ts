import { describe, expect, it } from 'vitest';
import { enumLabel, enumLabels } from '../shared/enum-labels.js';
import {
  formatFigure,
  formatValue,
  qualifiedNumber,
  qualifiersWithWords,
} from '../gateway/dashboard/src/units.js';

/** A published figure on the dashboard reads as its page prints it, with the qualifier in its place. */
describe('a published figure in words', () => {
  it('puts 余 and -odd after the number, the other qualifiers before it', () => {
    expect(formatFigure(4000, 'person-times', 'ODD', 'zh')).toBe('4,000余\u00a0人次');
    expect(formatFigure(4000, 'person-times', 'ODD', 'en')).toBe('4,000-odd\u00a0person-times');
    expect(formatFigure(9000, 'person-times', 'MORE_THAN', 'zh')).toBe('超过9,000\u00a0人次');
    expect(formatFigure(9000, 'person-times', 'MORE_THAN', 'en')).toBe(
      'more than 9,000\u00a0person-times',
    );
    expect(formatFigure(7_000_000, 'yuan', 'NEARLY', 'zh')).toBe('近7,000,000\u00a0元');
    expect(formatFigure(500, 'persons', 'ABOUT', 'en')).toBe('about 500\u00a0persons');
    expect(formatFigure(30, 'percent', 'AT_LEAST', 'zh')).toBe('不少于30%');
    expect(formatFigure(306, 'persons', 'EXACT', 'zh')).toBe('306\u00a0人');
  });

  it("puts the qualifier's word around a table's number as the page does, without a unit", () => {
    expect(qualifiedNumber('3000', 'NEARLY', 'zh')).toBe('近3000');
    expect(qualifiedNumber('3000', 'NEARLY', 'en')).toBe('nearly 3000');
    expect(qualifiedNumber('4000', 'ODD', 'zh')).toBe('4000余');
    expect(qualifiedNumber('9000', 'MORE_THAN', 'en')).toBe('more than 9000');
    expect(qualifiedNumber('306', 'EXACT', 'zh')).toBe('306');
    expect(qualifiedNumber('306', null, 'en')).toBe('306');
  });

  it('says one in the singular in English, and leaves Chinese measure words as they are', () => {
    expect(formatFigure(1, 'institutions', 'EXACT', 'en')).toBe('1\u00a0institution');
    expect(formatFigure(1, 'agencies', 'EXACT', 'en')).toBe('1\u00a0agency');
    expect(formatValue(1, 'persons', 'en')).toBe('1\u00a0person');
    expect(formatValue(2, 'persons', 'en')).toBe('2\u00a0persons');
    expect(formatValue(1, 'institutions', 'zh')).toBe('1\u00a0个');
  });

  it('has a word for every qualifier of the schema but EXACT', () => {
    expect([...qualifiersWithWords].sort()).toEqual(Object.keys(enumLabels.Qualifier!).sort());
  });

  it('names the breakdowns the documents publish by and the registry has no dimension for', () => {
    expect(enumLabel('NATIONAL_KEY_ASSISTANCE', 'zh')).toBe('国家乡村振兴重点帮扶县（区）');
    expect(enumLabel('NATIONAL_KEY_ASSISTANCE', 'en')).toMatch(/^National key counties/);
  });
});
