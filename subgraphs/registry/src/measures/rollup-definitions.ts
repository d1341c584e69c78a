/**
 * A table of records rolled up: how many records share each combination of what the measures read.
 * Dates are kept to their year, as a surrogate that compares with any day of another year as the
 * record's own date does: a date a record counts from as the 1st of January of its year, a date it
 * counts until as the 31st of December before the year of the day after it (so the day after falls
 * in the same year as the record's). Only a day of the year itself needs the record's own date.
 */
export interface RollupOf {
  /** The table rolled up. */
  table: string;
  /** The rollup's table; its count column is `records`. */
  rollup: string;
  /** Columns kept as they are, named as in the table. */
  columns: readonly string[];
  /** Dates a record counts from. */
  fromDates: readonly string[];
  /** Dates a record counts until (the last day it counts). */
  untilDates: readonly string[];
}

/**
 * The rollup of social workers as AddMeasureRollups made it, one combination per worker's row with
 * its current institution at every date; AddPostingHistory replaced it with socialWorkerPostRollup.
 * Kept as it was for the migrations that made and rebuilt it.
 */
export const socialWorkerRollup: RollupOf = {
  table: 'social_worker',
  rollup: 'social_worker_rollup',
  columns: [
    'institution_kind',
    'institution_grade',
    'institution_city',
    'institution_county',
    'certificate_level',
    'provenance',
    'employment',
    'program_id',
    'service_fields',
    'started_year',
    'left_year',
  ],
  fromDates: ['started_on'],
  untilDates: ['ended_on'],
};

/**
 * The posts of social workers (the view `social_worker_post`: each worker's current post and the
 * posts it left, see AddPostingHistory), rolled up: a post counts with its own institution's kind,
 * grade and place from its first day to its last, so that a move changes no past day. `sole_post`
 * marks the post of a worker never moved: a count over a period takes those from here, and reads a
 * moved worker's posts one by one to count the person once (measure-aggregates.ts, `rowsOf`).
 */
export const socialWorkerPostRollup: RollupOf = {
  table: 'social_worker_post',
  rollup: 'social_worker_post_rollup',
  columns: [
    'institution_kind',
    'institution_grade',
    'institution_city',
    'institution_county',
    'certificate_level',
    'provenance',
    'employment',
    'program_id',
    'service_fields',
    'sole_post',
    'from_year',
    'left_year',
  ],
  fromDates: ['post_from'],
  untilDates: ['post_until'],
};

/**
 * The pieces of social workers' posts as AddPostPeriods made them (the view
 * `social_worker_post_piece`): a post cut at its institution's periods (AddInstitutionHistory),
 * each piece counting with its period's kind, grade and place, so that a dated change of the
 * institution changes no past day of its workers. A post at an institution never changed on a date
 * is one piece, itself. AddCertificationDates replaced it with socialWorkerPieceRollup; kept as it
 * was for the migrations that made and rebuilt it.
 */
export const socialWorkerPeriodPieceRollup: RollupOf = {
  ...socialWorkerPostRollup,
  table: 'social_worker_post_piece',
  rollup: 'social_worker_piece_rollup',
};

/**
 * The pieces of social workers' posts (the view `social_worker_post_piece`): posts cut at the
 * worker's certification (AddCertificationDates) and at their institution's periods, each piece
 * with its own level and its period's kind, grade and place. `certificate_undated` marks a
 * certified piece whose certificate has no day, counted among a measure's undated records from
 * here: after the migration every certificate already there is one, too many to read one by one.
 */
export const socialWorkerPieceRollup: RollupOf = {
  ...socialWorkerPeriodPieceRollup,
  columns: [...socialWorkerPeriodPieceRollup.columns, 'certificate_undated'],
};

/**
 * The rollup of institutions as AddMeasureRollups made it, one combination per institution with its
 * attributes as they are now at every date; AddInstitutionHistory replaced it with
 * institutionSpellRollup. Kept as it was for the migrations that made and rebuilt it.
 */
export const institutionRollup: RollupOf = {
  table: 'institution',
  rollup: 'institution_rollup',
  columns: ['kind', 'grade', 'city', 'county', 'social_work_setup', 'provenance', 'service_fields'],
  fromDates: ['founded_from', 'social_work_from'],
  untilDates: ['closed_on'],
};

/**
 * The spells of institutions (the view `institution_spell`: each institution's current attributes
 * and those it held before a dated change or a closing, see AddInstitutionHistory), rolled up: a
 * spell counts with its own kind, grade, place and social work from its first day to its last, so
 * that an upgrade, a move or a new department changes no day before it. `sole_spell` marks an
 * institution never changed: a count over a period takes those from here, and reads the others'
 * spells one by one to count an institution once.
 */
export const institutionSpellRollup: RollupOf = {
  table: 'institution_spell',
  rollup: 'institution_spell_rollup',
  columns: [...institutionRollup.columns, 'sole_spell'],
  fromDates: institutionRollup.fromDates,
  untilDates: institutionRollup.untilDates,
};

/** The first day of a date's year; the day before the year of the day after an until-date. */
export const fromSurrogate = (date: string) => `date_trunc('year', ${date})::date`;
export const untilSurrogate = (date: string) =>
  `(date_trunc('year', ${date} + 1) - interval '1 day')::date`;
