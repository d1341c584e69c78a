import { GraphQLError } from 'graphql';
import { inBoth, type Bilingual } from '../../shared/bilingual.js';

/** An input the caller can fix; `field` is the argument path, for example `filter.kind` or `first`. */
export function badUserInput(field: string, message: Bilingual): GraphQLError {
  return new GraphQLError(
    inBoth({ zh: `${field}：${message.zh}`, en: `${field}: ${message.en}` }),
    {
      extensions: { code: 'BAD_USER_INPUT', field },
    },
  );
}
