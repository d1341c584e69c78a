import { describe, expect, it } from 'vitest';
import type { MeasureQuery } from '../subgraphs/registry/src/measures/measure-types.js';
import { measureStatement } from '../subgraphs/registry/src/measures/measure.js';

/**
 * The SQL a measure sends to PostgreSQL, held in snapshots: a change to the statement shows here as a
 * diff to read, before the e2e tests run it on a database. Every query gives `asOf`, so that the day
 * measured, a parameter, does not move with the calendar.
 */
const statementOf = (query: MeasureQuery) => {
  const { statement } = measureStatement([query]);
  if (!statement) throw new Error(`${query.indicator} is not computable`);
  return statement;
};

describe('measure SQL', () => {
  it('counts rows as of a day from the rollup', () => {
    expect(statementOf({ indicator: 'CERTIFIED_SOCIAL_WORKERS', asOf: '2024' })).toMatchSnapshot();
  });

  it('counts rows broken down by two dimensions', () => {
    expect(
      statementOf({
        indicator: 'MSW_INSTITUTIONS',
        asOf: '2024-06',
        by: ['INSTITUTION_KIND', 'CITY'],
      }),
    ).toMatchSnapshot();
  });

  it('divides a ratio, broken down by hospital grade', () => {
    expect(
      statementOf({
        indicator: 'SECONDARY_PLUS_MSW_COVERAGE',
        asOf: '2024',
        by: ['HOSPITAL_GRADE'],
      }),
    ).toMatchSnapshot();
  });

  it('counts distinct values, in total and by city', () => {
    expect(statementOf({ indicator: 'PREFECTURES_COVERED', asOf: '2024' })).toMatchSnapshot();
    expect(
      statementOf({ indicator: 'COUNTIES_COVERED', asOf: '2024', by: ['CITY'] }),
    ).toMatchSnapshot();
  });

  it('gives a YEAR series of a count, of a ratio and of a distinct count', () => {
    expect(
      statementOf({
        indicator: 'CERTIFIED_SOCIAL_WORKERS',
        asOf: '2024',
        by: ['YEAR'],
        from: 2016,
      }),
    ).toMatchSnapshot();
    expect(
      statementOf({
        indicator: 'MEDICAL_MSW_COVERAGE',
        asOf: '2024',
        by: ['YEAR', 'CITY'],
        from: 2018,
      }),
    ).toMatchSnapshot();
    expect(
      statementOf({ indicator: 'PREFECTURES_COVERED', asOf: '2024', by: ['YEAR'] }),
    ).toMatchSnapshot();
  });

  it('breaks a count, a distinct count and a YEAR series down by service field', () => {
    expect(
      statementOf({
        indicator: 'SOCIAL_WORK_PRACTITIONERS',
        asOf: '2024',
        by: ['SERVICE_FIELD', 'PROVENANCE'],
      }),
    ).toMatchSnapshot();
    expect(
      statementOf({ indicator: 'COUNTIES_COVERED', asOf: '2024', by: ['SERVICE_FIELD'] }),
    ).toMatchSnapshot();
    expect(
      statementOf({
        indicator: 'MEDICAL_SOCIAL_WORKERS',
        asOf: '2024',
        by: ['YEAR', 'SERVICE_FIELD'],
        from: 2020,
      }),
    ).toMatchSnapshot();
  });

  it('sums a count over a flow since a day, and keeps a programme scope', () => {
    expect(
      statementOf({ indicator: 'DISPATCHED_WORKERS', asOf: '2024', since: '2013' }),
    ).toMatchSnapshot();
    expect(
      statementOf({
        indicator: 'MSW_INSTITUTIONS',
        asOf: '2024',
        scope: { programId: '7', kinds: ['GENERAL_HOSPITAL'] },
      }),
    ).toMatchSnapshot();
  });

  it('counts programmes by their pieces at their hosts’ periods, over a period each once', () => {
    expect(
      statementOf({
        indicator: 'SOCIAL_WORK_PROJECTS',
        asOf: '2024',
        since: '2019',
        by: ['HOSPITAL_GRADE'],
      }),
    ).toMatchSnapshot();
  });

  it('puts several measures of different widths, flows among them, in one statement', () => {
    const { statement } = measureStatement([
      { indicator: 'SOCIAL_WORK_AGENCIES', asOf: '2024' },
      { indicator: 'BENEFICIARIES', asOf: '2024', by: ['PROGRAM_KIND', 'CITY'] },
      { indicator: 'TRAINED_SOCIAL_WORKERS', asOf: '2024' },
      { indicator: 'FUNDING_YUAN', asOf: '2024', by: ['YEAR'], from: 2019 },
    ]);
    expect(statement).toMatchSnapshot();
  });
});
