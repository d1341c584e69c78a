import type { ApolloServerPlugin } from '@apollo/server';
import { createHash } from 'node:crypto';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { inBoth } from '../../shared/bilingual.js';
import { LRUCache } from 'lru-cache';
import { checkMeasureCells } from './measure-cells.js';
import { queryCost } from './query-cost.js';
import { checkedVariables, variablesJson } from './request-values.js';
import { chinaYear } from '../../shared/china-day.js';

/**
 * Before planning: the request's values are checked (see request-values.ts), then the query is
 * costed with them, so that neither a bad value nor an expensive query reaches a subgraph.
 */
export function costLimitPlugin(maxCost: number, maxMeasureCells: number): ApolloServerPlugin {
  const passed = new PassedChecks();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, queryHash }) {
          const asked = passed.key(queryHash, request.operationName, request.variables);
          if (passed.has(schema, asked)) return;
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
              inBoth({
                zh: `此查询的成本为 ${cost}，超过上限 ${maxCost}：请减小分页（first）、减少嵌套列表，或把测算分解为更少的单元格（by:、from:）。`,
                en: `This query would cost ${cost}, over the limit of ${maxCost}: ask for smaller pages (first), fewer nested lists or measures broken down into fewer cells (by:, from:).`,
              }),
              {
                extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } },
              },
            );
          }
          passed.add(schema, asked);
        },
      };
    },
  };
}

/** Variables longer than this, as JSON, are checked every time rather than kept. */
const MAX_KEPT_VARIABLES = 4096;
/** Requests kept, across queries: each a digest of 44 characters, a few megabytes in all. */
const KEPT_REQUESTS = 10_000;

/**
 * The requests that passed the checks, by query, operation and variables. A query asked again with
 * what it passed with needs no second check: the checks and the cost were a tenth of the gateway's
 * CPU for a national query that missed the response cache (0.35 of 3.4 ms, profiled at one
 * connection). Kept as digests in one LRU per schema (lru-cache), so that no query text, however
 * many variables it is asked with, can hold more than its share of a fixed memory. The year is in
 * the key, since a `YEAR` series without an end runs to this year (measure-cells.ts).
 */
class PassedChecks {
  readonly #bySchema = new WeakMap<GraphQLSchema, LRUCache<string, true>>();

  /**
   * What a request asked, as a digest; undefined when its variables are too large to keep or JSON
   * cannot write them as they are (request-values.ts).
   */
  key(
    queryHash: string,
    operationName: string | null | undefined,
    variables: unknown,
  ): string | undefined {
    const values = variablesJson(variables);
    if (values === undefined || values.length > MAX_KEPT_VARIABLES) return undefined;
    return createHash('sha256')
      .update(`${chinaYear()}\n${queryHash}\n${operationName ?? ''}\n${values}`)
      .digest('base64');
  }

  has(schema: GraphQLSchema, key: string | undefined): boolean {
    return key !== undefined && !!this.#bySchema.get(schema)?.get(key);
  }

  add(schema: GraphQLSchema, key: string | undefined): void {
    if (key === undefined) return;
    let kept = this.#bySchema.get(schema);
    if (!kept) this.#bySchema.set(schema, (kept = new LRUCache({ max: KEPT_REQUESTS })));
    kept.set(key, true);
  }
}
