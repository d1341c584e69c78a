import { describe, expect, it } from 'vitest';
import { today } from '../subgraphs/registry/src/dates.js';
import { bearer, graphql, useStack } from './harness.js';

/**
 * A social work setup given without its start counts from the day the registry learned of it, as
 * every record whose start is not known does: a department recorded today on a hospital founded in
 * 1977 did not exist in 1990. Through the gateway to Guangxi's subgraph, on databases of this file's
 * own: the reviewer's case, GX-65 (a demo hospital founded 1977-01-23, no social work), then a
 * hospital of 1977 created today with social work posts and no start of them.
 */
const federation = useStack({ ownDatabases: 'social_work_recorded' });
const editor = () => bearer({ role: 'editor', region: 'GX', subject: 'editor-GX' });

async function ask(query: string, variables?: Record<string, unknown>) {
  const response = await graphql(federation.stack.gatewayUrl, query, variables, await editor());
  expect(response.errors).toBeUndefined();
  return response.data.guangxi;
}

interface Measured {
  value: number;
  numerator: number | null;
  denominator: number | null;
  undatedRecords: number;
  years: Record<string, number>;
}

/** A measure as of a day, with its year-end series from 2012 to that day's year. */
async function measured(indicator: string, asOf: string): Promise<Measured> {
  const m = (await ask(`{ guangxi {
      total: measure(indicator: "${indicator}", asOf: "${asOf}") { value numerator denominator undatedRecords }
      series: measure(indicator: "${indicator}", asOf: "${asOf}", by: [YEAR]) {
        breakdown { keys { value } value } } } }`)) as {
    total: Omit<Measured, 'years'>;
    series: { breakdown: { keys: { value: string }[]; value: number }[] };
  };
  const years = Object.fromEntries(
    m.series.breakdown
      .filter((cell) => Number(cell.keys[0]!.value) >= 2012)
      .map((cell) => [cell.keys[0]!.value, cell.value]),
  );
  return { ...m.total, years };
}

const indicators = ['MSW_INSTITUTIONS', 'SECONDARY_PLUS_MSW_COVERAGE'] as const;

async function measuredAll(asOf: string) {
  const all: Record<string, Measured> = {};
  for (const indicator of indicators) all[indicator] = await measured(indicator, asOf);
  return all;
}

/** Each year-end of 2012 to the year before this one, as the series gave it. */
const pastYears = (m: Measured) =>
  Object.fromEntries(Object.entries(m.years).filter(([year]) => year < today().slice(0, 4)));

describe('a social work setup given without its start', () => {
  it('on an update counts from the day of the update, not from the founding, and is undated', async () => {
    const hospital = (
      await ask(`{ guangxi { institution(id: "GX-65") {
        id version kind grade foundedOn socialWorkSetup socialWorkSince } } }`)
    ).institution;
    expect(hospital).toMatchObject({
      foundedOn: '1977-01-23',
      socialWorkSince: null,
      grade: expect.stringMatching(/^(TERTIARY|SECONDARY)$/),
    });
    expect(hospital.socialWorkSetup ?? 'NONE').toBe('NONE');
    const before = { 1990: await measuredAll('1990'), today: await measuredAll(today()) };

    await ask(
      `mutation { guangxi { updateInstitution(id: "GX-65", version: ${hospital.version},
        input: { socialWorkSetup: DEPARTMENT }) { id } } }`,
    );
    const after = { 1990: await measuredAll('1990'), today: await measuredAll(today()) };

    for (const indicator of indicators) {
      // Not known before today: 1990 and every past year-end answer as they did.
      expect({ indicator, ...after[1990][indicator] }).toEqual({
        indicator,
        ...before[1990][indicator],
      });
      expect({ indicator, years: pastYears(after.today[indicator]!) }).toEqual({
        indicator,
        years: pastYears(before.today[indicator]!),
      });
    }
    // Today it counts, from a day the registry inferred.
    const institutions = {
      before: before.today.MSW_INSTITUTIONS!,
      after: after.today.MSW_INSTITUTIONS!,
    };
    expect(institutions.after.value).toBe(institutions.before.value + 1);
    expect(institutions.after.undatedRecords).toBe(institutions.before.undatedRecords + 1);
    const coverage = {
      before: before.today.SECONDARY_PLUS_MSW_COVERAGE!,
      after: after.today.SECONDARY_PLUS_MSW_COVERAGE!,
    };
    expect(coverage.after.numerator).toBe(coverage.before.numerator! + 1);
    expect(coverage.after.denominator).toBe(coverage.before.denominator);
    expect(coverage.after.undatedRecords).toBe(coverage.before.undatedRecords + 1);
  });

  it('on a creation counts from the day it was recorded, not from the founding, and is undated', async () => {
    const before = {
      1990: await measured('MSW_INSTITUTIONS', '1990'),
      today: await measured('MSW_INSTITUTIONS', today()),
    };
    const created = (
      await ask(
        `mutation ($input: InstitutionInput!) { guangxi { createInstitution(input: $input) { id } } }`,
        {
          input: {
            name: '广西测试医院',
            kind: 'GENERAL_HOSPITAL',
            grade: 'SECONDARY',
            city: '南宁市',
            foundedOn: '1977-01-23',
            socialWorkSetup: 'POSTS',
          },
        },
      )
    ).createInstitution;
    expect(created.id).toMatch(/^GX-/);
    expect(await measured('MSW_INSTITUTIONS', '1990')).toEqual(before[1990]);
    const after = await measured('MSW_INSTITUTIONS', today());
    expect(after.value).toBe(before.today.value + 1);
    expect(after.undatedRecords).toBe(before.today.undatedRecords + 1);
    expect(pastYears(after)).toEqual(pastYears(before.today));
  });
});
