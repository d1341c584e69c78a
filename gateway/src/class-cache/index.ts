import type { Response } from 'express';
import { Counter } from 'prom-client';
import { onOrOff, wholeNumber } from '../../../shared/config.js';
import type { Metrics } from '../../../shared/observability.js';
import type { GatewayCache } from '../cache.js';
import { Answers } from './answers.js';
import type { CacheQuota, ClassCacheContext } from './context.js';
import { SubgraphFetches } from './fetches.js';
import { answerFromCache } from './http-hit.js';
import { MissesInFlight } from './misses-in-flight.js';
import { classCachePlugin } from './plugin.js';
import { WriteGenerations } from './write-generations.js';

/**
 * The gateway's response cache, keyed by what an answer depends on: the document, the variables and
 * the caller's visibility class (visibility-class.ts), never the caller. `RESPONSE_CACHE=off` turns
 * it off; `CLASS_CACHE=off` keeps anonymous answers only; `CLASS_CACHE_MAX_AGE` (seconds, 30) is how
 * long a signed-in class's answer is kept when no write comes first.
 */
export async function createClassCache(
  env: NodeJS.ProcessEnv,
  gatewayCache: Pick<GatewayCache, 'cache' | 'onRecovery' | 'connected' | 'formerKey'>,
  metrics: Metrics,
  subgraphs: readonly string[],
  mayKeep: CacheQuota,
) {
  if (!onOrOff(env, 'RESPONSE_CACHE', true)) return undefined;
  const classMaxAge = classCacheMaxAge(env);
  // A request reads several generations at once: the shared store must be connected before the first.
  await gatewayCache.connected;
  const generations = new WriteGenerations(gatewayCache.cache, subgraphs, gatewayCache.formerKey);
  gatewayCache.onRecovery((missed) => void generations.replaceMissed(missed));
  const answers = new Answers(gatewayCache.cache, generations);
  const signedIn = onOrOff(env, 'CLASS_CACHE', true) && classMaxAge > 0;
  const outcomes = new Counter({
    name: 'class_cache_answers_total',
    help: 'Requests the class cache answered before the pipeline (hit, not-modified) or left to it (miss)',
    labelNames: ['outcome'],
    registers: [metrics.registry],
  });
  return {
    middleware: answerFromCache(signedIn, answers, outcomes, new MissesInFlight()),
    plugin: classCachePlugin(answers, generations, classMaxAge, mayKeep),
    fetches: new SubgraphFetches(generations, gatewayCache.cache, classMaxAge, mayKeep),
    /** What the HTTP layer found out about the request, for the GraphQL context. */
    context(req: { method: string }, res: Response): ClassCacheContext {
      return {
        visibility: res.locals.visibility as ClassCacheContext['visibility'],
        answerKey: res.locals.answerKey as string | undefined,
        wantsEtag: req.method === 'GET',
      };
    },
  };
}

/** `CLASS_CACHE_MAX_AGE`: seconds a signed-in class's answer is kept, 30 unless set; 0 keeps none. */
export function classCacheMaxAge(env: NodeJS.ProcessEnv): number {
  return wholeNumber(env, 'CLASS_CACHE_MAX_AGE', { fallback: 30, min: 0, unit: 'seconds' });
}
