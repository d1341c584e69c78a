/**
 * Lines broken to a width, one rule for every place text is wrapped (a terminal's report, a saved
 * chart's caption), whatever measures it: columns in a terminal, pixels on a canvas.
 */

/** Marks that close a phrase: Chinese typesetting keeps them off the start of a line (避头点). */
const CLOSING = '、。，；：？！）》」』】〕”’%)\\]';
/** Marks that open one, kept off the end of a line (避尾点). */
const OPENING = '（《「『【〔“‘(\\[';

/**
 * What a line may break between: a run of spaces; a word or number whole (an address cut at its
 * slash cannot be copied, a number cut at its comma is misread); a Chinese character, as Chinese
 * is set, between any two. A mark that opens goes with what follows it, one that closes with what
 * it closes.
 */
const pieces = new RegExp(
  `\\s+|[${OPENING}]*(?:[^\\s\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef${CLOSING}${OPENING}]+|.)[${CLOSING}]*`,
  'gsu',
);
const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

export interface WrapOptions {
  /** How wide text runs: columns as a terminal draws it, or pixels as a canvas does. */
  measure: (text: string) => number;
  /** What the lines after a break start with (a hanging indent under a label); none by default. */
  indent?: string;
}

/**
 * A line wrapped to `width`: broken between pieces, a piece that does not fit starting the next
 * line; one wider than a line by itself starts a line of its own and is cut between its
 * characters as a reader sees them (an emoji or a letter with its accent stays whole).
 */
export function wrapLine(line: string, width: number, options: WrapOptions): string[] {
  const { measure, indent = '' } = options;
  if (measure(line) <= width) return [line];
  const lines: string[] = [];
  let current = '';
  const push = () => {
    lines.push(current.trimEnd());
    current = indent;
  };
  for (const piece of line.match(pieces) ?? []) {
    if (measure(current + piece) <= width) {
      current += piece;
      continue;
    }
    if (!piece.trim()) {
      push();
      continue;
    }
    if (current.trim()) push();
    for (const { segment: character } of graphemes.segment(piece)) {
      if (measure(current + character) > width && current.trim()) push();
      current += character;
    }
  }
  if (current.trim()) lines.push(current.trimEnd());
  return lines;
}
