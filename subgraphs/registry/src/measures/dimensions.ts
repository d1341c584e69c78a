import { indicatorInChinese } from '../../../indicator-catalog.js';
import { badUserInput } from '../../../common/bad-user-input.js';
import {
  institutionSpellRollup,
  socialWorkerPieceRollup,
  type RollupOf,
} from './rollup-definitions.js';

/** What a measure counts: institutions, social workers or programmes, each with the institution it belongs to. */
export type MeasureBase = 'institution' | 'worker' | 'program';

/** What a measure counts, as a Chinese message names it. */
const baseZh: Record<MeasureBase, string> = {
  institution: '机构',
  worker: '社工',
  program: '项目',
};

/**
 * The rows a base reads, joined to their institution so that every base can be broken down by its
 * kind, grade and place (`from`, around the table or a relation of its rows and columns), and the
 * dates between which a row counts (null: not known, so at every date on that side). An institution
 * counts from its founding until it closed, a social worker from the first day of work to the last,
 * a programme over its period or its year. Where a base has a rollup, measures read that instead of
 * every record (see rowsOf in measure-aggregates.ts).
 */
export const baseTables: Record<
  MeasureBase,
  {
    table: string;
    from: (rows: string) => string;
    record: string;
    countsFrom: string;
    countsUntil: string;
    /**
     * Whether a row's start was not known, so that it counts from the earliest day the registry
     * knows it existed (see InferUnknownStarts); partial indexes read these rows, not the rollups.
     */
    undated: string;
    /**
     * Whether a row of a kind that ends (a programme runs for a period) gives no end: it counts as
     * not ended, which is an inference, not a record (`Measure.openEndedRecords`).
     */
    openEnded?: string;
    /**
     * Where a record has several rows (a worker's posts), the columns of the record's id, of the
     * row's order among them, and of whether it is the record's only row. A count over a period
     * (`since`, a programme's placements) counts a record once, at its earliest row that the count's
     * conditions take.
     */
    rowsOfRecord?: { record: string; order: string; sole: string };
    /** Stored columns of the year `countsFrom` falls in and the year of the day after `countsUntil`, where the table has them. */
    years?: { from: string; until: string };
    rollup?: RollupOf;
  }
> = {
  institution: {
    // An institution's spells (AddInstitutionHistory): its current attributes and those it held
    // before a dated change or a closing, each counting from its first day to its last, so that an
    // upgrade or a new department changes no day before it. A later spell starts on a day recorded.
    table: 'institution_spell',
    from: (rows) => `${rows} i`,
    record: 'i',
    countsFrom: 'i.founded_from',
    countsUntil: 'i.closed_on',
    undated: '(i.founded_on IS NULL AND i.first_spell)',
    rowsOfRecord: { record: 'id', order: 'founded_from', sole: 'sole_spell' },
    rollup: institutionSpellRollup,
  },
  worker: {
    // A worker's posts (AddPostingHistory): the current one and those left, each counting from its
    // first day to its last at its own institution, so that a move changes no past day; cut at the
    // institution's periods (AddPostPeriods), so that its dated changes change none either. The
    // piece's kind, grade and place stand in for the institution: no join of every worker.
    table: 'social_worker_post_piece',
    from: (
      rows,
    ) => `${rows} w CROSS JOIN LATERAL (SELECT w.institution_kind AS kind, w.institution_grade AS grade,
      w.institution_city AS city, w.institution_county AS county) i`,
    record: 'w',
    countsFrom: 'w.post_from',
    countsUntil: 'w.post_until',
    undated: 'w.post_from_inferred',
    years: { from: 'w.from_year', until: 'w.left_year' },
    rowsOfRecord: { record: 'worker_id', order: 'post_from', sole: 'sole_post' },
    rollup: socialWorkerPieceRollup,
  },
  program: {
    // A programme's pieces (AddProgramPeriods): the programme cut at its host's periods, each over
    // its own days with its period's kind, grade and place, so that a dated change of its host
    // changes no past day either. A withdrawn programme counts at no date, a past one included: it
    // was a reading its page never bore out, or a record made by mistake, not a programme that
    // ended (seed/program-withdrawals.ts, writes/programs.ts).
    table: 'program_piece',
    from: (rows) => `(SELECT * FROM ${rows} piece WHERE piece.withdrawn_at IS NULL) p
      CROSS JOIN LATERAL (SELECT p.host_kind AS kind, p.host_grade AS grade, p.host_city AS city,
        p.host_county AS county) i`,
    record: 'p',
    countsFrom: 'p.piece_from',
    countsUntil: 'p.piece_until',
    undated: 'p.period_start IS NULL AND p.year IS NULL',
    // The programme's end, not its piece's: a piece ends at its host's next period, its programme not.
    openEnded: 'p.runs_until IS NULL',
    rowsOfRecord: { record: 'id', order: 'piece_from', sole: 'sole_piece' },
  },
};

export type Dimension =
  | 'INSTITUTION_KIND'
  | 'HOSPITAL_GRADE'
  | 'CITY'
  | 'COUNTY'
  | 'SERVICE_FIELD'
  | 'CERTIFICATE_LEVEL'
  | 'PROGRAM_KIND'
  | 'PROVENANCE'
  | 'YEAR';

/**
 * The SQL expression of a dimension over a base, or null where it does not apply (a certificate
 * level belongs to a social worker, a programme kind to a programme). SERVICE_FIELD is the
 * `sf` column of an unnest joined in by the measure query, because a record may serve several fields.
 * YEAR is no column of a record: the measure query generates the years (see year-series-sql.ts).
 */
export function dimensionColumn(
  dimension: Exclude<Dimension, 'YEAR'>,
  base: MeasureBase,
): string | null {
  const record = baseTables[base].record;
  switch (dimension) {
    case 'INSTITUTION_KIND':
      return 'i.kind';
    case 'HOSPITAL_GRADE':
      return 'i.grade';
    case 'CITY':
      return 'i.city';
    case 'COUNTY':
      return 'i.county';
    case 'SERVICE_FIELD':
      return 'sf.field';
    case 'CERTIFICATE_LEVEL':
      return base === 'worker' ? 'w.certificate_level' : null;
    case 'PROGRAM_KIND':
      return base === 'program' ? 'p.kind' : null;
    case 'PROVENANCE':
      return `${record}.provenance`;
  }
}

/**
 * The columns of the requested dimensions other than YEAR, in order, or a BAD_USER_INPUT naming the
 * one that does not apply.
 */
export function dimensionColumns(
  by: readonly Dimension[],
  base: MeasureBase,
  indicator: string,
): string[] {
  if (new Set(by).size !== by.length)
    throw badUserInput('by', {
      zh: '同一维度列了两次；每个维度只列一次。',
      en: 'lists a dimension twice; give each dimension once.',
    });
  return by.flatMap((dimension, index) => {
    if (dimension === 'YEAR') return [];
    const column = dimensionColumn(dimension, base);
    if (!column) {
      throw badUserInput(`by[${index}]`, {
        zh: `${dimension} 不适用于${indicatorInChinese(indicator)}（它计数的是${baseZh[base]}）；请删去。`,
        en: `${dimension} does not apply to ${indicator}, which counts ${base}s; remove it.`,
      });
    }
    return [column];
  });
}
