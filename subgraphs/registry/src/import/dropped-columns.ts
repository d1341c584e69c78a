import type { ReadableFile, SheetRow } from './opened-file.js';

/**
 * A file seen without some of its columns (notes, blank ones): its header without them, and each
 * row's cells without them, the cells it could not read moved left past the dropped columns before
 * them.
 */
function withoutColumns(dropped: boolean[]) {
  const kept = <T>(cells: T[]) => cells.filter((_, index) => !dropped[index]);
  const keptUnread = (unread: Map<number, string>) =>
    new Map(
      [...unread]
        .filter(([index]) => !dropped[index])
        .map(([index, why]) => [index - dropped.slice(0, index).filter(Boolean).length, why]),
    );
  return {
    kept,
    keptRow: (row: SheetRow): SheetRow => {
      const unreadCells = row.unreadCells && keptUnread(row.unreadCells);
      return { ...row, cells: kept(row.cells), ...(unreadCells ? { unreadCells } : {}) };
    },
  };
}

/**
 * The file read without the `dropped` columns: its header without them, and each row as `shown`
 * makes it from the row as read and the row without them (null passes the row over).
 */
export function fileWithoutColumns(
  opened: ReadableFile,
  dropped: boolean[],
  shown: (row: SheetRow, kept: SheetRow) => SheetRow | null,
): ReadableFile {
  const { kept, keptRow } = withoutColumns(dropped);
  const rows = opened.rows;
  return {
    ...opened,
    header: kept(opened.header),
    rows: (async function* () {
      for await (const row of rows) {
        const next = shown(row, keptRow(row));
        if (next) yield next;
      }
    })(),
  };
}
