import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { isMultipleOf, isPowerOfTen } from '../measures/qualifiers.js';
import { indicatorCatalog } from '../../../indicator-catalog.js';
import { enumValues, medicalKinds } from '../enums.js';

/**
 * The published facts of a region, as kept in `subgraphs/<slug>/data/*.json`, and the documents
 * they come from, in `subgraphs/sources.json`. Every file is validated before anything is written.
 */

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a year, year-month or date (YYYY, YYYY-MM, YYYY-MM-DD)');
const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case kebab-case id');
const quote = z.string().min(2);
const serviceFields = z.array(z.enum(enumValues('ServiceField'))).default([]);

export const sourceSchema = z
  .object({
    id: key,
    /** A document of the collection of seeds; null for a page read on the web (its `url`). */
    document: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a seed file name')
      .nullable(),
    /** The address of the page the source was read on: the publisher's own, or a reprint (the note says which). */
    url: z
      .url({ protocol: /^https?$/ })
      .nullable()
      .default(null),
    title: z.string().min(1),
    /** The title in English, for English pages and reports: a translation, the original kept. */
    titleEn: z.string().min(1),
    /** The page prints no title: the one given is made from its text, and the note says from which sentence. */
    titleConstructed: z.boolean().default(false),
    publisher: z.string().nullable(),
    publisherEn: z.string().nullable(),
    reprintedFrom: z.string().nullable(),
    reprintedFromEn: z.string().nullable(),
    publishedOn: partialDate.nullable(),
    /** The page prints no date: the one given is inferred, and the note says from what. */
    publishedOnInferred: z.boolean().default(false),
    note: z.string().nullable().default(null),
  })
  .refine((s) => s.document != null || s.url != null, {
    message: 'a source needs a seed document or the address it was read at',
    path: ['url'],
  });

export const figureSchema = z.object({
  id: key,
  indicator: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  value: z.number(),
  unit: z.string().min(1),
  asOf: partialDate,
  periodStart: partialDate.nullable().default(null),
  scope: z.string().nullable().default(null),
  qualifier: z.enum(enumValues('Qualifier')),
  /** The qualifier's word as the source prints it: 余, 超, 近, 约. */
  qualifierWord: z.string().min(1).nullable().default(null),
  /**
   * The place of the last digit the source prints, where it prints the figure rounded: 8.82万 is
   * 88,200 to the hundred (100), 930万 is to the ten thousand (10000), 1561.83万 to the hundred.
   */
  roundedTo: z.number().positive().nullable().default(null),
  /** A plan (将, 计划) or an announcement (启动) is not a count. */
  kind: z.enum(enumValues('FigureKind')).default('REPORTED'),
  /** The programme the figure counts, by its key in programs.json. */
  scopeProgram: key.nullable().default(null),
  baselineValue: z.number().nullable().default(null),
  baselineYear: z.number().int().nullable().default(null),
  changePercent: z.number().nullable().default(null),
  breakdown: z.object({ dimension: z.string(), value: z.string() }).nullable().default(null),
  /** The document does not print the date: it is worked out (from the article's date or its wording). */
  asOfInferred: z.boolean().default(false),
  /** The document does not print the period's start: it is worked out (the note says how). */
  periodStartInferred: z.boolean().default(false),
  /** The document does not print the baseline's year: it is worked out. */
  baselineYearInferred: z.boolean().default(false),
  source: key,
  quote,
  note: z.string().nullable().default(null),
});

export const targetSchema = z.object({
  id: key,
  indicator: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  targetValue: z.number(),
  unit: z.string().min(1),
  targetYear: z.number().int().min(2000).max(2100),
  description: z.string().min(1),
  milestones: z.array(
    z.object({
      year: z.number().int(),
      description: z.string(),
      quote: z.string().nullable().default(null),
    }),
  ),
  qualifier: z.enum(enumValues('TargetQualifier')).default('EXACT'),
  /** Fewer records than the whole indicator, as the policy counts them: one programme's, or some kinds'. */
  scope: z
    .object({
      program: key.nullable().default(null),
      kinds: z
        .array(z.enum(enumValues('InstitutionKind')))
        .nullable()
        .default(null),
    })
    .nullable()
    .default(null),
  policy: z.object({
    title: z.string().min(1),
    /** As its source's: the title made from the text, none being printed. */
    titleConstructed: z.boolean().default(false),
    issuers: z.array(z.string()),
    issuedOn: partialDate.nullable(),
  }),
  source: key,
  quote,
});

