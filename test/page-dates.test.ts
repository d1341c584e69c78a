import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * How a published figure is dated. A page is dated once, at its source: `publishedOn` is the day
 * it prints, or, where it prints none, the day inferred (`publishedOnInferred`, the note says from
 * what). A count the page states without a time word of its own is a stock as of that day; one whose
 * sentence gives a time (截至2023年末, 今年, 2020年以来, 9月1日) is dated by it. A year or a month
 * alone is read as its last day, so a page dated by its year or its month would hide what it calls
 * current for the rest of it: no figure is dated only by a year or a month unless its sentence says
 * only that.
 */
const subgraphs = new URL('../subgraphs/', import.meta.url);
const read = <T>(file: URL) => JSON.parse(readFileSync(file, 'utf8')) as T[];

interface Source {
  id: string;
  document: string | null;
  publishedOn: string | null;
  publishedOnInferred?: boolean;
  note: string | null;
}
interface Figure {
  id: string;
  asOf: string;
  source: string;
  quote: string;
  note: string | null;
}

const sources = new Map(read<Source>(new URL('sources.json', subgraphs)).map((s) => [s.id, s]));
const figures = readdirSync(subgraphs, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => new URL(`${entry.name}/data/figures.json`, subgraphs))
  .flatMap((file) => (existsSync(file) ? read<Figure>(file) : []));

const fullDate = /^\d{4}-\d{2}-\d{2}$/;
const yearOnly = /^\d{4}$/;
const monthOnly = /^\d{4}-\d{2}$/;
/** Words by which a sentence dates what it counts itself, rather than leaving it to the page. */
const timeWord = /\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|今年|去年|上年|年底|年末|以来/;

/** Whether a text names the day: `2023-10-01`, or as a page prints it, `9 月 1 日`. */
function namesDay(text: string, day: string) {
  if (text.includes(day)) return true;
  const [, month, date] = day.split('-').map(Number);
  return new RegExp(`(?<!\\d)${month}\\s*月\\s*${date}\\s*日`).test(text);
}

describe('a page is dated once, at its source', () => {
  it('has a full date, inferred where its note says from what; never a year or a month alone', () => {
    const wrong = [...sources.values()]
      .filter((s) => s.publishedOn !== null)
      .filter(
        (s) =>
          !fullDate.test(s.publishedOn!) ||
          (s.publishedOnInferred && !/推定|推算/.test(s.note ?? '')),
      )
      .map((s) => `${s.id} ${s.publishedOn}`);
    expect(wrong).toEqual([]);
  });

  it('gives no date only where every figure it gives carries its own', () => {
    const wrong = figures
      .filter((f) => sources.get(f.source)?.publishedOn === null && !timeWord.test(f.quote))
      .map((f) => f.id);
    expect(wrong).toEqual([]);
  });
});

describe('a figure is dated by its page, or by its sentence', () => {
  it('is dated only by a year where its sentence says only a year', () => {
    const wrong = figures
      .filter((f) => yearOnly.test(f.asOf))
      .filter((f) => !new RegExp(`${f.asOf}\\s*年|今年|去年|上年`).test(f.quote))
      .map((f) => `${f.id} ${f.asOf}`);
    expect(wrong).toEqual([]);
  });

  it('is dated only by a month where its sentence says only that month', () => {
    const wrong = figures
      .filter((f) => monthOnly.test(f.asOf))
      .filter(
        (f) => !new RegExp(`(?<!\\d)${Number(f.asOf.slice(5))}\\s*月(?!\\s*\\d)`).test(f.quote),
      )
      .map((f) => `${f.id} ${f.asOf}`);
    expect(wrong).toEqual([]);
  });

  it("is dated on its page's day unless its sentence gives a time or its note names the day", () => {
    const wrong = figures
      .filter((f) => {
        const page = sources.get(f.source);
        return page?.document && f.asOf !== page.publishedOn;
      })
      .filter((f) => !timeWord.test(f.quote) && !namesDay(f.note ?? '', f.asOf))
      .map((f) => `${f.id} ${f.asOf} (page ${sources.get(f.source)?.publishedOn})`);
    expect(wrong).toEqual([]);
  });

  it('cites a source the sources list holds', () => {
    expect(figures.filter((f) => !sources.has(f.source)).map((f) => f.id)).toEqual([]);
  });
});
