import type { UpdatedRow } from '../subgraphs/registry/src/import/import-report.js';
import { cellText } from '../subgraphs/registry/src/import/export-rows.js';
import { headerOf } from '../subgraphs/registry/src/import/labels.js';
import { columnOfField } from '../subgraphs/registry/src/import/record-rows.js';
import { shownVisibly } from '../shared/text-hygiene.js';

/**
 * What an updated row changes, field by field, old value then new, so that a person reading a dry
 * run sees what would be written (a certificate number 0451234567 → 451234567 a spreadsheet made)
 * before it is.
 */

/** Characters of a value shown: a long description is recognised by its start. */
const SHOWN = 40;

/** A value as the file's cell shows it, made visible and bounded; an empty one said so. */
function shown(kind: string, field: string, value: unknown, language: 'zh' | 'en'): string {
  const text = shownVisibly(cellText(kind, columnOfField(field), value, language));
  if (!text) return language === 'zh' ? '（空）' : '(empty)';
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

/**
 * The lines under an updated row: `  证书编号：0451234567 → 451234567 (certificateNumber: 0451234567
 * → 451234567)`, one a field; nothing where the report has no values (an older caller's).
 */
export function changeLines(kind: string, row: UpdatedRow): string {
  return (row.changes ?? [])
    .map(
      ({ field, before, after }) =>
        `\n  ${headerOf(kind, columnOfField(field), 'zh')}：${shown(kind, field, before, 'zh')} → ${shown(kind, field, after, 'zh')} (${field}: ${shown(kind, field, before, 'en')} → ${shown(kind, field, after, 'en')})`,
    )
    .join('');
}
