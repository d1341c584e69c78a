import { GraphQLError } from 'graphql';

/** An input the caller can fix; `field` is the argument path, for example `filter.kind` or `first`. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', field },
  });
}
