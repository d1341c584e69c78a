/**
 * OWASP's rule against CSV (formula) injection: a cell whose text starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula, which
 * can run commands (`=cmd|' /C calc'!A0`) or send the sheet's data away (`=HYPERLINK(…)`). Such
 * text is written with a single quote in front, which spreadsheets show as text and never run.
 *
 * For every CSV file a person opens in a spreadsheet (an export's, the report's), which cannot say
 * that a cell is text. A workbook (an export's, the report's) writes its text cells as they are: a
 * text cell is never run. Numbers are not text and keep their sign: only text goes through here.
 *
 * The mark survives what spreadsheets do to it, so that both readers (CSV and workbook) undo it the
 * same way: LibreOffice and Excel keep a CSV's `''Three Areas'` as the text `''Three Areas'` when
 * the file is saved as a workbook, and a workbook's `'Three Areas'` saved as CSV comes out as it is.
 * So a quote is a mark only before one of the characters it marks (a formula's first, or a second
 * quote): `'Three Areas' plan` is a name that starts with a quote, read as it is in either file.
 */
const marked = /^[=+\-@\t\r']/;

/** A text that starts with a formula's first character or a quote gets a quote in front. */
export function spreadsheetText(text: string): string {
  return marked.test(text) ? `'${text}` : text;
}

/**
 * A workbook's text cell as the export writes it: as it is, but for a text the reader would take
 * the mark off (a quote before `=` or before a second quote), which gets one more quote, so that
 * it reads back whole.
 */
export function workbookText(text: string): string {
  return /^'[=+\-@\t\r']/.test(text) ? `'${text}` : text;
}

/**
 * The text a cell stands for, in a CSV file or a workbook: a leading quote before a formula's
 * first character or before a second quote is the mark `spreadsheetText` writes (`'=…`, `''Three
 * Areas'`), dropped; any other leading quote is the text's own (`'Three Areas' plan`), kept. So a
 * name beginning with `=` or with a quote round-trips unchanged through either file, and through a
 * spreadsheet that saves one as the other.
 */
export function textOfSpreadsheetCell(text: string): string {
  return /^'[=+\-@\t\r']/.test(text) ? text.slice(1) : text;
}
