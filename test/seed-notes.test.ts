import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseEnd } from '../shared/bilingual.js';

/**
 * The notes on how a published figure or its source was read reach analysts through the API
 * (`Figure.note`, `Source.note`), and so does why the data files withdraw a figure or a programme
 * (`Figure.withdrawalReason`, `Program.withdrawalReason`): each says its Chinese first, then its English, as the API's
 * descriptions and messages do. So do the other texts of the data files the API serves: what a
 * figure counts (`Figure.scope`), a target and its steps in words (`Target.description`,
 * `Milestone.description`), and what a ratio's or a rate's terms count (`Indicator.numerator`,
 * `Indicator.denominator`).
 */
const subgraphs = new URL('../subgraphs/', import.meta.url);

interface Text {
  /** The record's id, and which of its texts: `bj-msw-full-coverage-2025 milestone 2020`. */
  id: string;
  text: string;
}

const read = <T>(file: URL) => JSON.parse(readFileSync(file, 'utf8')) as T[];

function notesOf(file: URL): Text[] {
  const records = read<{ id: string; note?: string | null; reason?: string }>(file);
  return records.flatMap(({ id, note, reason }) => {
    const text = note ?? reason;
    return text ? [{ id, text }] : [];
  });
}

const scopesOf = (file: URL): Text[] =>
  read<{ id: string; scope?: string | null }>(file).flatMap(({ id, scope }) =>
    scope ? [{ id, text: scope }] : [],
  );

const descriptionsOf = (file: URL): Text[] =>
  read<{ id: string; description: string; milestones?: { year: number; description: string }[] }>(
    file,
  ).flatMap(({ id, description, milestones = [] }) => [
    { id, text: description },
    ...milestones.map((m) => ({ id: `${id} milestone ${m.year}`, text: m.description })),
  ]);

const termsOf = (file: URL): Text[] =>
  read<{ code: string; numerator: string | null; denominator: string | null }>(file).flatMap(
    ({ code, numerator, denominator }) => [
      ...(numerator ? [{ id: `${code} numerator`, text: numerator }] : []),
      ...(denominator ? [{ id: `${code} denominator`, text: denominator }] : []),
    ],
  );

/** Chinese up to a 。, then English. */
const saysBoth = (text: string) => {
  const end = chineseEnd(text);
  return end >= 0 && /[A-Za-z]{3,}/.test(text.slice(end + 1));
};

const regionFolders = readdirSync(subgraphs, { withFileTypes: true }).filter((entry) =>
  entry.isDirectory(),
);
const dataFiles = (name: string) =>
  regionFolders
    .map((entry) => new URL(`${entry.name}/data/${name}`, subgraphs))
    .filter((file) => existsSync(file));
const files = [
  new URL('sources.json', subgraphs),
  ...['figures.json', 'withdrawn-figures.json', 'withdrawn-programs.json'].flatMap(dataFiles),
];
const named = (list: URL[]) =>
  list.map((file) => [file.pathname.replace(/.*\/subgraphs\//, 'subgraphs/'), file] as const);
const wrongOf = (texts: Text[]) => texts.filter(({ text }) => !saysBoth(text)).map(({ id }) => id);

describe('the notes of the published figures and sources', () => {
  it('are read from every region that has figures, and from the sources', () => {
    expect(files.length).toBeGreaterThan(6);
    expect(files.flatMap(notesOf).length).toBeGreaterThan(90);
  });

  it.each(named(files))('%s: each note says its Chinese first, then its English', (_, file) => {
    expect(wrongOf(notesOf(file))).toEqual([]);
  });
});

describe('the other texts of the data files that the API serves', () => {
  const figureFiles = dataFiles('figures.json');
  const targetFiles = dataFiles('targets.json');
  const catalog = new URL('national/data/indicators.json', subgraphs);

  it('are read from every region that has figures or targets, and from the catalog', () => {
    expect(figureFiles.flatMap(scopesOf).length).toBeGreaterThan(50);
    expect(targetFiles.length).toBeGreaterThan(3);
    expect(targetFiles.flatMap(descriptionsOf).length).toBeGreaterThan(10);
    expect(termsOf(catalog).length).toBeGreaterThan(10);
  });

  it.each(named(figureFiles))(
    '%s: each scope says its Chinese first, then its English',
    (_, file) => {
      expect(wrongOf(scopesOf(file))).toEqual([]);
    },
  );

  it.each(named(targetFiles))(
    "%s: each target's and milestone's description says its Chinese first, then its English",
    (_, file) => {
      expect(wrongOf(descriptionsOf(file))).toEqual([]);
    },
  );

  it("the catalog: each ratio's and rate's numerator and denominator say their Chinese first, then their English", () => {
    expect(wrongOf(termsOf(catalog))).toEqual([]);
  });
});

describe('dates the data files infer', () => {
  const figureFiles = dataFiles('figures.json');

  /** Records whose note says how their date was inferred, but whose date does not say it is. */
  const unmarked = <T extends { id: string; note?: string | null }>(
    records: T[],
    says: RegExp,
    marked: (record: T) => boolean,
  ) => records.filter((r) => says.test(r.note ?? '') && !marked(r)).map((r) => r.id);

  it('mark a figure dated by its page (截至目前 read as the page date) as inferred', () => {
    const figures = figureFiles.flatMap((file) =>
      read<{ id: string; note?: string | null; asOfInferred?: boolean }>(file),
    );
    const byPageDate = /取页面日期|为页面日期|按页面日期/;
    expect(figures.filter((f) => byPageDate.test(f.note ?? '')).length).toBeGreaterThan(10);
    expect(unmarked(figures, byPageDate, (f) => f.asOfInferred === true)).toEqual([]);
  });

  it('mark a figure whose period start is worked out (统计期起点…推算) as inferred', () => {
    const figures = figureFiles.flatMap((file) =>
      read<{ id: string; note?: string | null; periodStartInferred?: boolean }>(file),
    );
    const inferredStart = /统计期起点[^。；]*推算/;
    expect(figures.filter((f) => inferredStart.test(f.note ?? '')).length).toBeGreaterThan(3);
    expect(unmarked(figures, inferredStart, (f) => f.periodStartInferred === true)).toEqual([]);
    // And the other way: a start marked as worked out is one the note says how.
    expect(
      figures
        .filter((f) => f.periodStartInferred && !inferredStart.test(f.note ?? ''))
        .map((f) => f.id),
    ).toEqual([]);
  });

  it('mark a source whose page prints no date as of an inferred date', () => {
    const sources = read<{
      id: string;
      note?: string | null;
      publishedOn?: string | null;
      publishedOnInferred?: boolean;
    }>(new URL('sources.json', subgraphs)).filter((s) => s.publishedOn);
    expect(unmarked(sources, /日期未印出/, (s) => s.publishedOnInferred === true)).toEqual([]);
  });

  it('mark a publisher the page does not print, taken from the seeds README, as inferred, and only such', () => {
    const sources = read<{
      id: string;
      note?: string | null;
      publisher?: string | null;
      publisherInferred?: boolean;
    }>(new URL('sources.json', subgraphs)).filter((s) => s.publisher);
    const fromReadme = /种子资料 README/;
    expect(sources.filter((s) => fromReadme.test(s.note ?? '')).length).toBeGreaterThan(5);
    expect(unmarked(sources, fromReadme, (s) => s.publisherInferred === true)).toEqual([]);
    expect(
      sources.filter((s) => s.publisherInferred && !fromReadme.test(s.note ?? '')).map((s) => s.id),
    ).toEqual([]);
  });
});