export const institutionSchema = z
  .object({
    id: key,
    name: z.string().min(1).max(200),
    nameEn: z.string().nullable().default(null),
    kind: z.enum(enumValues('InstitutionKind')),
    grade: z.enum(enumValues('HospitalGrade')).nullable().default(null),
    city: z.string().nullable().default(null),
    county: z.string().nullable().default(null),
    township: z.string().nullable().default(null),
    socialWorkSetup: z.enum(enumValues('SocialWorkSetup')).nullable().default(null),
    socialWorkSince: partialDate.nullable().default(null),
    foundedOn: partialDate.nullable().default(null),
    serviceFields,
    source: key,
    quote,
    note: z.string().nullable().default(null),
  })
  .refine((i) => i.grade == null || medicalKinds.includes(i.kind), {
    message: 'only medical institutions have a grade',
    path: ['grade'],
  });

export const programSchema = z.object({
  id: key,
  name: z.string().min(1).max(300),
  nameEn: z.string().nullable().default(null),
  kind: z.enum(enumValues('ProgramKind')),
  role: z.enum(enumValues('ProgramRole')).default('PROJECT'),
  /** The scheme this project belongs to, by id. */
  parent: key.nullable().default(null),
  serviceFields,
  hostInstitution: key.nullable().default(null),
  year: z.number().int().nullable().default(null),
  batch: z.string().nullable().default(null),
  fundingYuan: z.number().nonnegative().nullable().default(null),
  periodStart: partialDate.nullable().default(null),
  periodEnd: partialDate.nullable().default(null),
  individualCases: z.number().int().nonnegative().nullable().default(null),
  groupSessions: z.number().int().nonnegative().nullable().default(null),
  communityServices: z.number().int().nonnegative().nullable().default(null),
  groupServicePersonTimes: z.number().int().nonnegative().nullable().default(null),
  communityServicePersonTimes: z.number().int().nonnegative().nullable().default(null),
  beneficiaries: z.number().int().nonnegative().nullable().default(null),
  source: key,
  quote,
  note: z.string().nullable().default(null),
});

/**
 * A figure once loaded from the data files and since taken out of them, with why: a registry that
 * loaded it withdraws it on its next start, keeping it with the reason (correct-published.ts).
 */
export const withdrawnFigureSchema = z.object({
  id: key,
  /** Chinese first, then English, as every reason a reader sees. */
  reason: z.string().min(10),
});

export type PublishedSource = z.infer<typeof sourceSchema>;
export type PublishedFigure = z.infer<typeof figureSchema>;
export type PublishedTarget = z.infer<typeof targetSchema>;
export type PublishedInstitution = z.infer<typeof institutionSchema>;
export type PublishedProgram = z.infer<typeof programSchema>;
export type WithdrawnFigure = z.infer<typeof withdrawnFigureSchema>;

export interface PublishedData {
  sources: PublishedSource[];
  figures: PublishedFigure[];
  targets: PublishedTarget[];
  institutions: PublishedInstitution[];
  programs: PublishedProgram[];
  withdrawnFigures: WithdrawnFigure[];
}

export const subgraphsFolder = new URL('../../../', import.meta.url);

function readList<T>(url: URL, schema: z.ZodType<T>): T[] {
  if (!existsSync(url)) return [];
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`${url.pathname} is not valid:\n${problems}`);
  }
  return parsed.data;
}

export function readSources(): PublishedSource[] {
  return readList(new URL('sources.json', subgraphsFolder), sourceSchema);
}

/**
 * A region's published data with the sources it cites, checked for dangling references
 * (a figure citing an unknown source, a programme hosted by an unknown institution).
 */
