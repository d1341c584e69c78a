/** A list of migration names as a message says it: the first few, then an ellipsis. */
export function firstFew(names: readonly string[], separator: string): string {
  const shown = names.slice(0, 3).join(separator);
  return names.length > 3 ? `${shown}${separator}…` : shown;
}

/**
 * A backup (the registries' archive or a pg_dump) recording migrations this release lacks: it comes
 * from a later release, whose schema this one cannot give its rows.
 */
export const fromLaterRelease = (unknown: readonly string[]) =>
  new Error(
    `该备份来自较新的版本，本版本没有它的迁移 ${firstFew(unknown, '、')}（共 ${unknown.length} 项）：请用不早于备份时的版本恢复。` +
      `The backup comes from a later release: this one lacks its migrations ${firstFew(unknown, ', ')} (${unknown.length} in all); restore it with a release no older than the one that wrote it.`,
  );
