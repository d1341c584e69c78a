import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/** A period of an institution, as `Institution.periods` gives it. */
export interface InstitutionPeriod {
  from: string | null;
  until: string | null;
  current: boolean;
  kind: string;
  grade: string | null;
  city: string | null;
  county: string | null;
  socialWorkSetup: string | null;
  socialWorkSince: string | null;
  serviceFields: string[];
}

/**
 * Each institution's periods, oldest first, the current one last: the spells it left
 * (`institution_past_spell`, AddInstitutionHistory) and its row; for all the institutions of a
 * request in one statement. The first period starts at the founding as recorded.
 */
export function periodsOf(db: DataSource) {
  return new DataLoader<string, InstitutionPeriod[]>(async (ids) => {
    const spell = (row: string) => `${row}.kind, ${row}.grade, ${row}.city, ${row}.county,
      ${row}.social_work_setup AS "socialWorkSetup", ${row}.social_work_since AS "socialWorkSince",
      ${row}.service_fields AS "serviceFields"`;
    const rows: (InstitutionPeriod & { id: string })[] = await db.query(
      `SELECT p.institution_id::text AS id, coalesce(p.spell_from::text, i.founded_on) AS "from",
         p.spell_until::text AS "until", false AS current, ${spell('p')}
       FROM institution_past_spell p JOIN institution i ON i.id = p.institution_id
       WHERE p.institution_id = ANY($1::bigint[])
       UNION ALL
       SELECT i.id::text, coalesce(i.current_since::text, i.founded_on), i.closed_on::text, true,
         ${spell('i')}
       FROM institution i WHERE i.id = ANY($1::bigint[])
       ORDER BY id, current, until`,
      [[...ids]],
    );
    const grouped = new Map<string, InstitutionPeriod[]>(ids.map((id) => [id, []]));
    for (const { id, ...period } of rows) grouped.get(id)?.push(period);
    return ids.map((id) => grouped.get(id)!);
  });
}
