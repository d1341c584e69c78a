import {
  GraphQLError,
  isListType,
  getNamedType,
  getNullableType,
  isLeafType,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
} from 'graphql';
import { inBoth } from '../../shared/bilingual.js';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { regions } from '../../subgraphs/regions.js';
import { MAX_PAGE_SIZE } from '../../shared/page-size.js';
import { breakdownSizes } from './measure-cells.js';

/** A list asked for without a page size counts as this many items. */
const ASSUMED_LIST_SIZE = 10;

/**
 * The page size a subgraph will serve for `first`: the value given, or the field's default when it is
 * absent or null. Anything the subgraph would refuse is refused here, before planning, so that no
 * value the subgraph never serves (a negative page) can lower the cost of the rest of the query.
 */
function servedPageSize(value: unknown, defaultValue: unknown, fieldName: string): number {
  const size = value ?? defaultValue;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new GraphQLError(
      inBoth({
        zh: `${fieldName}(first:) 的分页大小须在 1 到 ${MAX_PAGE_SIZE} 之间，而不是 ${JSON.stringify(value)}。`,
        en: `${fieldName}(first:) must be a page size from 1 to ${MAX_PAGE_SIZE}, not ${JSON.stringify(value)}.`,
      }),
      {
        extensions: { code: 'BAD_USER_INPUT', field: 'first', http: { status: 400 } },
      },
    );
  }
  return size;
}

/**
 * The cost of a field: itself plus its selection, times the number of items a list may hold (the
 * page size it will be served with, or an assumed size for a list without one), so that nested
 * pages multiply as they do in the database.
 */
const listSizeEstimator: ComplexityEstimator = ({ type: parent, field, args, childComplexity }) => {
  const type = getNullableType(field.type);
  const connection = getNamedType(field.type).name.endsWith('Connection');
  const first = field.args.find((argument) => argument.name === 'first');
  // A connection's edges are the page its `first` already counted; a list of values (the keys of a
  // cell, service fields) is read with its record; the national list holds the regions there are.
  const edges = parent.name.endsWith('Connection') && field.name === 'edges';
  const items = first
    ? servedPageSize(args.first, first.defaultValue, field.name)
    : field.name === 'registries' && parent.name === 'Query'
      ? regions.length
      : !edges && !isLeafType(getNamedType(field.type)) && (isListType(type) || connection)
        ? ASSUMED_LIST_SIZE
        : 1;
  return items * (1 + childComplexity);
};

/**
 * A measure's breakdown holds as many cells as the product of its dimensions' values and its
 * series' years, each with a key per dimension (measure-cells.ts): the subgraph groups, counts and
 * sends every one of them.
 */
const breakdownEstimator =
  (sizes: Map<FieldNode, number>): ComplexityEstimator =>
  ({ node, childComplexity }) => {
    const items = sizes.get(node);
    return items === undefined ? undefined : items * (1 + childComplexity);
  };

/**
 * Introspection reads the gateway's own schema and reaches no subgraph: it costs nothing. (Production
 * refuses it before costing; an IDE's introspection query would otherwise cost over 50,000.)
 */
const introspectionEstimator: ComplexityEstimator = ({ type: parent, field }) =>
  parent.name.startsWith('__') || field.name.startsWith('__') ? 0 : undefined;

/**
 * What a query costs, with the page sizes it will be served with (see listSizeEstimator) and the
 * cells its measures may be broken down into (see breakdownEstimator).
 */
export function queryCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query,
    variables,
    operationName: operationName ?? undefined,
    estimators: [
      introspectionEstimator,
      breakdownEstimator(breakdownSizes(schema, query, variables)),
      listSizeEstimator,
    ],
  });
}
