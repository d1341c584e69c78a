import { openCsv } from './csv-rows.js';
import { formatOf, type ByteSource, type FileSource } from './file-source.js';
import type { OpenedFile } from './opened-file.js';
import { openWorkbook } from './workbook-rows.js';

/**
 * Opens a CSV file or an xlsx workbook. Rows are parsed as they are read, so that a file of
 * 100,000 rows never lives in memory as 100,000 parsed records.
 */
export async function openFile(
  file: FileSource,
  isHeader: (cells: string[]) => boolean,
): Promise<OpenedFile> {
  const format = formatOf(file);
  if (format === 'xls')
    return {
      problem: {
        line: 1,
        column: '',
        message:
          'the file is an Excel 97-2003 workbook (.xls) or another old Office file, which the import cannot read: save it as an Excel workbook (.xlsx) or as CSV UTF-8, and import that',
      },
    };
  return format === 'xlsx' ? openWorkbook(file as ByteSource, isHeader) : openCsv(file, isHeader);
}
