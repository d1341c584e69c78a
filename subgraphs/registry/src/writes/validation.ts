import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { indicatorCatalog } from '../../../indicator-catalog.js';
import { partialDate, pastPartialDate, today } from '../dates.js';
import { enumValues, medicalKinds } from '../enums.js';
import type {
  FigureInput,
  InstitutionInput,
  ProgramInput,
  SocialWorkerInput,
  TargetInput,
} from '../__generated__/resolvers-types.js';
import { creditCodeProblem } from './credit-code.js';
import { hasLetter, refusedCharacter } from './text-hygiene.js';
import { isRecordId } from '../record-ids.js';
import type { Region } from '../../../regions.js';

/**
 * Every write input is checked here before anything is written. A failure is a BAD_USER_INPUT
 * whose `field` is the argument path (`input.creditCode`) and whose message says what to fix;
 * `extensions.problems` lists every problem, not only the first.
 */

const fullDate = partialDate.refine(
  (value) => value.length === 10,
  'must be a full date: 2024-03-01',
);
/** A day that has come: a record cannot have closed or ended in the future. */
export const closingDate = fullDate.refine(
  (value) => value <= today(),
  'must not be in the future',
);
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .superRefine((value, context) => {
      const found = refusedCharacter(value);
      if (found)
        context.addIssue({
          code: 'custom',
          message: `holds ${found}, an invisible, control or private character; remove it`,
        });
    });
/** The name of a record: clean text with at least one letter or ideograph. */
const name = (max: number) =>
  text(max).refine(hasLetter, 'must hold at least one letter or Chinese character');
const id = z
  .string()
  .refine(
    isRecordId,
    'is not the id of a record of this region (ids carry their region code: BJ-5 in Beijing)',
  );
const serviceFields = z
  .array(z.enum(enumValues('ServiceField')))
  .refine((fields) => new Set(fields).size === fields.length, 'lists a service field twice');
const count = z.number().int('must be a whole number').min(0, 'must not be negative');
const indicatorCode = z.string().refine((code) => indicatorCatalog.some((i) => i.code === code), {
  message: 'is not an indicator code of the national catalog',
});

/**
 * The fields a write's input takes are its GraphQL input type's: a field the SDL adds and this does
 * not validate, or one validated here that the SDL does not take, fails the type check, naming it.
 */
type SameFields<Input, Shape> = [Exclude<keyof Input, keyof Shape>] extends [never]
  ? [Exclude<keyof Shape, keyof Input>] extends [never]
    ? unknown
    : { notInTheSdl: Exclude<keyof Shape, keyof Input> }
  : { notValidated: Exclude<keyof Input, keyof Shape> };

function inputOf<Input>() {
  return <Shape extends z.ZodRawShape>(shape: Shape & SameFields<Input, Shape>) => z.object(shape);
}

const institutionKinds: readonly string[] = enumValues('InstitutionKind');

export const institutionInput = inputOf<InstitutionInput>()({
  name: name(200),
  nameEn: name(200).nullish(),
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
  socialWorkSince: pastPartialDate.nullish(),
  foundedOn: pastPartialDate.nullish(),
  serviceFields: serviceFields.optional(),
});

/** Digits 3–4 of a credit code registered by a central body (the Ministry of Civil Affairs, 53100000…), valid in any region. */
const CENTRAL_REGISTRATION = '10';

/**
 * Rules over several fields, checked on the record as it will be after the write in `region`: a
 * grade only for medical institutions, and a credit code whose administrative division (digits 3–8)
 * lies in the region's province, so that no code can be registered in two regions.
 */
export function institutionRules(
  record: { kind: string; grade?: string | null; creditCode?: string | null },
  region: Pick<Region, 'nameEn' | 'provinceCode'>,
): Problem[] {
  const problems: Problem[] = [];
  // A kind that is not one is reported by the schema; the grade is then not judged by it.
  if (
    record.grade &&
    institutionKinds.includes(record.kind) &&
    !medicalKinds.includes(record.kind)
  ) {
    problems.push({
      path: 'grade',
      message: `a hospital grade applies only to medical institutions, not to ${record.kind}`,
    });
  }
  const province =
    typeof record.creditCode === 'string' ? record.creditCode.trim().slice(2, 4) : null;
  if (
    province &&
    /^\d\d$/.test(province) &&
    province !== region.provinceCode &&
    province !== CENTRAL_REGISTRATION
  ) {
    problems.push({
      path: 'creditCode',
      message: `registers its holder in the administrative division ${record.creditCode!.trim().slice(2, 8)}, outside ${region.nameEn} (whose codes carry ${region.provinceCode}): it belongs to that province's registry`,
    });
  }
  return problems;
}

