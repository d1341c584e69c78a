import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { nationalQuery, regionQuery } from '../gateway/dashboard/src/queries.js';
import { apiSchemaSdl } from '../scripts/schema/api-changes.js';
import { committedSupergraphSdl } from '../scripts/schema/composition.js';
import { limitsFromEnv } from '../gateway/src/limits.js';
import { queryCost } from '../gateway/src/query-cost.js';
import { readmeExamples } from '../scripts/build-ide.js';

const api = buildSchema(apiSchemaSdl(committedSupergraphSdl()));
const { maxCost } = limitsFromEnv({});

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
    expect(queryCost(api, document, { code: 'GX' })).toBeLessThan(maxCost / 2);
  });

  it('still refuses nested pages of 100', () => {
    const nested = parse(
      '{ beijing { institutions(first: 100) { edges { node { socialWorkers(first: 100) { institution { programs(first: 100) { name } } } } } } } }',
    );
    expect(queryCost(api, nested)).toBeGreaterThan(maxCost);
  });
});
