/**
 * A CSV file saved in an encoding without Chinese characters (Windows-1252, Latin-1, ASCII): the
 * spreadsheet wrote each Chinese character as `?`, which is a valid character of every encoding,
 * so the file decodes without error. Its header (`????`) then names no column, and its names
 * (`????pilot-2025-00001`) would be stored as they are: the file is refused, naming the cause.
 */

export const LOST_CHARACTERS =
  'the file\'s Chinese characters have become "?": it was saved in an encoding without Chinese characters; save it from the spreadsheet as "CSV UTF-8" or as an Excel workbook, and import that';

/** A header cell holding `?`: no column's name holds one. */
export const headerLostCharacters = (header: string[]) => header.some((cell) => cell.includes('?'));

/** A cell holding `??` (a team's notes aside): what a run of Chinese characters became. */
export const cellsLostCharacters = (cells: string[], notes: boolean[]) =>
  cells.some((cell, index) => !notes[index] && cell.includes('??'));

/** Met at a row whose cells lost their characters: the file is read no further. */
export class LostCharacters extends Error {
  constructor(readonly line: number) {
    super(LOST_CHARACTERS);
  }
}
