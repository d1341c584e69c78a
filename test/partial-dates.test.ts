import { describe, expect, it } from 'vitest';
import { partialDate } from '../subgraphs/registry/src/dates.js';

/** A date as the API reads it: one problem for one mistake. */
describe('a year, a year-month or a date', () => {
  const problems = (value: string) =>
    partialDate.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

  it('says a date typed another way is no date in form, and only that', () => {
    expect(problems('2024/3/5')).toEqual([
      'must be a year, year-month or date: 2021, 2021-06 or 2021-06-30',
    ]);
  });

  it('says a date of the right form that the calendar lacks is none, and a year out of range', () => {
    expect(problems('2024-02-30')).toEqual(['is not a date of the calendar']);
    expect(problems('1700')).toEqual(['must be from 1800 on']);
    expect(problems('2024-03-05')).toEqual([]);
  });
});
