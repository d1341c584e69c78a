import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { inBoth, withChinese, type MessageInChinese } from '../../shared/bilingual.js';
import { subgraphNames } from '../regions.js';

/**
 * Errors of pg and of the pool when the database cannot be reached: the socket's (refused, reset,
 * timed out), SQLSTATE class 08 (connection exceptions), the server shutting down or starting
 * (57P01–57P03), refusing connections to this database (55000), too many connections (53300), and
 * the database gone (3D000). Each is an outage the caller can only wait out, never their mistake.
 * Not 08P01: PostgreSQL's "protocol violation" is what it answers a statement sent wrong (a bind of
 * more parameters than the statement has), the registry's bug, which no retry mends.
 */
const unreachableSocket = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
const unreachableSqlStates = new Set(['57P01', '57P02', '57P03', '55000', '53300', '3D000']);
const isUnreachable = (code: string) =>
  unreachableSocket.has(code) ||
  unreachableSqlStates.has(code) ||
  (/^08[0-9A-Z]{3}$/.test(code) && code !== '08P01');

/**
 * Values PostgreSQL refuses (SQLSTATE class 22: text that is no number or time, a number out of
 * range, a character no text may hold). Every argument is checked before it reaches the database;
 * should one slip through, it is still the caller's value, not the registry's fault.
 */
const refusedValues = new Set(['22001', '22003', '22007', '22008', '22021', '22P02', '22P05']);

/**
 * While the database is down or restarting, a request fails with DATABASE_UNAVAILABLE and a message
 * a caller can act on; the pool reconnects by itself once the database is back. A value the
 * database refuses is the caller's BAD_USER_INPUT. Any other message gets the Chinese that
 * `inChinese` knows for it (a registry's writes: shared/bilingual.ts).
 */
export function subgraphErrorFormatter(name: string, inChinese: MessageInChinese = () => null) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as { code?: string; message?: string } | undefined;
    if (original && refusedValues.has(String(original.code))) {
      return {
        message: inBoth({
          zh: `${subgraphNames(name).zh}无法读取此请求中的一个值（${original.message}）：请检查此字段的参数。`,
          en: `A value of this request cannot be read by the ${subgraphNames(name).en} (${original.message}); check the arguments of this field.`,
        }),
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', serviceName: name },
      };
    }
    const lost =
      original &&
      (isUnreachable(String(original.code)) ||
        /Connection terminated|connect ECONNREFUSED|terminating connection/.test(
          original.message ?? '',
        ));
    if (!lost) return withChinese(formatted, inChinese);
    return {
      message: inBoth({
        zh: `${subgraphNames(name).zh}的数据库暂不可用，请稍后重试。`,
        en: `The ${subgraphNames(name).en}'s database is unavailable; retry in a moment.`,
      }),
      path: formatted.path,
      extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: name },
    };
  };
}
