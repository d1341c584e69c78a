/**
 * The columns that hold dates, which a team may give as a year, a month or a day: `foundedOn`,
 * `socialWorkSince`, `startedOn`, `endedOn`, `periodStart`, `periodEnd`.
 */
export const isDateColumn = (column: string) => /On$|Since$|^periodStart$|^periodEnd$/.test(column);

/** The last year a registry's date may be in: a bare number up to it is a year (2021). */
const LAST_YEAR = 2100;

/**
 * Excel's serial number of 1910-01-01, the first a number is read as a date from: above every year
 * a date may be in, and before any founding a registry holds (hospitals founded in 1950 and before).
 * A number between the two is neither a year nor a date, and is refused as such.
 */
export const FIRST_SERIAL = 3_654;

/** The day of Excel's serial number: days since its day 0, 1899-12-30 (after March 1900). */
const dayOfSerial = (serial: number) =>
  new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

/**
 * A date cell read, or why it cannot be: a number of four or five digits that is no year (up to
 * 2100) is a date as Excel keeps it (22951 is 1962-11-01), from 1910 on; one between is refused,
 * and so is five digits that read as a year and a month typed short (20243, 2024年3月) as well as a
 * date of the 1950s, saying both, and so is a year and month 2003.1, which is January or October
 * (2003.10) kept as a number. Anything else is `isoDate`'s.
 */
export function dateCell(text: string): { value: string } | { problem: string } {
  const digits = /^\d{4,5}$/.exec(text.normalize('NFKC').trim())?.[0];
  const number = Number(digits);
  if (digits && number > LAST_YEAR && number < FIRST_SERIAL)
    return {
      problem: `${digits} is neither a year (up to ${LAST_YEAR}) nor a date as Excel keeps it (a serial number from ${FIRST_SERIAL}, 1910-01-01): type the date as 2021, 2021-06 or 2021-06-30`,
    };
  const typedShort = digits && /^(19\d\d|20\d\d|2100)([1-9])$/.exec(digits);
  if (typedShort)
    return {
      problem: `${digits} may be ${typedShort[1]}-0${typedShort[2]} typed short or the date Excel keeps as ${digits} (${dayOfSerial(number)}): type the date in full (${typedShort[1]}-0${typedShort[2]} or ${dayOfSerial(number)})`,
    };
  // 2003.10 (October) typed into a cell of the General format is kept as the number 2003.1, which a
  // CSV round trip then writes as text: January and October read alike, and neither is guessed.
  const decimal = /^(\d{4})\.1$/.exec(text.normalize('NFKC').trim());
  if (decimal)
    return {
      problem: `${decimal[0]} may be ${decimal[1]}-01 or ${decimal[1]}-10, which a spreadsheet keeps as the number ${decimal[0]}: type the month as ${decimal[1]}-01 or ${decimal[1]}-10`,
    };
  // 4/5/2003, as American software writes a date, is 5 April or 4 May: neither is guessed.
  const yearLast = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.normalize('NFKC').trim());
  if (yearLast) {
    const [typed, first, second, year] = yearLast;
    return {
      problem: `${typed} puts the year last, and its month and day cannot be told apart: write the year first, ${year}/${first}/${second}${first === second ? '' : ` or ${year}/${second}/${first}`}`,
    };
  }
  return { value: isoDate(text) };
}

/**
 * A date as people and Chinese spreadsheets write it, in the registry's form: 2024/3/5 (which Excel
 * in a Chinese locale writes a CSV's dates as), 2024年3月5日 or 5号, 2024.3.5, 20240305 and
 * full-width digits are 2024-03-05; a date-time cell's midnight (2024/3/5 0:00, what Excel writes
 * for a date typed into a date-time cell) is its day; 2024年3月 is 2024-03 and 2024年 is 2024;
 * a date in Chinese numerals, as documents and their copies write it (二〇二四年三月五日), is read as
 * the same in digits; a number above every year is the serial number Excel keeps a date as, which a
 * cell of the General format shows (45356 is 2024-03-05, 22951 is 1962-11-01). Anything else comes
 * back as it came, for the validation to refuse with its message.
 */
export function isoDate(text: string): string {
  const serial = /^\d{4,5}$/.exec(text.normalize('NFKC').trim());
  if (serial && Number(serial[0]) >= FIRST_SERIAL) return dayOfSerial(Number(serial[0]));
  const narrow = inDigits(
    text
      .normalize('NFKC')
      .trim()
      .replace(/\s+0{1,2}:00(?::00)?$/, '')
      .replace(/\s+/g, ''),
  ).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
  const match = /^(\d{4})(?:[年/.-](\d{1,2})(?:[月/.-](\d{1,2})[日号]?|月)?|年)?$/.exec(narrow);
  if (!match) return text;
  const [, year, month, day] = match;
  return [year, month?.padStart(2, '0'), day?.padStart(2, '0')].filter(Boolean).join('-');
}

/** The Chinese numerals of a date: 〇 (or ○, 零, as it is often typed) to 九. */
const numerals: Record<string, number> = {
  ...Object.fromEntries([...'〇一二三四五六七八九'].map((numeral, value) => [numeral, value])),
  '○': 0,
  零: 0,
};

/**
 * A date in Chinese numerals in digits: the year digit by digit (二〇二四年), a month or a day as a
 * number is said (十二月, 二十五日); 二〇二四年三月五日 is 2024年3月5日. Anything else as it is.
 */
function inDigits(text: string): string {
  const date =
    /^([〇○零一二三四五六七八九]{4})年(?:([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})[日号])?)?$/.exec(
      text,
    );
  if (!date) return text;
  const [, year, month, day] = date;
  const [monthNumber, dayNumber] = [month, day].map((said) =>
    said === undefined ? undefined : spokenNumber(said),
  );
  if (monthNumber === null || dayNumber === null) return text;
  const digits = [...year!].map((numeral) => numerals[numeral]).join('');
  return `${digits}年${monthNumber ? `${monthNumber}月` : ''}${dayNumber ? `${dayNumber}日` : ''}`;
}

/** A number from 1 to 39 as it is said (五, 十, 十二, 二十, 三十一), or null when it is none. */
function spokenNumber(said: string): number | null {
  const parts = /^(?:([一二三])?(十))?([一二三四五六七八九])?$/.exec(said);
  if (!parts) return null;
  const [, tens, ten, units] = parts;
  return (ten ? (tens ? numerals[tens]! : 1) * 10 : 0) + (units ? numerals[units]! : 0);
}
