import type express from 'express';

/**
 * The gateway's own answers outside GraphQL: an address it does not serve, and a request body it
 * cannot read. Each says in Chinese, then in English, what happened and what to do, with a code,
 * rather than Express's English HTML page ("Cannot GET /dashboard/x") that gives a person neither.
 */

/** What the gateway serves, as a person would open or call it. */
const served = (production: boolean) =>
  production
    ? ['/graphql', '/dashboard/', '/health', '/ready', '/metrics']
    : ['/', '/graphql', '/dashboard/', '/ide/', '/health', '/ready', '/metrics'];

/**
 * Any address no route answered, last among the routes: a browser (it asks for HTML) gets a page
 * that leads to the dashboard; a program gets a GraphQL-shaped error with the code NOT_FOUND. The
 * address asked is not repeated: nothing a caller sends is written back into a page.
 */
export function notFound(production: boolean): express.RequestHandler {
  const addresses = served(production);
  const message = `网关没有此地址；它提供 ${addresses.join('、')}。The gateway has no such address; it serves ${addresses.join(', ')}.`;
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'NOT_FOUND' } }] });
  const page = notFoundPage(addresses);
  return (req, res) => {
    res.status(404);
    if (req.accepts(['json', 'html']) === 'html') res.type('html').send(page);
    else res.type('json').send(body);
  };
}

function notFoundPage(addresses: string[]): string {
  const links = addresses
    .filter((address) => address.endsWith('/'))
    .map((address) => `<li><a href="${address}">${address}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>找不到此页面 · Page not found</title><link rel="icon" href="data:,"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.6">
<h1>找不到此页面</h1>
<p>网关没有此地址。请检查地址，或从下列页面开始：</p>
<p lang="en">Page not found: the gateway has no such address. Check it, or start from one of these:</p>
<ul>${links}</ul>
</body></html>`;
}

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
