import { z } from 'zod';
import type { TargetInput } from '../__generated__/schema-types.js';
import { pastPartialDate } from '../dates.js';
import { catalogRules } from './catalog-rules.js';
import { figureNumber, id, indicatorCode, inputOf, line, text } from './field-schemas.js';
import { enumValues } from '../enums.js';
import { sourceInput } from './source-input.js';
import type { Problem } from './validation.js';

/** The year of a target and of each of its milestones, as the SDL says: 2000 to 2100. */
const targetOrMilestoneYear = z
  .number()
  .int('must be a whole number')
  .min(2000, 'must be 2000 or later')
  .max(2100, 'must be 2100 or earlier');

/**
 * The policy a target comes from: as the data files' policies (published-schemas.ts), a title made
 * from the text is not also cited by another page, a count of issuers covers those named, and an
 * English name is given for each issuer or for none.
 */
const policyInput = z
  .object({
    title: line(300),
    titleEn: line(300).nullish(),
    titleConstructed: z.boolean().nullish(),
    titleCitedIn: line(100).nullish(),
    issuers: z.array(line(200)).max(20, 'must list at most 20'),
    issuersEn: z.array(line(200)).max(20, 'must list at most 20').nullish(),
    issuerCount: z
      .number()
      .int('must be a whole number')
      .min(1)
      .max(100, 'must be at most 100')
      .nullish(),
    issuedOn: pastPartialDate.nullish(),
    issuedOnInferred: z.boolean().nullish(),
  })
  .superRefine((policy, context) => {
    const named = policy.issuers.length;
    if (policy.issuersEn && policy.issuersEn.length !== named)
      context.addIssue({
        code: 'custom',
        path: ['issuersEn'],
        message: `must give one English name for each issuer (${named}), in the same order`,
      });
    if (policy.issuerCount != null && policy.issuerCount < named)
      context.addIssue({
        code: 'custom',
        path: ['issuerCount'],
        message: `must not be fewer than the issuers named (${named})`,
      });
    if (policy.titleConstructed && policy.titleCitedIn)
      context.addIssue({
        code: 'custom',
        path: ['titleCitedIn'],
        message:
          'a title is made from the text (titleConstructed) or cited by another page (titleCitedIn), not both',
      });
  });

export const targetInput = inputOf<TargetInput>()({
  id: line(100).nullish(),
  indicator: indicatorCode,
  targetValue: figureNumber,
  unit: line(40).nullish(),
  targetYear: targetOrMilestoneYear,
  description: text(1000),
  milestones: z
    .array(
      z.object({
        year: targetOrMilestoneYear,
        description: text(1000),
        quote: text(2000).nullish(),
      }),
    )
    .max(20, 'must list at most 20')
    .optional(),
  policy: policyInput.nullish(),
  source: sourceInput.nullish(),
  quote: text(2000).nullish(),
  qualifier: z.enum(enumValues('TargetQualifier')).nullish(),
  scopeProgramId: id.nullish(),
  scopeKinds: z
    .array(z.enum(enumValues('InstitutionKind')))
    .refine((kinds) => new Set(kinds).size === kinds.length, 'lists a kind twice')
    .nullish(),
});

export const targetRules = (record: z.output<typeof targetInput>) => [
  ...catalogRules(record, { targetValue: record.targetValue }),
  ...milestoneRules(record),
];

/**
 * A milestone is a step on the way to the target, by its year at the latest: of the input, and of
 * the revised target, which keeps the milestones a revision leaves out.
 */
export const milestoneRules = (record: {
  targetYear: number;
  milestones?: readonly { year: number }[] | null;
}): Problem[] =>
  (record.milestones ?? []).flatMap((milestone, index) =>
    milestone.year > record.targetYear
      ? [
          {
            path: `milestones[${index}].year`,
            message: `must not be after targetYear (${record.targetYear})`,
          },
        ]
      : [],
  );
