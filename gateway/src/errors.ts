import type { GraphQLFormattedError } from 'graphql';

/** Errors a caller can act on: their message and these extensions are kept even in production. */
const actionable = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'SUBGRAPH_TIMEOUT',
  'SUBGRAPH_UNAVAILABLE',
  'SUBGRAPH_ANSWER_TOO_LARGE',
  'SUBGRAPH_ANSWER_UNREADABLE',
  'DATABASE_UNAVAILABLE',
  'AUTH_UNAVAILABLE',
]);
const keptExtensions = ['code', 'field', 'problems', 'serviceName', 'cost', 'maxCost'];

/**
 * graphql-js suggests names of the schema in its messages ("Did you mean the enum value
 * TCM_HOSPITAL?"): in production that would hand out the schema that introspection keeps closed.
 */
const withoutSuggestions = (message: string) => message.replace(/ ?Did you mean [^?]*\?/g, '');

/**
 * In production nothing about the inside leaks: no stack traces, no subgraph URLs, no response
 * bodies. Errors a caller can act on keep their message; every other one becomes "内部错误。Internal
 * server error" with the name of the subgraph it came from, so a national query still says which region failed.
 */
export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const extensions = Object.fromEntries(
    keptExtensions
      .filter((k) => formatted.extensions?.[k] !== undefined)
      .map((k) => [k, formatted.extensions![k]]),
  );
  if (actionable.has(code))
    return {
      message: withoutSuggestions(formatted.message),
      path: formatted.path,
      locations: formatted.locations,
      extensions,
    };
  return {
    message: '内部错误。Internal server error',
    path: formatted.path,
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      ...(extensions.serviceName ? { serviceName: extensions.serviceName } : {}),
    },
  };
}
