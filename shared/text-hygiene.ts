/**
 * Which characters a text of the registry may hold, decided by Unicode category rather than by a
 * list of examples, in the API and the import alike (both validate through `validation.ts`).
 *
 * Refused: controls (`Cc`, but tab and line breaks), format characters (`Cf`: direction marks and
 * overrides, zero-width characters, the soft hyphen, tags, …), private use (`Co`), surrogates
 * (`Cs`: a lone one, which PostgreSQL would store as U+FFFD), line and paragraph separators (`Zl`,
 * `Zp`), every other character Unicode says to display as nothing (`Default_Ignorable_Code_Point`:
 * the combining grapheme joiner, variation selectors, Hangul fillers U+115F, U+1160, U+3164), the
 * braille blank U+2800, which looks like a space, and U+FFFD, the mark of a character lost before.
 *
 * Kept: the sequences that need some of them to mean anything, namely emoji joined by U+200D or
 * followed by a variation selector, keycaps, subdivision flags spelt with tag characters (a region's
 * two letters and a subdivision's one to three letters or digits, as Unicode's subdivision codes
 * are: any run of tags after the black flag would carry hidden text), and the
 * ideographic variation sequences (an ideograph and a selector U+E0100–U+E01EF) by which rare
 * characters of personal names are written.
 */
const refusedClass = String.raw`[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800\uFFFD]`;
const refused = new RegExp(refusedClass, 'u');
const everyRefused = new RegExp(refusedClass, 'gu');
const allowedControls = new Set(['\t', '\n', '\r']);

const pictograph = String.raw`\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?`;
const meaningfulSequences = new RegExp(
  // The flag first: its black flag alone is a pictograph too, which would leave the tags behind.
  [
    String.raw`\u{1F3F4}[\u{E0061}-\u{E007A}]{2}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,3}\u{E007F}`,
    `${pictograph}(?:\\u200D${pictograph})*`,
    String.raw`[0-9#*]\uFE0F\u20E3`,
    String.raw`\p{Ideographic}[\u{E0100}-\u{E01EF}]`,
  ].join('|'),
  'gu',
);

/** A character by its code point, as messages name it: U+200E. */
const codePoint = (character: string) =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The code point of the first refused character (`U+200E`), or null when the text is clean. */
export function refusedCharacter(text: string): string | null {
  // Each meaningful sequence stands as one harmless character while the rest is searched.
  const rest = text.replace(meaningfulSequences, 'x');
  for (const character of rest) {
    if (allowedControls.has(character) || !refused.test(character)) continue;
    return codePoint(character);
  }
  return null;
}

/**
 * Text as a message quotes it, on a terminal or in a report: every character of the classes the
 * check refuses (a NUL, an escape that would drive the terminal, a direction mark, a filler, a
 * private one) shown by its code point, `<U+2028>`, never as itself, which would show nothing or do
 * harm; those of a sequence the check keeps (an emoji's joiner, a tab) too, since a message quotes
 * the cell to be found, not to be read.
 */
export const shownVisibly = (text: string): string =>
  text.replace(everyRefused, (c) => `<${codePoint(c)}>`);

/**
 * A name must hold at least one letter or ideograph: one of punctuation or blanks names nothing.
 * 〇 (U+3007) is an ideograph, though Unicode files it as a number, not a letter.
 */
export const hasLetter = (text: string): boolean => /[\p{L}\p{Ideographic}]/u.test(text);

/**
 * The code point of the first tab or line break (`U+0009`, `U+000A`, `U+000D`), or null: the
 * controls clean text may hold, which text of one line (a name, a title) may not.
 */
export function tabOrLineBreak(text: string): string | null {
  const control = /[\t\r\n]/.exec(text)?.[0];
  return control ? codePoint(control) : null;
}

/**
 * The code point of the first character that may not stand in the name of whoever acts (a token's
 * `sub`, a tool's `--by`), or null: such a name is written to the audit and printed in every record
 * of it, so it is clean text on one line, with no tab either.
 */
export function refusedInActor(name: string): string | null {
  return refusedCharacter(name) ?? tabOrLineBreak(name);
}
