import { z } from 'zod';
import { institutionInput, institutionRules } from '../writes/institution-input.js';
import { programInput, programRules } from '../writes/program-input.js';
import { socialWorkerInput, socialWorkerRules } from '../writes/social-worker-input.js';
import { fullDate } from '../writes/field-schemas.js';
import type { Problem } from '../writes/validation.js';
import type { Region } from '../../../regions.js';
import { RECORD_ID_SHAPE } from '../global-ids.js';
import { enumLabels } from '../../../../shared/enum-labels.js';
import type { ImportKindName } from './choices.js';
import { codeOfLabel, enumOfColumn } from './labels.js';
import { dateCell, isDateColumn } from './cell-dates.js';
import type {
  InstitutionInput,
  ProgramInput,
  SocialWorkerInput,
} from '../__generated__/schema-types.js';

/**
 * What each kind of CSV file holds. Columns are named as the GraphQL input fields; a list
 * (serviceFields) is separated by semicolons; a reference to an institution is its credit code,
 * the natural key that both sides know, and one to a programme its key. Each kind has the natural
 * key that makes a second import of the same file write nothing.
 */
export interface ImportKind {
  table: 'institution' | 'social_worker' | 'program';
  /**
   * Where records of the kind can be withdrawn, the column saying when: a withdrawn one is edited no
   * more (writes/programs.ts), so no export holds it, no file leaves it out, and no row without its
   * id means it.
   */
  withdrawnColumn?: 'withdrawn_at';
  columns: string[];
  /** The row as the write validation sees it. */
  schema: z.ZodType;
  rules: (row: Record<string, unknown>, region: Region) => Problem[];
  /** The column that identifies a row across imports, and the table column it is stored in. */
  naturalKey: { column: string; stored: string };
  /**
   * Columns that name a record together when a row leaves its natural key empty: a programme by its
   * name and year, as a team without codes of its own knows it.
   */
  alternateKey?: string[];
  /**
   * The alternate key names only records without a natural key: a certified worker is named by
   * their certificate number, never by a name and a day another worker may share.
   */
  alternateNamesKeylessOnly?: boolean;
  /**
   * A row without a natural key that names a record with one by its alternate key is refused, not
   * made a second record: a hospital's row with its credit code left blank.
   */
  keylessRowOfKeyedRefused?: boolean;
  /** Columns holding an institution's credit code, resolved to its id: column → stored id column. */
  references: Record<string, string>;
  /**
   * Columns naming a programme by its key or record id, resolved to its id: column → stored id
   * column. Apart from `references`: a programme's key may be written like anything, an
   * institution's record id or credit code too (program-references.ts).
   */
  programReferences: Record<string, string>;
  numbers: string[];
}

const lists = ['serviceFields'];

/**
 * A record id or a credit code as a person may type it: in lower case (nx-55) or in full-width
 * characters (ＮＸ－５５); both are written in capitals and ASCII digits only.
 */
export const recordIdAsTyped = (text: string) => text.normalize('NFKC').toUpperCase();

/**
 * An institution a row refers to: by its credit code, or, for one that has none, by its record id
 * (NX-55), as an export writes it; a blank cell is no institution.
 */
const institutionReference = z
  .string()
  .refine((value) => value.length === 18 || /^[A-Z]{2}-\d{1,19}$/.test(value), {
    error: 'must be an 18-character credit code, or the id of an institution such as NX-5',
  })
  .optional();

/**
 * A kind's columns: every field of its GraphQL input type, except those the file gives another way
 * (an institution's id as its credit code), plus the columns that give them or that only a file has
 * (a programme's key). A field added to the input type and not here fails the type check, naming it
 * (`missing: "village"`).
 */
function columnsOf<Input>() {
  return <const Columns extends readonly string[], Replaced extends keyof Input = never>(
    columns: Columns &
      ([Exclude<keyof Input, Replaced | Columns[number]>] extends [never]
        ? unknown
        : { missing: Exclude<keyof Input, Replaced | Columns[number]> }),
    _replaced?: readonly Replaced[],
  ): string[] => [...columns];
}

