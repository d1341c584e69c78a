import { createRequire } from 'node:module';

/** JSZip, which exceljs writes workbooks with: to take a workbook apart and put it together otherwise. */
interface Zip {
  files: Record<string, { dir: boolean; async(type: 'nodebuffer'): Promise<Buffer> }>;
  file(name: string, data: Buffer): void;
  generateAsync(options: { type: 'nodebuffer'; compression: 'DEFLATE' }): Promise<Buffer>;
}
const JSZip = createRequire(createRequire(import.meta.url).resolve('exceljs'))('jszip') as {
  new (): Zip;
  loadAsync(bytes: Buffer): Promise<Zip>;
};

/**
 * A workbook's parts with its sheets after every other part (the workbook part and the shared
 * strings among them), so that the reader streams a sheet's rows as it unzips them. In the order
 * exceljs writes (the sheets before the shared strings), its reader copies a sheet aside until the
 * other parts are read.
 */
export async function sheetsLast(workbook: Buffer): Promise<Buffer> {
  const parts = await JSZip.loadAsync(workbook);
  const names = Object.keys(parts.files).filter((name) => !parts.files[name]!.dir);
  const isSheet = (name: string) => name.startsWith('xl/worksheets/');
  const reordered = new JSZip();
  for (const name of [...names.filter((n) => !isSheet(n)), ...names.filter(isSheet)])
    reordered.file(name, await parts.files[name]!.async('nodebuffer'));
  return reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A workbook whose sheets come last (`sheetsLast`), cut halfway through its first sheet's bytes:
 * the reader streams rows before it comes to the cut (in exceljs's order such a file fails before
 * any row is read). Read it from disk: given whole in memory, the unzipper meets the cut before it
 * gives out the sheet.
 */
export function cutHalfwayThroughSheet(sheetsLastWorkbook: Buffer): Buffer {
  const sheetStart = sheetsLastWorkbook.indexOf('xl/worksheets/sheet1.xml');
  const half = Math.floor((sheetsLastWorkbook.length - sheetStart) / 2);
  return sheetsLastWorkbook.subarray(0, sheetStart + half);
}

/**
 * The workbook with one part's XML replaced by `change` of it (of '' when it has none), in a zip
 * that is whole: a writer's failure inside a part, not a cut file.
 */
export async function withPart(
  workbook: Buffer,
  part: string,
  change: (xml: string) => string,
): Promise<Buffer> {
  const parts = await JSZip.loadAsync(workbook);
  const file = parts.files[part];
  const xml = file ? (await file.async('nodebuffer')).toString('utf8') : '';
  parts.file(part, Buffer.from(change(xml)));
  return parts.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A zip archive of the given parts (name and text): a file that is a zip but maybe no workbook. */
export async function zipOf(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, Buffer.from(text));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
