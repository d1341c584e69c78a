/** PostgreSQL's SQLSTATE for a table that does not exist: a database not migrated to it yet. */
export const isUndefinedTable = (error: unknown): boolean =>
  (error as { code?: string } | null)?.code === '42P01';

/** An error the database sent (it carries a SQLSTATE), not one of the client or of a file. */
export const hasSqlState = (error: unknown): boolean =>
  /^[0-9A-Z]{5}$/.test(String((error as { code?: unknown } | null)?.code ?? ''));
