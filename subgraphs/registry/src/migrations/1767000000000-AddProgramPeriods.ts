import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A programme counts with its host's period of each day (AddInstitutionHistory), as a post does
 * (AddPostPeriods), so that a dated upgrade, move or reopening of its host changes no programme
 * measure of a day before it. The view `program_piece` cuts a programme at the starts of its host's
 * later periods: each piece holds the programme's days from its own start or the period's, whichever
 * is later, to the day before the next period starts, or the programme's end, with that period's
 * kind, grade and place. Every day of the programme is in one piece, whether or not its host was
 * open: the first piece starts with the programme, however late the host's first period starts,
 * and the days a host was closed between two periods go with the period before, since a
 * programme counts whether or not its host is open. A programme without a host, or whose host was
 * never changed on a date (its `current_since` null, which it is exactly when it has no past
 * period: writes/institution-history.ts), is one piece with its host's attributes, as it was.
 *
 * A piece keeps its programme's columns, its own dates (`piece_from`, `piece_until`) and its
 * host's attributes of the period (`host_kind`, …). A programme whose end is recorded before its
 * start keeps one piece, as it was. Programmes are few, so the measures read the view itself: no
 * rollup.
 */
export class AddProgramPeriods1767000000000 implements MigrationInterface {
  name = 'AddProgramPeriods1767000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE VIEW program_piece AS
      SELECT ${programColumns}, h.kind AS host_kind, h.grade AS host_grade, h.city AS host_city,
        h.county AS host_county, p.runs_from AS piece_from, p.runs_until AS piece_until, true AS sole_piece
        FROM program p LEFT JOIN institution h ON h.id = p.host_institution_id
        WHERE h.current_since IS NULL
      UNION ALL ${piecesAtChangedHosts}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW program_piece`);
  }
}

/** The columns of a programme that a piece keeps: those the measures read. */
const programColumns = [
  'id',
  'parent_id',
  'host_institution_id',
  'kind',
  'role',
  'service_fields',
  'year',
  'period_start',
  'period_end',
  'runs_from',
  'runs_until',
  'funding_yuan',
  'beneficiaries',
  'individual_cases',
  'group_sessions',
  'community_services',
  'group_service_person_times',
  'community_service_person_times',
  'provenance',
  'known_from',
  'withdrawn_at',
]
  .map((column) => `p.${column}`)
  .join(', ');

/**
 * A host's periods (`h`, an institution with past periods) in order, as a programme is cut at them:
 * each from its start (`cut_from`; null for the first, which takes every day before the second) to
 * the day before the next one starts (`cut_until`; null for the current one), with its kind, grade
 * and place. The current period starts on `current_since`; a past one on its `spell_from`.
 */
const hostPeriods = `SELECT t.kind, t.grade, t.city, t.county,
    CASE WHEN row_number() OVER w > 1 THEN t.starts END AS cut_from,
    (lead(t.starts) OVER w) - 1 AS cut_until
  FROM (SELECT h.current_since AS starts, h.kind, h.grade, h.city, h.county
    UNION ALL SELECT s.spell_from, s.kind, s.grade, s.city, s.county
      FROM institution_past_spell s WHERE s.institution_id = h.id) t
  WINDOW w AS (ORDER BY t.starts NULLS FIRST)`;

/**
 * The pieces of the programmes whose hosts have past periods: the days a programme and a period
 * share. A piece is its programme's only one (`sole_piece`) where the period holds all of it. A
 * period shares days with the programme when it does not end before the programme starts and does
 * not start after it ends; a programme whose end is before its start meets the one period of its
 * start only.
 */
const piecesAtChangedHosts = `SELECT ${programColumns}, t.kind, t.grade, t.city, t.county,
    greatest(p.runs_from, t.cut_from) AS piece_from, least(p.runs_until, t.cut_until) AS piece_until,
    coalesce(t.cut_from <= p.runs_from, true) AND coalesce(t.cut_until >= p.runs_until, t.cut_until IS NULL) AS sole_piece
  FROM program p JOIN institution h ON h.id = p.host_institution_id AND h.current_since IS NOT NULL
  CROSS JOIN LATERAL (${hostPeriods}) t
  WHERE (t.cut_until IS NULL OR t.cut_until >= p.runs_from)
    AND (t.cut_from IS NULL OR p.runs_until IS NULL OR t.cut_from <= greatest(p.runs_from, p.runs_until))`;
