import type {
  ProgramKind,
  ProgramRole,
  Provenance,
  ServiceField,
} from '../__generated__/schema-types.js';
import { EntitySchema } from 'typeorm';
import { recordColumns, type RecordColumns } from './record-columns.js';

export interface Program extends RecordColumns {
  id: string;
  key: string | null;
  name: string;
  nameEn: string | null;
  kind: ProgramKind;
  /** PROJECT, SCHEME (stands for a group of projects) or SUPPORT (a plan, manual, model, workshop or base). */
  role: ProgramRole;
  /** The scheme this project belongs to. */
  parentId: string | null;
  serviceFields: ServiceField[];
  hostInstitutionId: string | null;
  year: number | null;
  batch: string | null;
  /** numeric comes back from pg as a string, to keep its precision. */
  fundingYuan: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  /** Individual casework, person-times. */
  individualCases: number | null;
  /** Group work sessions held. */
  groupSessions: number | null;
  /** Community activities held. */
  communityServices: number | null;
  groupServicePersonTimes: number | null;
  communityServicePersonTimes: number | null;
  beneficiaries: number | null;
  provenance: Provenance;
  sourceId: string | null;
  quote: string | null;
  /**
   * Set when the published data (`withdrawn-programs.json`) or the region's team (`withdrawProgram`)
   * withdrew the programme: it is kept, but counted and listed nowhere, at any date.
   */
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  hostInstitution?: unknown;
}

export const ProgramEntity = new EntitySchema<Program>({
  name: 'Program',
  tableName: 'program',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    key: { type: 'text', nullable: true, unique: true },
    name: { type: 'text' },
    nameEn: { name: 'name_en', type: 'text', nullable: true },
    kind: { type: 'text' },
    role: { type: 'text', default: 'PROJECT' },
    parentId: { name: 'parent_id', type: 'bigint', nullable: true },
    serviceFields: { name: 'service_fields', type: 'text', array: true, default: () => "'{}'" },
    hostInstitutionId: { name: 'host_institution_id', type: 'bigint', nullable: true },
    year: { type: 'int', nullable: true },
    batch: { type: 'text', nullable: true },
    fundingYuan: { name: 'funding_yuan', type: 'numeric', precision: 16, scale: 2, nullable: true },
    periodStart: { name: 'period_start', type: 'text', nullable: true },
    periodEnd: { name: 'period_end', type: 'text', nullable: true },
    individualCases: { name: 'individual_cases', type: 'int', nullable: true },
    groupSessions: { name: 'group_sessions', type: 'int', nullable: true },
    communityServices: { name: 'community_services', type: 'int', nullable: true },
    groupServicePersonTimes: { name: 'group_service_person_times', type: 'int', nullable: true },
    communityServicePersonTimes: {
      name: 'community_service_person_times',
      type: 'int',
      nullable: true,
    },
    beneficiaries: { type: 'int', nullable: true },
    provenance: { type: 'text' },
    sourceId: { name: 'source_id', type: 'text', nullable: true },
    quote: { type: 'text', nullable: true },
    withdrawnAt: { name: 'withdrawn_at', type: 'timestamptz', nullable: true },
    withdrawalReason: { name: 'withdrawal_reason', type: 'text', nullable: true },
    ...recordColumns,
  },
  relations: {
    hostInstitution: {
      type: 'many-to-one',
      target: 'Institution',
      joinColumn: {
        name: 'host_institution_id',
        foreignKeyConstraintName: 'program_host_institution_fk',
      },
    },
  },
});
