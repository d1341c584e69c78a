import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { checkMeasureCells } from './measure-cells.js';
import { queryCost } from './query-cost.js';
import { checkedVariables } from './request-values.js';

/**
 * Before planning: the request's values are checked (see request-values.ts), then the query is
 * costed with them, so that neither a bad value nor an expensive query reaches a subgraph.
 */
export function costLimitPlugin(maxCost: number, maxMeasureCells: number): ApolloServerPlugin {
  const passed = new PassedChecks();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const asked = passed.key(request.operationName, request.variables);
          if (passed.has(schema, document, asked)) return;
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
          passed.add(schema, document, asked);
        },
      };
    },
  };
}

/** Variables longer than this, as JSON, are checked every time rather than kept. */
const MAX_KEPT_VARIABLES = 4096;
/** Operations and variables kept per document; a document asked with more starts over. */
const KEPT_PER_DOCUMENT = 64;

/**
 * The operations and variables each document passed the checks with. Apollo Server keeps one
 * parsed document per query text (its document store, one per schema), so a query asked again
 * arrives as the same object, and what it passed with needs no second check: the checks and the
 * cost were a tenth of the gateway's CPU for a national query that missed the response cache (0.35
 * of 3.4 ms, profiled at one connection). Held weakly, so that a document the store lets go takes
 * its entries along, and bounded per document, so that varied variables cannot grow it. The year is
 * in the key, since a `YEAR` series without an end runs to this year (measure-cells.ts).
 */
class PassedChecks {
  readonly #bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Set<string>>>();

  /**
   * What a request asked the document with, or undefined when it is too large to keep, or nested
   * too deep to write as JSON (the checks refuse that with a 400, request-values.ts).
   */
  key(operationName: string | undefined, variables: unknown): string | undefined {
    let values: string;
    try {
      values = JSON.stringify(variables ?? null);
    } catch {
      return undefined;
    }
    if (values.length > MAX_KEPT_VARIABLES) return undefined;
    return `${new Date().getUTCFullYear()}\n${operationName ?? ''}\n${values}`;
  }

  has(schema: GraphQLSchema, document: DocumentNode, key: string | undefined): boolean {
    return key !== undefined && !!this.#bySchema.get(schema)?.get(document)?.has(key);
  }

  add(schema: GraphQLSchema, document: DocumentNode, key: string | undefined): void {
    if (key === undefined) return;
    let documents = this.#bySchema.get(schema);
    if (!documents) this.#bySchema.set(schema, (documents = new WeakMap()));
    let keys = documents.get(document);
    if (!keys || keys.size >= KEPT_PER_DOCUMENT) documents.set(document, (keys = new Set()));
    keys.add(key);
  }
}
