import type { ImportReport } from './import-report.js';
import { isNotesHeader } from './labels.js';
import { fileWithoutColumns } from './dropped-columns.js';
import type { ReadableFile } from './opened-file.js';

/**
 * A team's notes columns (备注) taken out of a file before its rows are read, so that nothing the
 * import does after sees them.
 */

/**
 * A team's own notes beside the records (a 备注 column) are theirs, not the registry's: the file is
 * read without them, and the report says which columns it passed over.
 */
export function withoutNotes(opened: ReadableFile, report: ImportReport): ReadableFile {
  const notes = opened.header.map(isNotesHeader);
  if (!notes.includes(true)) return opened;
  report.notesColumns = opened.header.filter((_, index) => notes[index]);
  // A note's cell that holds no value (a formula never calculated) is the team's, not a problem;
  // the others move left past the notes before them.
  return fileWithoutColumns(opened, notes, (row, shown) =>
    // A row of notes alone (备注：以上截至…, under the records) is no record: passed over.
    !row.problem && !shown.unreadCells?.size && shown.cells.every((cell) => !cell.trim())
      ? null
      : shown,
  );
}
