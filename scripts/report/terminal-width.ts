import stringWidth from 'string-width';

/**
 * Text that fits a terminal: its width in columns as the terminal draws it (a Chinese character,
 * a full-width comma or an emoji takes two; a combining mark none), and lines wrapped to a width.
 */

/** The width a report printed to the terminal fits: the terminal's, or 100 where it is not known (a pipe). */
export const terminalWidth = (columns: number | undefined = process.stdout.columns) =>
  columns && columns > 0 ? columns : 100;

export const displayWidth = (text: string) => stringWidth(text);

/**
 * What a line may break between: spaces, words and addresses whole (an address cut at its slash
 * cannot be copied), and Chinese between any two characters, as Chinese is set.
 */
const pieces = /\s+|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+|./gsu;
const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * A line wrapped to `width` columns: where it breaks, the lines after it start with `indent` (a
 * hanging indent under a label); a word wider than a line is cut between its characters.
 */
export function wrapLine(line: string, width: number, indent = ''): string[] {
  if (displayWidth(line) <= width) return [line];
  const lines: string[] = [];
  let current = '';
  const push = () => {
    lines.push(current.trimEnd());
    current = indent;
  };
  for (const segment of line.match(pieces) ?? []) {
    if (displayWidth(current + segment) <= width) {
      current += segment;
      continue;
    }
    if (!segment.trim()) {
      push();
      continue;
    }
    if (current.trim()) push();
    for (const { segment: character } of graphemes.segment(segment)) {
      if (displayWidth(current + character) > width && current.trim()) push();
      current += character;
    }
  }
  if (current.trim()) lines.push(current.trimEnd());
  return lines;
}

/** Every line of a text wrapped to `width`, each under its own leading spaces. */
export const fitLines = (text: string, width: number) =>
  text
    .split('\n')
    .flatMap((line) => wrapLine(line, width, `${/^ */.exec(line)![0]}  `))
    .join('\n');
