import { EntitySchema } from 'typeorm';
import { recordColumns, type RecordColumns } from './record-columns.js';

export interface Policy {
  id: string;
  title: string;
  issuers: string[];
  issuedOn: string | null;
}

export const PolicyEntity = new EntitySchema<Policy>({
  name: 'Policy',
  tableName: 'policy',
  columns: {
    id: { type: 'text', primary: true },
    title: { type: 'text' },
    issuers: { type: 'text', array: true, default: () => "'{}'" },
    issuedOn: { name: 'issued_on', type: 'text', nullable: true },
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
  unit: string;
  targetYear: number;
  description: string;
  /** Milestones belong to their target alone and are always read with it. */
  milestones: Milestone[];
  policyId: string | null;
  sourceId: string | null;
  quote: string | null;
}

export const TargetEntity = new EntitySchema<Target>({
  name: 'Target',
  tableName: 'target',
  columns: {
    id: { type: 'text', primary: true },
    indicator: { type: 'text' },
    targetValue: { name: 'target_value', type: 'numeric' },
    unit: { type: 'text' },
    targetYear: { name: 'target_year', type: 'int' },
    description: { type: 'text' },
    milestones: { type: 'jsonb', default: () => "'[]'" },
    policyId: { name: 'policy_id', type: 'text', nullable: true },
    sourceId: { name: 'source_id', type: 'text', nullable: true },
    quote: { type: 'text', nullable: true },
    ...recordColumns,
  },
});
