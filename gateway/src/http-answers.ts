import type express from 'express';

/**
 * The gateway's own answers outside GraphQL: what it serves (for the answer to any other address,
 * shared/not-found.ts), and a request body it cannot read. Each says in Chinese, then in English,
 * what happened and what to do, with a code, rather than Express's English HTML page.
 */

/** What the gateway serves, as a person would open or call it. */
export const servedByGateway = (production: boolean) =>
  production
    ? ['/graphql', '/dashboard/', '/health', '/ready', '/metrics']
    : ['/', '/graphql', '/dashboard/', '/ide/', '/health', '/ready', '/metrics'];

/** Why a body could not be read, by what body-parser said of it. */
function bodyProblem(status: number, type: string | undefined): string {
  if (status === 413)
    return '请求体超过上限（MAX_BODY_BYTES）。The request body is larger than the limit (MAX_BODY_BYTES).';
  if (type === 'charset.unsupported' || type === 'encoding.unsupported')
    return '请求体须为 UTF-8 编码的 JSON：content-type 用 application/json（charset 为 utf-8 或不写）。The request body must be JSON in UTF-8: send content-type application/json (charset utf-8, or none).';
  if (status === 400) return '请求体不是有效的 JSON。The request body is not valid JSON.';
  if (status < 500)
    return '无法读取请求体：请以 content-type application/json 发送 UTF-8 编码的 JSON。The request body cannot be read: send JSON in UTF-8 with content-type application/json.';
  return 'Internal server error';
}

/**
 * A body too large, not JSON or in another charset than UTF-8: a GraphQL-shaped error with the
 * status body-parser chose and what to do, rather than Express's HTML page.
 */
export const bodyErrors: express.ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = (error as { status?: number }).status ?? 500;
  const message = bodyProblem(status, (error as { type?: string }).type);
  res.status(status).json({
    errors: [
      { message, extensions: { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } },
    ],
  });
};
