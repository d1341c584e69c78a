/** PostgreSQL's SQLSTATE for a table that does not exist: a database not migrated to it yet. */
export const isUndefinedTable = (error: unknown): boolean =>
  (error as { code?: string } | null)?.code === '42P01';
