import type { FigureKind, Provenance, Qualifier } from '../__generated__/schema-types.js';
import { EntitySchema } from 'typeorm';

export interface Figure {
  id: string;
  indicator: string;
  /** numeric, as a string from pg. */
  value: string;
  unit: string;
  asOf: string;
  /** The page does not print the date: it was inferred (the note says how). */
  asOfInferred: boolean;
  /** The start of the period a flow or a cumulative count adds up over. */
  periodStart: string | null;
  /** The page does not print the period's start: it was inferred (the note says how). */
  periodStartInferred: boolean;
  scope: string | null;
  qualifier: Qualifier;
  /** The qualifier's word as printed (余, 超, 近, 约). */
  qualifierWord: string | null;
  /** The place of the last digit printed, for a figure printed rounded (8.82万: 100); numeric, as text. */
  roundedTo: string | null;
  kind: FigureKind;
  /** The programme a figure counts, where it counts no more than that. */
  scopeProgramId: string | null;
  /** The institution a figure gives its own numbers of (one hospital's), where it is no more than that. */
  scopeInstitutionId: string | null;
  baselineValue: string | null;
  baselineYear: number | null;
  baselineYearInferred: boolean;
  changePercent: string | null;
  sourceId: string;
  quote: string;
  note: string | null;
  breakdownDimension: string | null;
  breakdownValue: string | null;
  provenance: Provenance;
  createdAt: Date;
  /** Set when the figure was withdrawn (or corrected): it is kept, but no longer read. */
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  /** The figure that corrects this one. */
  correctedBy: string | null;
}

export const FigureEntity = new EntitySchema<Figure>({
  name: 'Figure',
  tableName: 'figure',
  columns: {
    id: { type: 'text', primary: true },
    indicator: { type: 'text' },
    value: { type: 'numeric' },
    unit: { type: 'text' },
    asOf: { name: 'as_of', type: 'text' },
    asOfInferred: { name: 'as_of_inferred', type: 'boolean', default: false },
    periodStart: { name: 'period_start', type: 'text', nullable: true },
    periodStartInferred: { name: 'period_start_inferred', type: 'boolean', default: false },
    scope: { type: 'text', nullable: true },
    qualifier: { type: 'text', default: 'EXACT' },
    qualifierWord: { name: 'qualifier_word', type: 'text', nullable: true },
    roundedTo: { name: 'rounded_to', type: 'numeric', nullable: true },
    kind: { type: 'text', default: 'REPORTED' },
    scopeProgramId: { name: 'scope_program_id', type: 'bigint', nullable: true },
    scopeInstitutionId: { name: 'scope_institution_id', type: 'bigint', nullable: true },
    baselineValue: { name: 'baseline_value', type: 'numeric', nullable: true },
    baselineYear: { name: 'baseline_year', type: 'int', nullable: true },
    baselineYearInferred: { name: 'baseline_year_inferred', type: 'boolean', default: false },
    changePercent: { name: 'change_percent', type: 'numeric', nullable: true },
    sourceId: { name: 'source_id', type: 'text' },
    quote: { type: 'text' },
    note: { type: 'text', nullable: true },
    breakdownDimension: { name: 'breakdown_dimension', type: 'text', nullable: true },
    breakdownValue: { name: 'breakdown_value', type: 'text', nullable: true },
    provenance: { type: 'text', default: 'PUBLISHED' },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    withdrawnAt: { name: 'withdrawn_at', type: 'timestamptz', nullable: true },
    withdrawalReason: { name: 'withdrawal_reason', type: 'text', nullable: true },
    correctedBy: { name: 'corrected_by', type: 'text', nullable: true },
  },
});
