import type { ApolloServerPlugin } from '@apollo/server';
import { etagOf, type Answers, type StoredAnswer } from './answers.js';
import type { CacheQuota, ClassCacheContext } from './context.js';
import type { WriteGenerations } from './write-generations.js';

/**
 * The pipeline's side of the class cache: it stores the answers the HTTP layer did not find, and
 * records committed writes.
 *
 * An answer is stored for the class that asked, only when it is a query's, without errors, and made
 * under one write generation per subgraph. An anonymous answer lives as long as the subgraphs'
 * Cache-Control allows and is `public`, as before. A signed-in class's answer (records, and for an
 * editor or an admin personal data) lives `CLASS_CACHE_MAX_AGE` seconds in the gateway and is
 * `private, no-cache`: no shared cache on the way may keep it, and a browser that keeps it asks
 * again with its ETag, so that it sees a write at once.
 *
 * A write committed through the gateway replaces the generations of the subgraphs that committed
 * it before its answer is sent: every answer and fetch made from them is stale from then on. A
 * mutation that wrote nothing (refused, failed, or `__typename` alone) leaves the cache alone, so
 * that nobody can empty it at will. Writes that bypass the gateway (an import) wait out the max-age.
 */
export function classCachePlugin(
  answers: Answers,
  generations: WriteGenerations,
  classMaxAgeSeconds: number,
  mayKeep: CacheQuota,
): ApolloServerPlugin<ClassCacheContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: context, response, operation, overallCachePolicy }) {
          if (context.committedWrites?.size) {
            await generations.replace(context.committedWrites);
            return;
          }
          const key = context.answerKey;
          const { body } = response;
          if (!key || !context.visibility || operation?.operation !== 'query') return;
          if (body.kind !== 'single' || body.singleResult.errors || context.generationChanged)
            return;
          let maxAge: number;
          let cacheControl: string;
          if (context.visibility === 'anonymous') {
            const policy = overallCachePolicy.policyIfCacheable();
            if (!policy) return;
            maxAge = policy.maxAge;
            cacheControl = `max-age=${maxAge}, ${policy.scope.toLowerCase()}`;
          } else {
            maxAge = classMaxAgeSeconds;
            cacheControl = 'private, no-cache';
          }
          if (maxAge < 1 || !mayKeep(context, 'responses')) return;
          const { data, extensions } = body.singleResult;
          const answer: StoredAnswer = {
            // As Apollo Server writes a body: data before extensions, and a newline.
            body: `${JSON.stringify({ data, extensions })}\n`,
            cacheControl,
            storedAt: Date.now(),
            generations: context.generations ?? {},
          };
          response.http.headers.set('cache-control', cacheControl);
          if (context.wantsEtag) response.http.headers.set('etag', etagOf(key, answer));
          await answers.store(key, answer, maxAge);
        },
      };
    },
  };
}
