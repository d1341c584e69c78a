import { describe, expect, it } from 'vitest';
import { regions } from '../subgraphs/regions.js';
import { readPublishedData } from '../subgraphs/registry/src/seed/published-data.js';
import type { PublishedFigure } from '../subgraphs/registry/src/seed/published-schemas.js';

/**
 * A statement that two pages printed (a report and its reprint) is one fact: recorded twice, it was
 * two points of Beijing's history and two data-quality checks of each of 101, 54, 306 and 194. A
 * check of the data files, which their maintainers run, rather than a refusal at load, which would
 * stop a region's subgraph on a judgement a person makes.
 */
const repeatedStatements = (figures: PublishedFigure[]) =>
  figures.flatMap((a, index) =>
    figures
      .slice(index + 1)
      .filter((b) => sameStatement(a, b))
      .map((b) => `${a.id} and ${b.id}`),
  );

/**
 * One number of one thing, said the same way (its kind, its qualifier, its programme), by two
 * sources dated within a quarter of each other. A stock that stood still for a year is two facts.
 */
function sameStatement(a: PublishedFigure, b: PublishedFigure): boolean {
  const day = (date: string) => Date.parse(`${date}-01-01`.slice(0, 10));
  return (
    a.source !== b.source &&
    a.indicator === b.indicator &&
    a.value === b.value &&
    a.kind === b.kind &&
    a.qualifier === b.qualifier &&
    a.scopeProgram === b.scopeProgram &&
    a.scopeInstitution === b.scopeInstitution &&
    a.periodStart === b.periodStart &&
    JSON.stringify(a.breakdown) === JSON.stringify(b.breakdown) &&
    Math.abs(day(a.asOf) - day(b.asOf)) <= 92 * 86_400_000
  );
}

describe('one statement, one figure', () => {
  it.each(regions.map((r) => r.slug))('%s records no statement twice', (slug) => {
    expect(repeatedStatements(readPublishedData(slug).figures)).toEqual([]);
  });

  const beijing = readPublishedData('beijing').figures;
  const institutions = beijing.find((f) => f.id === 'bj-msw-institutions-101')!;

  it("finds a reprint a month later, as Beijing's 101 institutions were", () => {
    const reprint = { ...institutions, id: 'reprint', asOf: '2023-10-24', source: 'other' };
    expect(repeatedStatements([...beijing, reprint])).toEqual([
      'bj-msw-institutions-101 and reprint',
    ]);
  });

  it('keeps what is said otherwise: a year later, a part, a plan, 101余, another programme, one body', () => {
    const other = (changes: Partial<PublishedFigure>) => ({
      ...institutions,
      source: 'other',
      ...changes,
    });
    const figures = [
      institutions,
      other({ id: 'year-later', asOf: '2024-09' }),
      other({
        id: 'part',
        breakdown: { dimension: 'INSTITUTION_KIND', value: 'GENERAL_HOSPITAL' },
      }),
      other({ id: 'plan', kind: 'PLANNED' }),
      other({ id: 'odd', qualifier: 'ODD', qualifierWord: '余' }),
      other({ id: 'programme', scopeProgram: 'some-programme' }),
      other({ id: 'one-body', scopeInstitution: 'some-hospital' }),
    ];
    expect(repeatedStatements(figures)).toEqual([]);
  });
});
