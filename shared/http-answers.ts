import type express from 'express';
import { inBoth, type Bilingual } from './bilingual.js';

/**
 * A server's own answers outside GraphQL, for the gateway and the subgraphs alike: an address it
 * does not have, a method an address does not take, and a request body it cannot read. Each says in
 * Chinese, then in English, what happened and what to do, with a code, where Express would answer
 * in English ("Cannot GET /x") and say neither.
 */

/**
 * Last among a server's routes. An address it does not have is a 404 NOT_FOUND: a GraphQL-shaped
 * error for a program, a page for a browser (it asks for HTML) that links the addresses that are
 * pages (ending in `/`). An address it has, asked with another method than GET, is a 405 with its
 * `Allow`; asked with OPTIONS, Express answers with that `Allow` itself. The address asked is not
 * repeated: nothing a caller sends is written back into a page.
 */
export function unknownAddress(server: Bilingual, served: string[]): express.Handler {
  const zh = `${server.zh}没有此地址；它提供 ${served.join('、')}。`;
  const en = `The ${server.en} has no such address; it serves ${served.join(', ')}.`;
  const notFound = errorBody(inBoth({ zh, en }), 'NOT_FOUND');
  const links = served
    .filter((address) => address.endsWith('/'))
    .map((address) => `<li><a href="${address}">${address}</a></li>`)
    .join('');
  const page = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>找不到此页面 · Page not found</title><link rel="icon" href="data:,"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.6">
<h1>找不到此页面</h1>
<p>${zh}</p>
<p lang="en">Page not found. ${en}</p>
${links ? `<ul>${links}</ul>` : ''}
</body></html>`;
  // A query posted to another address of a server that takes queries is told where they go.
  const graphql = served.includes('/graphql')
    ? { zh: '；GraphQL 查询请 POST 到 /graphql', en: '; POST GraphQL queries to /graphql' }
    : { zh: '', en: '' };
  return (req, res, next) => {
    if (served.includes(req.path)) {
      if (req.method === 'OPTIONS') return next();
      res
        .status(405)
        .set('allow', 'GET, HEAD')
        .type('json')
        .send(
          errorBody(
            `${req.path} 只接受 GET 请求${graphql.zh}。${req.path} accepts GET only${graphql.en}.`,
            'METHOD_NOT_ALLOWED',
          ),
        );
      return;
    }
    // The answer depends on what the caller accepts: a cache in between must keep both apart.
    res.status(404).vary('accept');
    if (req.accepts(['json', 'html']) === 'html') res.type('html').send(page);
    else res.type('json').send(notFound);
  };
}

/** A refusal's body, GraphQL-shaped: one error with its message and code. */
export const errorBody = (message: string, code: string) =>
  JSON.stringify({ errors: [{ message, extensions: { code } }] });

/** Why a body could not be read, by what body-parser said of it. */
function bodyProblem(status: number, type: string | undefined, limit: string): string {
  if (status === 413)
    return `请求体超过上限（${limit}）。The request body is larger than the limit (${limit}).`;
  if (type === 'charset.unsupported' || type === 'encoding.unsupported')
    return '请求体须为 UTF-8 编码的 JSON：content-type 用 application/json（charset 为 utf-8 或不写）。The request body must be JSON in UTF-8: send content-type application/json (charset utf-8, or none).';
  if (status === 400) return '请求体不是有效的 JSON。The request body is not valid JSON.';
  if (status < 500)
    return '无法读取请求体：请以 content-type application/json 发送 UTF-8 编码的 JSON。The request body cannot be read: send JSON in UTF-8 with content-type application/json.';
  return '内部错误。Internal server error';
}

/**
 * A body too large (over `limit`, as the message names it), not JSON or in another charset than
 * UTF-8: a GraphQL-shaped error with the status body-parser chose and what to do, rather than
 * Express's HTML page.
 */
export function bodyErrors(limit: string): express.ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: number }).status ?? 500;
    const message = bodyProblem(status, (error as { type?: string }).type, limit);
    res.status(status).json({
      errors: [
        { message, extensions: { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } },
      ],
    });
  };
}
