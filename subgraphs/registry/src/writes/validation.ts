import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { indicatorCatalog } from '../../../indicator-catalog.js';
import { partialDate, today } from '../dates.js';
import { enumValues, medicalKinds } from '../enums.js';
import { creditCodeProblem } from './credit-code.js';
import { isRecordId } from '../record-ids.js';

/**
 * Every write input is checked here before anything is written. A failure is a BAD_USER_INPUT
 * whose `field` is the argument path (`input.creditCode`) and whose message says what to fix;
 * `extensions.problems` lists every problem, not only the first.
 */

const fullDate = partialDate.refine((value) => value.length === 10, 'must be a full date: 2024-03-01');
/** A day that has come: a record cannot have closed or ended in the future. */
export const closingDate = fullDate.refine((value) => value <= today(), 'must not be in the future');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const id = z.string().refine(isRecordId, 'is not a record id');
const serviceFields = z
  .array(z.enum(enumValues('ServiceField')))
  .refine((fields) => new Set(fields).size === fields.length, 'lists a service field twice');
const count = z.number().int('must be a whole number').min(0, 'must not be negative');
const indicatorCode = z.string().refine((code) => indicatorCatalog.some((i) => i.code === code), {
  message: 'is not an indicator code of the national catalog',
});

export const institutionInput = z.object({
  name: text(200),
  nameEn: text(200).nullish(),
  kind: z.enum(enumValues('InstitutionKind')),
  grade: z.enum(enumValues('HospitalGrade')).nullish(),
  creditCode: z
    .string()
    .transform((code) => code.trim().toUpperCase())
    .superRefine((code, ctx) => {
      const problem = creditCodeProblem(code);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .nullish(),
  city: text(50).nullish(),
  county: text(50).nullish(),
  township: text(50).nullish(),
  socialWorkSetup: z.enum(enumValues('SocialWorkSetup')).nullish(),
  socialWorkSince: partialDate.nullish(),
  foundedOn: partialDate.nullish(),
  serviceFields: serviceFields.optional(),
});

/** Rules over several fields, checked on the record as it will be after the write. */
export function institutionRules(record: { kind: string; grade?: string | null }): Problem[] {
  return record.grade && !medicalKinds.includes(record.kind)
    ? [{ path: 'grade', message: `a hospital grade applies only to medical institutions, not to ${record.kind}` }]
    : [];
}

export const socialWorkerInput = z.object({
  name: text(100),
  certificateLevel: z.enum(enumValues('CertificateLevel')).optional(),
  certificateNumber: z
    .string()
    .transform((n) => n.trim().toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9-]{6,40}$/, 'must be 6 to 40 capital letters, digits or hyphens'))
    .nullish(),
  institutionId: id.nullish(),
  employment: z.enum(enumValues('Employment')).nullish(),
  recruitmentSource: z.enum(enumValues('RecruitmentSource')).nullish(),
  serviceFields: serviceFields.optional(),
  supervisorRank: z.enum(enumValues('SupervisorRank')).nullish(),
  startedOn: fullDate.nullish(),
  endedOn: fullDate.nullish(),
});

export function socialWorkerRules(record: {
  certificateLevel?: string | null;
  certificateNumber?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
}): Problem[] {
  const problems: Problem[] = [];
  if (record.certificateNumber && (!record.certificateLevel || record.certificateLevel === 'NONE')) {
    problems.push({ path: 'certificateNumber', message: 'a certificate number needs a certificate level other than NONE' });
  }
  if (record.startedOn && record.endedOn && record.endedOn < record.startedOn) {
    problems.push({ path: 'endedOn', message: `must not be before startedOn (${record.startedOn})` });
  }
  return problems;
}

export const programInput = z.object({
  name: text(300),
  nameEn: text(300).nullish(),
  kind: z.enum(enumValues('ProgramKind')),
  serviceFields: serviceFields.optional(),
  hostInstitutionId: id.nullish(),
  year: z.number().int().min(1949, 'must be 1949 or later').max(2100, 'must be 2100 or earlier').nullish(),
  batch: text(50).nullish(),
  fundingYuan: z.number().min(0, 'must not be negative').max(1e13, 'is beyond any programme budget').nullish(),
  periodStart: partialDate.nullish(),
  periodEnd: partialDate.nullish(),
  individualCases: count.nullish(),
  groupSessions: count.nullish(),
  communityServices: count.nullish(),
  groupServicePersonTimes: count.nullish(),
  communityServicePersonTimes: count.nullish(),
  beneficiaries: count.nullish(),
});

export function programRules(record: { periodStart?: string | null; periodEnd?: string | null }): Problem[] {
  return record.periodStart && record.periodEnd && record.periodEnd < record.periodStart
    ? [{ path: 'periodEnd', message: `must not be before periodStart (${record.periodStart})` }]
    : [];
}

export const figureInput = z.object({
  indicator: indicatorCode,
  value: z.number().finite(),
  unit: text(40),
  asOf: partialDate,
  periodStart: partialDate.nullish(),
  scope: text(500).nullish(),
  qualifier: z.enum(enumValues('Qualifier')).default('EXACT'),
  baselineValue: z.number().finite().nullish(),
  baselineYear: z.number().int().min(1949).max(2100).nullish(),
  changePercent: z.number().finite().gt(-100, 'must be above -100: a fall of 100% leaves no baseline').nullish(),
  breakdown: z.object({ dimension: text(50), value: text(100) }).nullish(),
  source: z.union([
    z.object({ id: text(100) }).strict(),
    z.object({ id: z.undefined().nullish(), title: text(300), publisher: text(200).nullish(), publishedOn: partialDate.nullish(), document: text(300) }),
  ], { error: 'give either the id of a known source, or a new source with title and document' }),
  quote: text(2000),
  note: text(1000).nullish(),
});

export const targetInput = z.object({
  id: text(100).nullish(),
  indicator: indicatorCode,
  targetValue: z.number().finite().min(0, 'must not be negative'),
  unit: text(40),
  targetYear: z.number().int().min(2000, 'must be 2000 or later').max(2100, 'must be 2100 or earlier'),
  description: text(1000),
  milestones: z.array(z.object({ year: z.number().int().min(2000).max(2100), description: text(1000), quote: text(2000).nullish() })).max(20).optional(),
  policy: z.object({ title: text(300), issuers: z.array(text(200)).max(20), issuedOn: partialDate.nullish() }).nullish(),
  quote: text(2000).nullish(),
});

export const idempotencyKey = z.string().regex(/^[A-Za-z0-9._:-]{8,200}$/, 'must be 8 to 200 letters, digits or . _ : -');

export interface Problem {
  path: string;
  message: string;
}

export function badInput(problems: Problem[]): GraphQLError {
  const [first] = problems;
  return new GraphQLError(`${first!.path}: ${first!.message}${problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : ''}`, {
    extensions: { code: 'BAD_USER_INPUT', field: first!.path, problems },
  });
}

/** Parses an argument with its schema, or throws BAD_USER_INPUT with the paths under `argument`. */
export function parseArgument<S extends z.ZodType>(schema: S, value: unknown, argument: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw badInput(
    parsed.error.issues.map((issue) => ({
      path: [argument, ...issue.path].join('.'),
      message: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
    })),
  );
}

/** Cross-field problems of a record, reported under the argument that carried it. */
export function assertRules(problems: Problem[], argument: string): void {
  if (problems.length) throw badInput(problems.map((p) => ({ ...p, path: `${argument}.${p.path}` })));
}
