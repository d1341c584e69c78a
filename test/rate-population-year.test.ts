import { describe, expect, it } from 'vitest';
import { populationYear } from '../subgraphs/registry/src/measures/rates.js';

/** Year-end populations published: 2022's and 2023's, none yet for 2024. */
const published = new Map([
  [2022, 'population of 2022'],
  [2023, 'population of 2023'],
]);

describe('the year-end population a rate is over', () => {
  it('takes a year asked for, or its last day, published or not', () => {
    expect(populationYear('2023-12-31', published)).toEqual({ year: 2023 });
    expect(populationYear('2024-12-31', published)).toEqual({ year: 2024 });
  });

  it('carries the latest earlier year-end forward to a day within a year', () => {
    expect(populationYear('2024-03-31', published)).toEqual({
      year: 2023,
      countedOn: '2024-03-31',
    });
    expect(populationYear('2024-03-31', published, true)).toEqual({
      year: 2023,
      countedOn: '2024-03-31',
    });
  });

  it('carries it forward to today on 31 December, whose year-end population is not yet published', () => {
    expect(populationYear('2024-12-31', published, true)).toEqual({
      year: 2023,
      countedOn: '2024-12-31',
    });
    // Once published, today's year-end is its own.
    expect(populationYear('2023-12-31', published, true)).toEqual({ year: 2023 });
  });

  it('has none before the first published year-end', () => {
    expect(populationYear('2022-06-30', published, true)).toEqual({
      year: null,
      countedOn: '2022-06-30',
    });
  });
});
