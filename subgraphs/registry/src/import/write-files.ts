import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { importKinds } from './columns.js';
import { editableColumns, exportColumns, exportHeader } from './export-rows.js';
import { enumLabels, type Language } from '../../../../shared/enum-labels.js';
import { enumOfColumn } from './labels.js';
import { exportNotes } from './export-notes.js';
import { templateInstructions } from './template-instructions.js';
import { spreadsheetText, workbookText } from '../../../../shared/spreadsheet-cell.js';
import type { Region } from '../../../regions.js';
import { englishPlaceName } from '../place-names.js';

const numberColumns = (kindName: string) => new Set(['version', ...importKinds[kindName]!.numbers]);

/**
 * Of a kind's columns, those that hold codes of digits (a credit code, a certificate number, the
 * institution a record is in, a programme's key): formatted as text, so that a spreadsheet keeps every digit typed
 * into them rather than the 15 it keeps of a number.
 */
const codeColumns = (kindName: string, columns: string[]) => {
  const kind = importKinds[kindName]!;
  const codes = new Set([
    kind.naturalKey.column,
    ...Object.keys(kind.references),
    ...Object.keys(kind.programReferences),
  ]);
  return columns.map((column) => codes.has(column));
};
const TEXT_FORMAT = '@';

/**
 * Writes rows as a CSV file (a path, or a stream of a file already open), one at a time. UTF-8 with a byte-order mark, so that Excel on
 * Chinese Windows opens the Chinese as Chinese. A CSV cell has no type: text a spreadsheet would
 * run as a formula, or that starts with a quote, is written after one more quote
 * (shared/spreadsheet-cell.ts), which the import's readers drop.
 */
export async function writeCsv(
  target: string | Writable,
  header: string[],
  rows: AsyncIterable<string[]>,
): Promise<number> {
  const out = typeof target === 'string' ? createWriteStream(target) : target;
  let count = 0;
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`\uFEFF${stringify([header])}`);
  for await (const row of rows) {
    await write(stringify([row.map(spreadsheetText)]));
    count += 1;
  }
  out.end();
  await once(out, 'finish');
  return count;
}

/**
 * Writes rows as the first sheet of an xlsx workbook, streamed; numbers as numbers, and text as it
 * is: a text cell is never run as a formula. Only a text the reader would take a quote off (`'=…`,
 * `''…`) gets one more (shared/spreadsheet-cell.ts), which the workbook's reader drops. A
 * second sheet says what the read-only columns mean (export-notes.ts).
 */
export async function writeXlsx(
  target: string | Writable,
  kindName: string,
  header: string[],
  rows: AsyncIterable<string[]>,
  language: Language = 'en',
): Promise<number> {
  // Styles, for the code columns' text format.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(typeof target === 'string' ? { filename: target } : { stream: target }),
    useStyles: true,
  });
  // Named as the template names its sheet, in the workbook's language.
  const sheet = workbook.addWorksheet(language === 'zh' ? '数据' : 'data');
  const numeric = numberColumns(kindName);
  const isNumber = exportColumns(kindName).map((column) => numeric.has(column));
  sheet.columns = codeColumns(kindName, exportColumns(kindName)).map((code) =>
    code ? { style: { numFmt: TEXT_FORMAT } } : {},
  );
  sheet.addRow(header).commit();
  let count = 0;
  for await (const row of rows) {
    sheet
      .addRow(
        row.map((text, index) =>
          isNumber[index] && text !== '' ? Number(text) : workbookText(text),
        ),
      )
      .commit();
    count += 1;
  }
  sheet.commit();
  const notes = workbook.addWorksheet(language === 'zh' ? '说明' : 'notes');
  for (const row of exportNotes(kindName, language)) notes.addRow(row).commit();
  notes.commit();
  await workbook.commit();
  return count;
}

/**
 * Rows of a template that get dropdowns. Excel keeps a range as one rule, but exceljs (and other
 * libraries a team's tools may use) expands it cell by cell when reading, so the range stays modest.
 */
