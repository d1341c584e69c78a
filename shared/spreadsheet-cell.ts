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
