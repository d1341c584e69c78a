import type {
  HospitalGrade,
  InstitutionKind,
  InstitutionStatus,
  Provenance,
  ServiceField,
  SocialWorkSetup,
} from '../__generated__/schema-types.js';
import { EntitySchema } from 'typeorm';
import { recordColumns, type RecordColumns } from './record-columns.js';

export interface Institution extends RecordColumns {
  id: string;
  /** Natural key of a published or demo record, so that seeding is idempotent. */
  key: string | null;
  /** Unified social credit code (统一社会信用代码). */
  creditCode: string | null;
  name: string;
  nameEn: string | null;
  kind: InstitutionKind;
  grade: HospitalGrade | null;
  city: string | null;
  county: string | null;
  township: string | null;
  socialWorkSetup: SocialWorkSetup | null;
  socialWorkSince: string | null;
  foundedOn: string | null;
  serviceFields: ServiceField[];
  status: InstitutionStatus;
  /** The day it closed; set with the status CLOSED. */
  closedOn: string | null;
  /**
   * The day its current kind, grade, place and social work took effect, or it reopened; null: held
   * since its founding. The spells before are in `institution_past_spell` (AddInstitutionHistory).
   */
  currentSince: string | null;
  provenance: Provenance;
  sourceId: string | null;
  quote: string | null;
}

export const InstitutionEntity = new EntitySchema<Institution>({
  name: 'Institution',
  tableName: 'institution',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    key: { type: 'text', nullable: true, unique: true },
    creditCode: { name: 'credit_code', type: 'char', length: 18, nullable: true, unique: true },
    name: { type: 'text' },
    nameEn: { name: 'name_en', type: 'text', nullable: true },
    kind: { type: 'text' },
    grade: { type: 'text', nullable: true },
    city: { type: 'text', nullable: true },
    county: { type: 'text', nullable: true },
    township: { type: 'text', nullable: true },
    socialWorkSetup: { name: 'social_work_setup', type: 'text', nullable: true },
    socialWorkSince: { name: 'social_work_since', type: 'text', nullable: true },
    foundedOn: { name: 'founded_on', type: 'text', nullable: true },
    serviceFields: { name: 'service_fields', type: 'text', array: true, default: () => "'{}'" },
    status: { type: 'text', default: 'ACTIVE' },
    closedOn: { name: 'closed_on', type: 'date', nullable: true },
    currentSince: { name: 'current_since', type: 'date', nullable: true },
    provenance: { type: 'text' },
    sourceId: { name: 'source_id', type: 'text', nullable: true },
    quote: { type: 'text', nullable: true },
    ...recordColumns,
  },
});
