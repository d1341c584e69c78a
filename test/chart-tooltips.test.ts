import { describe, expect, it } from 'vitest';
import { chartValue } from '../gateway/dashboard/src/units.js';

describe("a chart's tooltip value", () => {
  it('groups thousands as the page does, to a tenth, with its unit', () => {
    expect(chartValue(10524, '人')).toBe('10,524 人');
    expect(chartValue(1234.56, 'persons')).toBe('1,234.6 persons');
    expect(chartValue(31.122, '%')).toBe('31.1%');
  });
});
