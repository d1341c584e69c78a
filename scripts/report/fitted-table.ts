import { display, type Column } from './format.js';
import type { Language } from './language.js';
import { displayWidth, wrapColumns } from './terminal-width.js';

/** The space between two columns. */
const GAP = 2;

/**
 * Rows as a table for a terminal of `width` columns: as many of the first columns as fit side by
 * side, and each row's other cells beneath it, one `title: value` line each (a cell left empty
 * says nothing), wrapped under their title: a table wider than the terminal wraps every line into
 * the next, where no column can be followed. So the columns a reader compares come first.
 */
export function fittedTable<Row>(
  columns: readonly Column<Row>[],
  rows: Row[],
  width: number,
  language: Language,
): string {
  const cells = rows.map((row) => columns.map((c) => display(row[c.key])));
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.title), ...cells.map((line) => displayWidth(line[i]!))),
  );
  // The first column stays in the table, however narrow the terminal: it names the row.
  let shown = 1;
  while (
    shown < columns.length &&
    widths.slice(0, shown + 1).reduce((sum, w) => sum + w + GAP, -GAP) <= width
  )
    shown += 1;
  const line = (values: string[]) =>
    values
      .slice(0, shown)
      .map((v, i) => v + ' '.repeat(Math.max(0, widths[i]! - displayWidth(v))))
      .join(' '.repeat(GAP))
      .trimEnd();
  const separator = language === 'zh' ? '：' : ': ';
  const beneath = (values: string[]) =>
    columns.slice(shown).flatMap((column, i) => {
      const value = values[shown + i]!;
      return value ? wrapColumns(`  ${column.title}${separator}${value}`, width, '      ') : [];
    });
  return (
    [
      ...wrapColumns(line(columns.map((c) => c.title)), width),
      widths
        .slice(0, shown)
        .map((w) => '-'.repeat(Math.min(w, width)))
        .join(' '.repeat(GAP)),
      ...cells.flatMap((values) => [...wrapColumns(line(values), width), ...beneath(values)]),
    ].join('\n') + '\n'
  );
}
