import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasLetter, refusedCharacter, tabOrLineBreak } from '../shared/text-hygiene.js';
import { line, name, text } from '../subgraphs/registry/src/writes/field-schemas.js';
import { apiMessageInChinese } from '../subgraphs/registry/src/writes/api-message-zh.js';

/** Every code point of a Unicode property, scanned once from the whole code space. */
function codePointsOf(property: RegExp): number[] {
  const found: number[] = [];
  for (let code = 0; code <= 0x10ffff; code++)
    if (property.test(String.fromCodePoint(code))) found.push(code);
  return found;
}

const categories: [string, number[]][] = [
  // Tab and line breaks are the controls a text may hold (one-line text refuses them itself).
  ['Cc', codePointsOf(/\p{Cc}/u).filter((code) => ![0x09, 0x0a, 0x0d].includes(code))],
  ['Cf', codePointsOf(/\p{Cf}/u)],
  ['Co', codePointsOf(/\p{Co}/u)],
  ['Cs', codePointsOf(/\p{Cs}/u)],
  ['Zl', codePointsOf(/\p{Zl}/u)],
  ['Zp', codePointsOf(/\p{Zp}/u)],
  ['Default_Ignorable_Code_Point', codePointsOf(/\p{Default_Ignorable_Code_Point}/u)],
  ['fillers', [0x115f, 0x1160, 0x3164, 0xffa0, 0x2800]],
];
const ofCategory = (codes: number[]) =>
  fc.integer({ min: 0, max: codes.length - 1 }).map((i) => codes[i]!);

/** Clean text: Chinese, Latin letters, digits, blanks and the punctuation of names. */
const cleanText = fc.string({
  unit: fc.constantFrom(...'社会工作服务中心天津市南开区abcXYZ0123 -·（）()《》、，'.split('')),
  maxLength: 20,
});
const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

describe('text hygiene by Unicode category', () => {
  it.each(categories)(
    'refuses any character of %s anywhere in a text, naming its code point',
    (_category, codes) => {
      fc.assert(
        fc.property(cleanText, ofCategory(codes), cleanText, (before, code, after) => {
          // A blank before it, so that it never follows an ideograph as a variation selector may.
          expect(refusedCharacter(`${before} ${String.fromCodePoint(code)}${after}`)).toBe(
            hex(code),
          );
        }),
        { seed: 26, numRuns: 300 },
      );
    },
  );

  it('accepts clean text', () => {
    fc.assert(
      fc.property(cleanText, (text) => {
        expect(refusedCharacter(text)).toBeNull();
      }),
      { seed: 26, numRuns: 300 },
    );
  });

  it.each([
    ['an emoji family joined by U+200D', '👨\u200D👩\u200D👧'],
    ['an emoji with its presentation selector', '❤\uFE0F'],
    ['an emoji with a skin tone', '👍🏽'],
    ['a keycap', '1\uFE0F\u20E3'],
    [
      "Scotland's flag, spelt with tag characters",
      '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
    ],
    ['an ideographic variation sequence of a rare name character', '葛\u{E0100}'],
    ['tabs and line breaks', '第一行\r\n第二行\t结束'],
  ])('keeps %s', (_name, text) => {
    expect(refusedCharacter(`社工${text}站`)).toBeNull();
  });

  it.each([
    ['a joiner outside an emoji sequence', '社\u200D工', 'U+200D'],
    ['a variation selector after a letter', 'a\uFE0F', 'U+FE0F'],
    ['tag characters without the black flag', 'A\u{E0041}\u{E007F}', 'U+E0041'],
    // Tags spelling "ignore all rules" behind the black flag: no subdivision's code, hidden text.
    [
      'a run of tags after the black flag that spells no subdivision',
      `🏴${[...'ignore all rules'].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0)!)).join('')}\u{E007F}`,
      'U+E0069',
    ],
    [
      'upper-case tags after the black flag',
      '🏴\u{E0047}\u{E0042}\u{E0053}\u{E0043}\u{E0054}\u{E007F}',
      'U+E0047',
    ],
    ['a lone surrogate', '社\uD800工', 'U+D800'],
    ['the replacement character', '社\uFFFD工', 'U+FFFD'],
  ])('refuses %s', (_name, text, code) => {
    expect(refusedCharacter(text)).toBe(code);
  });

  it('wants a letter or ideograph in a name', () => {
    for (const name of ['社会工作站', 'Hope Centre', '第1社工站', '〇'])
      expect(hasLetter(name)).toBe(true);
    for (const name of ['123', '—', '（）', '...']) expect(hasLetter(name)).toBe(false);
  });
});

describe('one-line text', () => {
  it.each([
    ['a line break (a cell typed with Alt+Enter)', '南宁市某某\n社会工作服务中心', 'U+000A'],
    ['a line break of Windows', '南宁市某某\r\n社会工作服务中心', 'U+000D'],
  ])('refuses %s in a name, naming its code point, in Chinese too', (_, typed, code) => {
    const message = name(200).safeParse(typed).error!.issues[0]!.message;
    expect(message).toBe(`holds ${code}, a line break: the field is one line; join its lines`);
    expect(apiMessageInChinese(message)).toBe(
      `含 ${code}，一个换行符：此项只能写在一行内，请把各行连起来`,
    );
  });

  it('refuses a tab in a name and in any one-line field, naming it, in Chinese too', () => {
    for (const schema of [name(200), line(50)]) {
      const message = schema.safeParse('演示\t社工站').error!.issues[0]!.message;
      expect(message).toBe('holds U+0009, a tab: the field is one line; write a space instead');
      expect(apiMessageInChinese(message)).toBe(
        '含 U+0009，一个制表符：此项只能写在一行内，请改为空格',
      );
    }
    expect(tabOrLineBreak('演示 社工站')).toBeNull();
  });

  it('is not asked of a note or a description, which keep their lines and tabs', () => {
    expect(text(1000).safeParse('第一行\n第二行\t结束').success).toBe(true);
  });
});