export function readPublishedData(slug: string): PublishedData {
  const folder = new URL(`${slug}/data/`, subgraphsFolder);
  const figures = readList(new URL('figures.json', folder), figureSchema);
  const targets = readList(new URL('targets.json', folder), targetSchema);
  const institutions = readList(new URL('institutions.json', folder), institutionSchema);
  const programs = readList(new URL('programs.json', folder), programSchema);
  const withdrawnFigures = readList(
    new URL('withdrawn-figures.json', folder),
    withdrawnFigureSchema,
  );

  const duplicates = [figures, targets, institutions, programs].flatMap((list) =>
    list.map((r) => r.id).filter((id, index, ids) => ids.indexOf(id) !== index),
  );
  if (duplicates.length)
    throw new Error(`subgraphs/${slug}/data repeats the ids ${duplicates.join(', ')}`);
  const figureIds = new Set(figures.map((f) => f.id));
  const withdrawnAndListed = withdrawnFigures.filter((w) => figureIds.has(w.id)).map((w) => w.id);
  if (withdrawnAndListed.length)
    throw new Error(
      `subgraphs/${slug}/data both lists and withdraws the figures ${withdrawnAndListed.join(', ')}`,
    );

  // A figure or target is in its indicator's unit, so that numbers of one indicator always compare.
  const units = new Map(indicatorCatalog.map((i) => [i.code, i.unit]));
  const misfits = [...figures, ...targets]
    .filter((r) => units.get(r.indicator) !== r.unit)
    .map(
      (r) =>
        `${r.id} (${r.indicator} in ${JSON.stringify(r.unit)}; the catalog says ${units.has(r.indicator) ? JSON.stringify(units.get(r.indicator)) : 'no such indicator'})`,
    );
  if (misfits.length)
    throw new Error(
      `subgraphs/${slug}/data gives units other than the catalog's: ${misfits.join(', ')}`,
    );
  // A rounded figure's value is a whole number of its step: 8.82万 is 882 hundreds.
  const offStep = figures
    .filter(
      (f) =>
        f.roundedTo != null && !(isPowerOfTen(f.roundedTo) && isMultipleOf(f.value, f.roundedTo)),
    )
    .map(
      (f) =>
        `${f.id} (${f.value} to ${f.roundedTo}, which must be a power of ten it is a multiple of)`,
    );
  if (offStep.length)
    throw new Error(`subgraphs/${slug}/data rounds figures off their step: ${offStep.join(', ')}`);

  const allSources = new Map(readSources().map((s) => [s.id, s]));
  const cited = new Set(
    [...figures, ...targets, ...institutions, ...programs].map((r) => r.source),
  );
  const unknown = [...cited].filter((id) => !allSources.has(id));
  const institutionKeys = new Set(institutions.map((i) => i.id));
  const programKeys = new Set(programs.map((p) => p.id));
  const orphans = [
    ...programs
      .filter((p) => p.hostInstitution && !institutionKeys.has(p.hostInstitution))
      .map((p) => `${p.id} (host)`),
    ...programs
      .filter((p) => p.parent && !programKeys.has(p.parent))
      .map((p) => `${p.id} (parent)`),
    ...figures
      .filter((f) => f.scopeProgram && !programKeys.has(f.scopeProgram))
      .map((f) => `${f.id} (scopeProgram)`),
    ...targets
      .filter((t) => t.scope?.program && !programKeys.has(t.scope.program))
      .map((t) => `${t.id} (scope)`),
  ];
  if (unknown.length || orphans.length) {
    throw new Error(
      `subgraphs/${slug}/data has dangling references:` +
        (unknown.length ? ` unknown sources ${unknown.join(', ')};` : '') +
        (orphans.length
          ? ` records naming an unknown institution or programme: ${orphans.join(', ')}`
          : ''),
    );
  }
  return {
    sources: [...cited].map((id) => allSources.get(id)!),
    figures,
    targets,
    institutions,
    programs,
    withdrawnFigures,
  };
}
