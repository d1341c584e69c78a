import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express from 'express';

/**
 * A page bundled by a build script, served from its `dist` folder. It may load only its own files,
 * so that nothing injected can run in it; a page not built yet says which command builds it.
 */
function builtPage(dist: URL, buildCommand: string, contentSecurityPolicy: string): express.Router {
  const folder = fileURLToPath(dist);
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set('content-security-policy', contentSecurityPolicy);
    if (!existsSync(`${folder}index.html`)) {
      res
        .status(503)
        .type('text')
        .send(
          `页面尚未构建：请运行 \`${buildCommand}\`（npm start 会运行它）。Not built: run \`${buildCommand}\` (npm start does it).`,
        );
      return;
    }
    next();
  });
  router.use(express.static(folder, { index: 'index.html', maxAge: '5m' }));
  return router;
}

/** The coverage dashboard, built by `npm run build:dashboard`. */
export function dashboard(): express.Router {
  return builtPage(
    new URL('../dashboard/dist/', import.meta.url),
    'npm run build:dashboard',
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
  );
}

/** GraphiQL with its editor's workers, built by `npm run build:ide`; the editor sets styles and fonts inline. */
export function ide(): express.Router {
  return builtPage(
    new URL('../ide/dist/', import.meta.url),
    'npm run build:ide',
    "default-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; worker-src 'self'; frame-ancestors 'none'",
  );
}

/**
 * What someone who opens the gateway's address in a browser sees outside production: where to go,
 * in Chinese first, then English, as every page a person reads here.
 */
export const homePage = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>社会工作登记 · Social work registries</title><link rel="icon" href="data:,"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.6">
<h1>社会工作登记 · <span lang="en">Social work registries</span></h1>
<ul>
<li><a href="/dashboard/">覆盖情况 · <span lang="en">Dashboard</span></a>：各地区对照其目标的进展。<span lang="en">The regions against their targets.</span></li>
<li><a href="/ide/">GraphiQL</a>：查询接口，README 中的示例已在各标签页打开，离线可用。<span lang="en">The API with the README's examples open as tabs; it works offline.</span></li>
<li><code>POST /graphql</code>：接口本身。<span lang="en">The API itself.</span></li>
</ul>
</body></html>`;
