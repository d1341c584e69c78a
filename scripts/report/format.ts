import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { fetchPatiently } from '../../shared/patient-fetch.js';
import { roundedNumber } from '../../shared/rounded-number.js';
import { spreadsheetText } from '../../shared/spreadsheet-cell.js';
import type { TypedDocumentString } from './__generated__/graphql.js';

/** What the report's outputs share: asking the gateway, and writing rows as CSV, JSON or a workbook (a terminal's table: fitted-table.ts). */

/** A column of a report: the row's field, and its title in the report's language. */
export interface Column<Row> {
  key: keyof Row & string;
  title: string;
}

/**
 * What the gateway refused, in its words. A caller's mistake (BAD_USER_INPUT: a day not of the
 * calendar, a year to come, an indicator the catalog lacks) is the report's usage mistake, and names
 * the argument it was in (`field`), which the report says as its own option.
 */
export class AnswerError extends Error {
  constructor(
    message: string,
    readonly callerMistake: boolean,
    readonly fields: string[] = [],
  ) {
    super(message);
  }

  /**
   * The message with each argument it names said as the report's option (`from：` as `--from：`):
   * once, however many regions named it, and never again inside an option already said.
   */
  inOptions(optionOf: Record<string, string>): string {
    return [...new Set(this.fields)].reduce((message, field) => {
      const option = optionOf[field];
      if (!option) return message;
      return message.replace(new RegExp(`(?<![\\w-])${field}(?=：|: )`, 'g'), option);
    }, this.message);
  }
}

/**
 * The data of a query through the gateway's public API; each region reports the same error for a
 * bad argument, so it is said once. `check` reads the data first, even beside errors: an unknown
 * indicator is better said by the report, with the codes it could have been, than by each region.
 */
export async function postQuery<T, Variables>(
  gatewayUrl: string,
  query: TypedDocumentString<T, Variables>,
  variables: Variables,
  check: (data: T) => void,
  /**
   * Given, a region that did not answer (its subgraph or database out, or too slow) is handed to
   * it by its place in `registries`, with what the gateway said, rather than failing the report:
   * the other regions are reported, as the dashboard shows them.
   */
  unanswered?: (index: number, message: string) => void,
): Promise<T> {
  const response = await fetchPatiently(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  const body = (await response.json()) as {
    data?: T;
    errors?: {
      message: string;
      path?: (string | number)[];
      extensions?: { code?: string; field?: string };
    }[];
  };
  if (body.data) check(body.data);
  const errors = (body.errors ?? []).filter((error) => {
    const [field, index] = error.path ?? [];
    const outage =
      unanswered &&
      body.data &&
      field === 'registries' &&
      typeof index === 'number' &&
      OUTAGES.has(error.extensions?.code ?? '');
    if (outage) unanswered(index, error.message);
    return !outage;
  });
  if (errors.length || !body.data) {
    throw new AnswerError(
      [...new Set(errors.map((e) => e.message))].join('\n') || `HTTP ${response.status}`,
      errors.length > 0 && errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT'),
      errors.flatMap((e) => e.extensions?.field ?? []),
    );
  }
  return body.data;
}

/** The codes of a region that did not answer: out, or too slow, not a question it refused. */
const OUTAGES = new Set(['SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT', 'DATABASE_UNAVAILABLE']);

const rounded = (value: unknown) => (typeof value === 'number' ? roundedNumber(value) : value);
/** A cell as the report prints it: numbers rounded, nothing for a value not there. */
export const display = (value: unknown) => (value == null ? '' : String(rounded(value)));
/** What a spreadsheet cell shows: numbers as they are, text never as a formula. */
const cellText = (value: unknown) =>
  typeof value === 'number' ? display(value) : spreadsheetText(display(value));

/**
 * RFC 4180: quotes around fields with commas, quotes or line breaks, quotes doubled; a UTF-8
 * byte-order mark first, without which Excel reads the Chinese names as Latin-1; text that a
 * spreadsheet would run as a formula is written as text (shared/spreadsheet-cell.ts).
 */
export function csv<Row>(columns: readonly Column<Row>[], rows: Row[]): string {
  const field = (value: unknown) => {
    const text = cellText(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [
    columns.map((c) => field(c.title)).join(','),
    ...rows.map((row) => columns.map((c) => field(row[c.key])).join(',')),
  ];
  return '\uFEFF' + lines.join('\n') + '\n';
}

/** A report as JSON, every number in it rounded like the other outputs. */
export const json = (report: object): string =>
  JSON.stringify(report, (_, value: unknown) => rounded(value), 2) + '\n';

/** A sheet of a workbook: its name (at most 31 characters, as Excel allows) and its rows. */
export interface Sheet {
  name: string;
  data: Cell[][];
}

/**
 * Rows as a sheet: a bold header that stays in view, numbers as numbers (rounded), text as text
 * cells, as it is: a workbook's text cell is never run as a formula, and a quote before it would be
 * shown ('Three Areas' plan read ''Three Areas' plan), as an export's workbook writes its text too.
 */
export function dataSheet<Row>(name: string, columns: readonly Column<Row>[], rows: Row[]): Sheet {
  const cell = (value: unknown): Cell =>
    value == null ? null : typeof value === 'number' ? Number(rounded(value)) : String(value);
  return {
    name,
    data: [
      columns.map((c): Cell => ({ value: c.title, fontWeight: 'bold' })),
      ...rows.map((row) => columns.map((c) => cell(row[c.key]))),
    ],
  };
}

/** A workbook of the sheets, each header row kept in view. */
export function workbook(sheets: Sheet[]): Promise<Buffer> {
  return writeXlsxFile(
    sheets.map(({ name, data }) => ({ data, sheet: name, stickyRowsCount: 1 })),
  ).toBuffer();
}
