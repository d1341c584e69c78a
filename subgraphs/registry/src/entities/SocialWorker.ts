import type {
  CertificateLevel,
  Employment,
  Provenance,
  RecruitmentSource,
  ServiceField,
  SupervisorRank,
} from '../__generated__/schema-types.js';
import { EntitySchema } from 'typeorm';
import { recordColumns, type RecordColumns } from './record-columns.js';

export interface SocialWorker extends RecordColumns {
  id: string;
  key: string | null;
  name: string;
  certificateLevel: CertificateLevel;
  certificateNumber: string | null;
  /**
   * The day the worker first held a certificate (AddCertificationDates): measures count it as
   * certified from that day, at its current level; null without a certificate, or with one not dated.
   */
  certifiedSince?: string | null;
  institutionId: string | null;
  employment: Employment | null;
  recruitmentSource: RecruitmentSource | null;
  serviceFields: ServiceField[];
  supervisorRank: SupervisorRank | null;
  startedOn: string | null;
  /** The start was not known: `startedOn` holds the day the registry first knew of the worker. */
  startedOnInferred?: boolean;
  endedOn: string | null;
  /** The first day of the current post, the day of the latest transfer; null: never moved. */
  postedOn?: string | null;
  /** The programme that placed the worker (a dispatch posting), if any. */
  programId: string | null;
  provenance: Provenance;
  institution?: unknown;
}

export const SocialWorkerEntity = new EntitySchema<SocialWorker>({
  name: 'SocialWorker',
  tableName: 'social_worker',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    key: { type: 'text', nullable: true, unique: true },
    name: { type: 'text' },
    certificateLevel: { name: 'certificate_level', type: 'text', default: 'NONE' },
    certificateNumber: { name: 'certificate_number', type: 'text', nullable: true, unique: true },
    certifiedSince: { name: 'certified_since', type: 'date', nullable: true },
    institutionId: { name: 'institution_id', type: 'bigint', nullable: true },
    employment: { type: 'text', nullable: true },
    recruitmentSource: { name: 'recruitment_source', type: 'text', nullable: true },
    serviceFields: { name: 'service_fields', type: 'text', array: true, default: () => "'{}'" },
    supervisorRank: { name: 'supervisor_rank', type: 'text', nullable: true },
    startedOn: { name: 'started_on', type: 'date', nullable: true },
    // Kept by a trigger (InferUnknownStarts), never written from here.
    startedOnInferred: {
      name: 'started_on_inferred',
      type: 'boolean',
      insert: false,
      update: false,
    },
    endedOn: { name: 'ended_on', type: 'date', nullable: true },
    // Written by a transfer (transfers.ts), never by an update's input.
    postedOn: { name: 'posted_on', type: 'date', nullable: true },
    programId: { name: 'program_id', type: 'bigint', nullable: true },
    provenance: { type: 'text' },
    ...recordColumns,
  },
  relations: {
    institution: {
      type: 'many-to-one',
      target: 'Institution',
      joinColumn: {
        name: 'institution_id',
        foreignKeyConstraintName: 'social_worker_institution_fk',
      },
    },
  },
});
