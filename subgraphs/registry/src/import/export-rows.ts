import type { DataSource } from 'typeorm';
import { globalId } from '../global-ids.js';
import { importKinds } from './columns.js';
import type { Language } from '../../../../shared/enum-labels.js';
import { labelOfCode } from '../field-labels.js';
import { enumOfColumn, headerOf } from './labels.js';
import {
  entityOfKind,
  institutionReferencesOf,
  rowOfRecord,
  type StoredRecord,
} from './record-rows.js';
import type { Region } from '../../../regions.js';
import { readOnlyColumns, readOnlyValue } from './read-only-columns.js';
import { programCellsOf } from './program-references.js';

/** Records read per query. */
const PAGE = 1000;

/** The columns a team fills in: the global id and version first, then the import's own columns. */
export const editableColumns = (kindName: string): string[] => [
  'id',
  'version',
  ...importKinds[kindName]!.columns,
];

/**
 * The columns of an export: those a team fills in, then those the registry alone sets, last, so
 * that a sheet built on an earlier export still finds its columns where they were.
 */
export const exportColumns = (kindName: string): string[] => [
  ...editableColumns(kindName),
  ...readOnlyColumns[kindName]!,
];

/** A header row in a language: an export's, or of the columns given (a template's). */
export const exportHeader = (
  kindName: string,
  language: Language,
  columns = exportColumns(kindName),
): string[] => columns.map((column) => headerOf(kindName, column, language));

/**
 * Every value of an export passes through here: enum codes become the language's labels, and lists
 * are joined with `;`. The text is the value's own: a CSV file marks what a spreadsheet would run as
 * a formula where it writes it (writeCsv), and a workbook's text cell needs no mark.
 */
export function cellText(kindName: string, column: string, value: unknown, language: Language) {
  if (value == null) return '';
  const enumName = enumOfColumn[kindName]?.[column];
  const label = (item: unknown) =>
    enumName ? labelOfCode(enumName, String(item), language) : String(item);
  return Array.isArray(value) ? value.map(label).join(';') : label(value);
}

/**
 * The region's records of a kind in the import's columns, oldest first, a page at a time: what
 * `npm run export` writes and an import reads back unchanged.
 */
export async function* exportRows(
  db: DataSource,
  kindName: string,
  region: Region,
  language: Language,
): AsyncGenerator<string[]> {
  const columns = exportColumns(kindName);
  const repository = db.getRepository(entityOfKind[kindName]!);
  const { withdrawnColumn } = importKinds[kindName]!;
  for (let after = '0'; ;) {
    const query = repository.createQueryBuilder('r').where('r.id > :after', { after });
    if (withdrawnColumn) query.andWhere(`r.${withdrawnColumn} IS NULL`);
    const page: StoredRecord[] = await query.orderBy('r.id').limit(PAGE).getMany();
    if (!page.length) return;
    const references = await institutionReferencesOf(db, page, region);
    const programs = await programCellsOf(db, page, region);
    for (const record of page) {
      const row: Record<string, unknown> = {
        ...rowOfRecord(kindName, record, references, programs),
        ...Object.fromEntries(
          readOnlyColumns[kindName]!.map((column) => [
            column,
            readOnlyValue(column, record, region),
          ]),
        ),
        id: globalId(region, String(record.id)),
        version: record.version,
      };
      yield columns.map((column) => cellText(kindName, column, row[column], language));
    }
    after = String(page.at(-1)!.id);
  }
}