export const importKinds: Record<string, ImportKind> = {
  institutions: {
    table: 'institution',
    columns: columnsOf<InstitutionInput>()([
      'name',
      'nameEn',
      'kind',
      'grade',
      'creditCode',
      'city',
      'county',
      'township',
      'socialWorkSetup',
      'socialWorkSince',
      'foundedOn',
      'serviceFields',
      // Last of the columns a team fills in, added after the others: the first day of the current
      // period, which a row changed to a later day dates its changes by (current-since.ts).
      'currentSince',
    ]),
    // A credit code where the institution has one; a township station or a government office may
    // have none, as the API allows, and is then named by its name and place.
    schema: institutionInput.extend({ currentSince: fullDate.nullish() }),
    rules: (row, region) => institutionRules(row as { kind: string }, region),
    naturalKey: { column: 'creditCode', stored: 'credit_code' },
    // The city too: county names repeat within a region (乐山市 and 内江市 each have a 市中区).
    alternateKey: ['name', 'city', 'county', 'township'],
    alternateNamesKeylessOnly: true,
    keylessRowOfKeyedRefused: true,
    references: {},
    programReferences: {},
    numbers: [],
  },
  'social-workers': {
    table: 'social_worker',
    columns: columnsOf<SocialWorkerInput>()(
      [
        'name',
        'certificateLevel',
        'certificateNumber',
        // The day of the first certificate, beside the certificate's level and number.
        'certifiedSince',
        'institutionCreditCode',
        'employment',
        'recruitmentSource',
        'serviceFields',
        'supervisorRank',
        'startedOn',
        'endedOn',
        // Last of the columns a team fills in, added after the others: a sheet built on an earlier
        // export still finds them where they were.
        'programKey',
        // The day of the latest move, which a row changes as redateTransfer does (posted-on.ts).
        'postedOn',
      ],
      ['institutionId', 'programId'],
    ),
    schema: socialWorkerInput.omit({ institutionId: true, programId: true }).extend({
      institutionCreditCode: institutionReference,
      // Any text: whether it names a programme is for the registry to say (program-references.ts).
      programKey: z.string().optional(),
      postedOn: fullDate.nullish(),
    }),
    rules: (row) => socialWorkerRules(row),
    naturalKey: { column: 'certificateNumber', stored: 'certificate_number' },
    // A worker without a certificate (证书等级 无证书) has no number: the row names them by their
    // name and the day they started, as a team knows them, among the workers without one.
    alternateKey: ['name', 'startedOn'],
    alternateNamesKeylessOnly: true,
    references: { institutionCreditCode: 'institution_id' },
    // The programme that placed the worker, by its key or, for one without, its record id.
    programReferences: { programKey: 'program_id' },
    numbers: [],
  },
  programs: {
    table: 'program',
    withdrawnColumn: 'withdrawn_at',
    columns: columnsOf<ProgramInput>()(
      [
        'key',
        'name',
        'nameEn',
        'kind',
        'serviceFields',
        'hostCreditCode',
        'year',
        'batch',
        'fundingYuan',
        'periodStart',
        'periodEnd',
        'individualCases',
        'groupSessions',
        'communityServices',
        'groupServicePersonTimes',
        'communityServicePersonTimes',
        'beneficiaries',
      ],
      ['hostInstitutionId'],
    ),
    schema: programInput.omit({ hostInstitutionId: true }).extend({
      key: z
        .string()
        .regex(/^[A-Za-z0-9._:-]{3,100}$/, 'must be 3 to 100 letters, digits or . _ : -')
        // A social worker's programme column takes a key or a record id: a key written as an id
        // (nx-12) would name two programmes there, and an export of it would not come back.
        .refine((key) => !RECORD_ID_SHAPE.test(key), {
          message:
            "must not be written as a record id (NX-12): the social workers' programme column would read it as that record",
        })
        .optional(),
      hostCreditCode: institutionReference,
    }),
    rules: (row) => programRules(row),
    naturalKey: { column: 'key', stored: 'key' },
    alternateKey: ['name', 'year'],
    references: { hostCreditCode: 'host_institution_id' },
    programReferences: {},
    numbers: [
      'year',
      'fundingYuan',
      'individualCases',
      'groupSessions',
      'communityServices',
      'groupServicePersonTimes',
      'communityServicePersonTimes',
      'beneficiaries',
    ],
  },
} satisfies Record<ImportKindName, ImportKind>;

