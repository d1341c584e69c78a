import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, prettyFormatQueryPlan } from '@apollo/query-planner';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { committedSupergraphSdl } from '../scripts/schema/composition.js';

function plan(query: string): string {
  const supergraph = Supergraph.build(committedSupergraphSdl());
  const operation = operationFromDocument(supergraph.schema, parse(query));
  return prettyFormatQueryPlan(new QueryPlanner(supergraph).buildQueryPlan(operation));
}

describe('query plans', () => {
  it('fans a national query out to every region in parallel', () => {
    // `registries` comes from the national directory, which knows each region's concrete type; each
    // type's registry fields live only in that region's subgraph, so the planner asks every region
    // for its own entity at once, after the one national fetch.
    expect(plan('{ registries { code name institutions { totalCount } } }')).toMatchInlineSnapshot(`
      "QueryPlan {
        Sequence {
          Fetch(service: "national") {
            {
              registries {
                __typename
                code
                name
                ... on BeijingRegistry {
                  __typename
                  code
                }
                ... on GuangxiRegistry {
                  __typename
                  code
                }
                ... on NingxiaRegistry {
                  __typename
                  code
                }
                ... on SichuanRegistry {
                  __typename
                  code
                }
                ... on TianjinRegistry {
                  __typename
                  code
                }
                ... on XionganRegistry {
                  __typename
                  code
                }
              }
            }
          },
          Parallel {
            Flatten(path: "registries.@") {
              Fetch(service: "beijing") {
                {
                  ... on BeijingRegistry {
                    __typename
                    code
                  }
                } =>
                {
                  ... on BeijingRegistry {
                    institutions {
                      totalCount
                    }
                  }
                }
              },
            },
            Flatten(path: "registries.@") {
              Fetch(service: "guangxi") {
                {
                  ... on GuangxiRegistry {
                    __typename
                    code
                  }
                } =>
                {
                  ... on GuangxiRegistry {
                    institutions {
                      totalCount
                    }
                  }
                }
              },
            },
            Flatten(path: "registries.@") {
              Fetch(service: "ningxia") {
                {
                  ... on NingxiaRegistry {
                    __typename
                    code
                  }
                } =>
                {
                  ... on NingxiaRegistry {
                    institutions {
                      totalCount
                    }
                  }
                }
              },
            },
            Flatten(path: "registries.@") {
              Fetch(service: "sichuan") {
                {
                  ... on SichuanRegistry {
                    __typename
                    code
                  }
                } =>
                {
                  ... on SichuanRegistry {
                    institutions {
                      totalCount
                    }
                  }
                }
              },
            },
            Flatten(path: "registries.@") {
              Fetch(service: "tianjin") {
                {
                  ... on TianjinRegistry {
                    __typename
                    code
                  }
                } =>
                {
                  ... on TianjinRegistry {
                    institutions {
                      totalCount
                    }
                  }
                }
              },
            },
            Flatten(path: "registries.@") {
              Fetch(service: "xiongan") {
                {
                  ... on XionganRegistry {
                    __typename
                    code
                  }
                } =>
                {
                  ... on XionganRegistry {
                    institutions {
                      totalCount
                    }
                  }
                }
              },
            },
          },
        },
      }"
    `);
  });
});
