import type express from 'express';
import { wholeNumber } from '../../shared/config.js';
import { getParameters } from './get-parameters.js';

/**
 * The longest query text the gateway reads, comments and blanks included: 20,000 characters, ten
 * times the dashboard's largest. The token limit does not count comments, so without this one a
 * query of `{ __typename }` behind a 98 KB comment passes every other limit and, sent as a
 * persisted query, fills the persisted-query cache with 98 KB at a time.
 */
export const DEFAULT_MAX_QUERY_LENGTH = 20_000;

export function queryLengthLimit(maxLength: number): express.RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown } | undefined;
    const query = req.method === 'GET' ? getParameters(req)?.query : body?.query;
    if (typeof query !== 'string' || query.length <= maxLength) return next();
    res.status(400).json({
      errors: [
        {
          message: `查询长 ${query.length} 个字符（含注释与空白），最多读取 ${maxLength} 个（MAX_QUERY_LENGTH）。The query is ${query.length} characters long, comments included; at most ${maxLength} are read (MAX_QUERY_LENGTH).`,
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  };
}

/** `MAX_QUERY_LENGTH`, in characters. */
export function maxQueryLength(env: NodeJS.ProcessEnv): number {
  return wholeNumber(env, 'MAX_QUERY_LENGTH', {
    fallback: DEFAULT_MAX_QUERY_LENGTH,
    min: 1,
    unit: 'characters',
  });
}
