/**
 * OWASP's rule against CSV (formula) injection: a cell whose text starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula, which
 * can run commands (`=cmd|' /C calc'!A0`) or send the sheet's data away (`=HYPERLINK(…)`). Such
 * text is written with a single quote in front, which spreadsheets show as text and never run.
 *
 * For every CSV file a person opens in a spreadsheet (an export's, the report's), which cannot say
 * that a cell is text. A workbook (an export's, the report's) writes its text cells as they are: a
 * text cell is never run, and the quote would be shown in it and read back. Numbers are not text
 * and keep their sign: only text goes through here.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** A text that starts with a quote gets one more, which an import reads as the mark and drops. */
export function spreadsheetText(text: string): string {
  return formulaStart.test(text) || text.startsWith("'") ? `'${text}` : text;
}

/**
 * The text a CSV cell stands for: a leading apostrophe is a spreadsheet's mark that the cell is
 * text (`spreadsheetText` writes one before `=`; a person types '0012 to keep its zeros, and a CSV
 * keeps it as a character), never part of a name, a code or a number. So a name beginning with `=`
 * or with a quote round-trips unchanged, and '新名字 is read as the 新名字 a spreadsheet shows.
 */
export function textOfSpreadsheetCell(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}
