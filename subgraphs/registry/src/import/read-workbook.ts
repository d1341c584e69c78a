import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { byteStream, type ByteSource } from './file-source.js';
import { closedBy, noticingMerges, wholeCharacters } from './part-bytes.js';
import { NoWorksheet, UnreadableWorkbook } from './workbook-errors.js';
import { untilFailed, ZipBytes } from './zip-bytes.js';

/**
 * exceljs knows the built-in number formats 27–36 and 50–58, the dates of East Asian Excel and WPS
 * (`yyyy"年"m"月"d"日"`, id 31, which a cell typed 2024年3月5日 gets), only by locale, and without a
 * format read such a cell as its serial number (45356). They are read with their zh-CN format, so
 * that the cell comes as the date it shows.
 */
const requireExcel = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const numberFormats = requireExcel('./lib/xlsx/xform/style/numfmt-xform.js') as {
  getDefaultFmtCode(id: number): string | undefined;
};
const builtInFormats = requireExcel('./lib/xlsx/defaultnumformats.js') as Record<
  number,
  { f?: string; 'zh-cn'?: string }
>;
const defaultFormat = numberFormats.getDefaultFmtCode.bind(numberFormats);
numberFormats.getDefaultFmtCode = (id) => defaultFormat(id) ?? builtInFormats[id]?.['zh-cn'];

/** The reader's own steps that take a sheet's and the shared strings' bytes (not in its type declarations). */
interface ReaderSteps {
  _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
}
const steps = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderSteps;

/**
 * An error of the XML parser exceljs reads with (saxes), which words each one `line:column: what`:
 * a part of the workbook that is not well-formed XML.
 */
const isXmlError = (error: unknown) => error instanceof Error && /^\d+:\d+: /.test(error.message);

/**
 * exceljs's streaming reader, given the sheets' and the shared strings' bytes in whole characters,
 * each part to its closing tag.
 */
class WholeCharacterReader extends ExcelJS.stream.xlsx.WorkbookReader {
  /** The number of the sheet part (`xl/worksheets/sheetN.xml`) whose rows are being read. */
  private sheetPart: number | null = null;

  *_parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string) {
    this.sheetPart = Number(sheetNo);
    const part = this.sheetPart;
    const merges = noticingMerges(iterator, () => this.isFirstTab(part));
    yield* steps._parseWorksheet.call(
      this,
      wholeCharacters(closedBy('worksheet', merges)),
      sheetNo,
    );
  }

  /**
   * Whether the sheet being read is the first worksheet tab, the one a person sees first: the
   * workbook part lists the tabs in their order, while the sheets' parts keep the order they were
   * made in, so a copy moved before its original comes after it in the file. Tabs are matched to
   * parts by their links, however a writer spells them (`worksheets/sheet2.xml`, openpyxl's
   * `/xl/worksheets/sheet2.xml`). A workbook whose parts do not say (its workbook part after its
   * sheets) is read from its first sheet part.
   */
  isFirstTab(part = this.sheetPart): boolean {
    const { model, workbookRels } = this as unknown as WorkbookParts;
    if (!model?.sheets?.length || !workbookRels) return true;
    const partOf = (rId: string) => {
      const target = workbookRels.find((rel) => rel.Id === rId)?.Target ?? '';
      const part = /(?:^|\/)worksheets\/sheet(\d+)\.xml$/.exec(target);
      return part ? Number(part[1]) : null;
    };
    const tabs = model.sheets
      .map((tab) => ({ ...tab, part: partOf(tab.rId) }))
      .filter((tab) => tab.part !== null);
    const first =
      tabs.find((tab) => tab.state !== 'hidden' && tab.state !== 'veryHidden') ?? tabs[0];
    return first === undefined || first.part === part;
  }

  _parseSharedStrings(entry: Readable) {
    const bytes = wholeCharacters(closedBy('sst', entry as AsyncIterable<Buffer>));
    return steps._parseSharedStrings.call(this, Readable.from(bytes));
  }
}

/** What the reader knows of the workbook's parts once its workbook part is read. */
interface WorkbookParts {
  model?: { sheets?: { rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

/**
 * The rows of a workbook's first sheet (its first worksheet tab), read as the file is unzipped: one
 * row in memory at a time (and the shared strings, which Excel keeps apart from the rows). Styles are read so that a date
 * cell comes as a date. A workbook that cannot be read to its end throws `UnreadableWorkbook`; a zip
 * with no worksheet in it, `NoWorksheet`.
 */
export async function* firstSheetRows(file: ByteSource): AsyncGenerator<ExcelJS.Row> {
  yield* firstSheetRowsOf(byteStream(file));
}

/** `firstSheetRows` of a stream of the file's bytes, which it destroys when it stops. */
export async function* firstSheetRowsOf(bytes: Readable): AsyncGenerator<ExcelJS.Row> {
  const zipBytes = new ZipBytes();
  // A failure to read the file goes on to the unzipper: `pipe` does not pass it on, and it would
  // be an unhandled error.
  bytes.once('error', (error) => zipBytes.destroy(error));
  const reader = new WholeCharacterReader(bytes.pipe(zipBytes), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const failed = zipBytes.leftEntryOpen;
  try {
    for await (const sheet of untilFailed(reader, failed)) {
      // A sheet that is not the first tab is passed over: the reader drains its part.
      if (!reader.isFirstTab()) continue;
      for await (const row of untilFailed(sheet, failed)) yield row;
      return;
    }
  } catch (error) {
    // What the unzipper or the XML parser met is the file's problem; anything else is not, and is
    // thrown as it is.
    if (error instanceof UnreadableWorkbook) throw error;
    if (zipBytes.failure) throw new UnreadableWorkbook(zipBytes.failure);
    throw isXmlError(error) ? new UnreadableWorkbook(error) : error;
  } finally {
    // Also when the rows are not read to the end: the file is closed.
    bytes.destroy();
    await finished(bytes).catch(() => undefined);
  }
  throw zipBytes.failure ? new UnreadableWorkbook(zipBytes.failure) : new NoWorksheet();
}
