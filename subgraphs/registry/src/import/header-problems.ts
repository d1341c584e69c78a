import { importKindWords, type ImportKindName, type ImportMode } from './choices.js';
import { cellsOfKind, kindOfHeader } from './header-kind.js';
import type { RowProblem } from './import-report.js';

/**
 * What refuses a file for its header, before any of its rows is read: apart from the import of the
 * rows, which starts only once the header says nothing here.
 */

/**
 * The problems of a file's header, each refusing the whole file: it has none (an empty file), it is
 * another kind's, its columns are not the kind's or one is given twice, or it has no id where the
 * mode changes records by id.
 */
export function headerRefusal(
  header: string[],
  line: number,
  columns: (string | null)[],
  kindName: string,
  known: string[],
  mode: ImportMode,
): RowProblem[] {
  // An empty file (a CSV of nothing, saved by mistake) is said to be one, not read as no rows.
  if (!header.length)
    return [
      {
        line: 1,
        column: '',
        message: 'the file is empty: it has no header row naming the columns of this kind',
      },
    ];
  const kindOfColumns = kindOfHeader(header);
  if (kindOfColumns && kindOfColumns !== kindName && columns.includes(null))
    return [otherKind(header, line, kindName, kindOfColumns)];
  const problems = headerProblems(header, columns, known, line, kindName);
  if (mode === 'update' && !columns.includes('id'))
    problems.push({
      line,
      column: 'id',
      message:
        'update mode changes the records that rows name by id, and the header has no id (记录编号) column: export the records to get their ids, or import with --mode upsert',
    });
  return problems;
}

/**
 * A file of another kind than the one it is imported as (social workers given as institutions): one
 * problem naming the kind its header is, with some of the columns that say so, rather than one for
 * every column this kind has not.
 */
function otherKind(
  header: string[],
  line: number,
  kind: string,
  other: ImportKindName,
): RowProblem {
  const telling = cellsOfKind(other, header).filter((cell) => !cellsOfKind(kind, [cell]).length);
  return {
    line,
    column: '',
    message: `the header's columns are those of ${importKindWords[other].en} (${telling.slice(0, 4).join(', ')}), not of ${importKindWords[kind as ImportKindName]?.en ?? kind}: import the file with --kind ${other}`,
  };
}

function headerProblems(
  header: string[],
  columns: (string | null)[],
  known: string[],
  line: number,
  kindName: string,
): RowProblem[] {
  return [
    ...header
      .filter((_, index) => columns[index] === null)
      .map((text) => ({
        line,
        // A wrapped header on one line, so that the report's line is not broken by it.
        column: text.replace(/\s*\n\s*/g, ' '),
        message: `is not a column of ${kindName}; the columns are ${known.join(', ')} (or their Chinese headers)`,
      })),
    // A second column of one name would silently replace the first. Said once, with every place
    // it is at: a column given three times is not given twice, twice over.
    ...columns
      .map((column) => ({ column, at: placesOf(columns, column) }))
      .filter(({ column, at }, index) => column !== null && at[1] === index + 1)
      // Named as the file's header writes it (机构名称), not by the code it stands for (name).
      .map(({ at }) => ({
        line,
        column: header[at[0]! - 1]!.replace(/\s*\n\s*/g, ' '),
        message: repeatedColumn(at),
      })),
  ];
}

/** The columns (from 1) a header gives a column at. */
const placesOf = (columns: (string | null)[], column: string | null) =>
  columns.flatMap((other, index) => (other === column ? [index + 1] : []));

function repeatedColumn(at: number[]): string {
  const times = at.length === 2 ? 'twice' : `${at.length} times`;
  return `appears ${times} in the header (columns ${at.slice(0, -1).join(', ')} and ${at.at(-1)}); keep one`;
}
