import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { inBoth, type Bilingual } from '../../shared/bilingual.js';

const badRequest = (message: Bilingual, code = 'BAD_REQUEST') =>
  new GraphQLError(inBoth(message), {
    extensions: { code, http: { status: 400, headers: new Map() } },
  });

/**
 * A caller's mistake is a 4xx with a code, never a 500 or INTERNAL_SERVER_ERROR:
 *
 * - an operation that cannot be chosen (an unknown `operationName`, or several operations and no
 *   name) is refused as Apollo Server refuses it without a gateway, OPERATION_RESOLUTION_FAILURE;
 *   `@apollo/gateway` would fail while planning, as an internal error;
 * - a subscription is refused: the federation serves queries and mutations only;
 * - any other refusal Apollo Server gives a 4xx status but no code (a persisted query whose hash
 *   does not match, an unknown persisted-query version) gets BAD_REQUEST, so that production's
 *   masking keeps its message.
 */
export function callerMistakes(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (!operation)
            throw badRequest(
              request.operationName
                ? {
                    zh: `查询中没有名为“${request.operationName}”的操作。`,
                    en: `The query has no operation named "${request.operationName}".`,
                  }
                : {
                    zh: '查询包含多个操作：请在 operationName 中指明要执行的一个。',
                    en: 'The query holds several operations: name the one to run in operationName.',
                  },
              'OPERATION_RESOLUTION_FAILURE',
            );
          if (operation.operation === 'subscription')
            throw badRequest({
              zh: '本接口不提供订阅（subscription）：请发送查询（query）或变更（mutation）。',
              en: 'This API has no subscriptions: send a query or a mutation.',
            });
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const extensions = error.extensions as Record<string, unknown>;
            const status = (extensions.http as { status?: number } | undefined)?.status;
            if (extensions.code === undefined && status && status >= 400 && status < 500)
              extensions.code = 'BAD_REQUEST';
          }
        },
      };
    },
  };
}
