import { describe, expect, it } from 'vitest';
import { wrapLine } from '../shared/wrap-line.js';
import { displayWidth, fitLines } from '../scripts/report/terminal-width.js';

/** Text as a monospaced font runs: a character a unit wide. */
const measure = (text: string) => [...text].length;
const wrapped = (line: string, width: number) => wrapLine(line, width, { measure });

describe('a line wrapped to a width (a chart caption, a terminal report)', () => {
  it('breaks between words and Chinese characters, never inside a word or a number', () => {
    expect(wrapped('short of the target by 2 counties', 24)).toEqual([
      'short of the target by 2',
      'counties',
    ]);
    expect(wrapped('偏离目标 演示 100%', 9)).toEqual(['偏离目标 演示', '100%']);
    expect(wrapped('广西壮族自治区二级以上医疗机构', 7)).toEqual([
      '广西壮族自治区',
      '二级以上医疗机',
      '构',
    ]);
  });

  it('starts a word longer than the line on a line of its own, and cuts it there', () => {
    expect(wrapped('a Pneumonoultramicroscopic word', 10)).toEqual([
      'a',
      'Pneumonoul',
      'tramicrosc',
      'opic word',
    ]);
  });

  it('keeps a closing mark with what it closes, off the start of a line, and an opening one with what follows', () => {
    expect(wrapped('截至目前，雄安新区', 4)).toEqual(['截至目', '前，雄安', '新区']);
    expect(wrapped('覆盖率 95%。', 6)).toEqual(['覆盖率', '95%。']);
    // And an opening one with what it opens, off the end of a line.
    expect(wrapped('见原文（雄安）', 4)).toEqual(['见原文', '（雄安）']);
    expect(wrapped('a source (雄安新区)', 10)).toEqual(['a source', '(雄安新区)']);
  });

  it('keeps an address whole where it fits, and an emoji whole where a word is cut', () => {
    expect(wrapped('见 https://example.org/a/b 原文', 24)).toEqual([
      '见',
      'https://example.org/a/b',
      '原文',
    ]);
    expect(wrapLine('👩‍⚕️👩‍⚕️👩‍⚕️', 4, { measure: displayWidth })).toEqual(['👩‍⚕️👩‍⚕️', '👩‍⚕️']);
  });

  it("measures as its caller does: a terminal's columns, a Chinese character two wide", () => {
    expect(wrapLine('医务社工 306 人', 8, { measure: displayWidth })).toEqual([
      '医务社工',
      '306 人',
    ]);
  });

  it('hangs the lines after a break under their label', () => {
    expect(
      wrapLine('  出处：北京市卫生健康委员会', 16, { measure: displayWidth, indent: '      ' }),
    ).toEqual(['  出处：北京市卫', '      生健康委员', '      会']);
    expect(fitLines('  a b c d e f', 7)).toBe('  a b c\n    d e\n    f');
  });
});
