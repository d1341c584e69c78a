/**
 * OWASP's rule against CSV (formula) injection: a cell whose text starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula, which
 * can run commands (`=cmd|' /C calc'!A0`) or send the sheet's data away (`=HYPERLINK(…)`). Such
 * text is written with a single quote in front, which spreadsheets show as text and never run.
 *
 * For every file a person opens in a spreadsheet: the report's CSV and workbook, exports, import
 * templates. Numbers are not text and keep their sign: only text goes through here.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function spreadsheetText(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * The text a cell written by `spreadsheetText` stands for: an import reads back what an export (or
 * a spreadsheet that kept the quote) wrote, so a name beginning with `=` round-trips unchanged.
 */
export function textOfSpreadsheetCell(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}
