import type express from 'express';

/**
 * An address no route answered, last among a server's routes: a GraphQL-shaped error with the code
 * NOT_FOUND for a program, a page for a browser (it asks for HTML), each saying in Chinese, then in
 * English, which addresses the server has; the page links those that are pages (ending in `/`). It
 * replaces Express's English "Cannot GET /x", which says neither. The address asked is not repeated:
 * nothing a caller sends is written back into a page.
 */
export function notFound(server: { zh: string; en: string }, served: string[]): express.Handler {
  const zh = `${server.zh}没有此地址；它提供 ${served.join('、')}。`;
  const en = `The ${server.en} has no such address; it serves ${served.join(', ')}.`;
  const body = JSON.stringify({
    errors: [{ message: `${zh}${en}`, extensions: { code: 'NOT_FOUND' } }],
  });
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
  return (req, res) => {
    res.status(404);
    if (req.accepts(['json', 'html']) === 'html') res.type('html').send(page);
    else res.type('json').send(body);
  };
}
