import type { EntityManager } from 'typeorm';
import type { ImportKind } from './columns.js';
import type { RowProblem } from './import-report.js';
import type { ParsedRow } from './parse-row.js';
import { repeatedKeys } from './repeated-rows.js';

/**
 * Rows that name one record (an id, a natural key or an alternate key given twice): each refused,
 * saying the line of the other. The words, apart from the query that finds them (repeated-rows.ts).
 */

/**
 * Adds to each row of a chunk the problems of the ids and keys it repeats or another repeats;
 * returns those of the first rows, read in an earlier chunk, that the chunk's rows repeat.
 */
export async function repeatProblems(
  tx: EntityManager,
  kind: ImportKind,
  read: { parsed: ParsedRow; problems: RowProblem[] }[],
): Promise<RowProblem[]> {
  // PostgreSQL's text holds no NUL: a value with one is refused by its cell and names no record.
  const keys = read.flatMap(({ parsed: row }) =>
    (
      [
        ['id', row.id],
        [kind.naturalKey.column, row.key],
        [kind.alternateKey?.[0] ?? '', row.alternate],
      ] as const
    )
      .filter((key): key is readonly [string, string] => !!key[1] && !key[1].includes('\u0000'))
      .map(([column, value]) => ({ column, value, line: row.line })),
  );
  const repeats = await repeatedKeys(tx, keys);
  for (const { parsed: row, problems } of read) {
    for (const repeat of repeats.filter((r) => r.line === row.line))
      problems.push({
        line: row.line,
        column: repeat.column,
        message: `repeats line ${repeat.firstLine}`,
      });
    // The first of the rows is refused too: which of them is meant, the file does not say (an id
    // typed over another's would otherwise write one record's values into the other).
    const laterRows = repeats.filter((r) => r.firstLine === row.line);
    for (const column of new Set(laterRows.map((r) => r.column)))
      problems.push({
        line: row.line,
        column,
        message: `is repeated on line ${laterRows
          .filter((r) => r.column === column)
          .map((r) => r.line)
          .join(
            ', ',
          )}: rows that name one record are refused together; keep only the one meant, or, for a new record, clear the id and version of the copy`,
      });
  }
  // The first of two rows more than a chunk apart was read, and written, with its own chunk: it is
  // refused all the same, and the file is then written whole or not at all (import-file.ts).
  const lines = new Set(read.map(({ parsed }) => parsed.line));
  return repeats
    .filter((r) => !lines.has(r.firstLine))
    .map((repeat) => ({
      line: repeat.firstLine,
      column: repeat.column,
      message: `is repeated on line ${repeat.line}: rows that name one record are refused together; keep only the one meant, or, for a new record, clear the id and version of the copy`,
    }));
}
