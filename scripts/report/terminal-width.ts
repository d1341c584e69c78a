import stringWidth from 'string-width';
import { wrapLine } from '../../shared/wrap-line.js';

/**
 * Text that fits a terminal: its width in columns as the terminal draws it (a Chinese character,
 * a full-width comma or an emoji takes two; a combining mark none), and lines wrapped to a width.
 */

/** The width a report printed to the terminal fits: the terminal's, or 100 where it is not known (a pipe). */
export const terminalWidth = (columns: number | undefined = process.stdout.columns) =>
  columns && columns > 0 ? columns : 100;

export const displayWidth = (text: string) => stringWidth(text);

/** A line wrapped to `width` columns, the lines after a break starting with `indent`. */
export const wrapColumns = (line: string, width: number, indent = '') =>
  wrapLine(line, width, { measure: displayWidth, indent });

/** Every line of a text wrapped to `width`, each under its own leading spaces. */
export const fitLines = (text: string, width: number) =>
  text
    .split('\n')
    .flatMap((line) => wrapColumns(line, width, `${/^ */.exec(line)![0]}  `))
    .join('\n');