export const socialWorkerInput = inputOf<SocialWorkerInput>()({
  name: name(100),
  certificateLevel: z.enum(enumValues('CertificateLevel')).optional(),
  certificateNumber: z
    .string()
    .transform((n) => n.trim().toUpperCase())
    .pipe(
      z.string().regex(/^[A-Z0-9-]{6,40}$/, 'must be 6 to 40 capital letters, digits or hyphens'),
    )
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
  if (
    record.certificateNumber &&
    (!record.certificateLevel || record.certificateLevel === 'NONE')
  ) {
    problems.push({
      path: 'certificateNumber',
      message: 'a certificate number needs a certificate level other than NONE',
    });
  }
  if (record.startedOn && record.endedOn && record.endedOn < record.startedOn) {
    problems.push({
      path: 'endedOn',
      message: `must not be before startedOn (${record.startedOn})`,
    });
  }
  return problems;
}

export const programInput = inputOf<ProgramInput>()({
  name: name(300),
  nameEn: name(300).nullish(),
  kind: z.enum(enumValues('ProgramKind')),
  serviceFields: serviceFields.optional(),
  hostInstitutionId: id.nullish(),
  year: z
    .number()
    .int()
    .min(1949, 'must be 1949 or later')
    .max(2100, 'must be 2100 or earlier')
    .nullish(),
  batch: text(50).nullish(),
  fundingYuan: z
    .number()
    .min(0, 'must not be negative')
    .max(1e13, 'is beyond any programme budget')
    .nullish(),
  periodStart: partialDate.nullish(),
  periodEnd: partialDate.nullish(),
  individualCases: count.nullish(),
  groupSessions: count.nullish(),
  communityServices: count.nullish(),
  groupServicePersonTimes: count.nullish(),
  communityServicePersonTimes: count.nullish(),
  beneficiaries: count.nullish(),
});

export function programRules(record: {
  periodStart?: string | null;
  periodEnd?: string | null;
}): Problem[] {
  return record.periodStart && record.periodEnd && record.periodEnd < record.periodStart
    ? [{ path: 'periodEnd', message: `must not be before periodStart (${record.periodStart})` }]
    : [];
}

export const figureInput = inputOf<FigureInput>()({
  indicator: indicatorCode,
  value: z.number().finite(),
  unit: text(40).nullish(),
  asOf: pastPartialDate,
  periodStart: pastPartialDate.nullish(),
  scope: text(500).nullish(),
  qualifier: z.enum(enumValues('Qualifier')).default('EXACT'),
  qualifierWord: text(10).nullish(),
  kind: z.enum(enumValues('FigureKind')).default('REPORTED'),
  scopeProgramId: id.nullish(),
  baselineValue: z.number().finite().nullish(),
  baselineYear: z.number().int().min(1949).max(2100).nullish(),
  changePercent: z
    .number()
    .finite()
    .gt(-100, 'must be above -100: a fall of 100% leaves no baseline')
    .nullish(),
  breakdown: z.object({ dimension: text(50), value: text(100) }).nullish(),
  source: z.union(
    [
      z.object({ id: text(100) }).strict(),
      z
        .object({
          id: z.undefined().nullish(),
          title: text(300),
          publisher: text(200).nullish(),
          publishedOn: pastPartialDate.nullish(),
          document: text(300).nullish(),
          url: z
            .url({ protocol: /^https?$/, error: 'must be an http or https address' })
            .max(2000)
            .nullish(),
        })
        .refine((s) => s.document != null || s.url != null, {
          message: 'give the document or the address (url) the source was read at',
          path: ['url'],
        }),
    ],
    {
      error: 'give either the id of a known source, or a new source with title and document or url',
    },
  ),
  quote: text(2000),
  note: text(1000).nullish(),
});

export const targetInput = inputOf<TargetInput>()({
  id: text(100).nullish(),
  indicator: indicatorCode,
  targetValue: z.number().finite(),
  unit: text(40).nullish(),
  targetYear: z
    .number()
    .int()
    .min(2000, 'must be 2000 or later')
    .max(2100, 'must be 2100 or earlier'),
  description: text(1000),
  milestones: z
    .array(
      z.object({
        year: z.number().int().min(2000).max(2100),
        description: text(1000),
        quote: text(2000).nullish(),
      }),
    )
    .max(20)
    .optional(),
  policy: z
    .object({
      title: text(300),
      issuers: z.array(text(200)).max(20),
      issuedOn: pastPartialDate.nullish(),
    })
    .nullish(),
  quote: text(2000).nullish(),
});

/**
 * A value as its indicator's kind allows (a percentage from 0 to 100, a count whole and not
 * negative, an amount not negative) and its unit the catalog's: a figure of 4,500 "kg" for a
 * percentage is refused, not shown on a dashboard. The unit may be left out; it is the catalog's.
 */
export function catalogRules(
  record: { indicator: string; unit?: string | null },
  values: Record<string, unknown>,
): Problem[] {
  const indicator = indicatorCatalog.find((i) => i.code === record.indicator);
  if (!indicator) return [];
  const problems: Problem[] = [];
  if (record.unit != null && record.unit !== indicator.unit) {
    problems.push({
      path: 'unit',
      message: `must be "${indicator.unit}", the catalog's unit of ${indicator.code} (or left out)`,
    });
  }
  for (const [path, value] of Object.entries(values)) {
    if (typeof value !== 'number') continue;
    if (indicator.kind === 'RATIO' && !(value >= 0 && value <= 100))
      problems.push({
        path,
        message: `must be a percentage from 0 to 100: ${indicator.code} is a ratio`,
      });
    if (indicator.kind === 'COUNT' && !(Number.isInteger(value) && value >= 0))
      problems.push({
        path,
        message: `must be a whole number, not negative: ${indicator.code} counts ${indicator.unit}`,
      });
    if ((indicator.kind === 'AMOUNT' || indicator.kind === 'RATE') && !(value >= 0))
      problems.push({ path, message: `must not be negative` });
  }
  return problems;
}

export const figureRules = (record: z.output<typeof figureInput>) =>
  catalogRules(record, { value: record.value, baselineValue: record.baselineValue });
export const targetRules = (record: z.output<typeof targetInput>) =>
  catalogRules(record, { targetValue: record.targetValue });

/** The unit a figure or target is stored with: the catalog's. */
export const catalogUnit = (indicator: string) =>
  indicatorCatalog.find((i) => i.code === indicator)!.unit;

/** Why a figure or target is withdrawn or corrected: kept with it and in the audit. */
export const withdrawalReason = text(1000);

export const idempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{8,200}$/, 'must be 8 to 200 letters, digits or . _ : -');

