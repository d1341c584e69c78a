import type { Region } from '../../regions.js';
import { globalId } from './global-ids.js';

/** An audited record as the audit table holds it: the entity's properties, dates and numerics as JSON strings. */
type AuditedRecord = Record<string, unknown>;

/** A record's state in the change feed, typed by `__typename` (the union's default type resolver reads it). */
export type RecordState = { __typename: string } & Record<string, unknown>;

const numberOrNull = (value: unknown) => (value == null ? null : Number(value));

/**
 * Each audited entity's public fields, as its state type names them: internal columns (a
 * programme's file key, timestamps) stay out; the source ids of figures, programmes and targets are
 * in, since a correction of the published data can change them; an institution's credit code is
 * public and in, so that its correction shows;
 * personal data only for readers with the right, and every reference to a numbered row is the
 * global id the API gives it.
 */
const states: Record<
  string,
  (r: AuditedRecord, ref: (id: unknown) => string | null, personal: boolean) => RecordState
> = {
  institution: (r) => ({
    __typename: 'InstitutionState',
    ...pick(r, [
      'name',
      'nameEn',
      'kind',
      'grade',
      'creditCode',
      'socialWorkSetup',
      'socialWorkSince',
      'foundedOn',
      'status',
      'closedOn',
      'currentSince',
      'provenance',
      'quote',
      'version',
    ]),
    // Only in the record after a withdrawInstitutionChange (institution-corrections.ts).
    withdrawalReason: r.withdrawalReason ?? null,
    division: { city: r.city ?? null, county: r.county ?? null, township: r.township ?? null },
    serviceFields: r.serviceFields ?? [],
  }),
  social_worker: (r, ref, personal) => ({
    __typename: 'SocialWorkerState',
    ...pick(r, [
      'certificateLevel',
      'employment',
      'recruitmentSource',
      'supervisorRank',
      'certifiedSince',
      'startedOn',
      'endedOn',
      'provenance',
      'version',
    ]),
    postedOn: personal ? (r.postedOn ?? null) : null,
    // Only in the record after a withdrawTransfer (transfer-corrections.ts); personal, as the
    // move it explains.
    withdrawalReason: personal ? (r.withdrawalReason ?? null) : null,
    startedOn: r.startedOnInferred ? null : (r.startedOn ?? null),
    name: personal ? r.name : null,
    certificateNumber: personal ? r.certificateNumber : null,
    institutionId: ref(r.institutionId),
    programId: ref(r.programId),
    serviceFields: r.serviceFields ?? [],
  }),
  program: (r, ref) => ({
    __typename: 'ProgramState',
    ...pick(r, [
      'name',
      'nameEn',
      'kind',
      'role',
      'year',
      'batch',
      'periodStart',
      'periodEnd',
      'individualCases',
      'groupSessions',
      'communityServices',
      'groupServicePersonTimes',
      'communityServicePersonTimes',
      'beneficiaries',
      'provenance',
      'sourceId',
      'quote',
      'withdrawnAt',
      'withdrawalReason',
      'version',
    ]),
    fundingYuan: numberOrNull(r.fundingYuan),
    parentId: ref(r.parentId),
    hostInstitutionId: ref(r.hostInstitutionId),
    serviceFields: r.serviceFields ?? [],
  }),
  figure: (r, ref) => ({
    __typename: 'FigureState',
    ...pick(r, [
      'unit',
      'asOf',
      'periodStart',
      'scope',
      'qualifier',
      'qualifierWord',
      'kind',
      'sourceId',
      'baselineYear',
      'quote',
      'note',
      'withdrawnAt',
      'withdrawalReason',
    ]),
    scopeProgramId: ref(r.scopeProgramId),
    scopeInstitutionId: ref(r.scopeInstitutionId),
    roundedTo: numberOrNull(r.roundedTo),
    // Audited before the registry kept these flags: not inferred.
    asOfInferred: r.asOfInferred ?? false,
    periodStartInferred: r.periodStartInferred ?? false,
    baselineYearInferred: r.baselineYearInferred ?? false,
    indicator: { code: r.indicator },
    value: Number(r.value),
    baselineValue: numberOrNull(r.baselineValue),
    changePercent: numberOrNull(r.changePercent),
    breakdown:
      r.breakdownDimension && r.breakdownValue
        ? { dimension: r.breakdownDimension, value: r.breakdownValue }
        : null,
    correctedById: r.correctedBy ?? null,
  }),
  target: (r, ref) => ({
    __typename: 'TargetState',
    ...pick(r, [
      'qualifier',
      'unit',
      'targetYear',
      'description',
      'policyId',
      'sourceId',
      'quote',
      'withdrawnAt',
      'withdrawalReason',
      'version',
    ]),
    milestones: r.milestones ?? [],
    indicator: { code: r.indicator },
    targetValue: Number(r.targetValue),
    scopeProgramId: ref(r.scopeProgramId),
    scopeKinds: r.scopeKinds ?? [],
  }),
};

function pick(record: AuditedRecord, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, record[field] ?? null]));
}

/** The state of an audited record of `entity`, for a reader who may (or may not) see personal data. */
export function recordState(
  entity: string,
  record: AuditedRecord | null,
  region: Region,
  personal: boolean,
): RecordState | null {
  if (!record) return null;
  const state = states[entity];
  if (!state)
    throw new Error(`The audit holds a ${entity}, which the change feed has no state type for`);
  return state(record, (id) => (id == null ? null : globalId(region, String(id))), personal);
}

/** Fields of two states whose values differ; the version, which every update moves, left out. */
export function changedFields(before: RecordState | null, after: RecordState): string[] {
  return Object.keys(after).filter(
    (field) =>
      field !== '__typename' &&
      field !== 'version' &&
      JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after[field] ?? null),
  );
}
