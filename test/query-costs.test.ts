import { buildSchema, getIntrospectionQuery, parse, validate, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  nationalQuery,
  nationalVariables,
  RATE_YEAR_ENDS,
  regionQuery,
} from '../gateway/dashboard/src/queries.js';
import { apiSchemaSdl } from '../scripts/schema/api-changes.js';
import { committedSupergraphSdl } from '../scripts/schema/composition.js';
import { limitsFromEnv } from '../gateway/src/limits.js';
import { queryCost } from '../gateway/src/query-cost.js';
import { checkMeasureCells } from '../gateway/src/measure-cells.js';
import { readmeExamples } from '../scripts/build-ide.js';
import { chinaYear } from '../shared/china-day.js';

const api = buildSchema(apiSchemaSdl(committedSupergraphSdl()));
const { maxCost, maxMeasureCells } = limitsFromEnv({});

/** The queries the README teaches and the dashboard sends pass the cost limit with at least twice the room. */
describe('what the README and the dashboard ask', () => {
  it.each<[string, string]>([
    ...readmeExamples().map(({ query }, i): [string, string] => [`README example ${i + 1}`, query]),
    // Reaches no subgraph; production refuses it before costing.
    ["an IDE's introspection", getIntrospectionQuery({ inputValueDeprecation: true })],
    ["the dashboard's national page", nationalQuery.toString()],
    ["the dashboard's region page", regionQuery.toString()],
    [
      'a national list of 100 programmes a region',
      '{ registries { code programs(first: 100) { totalCount edges { node { id name kind year hostInstitution { name } } } } } }',
    ],
  ])('%s costs less than half the limit', (_, query) => {
    const document = parse(query);
    expect(validate(api, document)).toEqual([]);
    expect(queryCost(api, document, { code: 'GX', ...nationalVariables() })).toBeLessThan(
      maxCost / 2,
    );
  });

  it("asks the national page's rate over as many year-ends every year, so that its cost does not grow", () => {
    const yearEnds = (year: number) => year - nationalVariables(year).rateFrom + 1;
    expect(yearEnds(chinaYear())).toBeLessThanOrEqual(RATE_YEAR_ENDS);
    for (let year = chinaYear(); year < chinaYear() + 30; year++)
      expect(yearEnds(year), String(year)).toBeLessThanOrEqual(RATE_YEAR_ENDS);
    // Never a year-end on the old census basis, whose rates do not compare.
    expect(nationalVariables(2021).rateFrom).toBe(2020);
  });

  it('still refuses nested pages of 100', () => {
    const nested = parse(
      '{ beijing { institutions(first: 100) { edges { node { socialWorkers(first: 100) { institution { programs(first: 100) { name } } } } } } } }',
    );
    expect(queryCost(api, nested)).toBeGreaterThan(maxCost);
  });
});

/** The values a dimension of an enum can take: each of the enum's, and none. */
const valuesOf = (enumName: string) =>
  (api.getType(enumName) as GraphQLEnumType).getValues().length + 1;
const beijingMeasure = (args: string, selection = 'breakdown { value }') =>
  queryCost(
    api,
    parse(
      `{ beijing { measure(indicator: "CERTIFIED_SOCIAL_WORKERS"${args}) { value ${selection} } } }`,
    ),
  );
/** What a breakdown of `breakdown { value }` adds to a measure without one: 2 for each cell past the first. */
const breakdownCells = (args: string) => (beijingMeasure(args) - beijingMeasure('')) / 2 + 1;

