/** Runs a statement on the region's database and gives its rows: TypeORM's `query`, or pg's rows. */
export type RunStatement = (sql: string, parameters: unknown[]) => Promise<{ id?: unknown }[]>;

/** An export of personal data as it starts: who runs it, of which kind, into which file. */
export interface PersonalDataExport {
  actor: string;
  kind: string;
  file: string;
}

/**
 * Records an export of the region's personal data in its own database, where its team and an
 * auditor find it (`SELECT * FROM personal_data_export`), before the file is written: an export
 * that fails or is killed half-way stays on record, unfinished. Returns the record's id.
 */
export async function startPersonalDataExport(
  run: RunStatement,
  { actor, kind, file }: PersonalDataExport,
): Promise<string> {
  const [row] = await run(
    `INSERT INTO personal_data_export (actor, kind, file) VALUES ($1, $2, $3) RETURNING id`,
    [actor, kind, file],
  );
  return String(row!.id);
}

/** Marks the export written, with how many records it holds (null: a whole database's backup). */
export async function finishPersonalDataExport(
  run: RunStatement,
  id: string,
  records: number | null,
): Promise<void> {
  await run(`UPDATE personal_data_export SET records = $2, finished_at = now() WHERE id = $1`, [
    id,
    records,
  ]);
}
