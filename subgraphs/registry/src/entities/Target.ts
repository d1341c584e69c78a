import type { InstitutionKind, TargetQualifier } from '../__generated__/schema-types.js';
import { EntitySchema } from 'typeorm';
import { recordColumns, type RecordColumns } from './record-columns.js';

export interface Policy {
  id: string;
  title: string;
  /** The title in English, where one is known. */
  titleEn: string | null;
  /** The title was made from the text, the page printing none. */
  titleConstructed: boolean;
  /** The document prints no title: `title` is printed on the page of this source, which cites it. */
  titleCitedInId: string | null;
  issuers: string[];
  /** The issuers' names in English, one each in their order (a translation); null where not given. */
  issuersEn: string[] | null;
  /** How many bodies issued it, where a page counts them (五部门联合印发) and names fewer. */
  issuerCount: number | null;
  issuedOn: string | null;
  /** The document prints no date: `issuedOn` was read from its page (近日印发 on a page of 2025). */
  issuedOnInferred: boolean;
}

export const PolicyEntity = new EntitySchema<Policy>({
  name: 'Policy',
  tableName: 'policy',
  columns: {
    id: { type: 'text', primary: true },
    title: { type: 'text' },
    titleEn: { name: 'title_en', type: 'text', nullable: true },
    titleConstructed: { name: 'title_constructed', type: 'boolean', default: false },
    titleCitedInId: { name: 'title_cited_in', type: 'text', nullable: true },
    issuers: { type: 'text', array: true, default: () => "'{}'" },
    issuersEn: { name: 'issuers_en', type: 'text', array: true, nullable: true },
    issuerCount: { name: 'issuer_count', type: 'integer', nullable: true },
    issuedOn: { name: 'issued_on', type: 'text', nullable: true },
    issuedOnInferred: { name: 'issued_on_inferred', type: 'boolean', default: false },
  },
});

export interface Milestone {
  year: number;
  description: string;
  quote: string | null;
}

export interface Target extends RecordColumns {
  id: string;
  indicator: string;
  targetValue: string;
  /** EXACT, or BASICALLY (基本) where the policy aims to reach the value basically. */
  qualifier: TargetQualifier;
  /** The programme whose own records the target counts (a cohort, pilot units). */
  scopeProgramId: string | null;
  /** The institution kinds the target counts, where the policy names fewer than the indicator. */
  scopeKinds: InstitutionKind[] | null;
  unit: string;
  targetYear: number;
  description: string;
  /** Milestones belong to their target alone and are always read with it. */
  milestones: Milestone[];
  policyId: string | null;
  sourceId: string | null;
  quote: string | null;
  /** Set when the target was withdrawn: it is kept, but no longer read. */
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
}

export const TargetEntity = new EntitySchema<Target>({
  name: 'Target',
  tableName: 'target',
  columns: {
    id: { type: 'text', primary: true },
    indicator: { type: 'text' },
    targetValue: { name: 'target_value', type: 'numeric' },
    qualifier: { type: 'text', default: 'EXACT' },
    scopeProgramId: { name: 'scope_program_id', type: 'bigint', nullable: true },
    scopeKinds: { name: 'scope_kinds', type: 'text', array: true, nullable: true },
    unit: { type: 'text' },
    targetYear: { name: 'target_year', type: 'int' },
    description: { type: 'text' },
    milestones: { type: 'jsonb', default: () => "'[]'" },
    policyId: { name: 'policy_id', type: 'text', nullable: true },
    sourceId: { name: 'source_id', type: 'text', nullable: true },
    quote: { type: 'text', nullable: true },
    withdrawnAt: { name: 'withdrawn_at', type: 'timestamptz', nullable: true },
    withdrawalReason: { name: 'withdrawal_reason', type: 'text', nullable: true },
    ...recordColumns,
  },
});
