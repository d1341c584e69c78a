import { z } from 'zod';
import type { ProgramInput } from '../__generated__/schema-types.js';
import { partialDate, startsAfter } from '../dates.js';
import { enumValues } from '../enums.js';
import { count, id, inputOf, line, name, serviceFields } from './field-schemas.js';
import type { Problem } from './validation.js';

export const programInput = inputOf<ProgramInput>()({
  name: name(300),
  nameEn: name(300).nullish(),
  kind: z.enum(enumValues('ProgramKind')),
  serviceFields: serviceFields.optional(),
  hostInstitutionId: id.nullish(),
  year: z
    .number()
    .int('must be a whole number')
    .min(1949, 'must be 1949 or later')
    .max(2100, 'must be 2100 or earlier')
    .nullish(),
  batch: line(50).nullish(),
  // Stored to the fen (numeric(16, 2)): a third decimal would be rounded away unsaid.
  fundingYuan: z
    .number()
    .min(0, 'must not be negative')
    .max(1e13, 'is beyond any programme budget')
    .multipleOf(0.01, 'must be in yuan to the fen at most: two decimals')
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
  // As periods, not as text: a programme of 2025-06 to 2025 ends within its last year.
  return record.periodStart && record.periodEnd && startsAfter(record.periodStart, record.periodEnd)
    ? [{ path: 'periodEnd', message: `must not be before periodStart (${record.periodStart})` }]
    : [];
}
