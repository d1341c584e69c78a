import { describe, expect, it } from 'vitest';
import { wrapped } from '../gateway/dashboard/src/saved-chart.js';

/** Text as a monospaced font runs: a character a unit wide. */
const measure = (text: string) => [...text].length;

describe("a saved chart's caption, wrapped to the chart's width", () => {
  it('breaks between words and Chinese characters, never inside a word or a number', () => {
    expect(wrapped('short of the target by 2 counties', 24, measure)).toEqual([
      'short of the target by 2',
      'counties',
    ]);
    expect(wrapped('偏离目标 演示 100%', 9, measure)).toEqual(['偏离目标 演示', '100%']);
    expect(wrapped('广西壮族自治区二级以上医疗机构', 7, measure)).toEqual([
      '广西壮族自治区',
      '二级以上医疗机',
      '构',
    ]);
  });

  it('breaks a word longer than the line between its characters', () => {
    expect(wrapped('a Pneumonoultramicroscopic word', 10, measure)).toEqual([
      'a Pneumono',
      'ultramicro',
      'scopic',
      'word',
    ]);
  });
});