describe("a measure's breakdown", () => {
  it('costs the product of its dimensions’ values', () => {
    expect(breakdownCells(', by: [INSTITUTION_KIND]')).toBe(valuesOf('InstitutionKind'));
    expect(breakdownCells(', by: [INSTITUTION_KIND, SERVICE_FIELD]')).toBe(
      valuesOf('InstitutionKind') * valuesOf('ServiceField'),
    );
    // Places are names in the records, bounded by what the largest region has: Sichuan's 21
    // cities, and none recorded; 250 counties.
    expect(breakdownCells(', by: [CITY, COUNTY]')).toBe(22 * 250);
  });

  it('costs each year of a YEAR series, from `from` (or `since`) to `to` (or `asOf`)', () => {
    expect(breakdownCells(', by: [YEAR], from: 2000, to: 2020')).toBe(21);
    expect(breakdownCells(', by: [YEAR], from: 2000, asOf: "2010-06"')).toBe(11);
    expect(breakdownCells(', by: [YEAR], since: "2015", asOf: "2024"')).toBe(10);
    const thisYear = chinaYear();
    expect(breakdownCells(', by: [YEAR], from: 1990')).toBe(thisYear - 1990 + 1);
    // Without a first year, as many years as a series holds: 100, as the subgraphs serve it (the
    // cost counted 101 while they refused a series of 101 years).
    expect(breakdownCells(', by: [YEAR]')).toBe(100);
    expect(breakdownCells(', by: [YEAR, PROVENANCE], from: 2016, to: 2025')).toBe(
      10 * valuesOf('Provenance'),
    );
  });

  it('costs each key of a cell once per dimension', () => {
    const withKeys = beijingMeasure(
      ', by: [SERVICE_FIELD, PROVENANCE]',
      'breakdown { value keys { dimension value } }',
    );
    const cells = valuesOf('ServiceField') * valuesOf('Provenance');
    // Each cell adds two keys of three (the list's item and its two fields).
    expect(withKeys - beijingMeasure(', by: [SERVICE_FIELD, PROVENANCE]')).toBe(cells * 2 * 3);
  });

  it('costs the same through a fragment, and the largest measure it serves', () => {
    const fragment = parse(`
      { beijing {
          small: measure(indicator: "CERTIFIED_SOCIAL_WORKERS", by: [PROVENANCE]) { value ...Cells }
          large: measure(indicator: "CERTIFIED_SOCIAL_WORKERS", by: [CITY, COUNTY]) { value ...Cells }
      } }
      fragment Cells on Measure { breakdown { value } }`);
    expect(queryCost(api, fragment)).toBeGreaterThanOrEqual(2 * 2 * 22 * 250);
  });

  it('refuses the amplification of every dimension since 1927 over all registries, with what to do', () => {
    const document = parse(
      `{ registries { code measure(indicator: "CERTIFIED_SOCIAL_WORKERS", by: [INSTITUTION_KIND, HOSPITAL_GRADE, CITY, COUNTY, SERVICE_FIELD, CERTIFICATE_LEVEL, PROVENANCE, YEAR], from: 1927) { value breakdown { keys { dimension value } value } } } }`,
    );
    expect(queryCost(api, document)).toBeGreaterThan(maxCost);
    expect(() => checkMeasureCells(api, document, {}, maxMeasureCells)).toThrow(
      /could be broken down into [\d,]+ cells \(by INSTITUTION_KIND, HOSPITAL_GRADE, CITY, COUNTY, SERVICE_FIELD, CERTIFICATE_LEVEL, PROVENANCE, YEAR\), over the limit of 10,000: break it down by fewer dimensions or fewer years \(from:\)/,
    );
  });

  it('refuses, by cost, breakdowns under the cell limit asked of every registry at once', () => {
    const counties = parse(
      '{ registries { measure(indicator: "CERTIFIED_SOCIAL_WORKERS", by: [COUNTY, INSTITUTION_KIND]) { breakdown { keys { value } value } } } }',
    );
    expect(() => checkMeasureCells(api, counties, {}, maxMeasureCells)).not.toThrow();
    expect(queryCost(api, counties)).toBeGreaterThan(maxCost);
    // One region's is served.
    const oneRegion = parse(
      '{ sichuan { measure(indicator: "CERTIFIED_SOCIAL_WORKERS", by: [COUNTY, INSTITUTION_KIND]) { breakdown { keys { value } value } } } }',
    );
    expect(queryCost(api, oneRegion)).toBeLessThan(maxCost);
  });
});
