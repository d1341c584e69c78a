import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { spreadsheetText } from '../../shared/spreadsheet-cell.js';
import type { TypedDocumentString } from './__generated__/graphql.js';

/** What the report's outputs share: asking the gateway, and writing rows as CSV, JSON, a workbook or a table. */

/**
 * The data of a query through the gateway's public API. An indicator that is not in the catalog
 * is said in words; each region reports the same error for a bad argument, so it is said once.
 */
export async function postQuery<T extends { indicator: unknown }, Variables>(
  gatewayUrl: string,
  query: TypedDocumentString<T, Variables>,
  variables: Variables,
  indicator: string,
): Promise<T> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.data && !body.data.indicator)
    throw new Error(`${indicator} is not in the national catalog.`);
  if (body.errors?.length || !body.data)
    throw new Error(
      [...new Set(body.errors?.map((e) => e.message))].join('\n') || `HTTP ${response.status}`,
    );
  return body.data;
}

/** Numbers to two decimals (52.76, not 52.75590551181102), as every output shows them. */
const rounded = (value: unknown) =>
  typeof value === 'number' ? Math.round(value * 100) / 100 : value;
const display = (value: unknown) => (value == null ? '' : String(rounded(value)));
/** What a spreadsheet cell shows: numbers as they are, text never as a formula. */
const cellText = (value: unknown) =>
  typeof value === 'number' ? display(value) : spreadsheetText(display(value));

/**
 * RFC 4180: quotes around fields with commas, quotes or line breaks, quotes doubled; a UTF-8
 * byte-order mark first, without which Excel reads the Chinese names as Latin-1; text that a
 * spreadsheet would run as a formula is written as text (shared/spreadsheet-cell.ts).
 */
export function csv<Row>(columns: readonly (keyof Row & string)[], rows: Row[]): string {
  const field = (value: unknown) => {
    const text = cellText(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return (
    '\uFEFF' +
    [columns.join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))].join(
      '\n',
    ) +
    '\n'
  );
}

/** The rows as JSON, numbers rounded like the other outputs. */
export function json<Row extends object>(rows: Row[]): string {
  return (
    JSON.stringify(
      rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, rounded(v)]))),
      null,
      2,
    ) + '\n'
  );
}

/**
 * A workbook of one sheet: a bold header that stays in view, numbers as numbers (rounded), text as
 * text, never as a formula.
 */
export async function xlsx<Row>(
  columns: readonly (keyof Row & string)[],
  rows: Row[],
  sheet: string,
): Promise<Buffer> {
  const cell = (value: unknown): Cell =>
    value == null
      ? null
      : typeof value === 'number'
        ? Number(rounded(value))
        : spreadsheetText(String(value));
  const data = [
    columns.map((c): Cell => ({ value: c, fontWeight: 'bold' })),
    ...rows.map((row) => columns.map((c) => cell(row[c]))),
  ];
  // Excel allows 31 characters in a sheet's name.
  return writeXlsxFile(data, { sheet: sheet.slice(0, 31), stickyRowsCount: 1 }).toBuffer();
}

/** Display width: CJK characters take two columns in a terminal. */
const width = (text: string) =>
  [...text].reduce(
    (n, ch) =>
      n +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1),
    0,
  );

export function table<Row>(columns: readonly (keyof Row & string)[], rows: Row[]): string {
  const cells = [columns.map(String), ...rows.map((row) => columns.map((c) => display(row[c])))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => width(line[i]!))));
  const line = (values: string[]) =>
    values
      .map((v, i) => v + ' '.repeat(widths[i]! - width(v)))
      .join('  ')
      .trimEnd();
  return (
    [
      line(cells[0]!),
      widths.map((w) => '-'.repeat(w)).join('  '),
      ...cells.slice(1).map(line),
    ].join('\n') + '\n'
  );
}
