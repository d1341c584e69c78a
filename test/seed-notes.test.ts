import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseEnd } from '../shared/bilingual.js';

/**
 * The notes on how a published figure or its source was read reach analysts through the API
 * (`Figure.note`, `Source.note`), and so does why the data files withdraw a figure
 * (`Figure.withdrawalReason`): each says its Chinese first, then its English, as the API's
 * descriptions and messages do.
 */
const subgraphs = new URL('../subgraphs/', import.meta.url);

function notesOf(file: URL): { id: string; note: string }[] {
  const records = JSON.parse(readFileSync(file, 'utf8')) as {
    id: string;
    note?: string | null;
    reason?: string;
  }[];
  return records.flatMap(({ id, note, reason }) => {
    const text = note ?? reason;
    return text ? [{ id, note: text }] : [];
  });
}

const regionFolders = readdirSync(subgraphs, { withFileTypes: true }).filter((entry) =>
  entry.isDirectory(),
);
const files = [
  new URL('sources.json', subgraphs),
  ...['figures.json', 'withdrawn-figures.json'].flatMap((name) =>
    regionFolders
      .map((entry) => new URL(`${entry.name}/data/${name}`, subgraphs))
      .filter((file) => existsSync(file)),
  ),
];

describe('the notes of the published figures and sources', () => {
  it('are read from every region that has figures, and from the sources', () => {
    expect(files.length).toBeGreaterThan(6);
    expect(files.flatMap(notesOf).length).toBeGreaterThan(90);
  });

  it.each(files.map((file) => [file.pathname.replace(/.*\/subgraphs\//, 'subgraphs/'), file]))(
    '%s: each note says its Chinese first, then its English',
    (_, file) => {
      const wrong = notesOf(file as URL).filter(({ note }) => {
        const end = chineseEnd(note);
        return end < 0 || !/[A-Za-z]{3,}/.test(note.slice(end + 1));
      });
      expect(wrong.map(({ id }) => id)).toEqual([]);
    },
  );
});
