import { z } from 'zod';
import { codeInOtherCase, indicatorCatalog } from '../../../indicator-catalog.js';
import { partialDate, today } from '../dates.js';
import { enumValues } from '../enums.js';
import { isRecordId } from '../record-ids.js';
import { hasLetter, refusedCharacter, tabOrLineBreak } from '../../../../shared/text-hygiene.js';

/** The schemas of the fields that several write inputs share, and the check that an input is its SDL type's. */

/**
 * A day: anything else (`2025/6/30`, `2025`) is asked for as one, not as the year, month or day a
 * partial date may be, which the field would then refuse again.
 */
export const fullDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a full date: 2024-03-01', abort: true })
  .pipe(partialDate);
/** A day that has come: a record cannot have closed or ended in the future. */
export const closingDate = fullDate.refine(
  (value) => value <= today(),
  'must not be in the future',
);
export const text = (max: number) =>
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
/**
 * Text of one line (a name, a place, a title, a unit, an issuer): a line break (a cell's Alt+Enter)
 * would split it in every list, export and report it is printed in, and a tab would shift the
 * columns of the tables it is pasted into, looking like a space all the while; so both are refused
 * by their code point. Notes, descriptions and quotes are `text`, and keep their lines and tabs.
 */
export const line = (max: number) =>
  text(max).superRefine((value, context) => {
    const found = tabOrLineBreak(value);
    if (found)
      context.addIssue({
        code: 'custom',
        message:
          found === 'U+0009'
            ? 'holds U+0009, a tab: the field is one line; write a space instead'
            : `holds ${found}, a line break: the field is one line; join its lines`,
      });
  });
/** The name of a record: one line of clean text with at least one letter or ideograph. */
export const name = (max: number) =>
  line(max).refine(hasLetter, 'must hold at least one letter or Chinese character');
export const id = z
  .string()
  .refine(
    isRecordId,
    'is not the id of a record of this region (ids carry their region code: BJ-5 in Beijing)',
  );
export const serviceFields = z
  .array(z.enum(enumValues('ServiceField')))
  .refine((fields) => new Set(fields).size === fields.length, 'lists a service field twice');
/** What the registry's count columns hold (PostgreSQL's integer): the import's cells are not GraphQL's Int. */
const MAX_COUNT = 2_147_483_647;
export const count = z
  .number()
  .int('must be a whole number')
  .min(0, 'must not be negative')
  .max(MAX_COUNT, `must be at most ${MAX_COUNT}`);
/**
 * The size a published figure, its baseline, a rounding or a target may have: beyond any count or
 * amount in yuan of a country (10^15), and far from where arithmetic on it overflows. A target of
 * 10^308 was stored, and every read of its gap then failed with Infinity.
 */
export const MAX_FIGURE = 1e15;
export const figureNumber = z
  .number()
  .finite()
  .min(-MAX_FIGURE, 'is beyond any published figure (10^15)')
  .max(MAX_FIGURE, 'is beyond any published figure (10^15)');
export const indicatorCode = z.string().superRefine((code, context) => {
  if (indicatorCatalog.some((i) => i.code === code)) return;
  const meant = codeInOtherCase(code);
  context.addIssue({
    code: 'custom',
    message: meant
      ? `is written in lower case: indicator codes are upper case (${meant})`
      : 'is not an indicator code of the national catalog',
  });
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

export function inputOf<Input>() {
  return <Shape extends z.ZodRawShape>(shape: Shape & SameFields<Input, Shape>) => z.object(shape);
}

/** Why a figure or target is withdrawn or corrected: kept with it and in the audit. */
export const withdrawalReason = text(1000);
