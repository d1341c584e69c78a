/** An error's message on one line: PostgreSQL's, pg_dump's and Node's own may span several. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
