import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  isListType,
  getNamedType,
  getNullableType,
  isLeafType,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { regions } from '../../subgraphs/regions.js';
import { MAX_PAGE_SIZE } from '../../shared/page-size.js';
import { checkMeasureCells, DEFAULT_MAX_MEASURE_CELLS } from './measure-cells.js';
import { checkedVariables } from './request-values.js';

/**
 * What one request may ask of the federation. Every limit has a clear error and a setting
 * (the README lists them); the defaults leave room for the dashboards' and analysts' queries.
 */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** The same field asked for more times than this in one selection set. */
  maxRepeatedField: number;
  maxCost: number;
  maxBodyBytes: number;
  subgraphTimeoutMs: number;
  /** The cells one measure's breakdown may hold (see measure-cells.ts). */
  maxMeasureCells: number;
}

const defaults: Limits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2000,
  maxDirectives: 20,
  maxRepeatedField: 3,
  maxCost: 50_000,
  maxBodyBytes: 100_000,
  subgraphTimeoutMs: 5_000,
  maxMeasureCells: DEFAULT_MAX_MEASURE_CELLS,
};

const variables: Record<keyof Limits, string> = {
  maxDepth: 'MAX_QUERY_DEPTH',
  maxAliases: 'MAX_QUERY_ALIASES',
  maxTokens: 'MAX_QUERY_TOKENS',
  maxDirectives: 'MAX_QUERY_DIRECTIVES',
  maxRepeatedField: 'MAX_REPEATED_FIELD',
  maxCost: 'MAX_QUERY_COST',
  maxBodyBytes: 'MAX_BODY_BYTES',
  subgraphTimeoutMs: 'SUBGRAPH_TIMEOUT_MS',
  maxMeasureCells: 'MAX_MEASURE_CELLS',
};

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  const limits = { ...defaults };
  for (const [name, variable] of Object.entries(variables) as [keyof Limits, string][]) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1)
      throw new Error(`${variable} must be a whole number above 0, not "${value}"`);
    limits[name] = number;
  }
  return limits;
}

/** Depth, aliases and directives (GraphQL Armor), field suggestions hidden in production. */
export function armor(
  limits: Limits,
  production: boolean,
): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    // An IDE's introspection query is 15 deep; production refuses introspection, so only there must
    // the depth limit also stop the introspection-based circular query.
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: !production, flattenFragments: true },
    // Aliases of __typename count too: graphql-cop's alias overloading is made of them.
    maxAliases: { n: limits.maxAliases, allowList: [] },
    // Tokens are limited by the parser itself (parseOptions.maxTokens), whose errors are 400s.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // GraphQL Armor's types name Apollo Server's CommonJS build; the plugins are the same objects.
  return {
    plugins: plugins as unknown as ApolloServerPlugin[],
    validationRules: [...validationRules, repeatedFieldRule(limits.maxRepeatedField)],
  };
}

/** Refuses a selection set that repeats one field past the limit (`{ __typename __typename … }`). */
function repeatedFieldRule(max: number): ValidationRule {
  return (context) => ({
    SelectionSet(node: SelectionSetNode) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count === max + 1) {
          context.reportError(
            new GraphQLError(
              `Field "${key}" is repeated more than ${max} times in one selection; ask for it once.`,
              {
                nodes: [selection],
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
              },
            ),
          );
        }
      }
    },
  });
}

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
      `${fieldName}(first:) must be a page size from 1 to ${MAX_PAGE_SIZE}, not ${JSON.stringify(value)}.`,
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
 * Introspection reads the gateway's own schema and reaches no subgraph: it costs nothing. (Production
 * refuses it before costing; an IDE's introspection query would otherwise cost over 50,000.)
 */
const introspectionEstimator: ComplexityEstimator = ({ type: parent, field }) =>
  parent.name.startsWith('__') || field.name.startsWith('__') ? 0 : undefined;

/** What a query costs, with the page sizes it will be served with (see listSizeEstimator). */
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
    estimators: [introspectionEstimator, listSizeEstimator],
  });
}

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
              `This query would cost ${cost}, over the limit of ${maxCost}: ask for smaller pages (first) or fewer nested lists.`,
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
