import { GraphQLError } from 'graphql';
import { badInput, type Problem } from '../writes/validation.js';

/**
 * What the import's cells of a record's history share (a worker's 现任职首日, posted-on.ts; an
 * institution's 当前时期开始日期, current-since.ts): a new record has no history for its row to
 * give, and a write's refusal of a history's day is said at that day's column.
 */

/** The problem of a new record's row that gives `column`, which only a registered record has. */
export function givenOnNewRow(
  values: Record<string, unknown>,
  column: string,
  message: string,
): [string, string][] {
  return values[column] == null ? [] : [[column, message]];
}

/**
 * A write whose refusals (BAD_USER_INPUT with problems) are said at `column` of the file, those
 * `atColumn` picks (all by default) and in the file's words (`reworded`); the others at their own.
 */
export async function refusedAtColumn<T>(
  column: string,
  write: () => Promise<T>,
  atColumn: (problem: Problem) => boolean = () => true,
  reworded: (message: string) => string = (message) => message,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof GraphQLError) || error.extensions.code !== 'BAD_USER_INPUT') throw error;
    const problems = error.extensions.problems as Problem[] | undefined;
    if (!problems) throw error;
    throw badInput(
      problems.map((problem) =>
        atColumn(problem) ? { path: column, message: reworded(problem.message) } : problem,
      ),
    );
  }
}

/**
 * A row's input apart from its history cell, and the cell: undefined where the row leaves it as
 * exported. A cleared one is refused at its column (`cleared` says why): an empty cell is too
 * easily a column cleared by mistake to undo a record's history.
 */
export function historyCellOf(
  input: Record<string, unknown>,
  column: string,
  cleared: string,
): { cell: string | undefined; fields: Record<string, unknown> } {
  const { [column]: cell, ...fields } = input;
  if (cell === null) throw badInput([{ path: column, message: cleared }]);
  return { cell: cell as string | undefined, fields };
}
