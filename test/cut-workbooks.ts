import { createRequire } from 'node:module';

/** JSZip, which exceljs writes workbooks with: to put a workbook's parts in another order. */
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
 * A workbook cut halfway through its first sheet's bytes, its parts put in the order Excel saves
 * them (the sheets after the workbook part and the shared strings), so that a reader streams the
 * sheet's rows before it comes to the cut. exceljs writes the sheets first, and its reader then
 * keeps a sheet aside until the other parts are read: such a file fails before any row is read.
 * Read it from disk: given whole in memory, the unzipper meets the cut before it gives out the
 * sheet.
 */
export async function cutInItsSheet(workbook: Buffer): Promise<Buffer> {
  const parts = await JSZip.loadAsync(workbook);
  const names = Object.keys(parts.files).filter((name) => !parts.files[name]!.dir);
  const isSheet = (name: string) => name.startsWith('xl/worksheets/');
  const reordered = new JSZip();
  for (const name of [...names.filter((n) => !isSheet(n)), ...names.filter(isSheet)])
    reordered.file(name, await parts.files[name]!.async('nodebuffer'));
  const whole = await reordered.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const sheetStart = whole.indexOf('xl/worksheets/sheet1.xml');
  return whole.subarray(0, sheetStart + Math.floor((whole.length - sheetStart) / 2));
}