const TEMPLATE_ROWS = 20_000;

/** A sheet's validations over a range: in exceljs since 4.3, not yet in its type declarations. */
type WithRangeValidations = {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

/**
 * The data dictionary of a kind: an empty first sheet with the headers in a language (of the
 * columns a team fills in: a new record's provenance and scheme are the registry's to set, so a
 * column of them could only be left empty or be refused), a second
 * sheet listing every column's allowed labels and codes, dropdowns on the enum columns, and a sheet
 * of instructions: which columns a new record needs, and how each is filled in. For a region, its
 * prefecture-level divisions are listed too, and the city column takes them from a dropdown, as
 * the import wants them written (南宁市, not 南宁).
 */
export async function writeTemplate(
  path: string,
  kindName: string,
  language: Language,
  region?: Region,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(language === 'zh' ? '数据' : 'data');
  const columns = editableColumns(kindName);
  const header = exportHeader(kindName, language, columns);
  data.addRow(header);
  data.getRow(1).font = { bold: true };
  const isCode = codeColumns(kindName, columns);
  data.columns.forEach((column, index) => {
    column.width = 18;
    if (isCode[index]) column.numFmt = TEXT_FORMAT;
  });
  const dictionary = workbook.addWorksheet(language === 'zh' ? '数据字典' : 'dictionary');
  dictionary.addRow(
    language === 'zh'
      ? ['列', '中文标签', '代码', '英文']
      : ['column', 'Chinese', 'code', 'English'],
  );
  columns.forEach((column, index) => {
    const enumName = enumOfColumn[kindName]?.[column];
    const headerText = header[index]!;
    if (!enumName) return;
    const labels = Object.entries(enumLabels[enumName]!);
    for (const [code, label] of labels) dictionary.addRow([headerText, label.zh, code, label.en]);
    // A list column (服务领域) holds several labels: no dropdown, which would allow one only.
    if (column === 'serviceFields') return;
    const letter = data.getColumn(index + 1).letter;
    const allowed = labels.map(([code, label]) => (language === 'zh' ? label.zh : code));
    (data as unknown as WithRangeValidations).dataValidations.add(
      `${letter}2:${letter}${TEMPLATE_ROWS + 1}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [`"${allowed.join(',')}"`],
        showErrorMessage: true,
        errorTitle: language === 'zh' ? '无效的值' : 'Invalid value',
        error: language === 'zh' ? '请从下拉列表中选择' : 'Choose a value from the list',
      },
    );
  });
  const cityColumn = columns.indexOf('city');
  if (region?.cities?.length && cityColumn >= 0) {
    const first = dictionary.rowCount + 1;
    // The value is the Chinese name, which the import reads; the English column says it in English.
    for (const city of region.cities)
      dictionary.addRow([header[cityColumn]!, city, '', englishPlaceName(city) ?? '']);
    // A range of the dictionary, not a list in the rule: Excel's lists stop at 255 characters.
    const letter = data.getColumn(cityColumn + 1).letter;
    (data as unknown as WithRangeValidations).dataValidations.add(
      `${letter}2:${letter}${TEMPLATE_ROWS + 1}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [`'${dictionary.name}'!$B$${first}:$B$${dictionary.rowCount}`],
        showErrorMessage: true,
        errorTitle: language === 'zh' ? '无效的值' : 'Invalid value',
        error:
          language === 'zh'
            ? `请从下拉列表中选择${region.nameZh}的地级行政区`
            : `Choose one of ${region.nameEn}'s prefecture-level divisions from the list`,
      },
    );
  }
  const instructions = workbook.addWorksheet(language === 'zh' ? '填写说明' : 'instructions');
  for (const row of templateInstructions(kindName, language)) instructions.addRow(row);
  instructions.getRow(1).font = { bold: true };
  instructions.columns.forEach((column, index) => (column.width = [18, 12, 60][index]));
  await workbook.xlsx.writeFile(path);
}