/** What a cell holds as the schema expects it, or the problem that keeps it from being read. */
export type Cell = { value: unknown } | { problem: string };

/**
 * A cell as the schema expects it (its text as the file's reader gives it: a CSV cell without the
 * quote that marks it as text, csv-rows.ts): empty is absent, lists split (on `;`, `；`, `、` or a comma), enum labels
 * (Chinese, English or the code) turned into their codes, numbers parsed (a bad number stays text,
 * to be reported by the schema).
 */
/** A number written in scientific notation (1.245E+17), as a spreadsheet shows a long one it holds as a number. */
const lostDigits = (value: string) => /^\d(\.\d+)?E\+\d+$/i.test(value.normalize('NFKC'));

/**
 * A number cell as a spreadsheet writes it: full-width digits (３２００００) as the digits they are,
 * and thousands separated by commas as Excel writes a column formatted so (75,000), never a comma
 * elsewhere (7,50 is no number). Anything else (8万, ￥80000) is refused, saying what a number is.
 */
function numberCell(value: string): Cell {
  const typed = value.normalize('NFKC');
  const digits = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(typed) ? typed.replaceAll(',', '') : typed;
  return /^-?\d+(\.\d+)?$/.test(digits)
    ? { value: Number(digits) }
    : {
        problem:
          'must be a number in digits (75000 or 75,000): no unit, currency sign or 万, and a comma only between thousands',
      };
}

export function cellValue(kindName: string, column: string, text: string): Cell {
  const kind = importKinds[kindName]!;
  const value = text.trim();
  if (value === '') return { value: undefined };
  const enumName = enumOfColumn[kindName]?.[column];
  const code = (item: string) => (enumName ? codeOfLabel(enumName, item) : item);
  const items = lists.includes(column)
    ? value
        .split(/[;；、，,]/)
        .map((item) => item.trim())
        .filter(Boolean)
    : [value];
  const unknown = enumName ? items.find((item) => !(code(item) in enumLabels[enumName]!)) : null;
  if (enumName && unknown !== undefined && unknown !== null)
    return {
      problem: `"${unknown}" is not one of ${Object.entries(enumLabels[enumName]!)
        .map(([c, label]) => `${label.zh} (${c})`)
        .join(', ')}`,
    };
  if (lists.includes(column)) return { value: items.map(code) };
  // A programme's year as a Chinese document writes it (2025年, 2025 年度) is that year.
  if (column === 'year') return numberCell(value.replace(/\s*年度?$/, ''));
  if (kind.numbers.includes(column)) return numberCell(value);
  if (isDateColumn(column)) return dateCell(value);
  // A code of 16 digits or more that a spreadsheet took for a number has lost its last digits
  // (Excel keeps 15): it is refused, never matched or stored as a code someone else may hold.
  const holdsCode =
    column in kind.references ||
    column in kind.programReferences ||
    column === kind.naturalKey.column;
  if (holdsCode && lostDigits(value))
    return {
      problem:
        'was taken for a number by the spreadsheet, which lost its last digits: format the column as text and type the code again',
    };
  if (column in kind.references) return { value: recordIdAsTyped(value) };
  // A credit code, certificate number or programme's key typed in full-width characters is the one
  // it spells; a key keeps its case, which names it (a record id is read in capitals where looked up).
  if (column === kind.naturalKey.column || column in kind.programReferences)
    return { value: value.normalize('NFKC') };
  return { value: code(value) };
}
