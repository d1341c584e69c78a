import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { checkMeasureCells } from './measure-cells.js';
import { queryCost } from './query-cost.js';
import { checkedVariables } from './request-values.js';

/**
 * Before planning: the request's values are checked (see request-values.ts), then the query is
 * costed with them, so that neither a bad value nor an expensive query reaches a subgraph.
 */
export function costLimitPlugin(maxCost: number, maxMeasureCells: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const variables = checkedVariables(
            schema,
            document,
            request.operationName,
            request.variables,
          );
          checkMeasureCells(schema, document, variables, maxMeasureCells);
          const cost = queryCost(schema, document, variables, request.operationName);
          if (cost > maxCost) {
            throw new GraphQLError(
              `This query would cost ${cost}, over the limit of ${maxCost}: ask for smaller pages (first), fewer nested lists or measures broken down into fewer cells (by:, from:).`,
              {
                extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
