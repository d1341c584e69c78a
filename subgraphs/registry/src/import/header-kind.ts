import { importKindNames, type ImportKindName } from './choices.js';
import { importKinds } from './columns.js';
import type { FileSource } from './file-source.js';
import { columnOfHeader } from './labels.js';
import { LOST_CHARACTERS } from './lost-characters.js';
import { readOnlyColumns } from './read-only-columns.js';
import { openFile } from './read-rows.js';

/**
 * The columns a file of a kind may have: the kind's fields, and the id, version and read-only
 * columns of an export.
 */
export const columnsOfKind = (kind: string): string[] => [
  ...importKinds[kind]!.columns,
  'id',
  'version',
  ...readOnlyColumns[kind]!,
];

/** The header cells that name a column of a kind. */
export const cellsOfKind = (kind: string, header: string[]): string[] =>
  header.filter((cell) => columnOfHeader(kind, columnsOfKind(kind), cell) !== null);

/**
 * A header row, of any kind: at least two of its cells name columns of one kind (a workbook's title
 * rows above it name none).
 */
export const isHeaderOfAnyKind = (cells: string[]): boolean =>
  importKindNames.some((kind) => cellsOfKind(kind, cells).length >= 2);

/**
 * The kind whose columns a header names: the one that knows the most of its cells, at least two,
 * and more than any other. The columns only one kind has decide (证书编号 is a worker's, 统一社会信用代码
 * an institution's); those all kinds have (记录编号, 服务领域) decide nothing.
 */
export function kindOfHeader(header: string[]): ImportKindName | undefined {
  const known = importKindNames
    .map((kind) => ({ kind, count: cellsOfKind(kind, header).length }))
    .sort((a, b) => b.count - a.count);
  const [most, next] = known;
  return most!.count >= 2 && most!.count > next!.count ? most!.kind : undefined;
}

/**
 * The kind a file's header row names (kindOfHeader), or none when it names none or cannot be read;
 * a file whose Chinese characters became "?" is said to be one, not a file of no known kind.
 */
export async function kindOfFile(
  file: FileSource,
): Promise<ImportKindName | { problem: string } | undefined> {
  const opened = await openFile(file, isHeaderOfAnyKind);
  if ('problem' in opened)
    return opened.problem.message === LOST_CHARACTERS ? { problem: LOST_CHARACTERS } : undefined;
  try {
    return kindOfHeader(opened.header);
  } finally {
    await opened.close();
  }
}
