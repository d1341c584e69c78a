import { z } from 'zod';
import type { FigureInput } from '../__generated__/schema-types.js';
import { isPartialDate, pastPartialDate, startsAfter } from '../dates.js';
import { enumValues } from '../enums.js';
import { catalogRules } from './catalog-rules.js';
import { figureNumber, id, indicatorCode, inputOf, line, text } from './field-schemas.js';
import { sourceInput } from './source-input.js';
import { isMultipleOf, isPowerOfTen } from '../measures/qualifiers.js';
import type { Problem } from './validation.js';

export const figureInput = inputOf<FigureInput>()({
  indicator: indicatorCode,
  value: figureNumber,
  unit: line(40).nullish(),
  asOf: pastPartialDate,
  periodStart: pastPartialDate.nullish(),
  scope: text(500).nullish(),
  qualifier: z.enum(enumValues('Qualifier')).default('EXACT'),
  qualifierWord: line(10).nullish(),
  roundedTo: figureNumber.positive().nullish(),
  kind: z.enum(enumValues('FigureKind')).default('REPORTED'),
  scopeProgramId: id.nullish(),
  scopeInstitutionId: id.nullish(),
  baselineValue: figureNumber.nullish(),
  baselineYear: z
    .number()
    .int('must be a whole number')
    .min(1949, 'must be 1949 or later')
    .max(2100, 'must be 2100 or earlier')
    .nullish(),
  changePercent: z
    .number()
    .finite()
    .gt(-100, 'must be above -100: a fall of 100% leaves no baseline')
    .max(1e6, 'must be at most 1000000: a rise of ten thousand times')
    .nullish(),
  breakdown: z.object({ dimension: line(50), value: line(100) }).nullish(),
  source: sourceInput,
  quote: text(2000),
  note: text(1000).nullish(),
});

export const figureRules = (record: z.output<typeof figureInput>) => [
  ...catalogRules(record, { value: record.value, baselineValue: record.baselineValue }),
  ...roundingRules(record),
  ...orderRules(record),
];

const yearOf = (day: string) => Number(day.slice(0, 4));

/**
 * A figure's period ends on its date, and its baseline is of a year before: a period that starts
 * after the date (2026-01 for a figure of 2025) counts nothing, and no measure can be set beside it.
 */
function orderRules({ asOf, periodStart, baselineYear }: z.output<typeof figureInput>): Problem[] {
  const problems: Problem[] = [];
  if (periodStart && startsAfter(periodStart, asOf))
    problems.push({ path: 'periodStart', message: `must not be after asOf (${asOf})` });
  // A baseline is a year's end before the figure's year: 2025's comes after a figure of 2025-06.
  if (typeof baselineYear === 'number' && isPartialDate(asOf) && baselineYear >= yearOf(asOf))
    problems.push({ path: 'baselineYear', message: `must be before the year of asOf (${asOf})` });
  return problems;
}

/**
 * A rounding is the place of a printed digit (8.82万: 100; 超930万: 10,000), with a qualifier word
 * or without one: the word says which way the interval runs, the rounding how wide it is.
 */
function roundingRules({ roundedTo, value }: z.output<typeof figureInput>): Problem[] {
  if (roundedTo == null) return [];
  if (!isPowerOfTen(roundedTo))
    return [{ path: 'roundedTo', message: 'must be a power of ten: 1, 10, 100, 0.1, …' }];
  if (typeof value === 'number' && !isMultipleOf(value, roundedTo))
    return [{ path: 'value', message: `must be a multiple of roundedTo (${roundedTo})` }];
  return [];
}
