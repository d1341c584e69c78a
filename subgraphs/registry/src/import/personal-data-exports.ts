import type { DataSource } from 'typeorm';

/** An export of personal data: who ran it, of which kind, how many records, into which file. */
export interface PersonalDataExport {
  actor: string;
  kind: string;
  records: number;
  file: string;
}

/**
 * Records an export of the region's personal data in its own database, where its team and an
 * auditor find it (`SELECT * FROM personal_data_export`).
 */
export async function recordPersonalDataExport(
  db: DataSource,
  { actor, kind, records, file }: PersonalDataExport,
): Promise<void> {
  await db.query(
    `INSERT INTO personal_data_export (actor, kind, records, file) VALUES ($1, $2, $3, $4)`,
    [actor, kind, records, file],
  );
}
