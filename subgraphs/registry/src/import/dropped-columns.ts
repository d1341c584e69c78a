/**
 * A file's row seen without some of its columns (notes, blank ones): its cells without them, and
 * the cells it could not read moved left past the dropped columns before them.
 */
export function withoutColumns(dropped: boolean[]) {
  return {
    kept: <T>(cells: T[]) => cells.filter((_, index) => !dropped[index]),
    keptUnread: (unread: Map<number, string>) =>
      new Map(
        [...unread]
          .filter(([index]) => !dropped[index])
          .map(([index, why]) => [index - dropped.slice(0, index).filter(Boolean).length, why]),
      ),
  };
}