export interface Problem {
  path: string;
  message: string;
}

export function badInput(problems: Problem[]): GraphQLError {
  const [first] = problems;
  return new GraphQLError(
    `${first!.path}: ${first!.message}${problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : ''}`,
    {
      extensions: { code: 'BAD_USER_INPUT', field: first!.path, problems },
    },
  );
}

/** Parses an argument with its schema, or throws BAD_USER_INPUT with the paths under `argument`. */
export function parseArgument<S extends z.ZodType>(
  schema: S,
  value: unknown,
  argument: string,
): z.output<S> {
  return parseRecord(schema, value, argument, () => []);
}

/**
 * Parses a record and checks the rules over its fields, reporting the problems of both at once: a
 * record whose fields do not parse is still judged by the rules, on what was sent.
 */
export function parseRecord<S extends z.ZodType>(
  schema: S,
  value: unknown,
  argument: string,
  rules: (record: z.output<S>) => Problem[],
): z.output<S> {
  const parsed = schema.safeParse(value);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          path: [argument, ...issue.path].join('.'),
          message:
            issue.code === 'invalid_type' && issue.input === undefined
              ? 'is required'
              : issue.message,
        }))),
    ...(parsed.success || (value !== null && typeof value === 'object')
      ? rules((parsed.success ? parsed.data : value) as z.output<S>)
      : []
    ).map((p) => ({
      ...p,
      path: `${argument}.${p.path}`,
    })),
  ];
  if (problems.length) throw badInput(problems);
  return parsed.data as z.output<S>;
}

/** Cross-field problems of a record, reported under the argument that carried it. */
export function assertRules(problems: Problem[], argument: string): void {
  if (problems.length)
    throw badInput(problems.map((p) => ({ ...p, path: `${argument}.${p.path}` })));
}
