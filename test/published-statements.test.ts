import { describe, expect, it } from 'vitest';
import { regions } from '../subgraphs/regions.js';
import {
  readPublishedData,
  repeatedStatements,
} from '../subgraphs/registry/src/seed/published-data.js';

/**
 * A statement that two pages printed (a report and its reprint) is one fact: recorded twice, it was
 * two points of Beijing's history and two data-quality checks of each of 101, 54, 306 and 194.
 */
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

  it('keeps a stock that stood still for a year, and a part of it of the same number', () => {
    const yearLater = { ...institutions, id: 'year-later', asOf: '2024-09' };
    const part = {
      ...institutions,
      id: 'part',
      breakdown: { dimension: 'INSTITUTION_KIND', value: 'GENERAL_HOSPITAL' },
    };
    expect(repeatedStatements([institutions, yearLater, part])).toEqual([]);
  });
});
