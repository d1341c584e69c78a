/**
 * The columns that hold dates, which a team may give as a year, a month or a day: `foundedOn`,
 * `socialWorkSince`, `startedOn`, `endedOn`, `periodStart`, `periodEnd`.
 */
export const isDateColumn = (column: string) => /On$|Since$|^periodStart$|^periodEnd$/.test(column);

/**
 * A date as people and Chinese spreadsheets write it, in the registry's form: 2024/3/5 (which Excel
 * in a Chinese locale writes a CSV's dates as), 2024年3月5日 or 5号, 2024.3.5, 20240305 and
 * full-width digits are 2024-03-05; a date-time cell's midnight (2024/3/5 0:00, what Excel writes
 * for a date typed into a date-time cell) is its day; 2024年3月 is 2024-03 and 2024年 is 2024.
 * Anything else comes back as it came, for the validation to refuse with its message.
 */
export function isoDate(text: string): string {
  const narrow = text
    .normalize('NFKC')
    .trim()
    .replace(/\s+0{1,2}:00(?::00)?$/, '')
    .replace(/\s+/g, '')
    .replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
  const match = /^(\d{4})(?:[年/.-](\d{1,2})(?:[月/.-](\d{1,2})[日号]?|月)?|年)?$/.exec(narrow);
  if (!match) return text;
  const [, year, month, day] = match;
  return [year, month?.padStart(2, '0'), day?.padStart(2, '0')].filter(Boolean).join('-');
}
