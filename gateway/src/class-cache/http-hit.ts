import type { RequestHandler, Request } from 'express';
import type { Caller } from '../../../shared/auth.js';
import type { Counter } from 'prom-client';
import { answerKey, sha256, type AnswerRequest, type Answers } from './answers.js';
import type { MissesInFlight } from './misses-in-flight.js';
import { visibilityOf } from './visibility-class.js';
import { getParameters } from '../get-parameters.js';
import { variablesJson } from '../request-values.js';

/**
 * A cached answer found before the GraphQL pipeline: a request whose document (persisted-query hash
 * or query text), operation, variables and class have an answer that is still current gets it here,
 * without parsing, validation, armor or costing, which all ran when the answer was stored. Anything
 * this layer cannot vouch for (a browser's simple request that CSRF prevention refuses, another
 * media type, a malformed request) goes on to the pipeline, which answers as it always did.
 *
 * A request whose answer another request is making now waits for it (misses-in-flight.ts).
 *
 * Sets `res.locals.visibility` (the class, computed once per request) and, on a miss,
 * `res.locals.answerKey`, under which the pipeline stores the answer.
 */
export function answerFromCache(
  signedIn: boolean,
  answers: Answers,
  outcomes: Counter<'outcome'>,
  inFlight: MissesInFlight,
): RequestHandler {
  return async (req, res, next) => {
    const visibility = visibilityOf(res.locals.caller as Caller | undefined, signedIn);
    res.locals.visibility = visibility;
    const request = visibility && preflighted(req) && acceptsJson(req) ? answerRequest(req) : null;
    if (!visibility || !request) return next();
    const key = answerKey(visibility, request);
    let served = await answers.current(key);
    const leader = served ? undefined : inFlight.answering(key);
    if (leader) {
      await leader;
      served = await answers.current(key);
    }
    if (!served) {
      outcomes.inc({ outcome: 'miss' });
      res.locals.answerKey = key;
      inFlight.lead(key, res);
      return next();
    }
    // Node's own calls rather than Express's res.send: the body is ready, and send would convert
    // it, look at its type and charset, and check freshness again, on every hit.
    const { cacheControl, storedAt } = served.answer;
    res.setHeader('cache-control', cacheControl);
    res.setHeader('age', String(Math.max(0, Math.round((Date.now() - storedAt) / 1000))));
    if (req.method === 'GET') {
      res.setHeader('etag', served.etag);
      if (matches(req.get('if-none-match'), served.etag)) {
        outcomes.inc({ outcome: 'not-modified' });
        res.status(304).end();
        return;
      }
    }
    outcomes.inc({ outcome: 'hit' });
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-length', served.bytes.length);
    res.end(served.bytes);
  };
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const given = tag.trim();
    return given === '*' || given === etag || given === `W/${etag}`;
  });
}

/** Apollo Server's CSRF prevention: a content type no simple request can carry, or a preflight header. */
const SIMPLE_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
];
function preflighted(req: Request): boolean {
  const contentType = req.get('content-type')?.split(';')[0]!.trim().toLowerCase();
  if (req.method === 'GET' && contentType && contentType !== 'application/json') return false;
  if (contentType && !SIMPLE_CONTENT_TYPES.includes(contentType)) return true;
  return Boolean(req.get('x-apollo-operation-name') || req.get('apollo-require-preflight'));
}

/** Answers the pipeline would send as `application/json` (not an IDE page, nor another type). */
function acceptsJson(req: Request): boolean {
  const accept = req.get('accept');
  if (!accept) return true;
  if (/text\/html|graphql-response|multipart/i.test(accept)) return false;
  return /application\/json|application\/\*|\*\/\*/i.test(accept);
}

const PERSISTED_HASH = /^[0-9a-f]{64}$/;

/** The document, operation and variables of a GET or a JSON POST, or null when they are not plain. */
function answerRequest(req: Request): AnswerRequest | null {
  let fields: {
    query?: unknown;
    operationName?: unknown;
    variables?: unknown;
    extensions?: unknown;
  };
  if (req.method === 'POST') fields = (req.body ?? {}) as typeof fields;
  else if (req.method === 'GET') {
    const parameters = getParameters(req);
    if (!parameters) return null;
    const { query, operationName, variables, extensions } = parameters;
    try {
      fields = {
        query,
        operationName,
        variables: variables === undefined ? undefined : JSON.parse(variables),
        extensions: extensions === undefined ? undefined : JSON.parse(extensions),
      };
    } catch {
      return null;
    }
  } else return null;
  const { query, operationName, variables, extensions } = fields;
  const persisted = (
    extensions as { persistedQuery?: { sha256Hash?: unknown; version?: unknown } } | undefined
  )?.persistedQuery;
  const hash = persisted?.sha256Hash;
  // A persisted query of a version there is none of, or a text sent with a hash that is not its
  // own, is Apollo's to refuse (400): answered from the cache, the mistake would pass unsaid.
  if (
    persisted &&
    (persisted.version !== 1 || (typeof query === 'string' && hash !== sha256(query)))
  )
    return null;
  // With the text at hand its own hash counts (which, checked above, is the one sent beside it).
  const documentHash =
    typeof query === 'string'
      ? sha256(query)
      : typeof hash === 'string' && PERSISTED_HASH.test(hash)
        ? hash
        : null;
  if (!documentHash) return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  // Keyed as JSON writes them, `{"first":1e999}` would find the answer to `{"first":null}`.
  const json = variablesJson(variables ?? {});
  if (json === undefined) return null;
  return { documentHash, operationName: operationName ?? null, variables: json };
}
