import { z } from 'zod';
import { enumValues, medicalKinds } from '../enums.js';

/**
 * What a data file may hold: one schema per file of `subgraphs/<slug>/data/` and of
 * `subgraphs/sources.json`, with the types of its records. Apart from the reading
 * (published-data.ts), which checks each file against these and the files against each other.
 */

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a year, year-month or date (YYYY, YYYY-MM, YYYY-MM-DD)');
const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case kebab-case id');
const quote = z.string().min(2);
const serviceFields = z.array(z.enum(enumValues('ServiceField'))).default([]);

/** A source's or a policy's title is made from its text or read on another page, not both. */
const oneTitleBasis = (record: { titleConstructed: boolean; titleCitedIn: string | null }) =>
  !(record.titleConstructed && record.titleCitedIn);
const twoTitleBases = {
  message: 'a title is made from the text or cited by another page, not both',
  path: ['titleCitedIn'],
};

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
    /** The page prints no title: the one given is printed on the page of this source, which cites it. */
    titleCitedIn: key.nullable().default(null),
    publisher: z.string().nullable(),
    /** The page prints no publisher: the one given is inferred, and the note says from what. */
    publisherInferred: z.boolean().default(false),
    publisherEn: z.string().nullable(),
    reprintedFrom: z.string().nullable(),
    reprintedFromEn: z.string().nullable(),
    /**
     * Judged by the page at `url`: true where it is a reprint of the document (a news site's, an
     * aggregator's), false where it is the publisher's own; null where no one has judged it.
     */
    readOnReprint: z.boolean().nullable().default(null),
    publishedOn: partialDate.nullable(),
    /** The page prints no date: the one given is inferred, and the note says from what. */
    publishedOnInferred: z.boolean().default(false),
    note: z.string().nullable().default(null),
  })
  .refine((s) => s.document != null || s.url != null, {
    message: 'a source needs a seed document or the address it was read at',
    path: ['url'],
  })
  .refine(oneTitleBasis, twoTitleBases);

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
  /**
   * The institution whose own numbers the figure gives (one hospital's models, one district's
   * subsidy), by its key in institutions.json: a part of the region, never the region's total.
   */
  scopeInstitution: key.nullable().default(null),
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
  policy: z
    .object({
      title: z.string().min(1),
      /** In English, where one is known: a programme's English name, or a translation. */
      titleEn: z.string().min(1).nullable().default(null),
      /** As its source's: the title made from the text, none being printed. */
      titleConstructed: z.boolean().default(false),
      /** As its source's: the title printed on the page of this source, which cites it. */
      titleCitedIn: key.nullable().default(null),
      issuers: z.array(z.string()),
      /** The issuers in English, one each in their order: a translation, the original kept. */
      issuersEn: z.array(z.string().min(1)).default([]),
      /** How many bodies issued it, where a page counts them (五部门联合印发) and names fewer. */
      issuerCount: z.number().int().positive().nullable().default(null),
      issuedOn: partialDate.nullable(),
      /** The date is not printed: read from the page's (近日印发), which the note says. */
      issuedOnInferred: z.boolean().default(false),
    })
    // As a source's: a title made from the text is not also another page's; and a count of issuers
    // covers the ones named (the database checks both too, in words no one who edits the file reads).
    .refine(oneTitleBasis, twoTitleBases)
    .refine((p) => p.issuersEn.length === p.issuers.length, {
      message: 'issuersEn gives one English name for each issuer, in the same order',
      path: ['issuersEn'],
    })
    .refine((p) => p.issuerCount == null || p.issuerCount >= p.issuers.length, {
      message: 'issuerCount counts the issuers named too: it cannot be fewer than them',
      path: ['issuerCount'],
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
 * loaded it withdraws it on its next start, keeping it with the reason (figure-corrections.ts).
 */
export const withdrawnFigureSchema = z.object({
  id: key,
  /** Chinese first, then English, as every reason a reader sees. */
  reason: z.string().min(10),
});

/**
 * A programme once loaded from the data files and since taken out of them, with why: a registry that
 * loaded it withdraws it on its next start, where nobody but the files has touched it and nothing
 * refers to it (program-withdrawals.ts).
 */
export const withdrawnProgramSchema = z.object({
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
export type WithdrawnProgram = z.infer<typeof withdrawnProgramSchema>;
