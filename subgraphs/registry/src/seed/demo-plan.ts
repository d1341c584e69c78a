import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { enumValues } from '../enums.js';
import { subgraphsFolder } from './published-data.js';

/** The plan of a region's demo registry, `subgraphs/<slug>/data/demo.json`, as checked on reading. */

/**
 * When a group's rows start counting: cumulative counts at dates, rows spread evenly between them
 * (the first segment starts at the plan's `startsOn`). The last count is the group's whole count.
 */
const timelineSchema = z
  .array(z.object({ on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), count: z.number().int().min(0) }))
  .min(1)
  .refine(
    (points) =>
      points.every(
        (p, i) => i === 0 || (p.on > points[i - 1]!.on && p.count >= points[i - 1]!.count),
      ),
    'dates and counts must rise',
  );

const placeSchema = z.object({ city: z.string(), county: z.string().nullable() });

const groupSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  labelZh: z.string(),
  labelEn: z.string(),
  kind: z.enum(enumValues('InstitutionKind')),
  grade: z.enum(enumValues('HospitalGrade')).nullable(),
  socialWorkSetup: z.enum(enumValues('SocialWorkSetup')).nullable(),
  count: z.number().int().min(0),
  workers: z.number().int().min(0),
  certifiedWorkers: z.number().int().min(0),
  /**
   * Which of the workers are the certified ones: the first to join (by default), or spread evenly
   * over them in the order they join, so that the certified grow as the workers do (Sichuan's, whose
   * page dates both totals alike: the certified first would reach theirs a year before its date).
   */
  certifiedOrder: z.enum(['first', 'spread']).default('first'),
  employment: z.enum(enumValues('Employment')).nullable(),
  serviceFields: z.array(z.enum(enumValues('ServiceField'))),
  /** When the institutions start counting (social work since, or founded); by default spread from `startsOn` to `datesUntil`. */
  timeline: timelineSchema.optional(),
  /** When the workers start; by default spread like the institutions'. */
  workersTimeline: timelineSchema.optional(),
  /** Postings of a fixed length: a worker's last day is this many months after the first. */
  postingMonths: z.number().int().min(1).optional(),
  /** The published programme (by id) the workers are posted by: a cohort a target counts. */
  program: z.string().optional(),
  /** Where the institutions are, when not spread over the plan's places (a cohort's named counties). */
  places: z.array(placeSchema).min(1).optional(),
  basis: z.string(),
});

/** A total a document publishes, with the sentence it is read from and how the demo is planned on it. */
const publishedTotalSchema = z.object({ total: z.number().int().min(0), basis: z.string() });

/**
 * What programmes' amounts add up to, where a document publishes it: each total is shared out evenly
 * among them (the remainder one unit each to the first), which is demo; an amount without a total is
 * invented per programme. A flow spreads each programme's amount over its year, so a total published
 * on a day within that year is planned as the part of the year's amounts that falls by that day.
 */
const programTotalsSchema = z.object({
  fundingYuan: publishedTotalSchema.optional(),
  beneficiaries: publishedTotalSchema.optional(),
  individualCases: publishedTotalSchema.optional(),
});

export type ProgramTotals = z.infer<typeof programTotalsSchema>;

/** Programmes of one kind and year in the number a document gives, among the demo programmes. */
const plannedProgramsSchema = z.object({
  kind: z.enum(enumValues('ProgramKind')),
  year: z.number().int(),
  count: z.number().int().min(0),
  /** The published scheme (by id) the programmes belong to. */
  parent: z.string().optional(),
  /** Hosted one each by the newest `count` institutions of this group (the last on its timeline), not picked at random. */
  hosts: z.string().optional(),
  /** What their amounts add up to, where a document publishes it. */
  totals: programTotalsSchema.optional(),
  basis: z.string(),
});

export const demoPlanSchema = z.object({
  note: z.string(),
  /** The day before the first dated row, and the last day of a default timeline. */
  startsOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .default('2011-12-31'),
  datesUntil: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .default('2023-09-30'),
  places: z.array(placeSchema).min(1),
  groups: z.array(
    groupSchema
      .refine((g) => g.certifiedWorkers <= g.workers, 'certifiedWorkers exceeds workers')
      .refine(
        (g) => !g.timeline || g.timeline.at(-1)!.count === g.count,
        'the timeline must end at the group count',
      )
      .refine(
        (g) => !g.workersTimeline || g.workersTimeline.at(-1)!.count === g.workers,
        'the workers timeline must end at the group workers',
      ),
  ),
  /** Programmes of mixed kinds and years, none of a planned kind. */
  programs: z.number().int().min(0),
  /** The years the mixed programmes run in, each a whole year: within the period a published total of theirs covers. */
  programYears: z
    .object({ from: z.number().int(), to: z.number().int() })
    .refine((years) => years.from <= years.to, 'from must not be after to')
    .default({ from: 2019, to: 2025 }),
  /** What the mixed programmes' amounts (funding, beneficiaries, cases) add up to, where a document publishes it. */
  programTotals: programTotalsSchema.optional(),
  /** The published programme the mixed programmes are projects of, where a document counts them under one. */
  programParent: z.string().optional(),
  plannedPrograms: z.array(plannedProgramsSchema).default([]),
});

export type DemoPlan = z.infer<typeof demoPlanSchema>;
export type DemoGroup = z.infer<typeof groupSchema>;

export function readDemoPlan(slug: string): DemoPlan | null {
  const url = new URL(`${slug}/data/demo.json`, subgraphsFolder);
  return existsSync(url) ? demoPlanSchema.parse(JSON.parse(readFileSync(url, 'utf8'))) : null;
}
