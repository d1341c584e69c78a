import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { Language } from '../../shared/enum-labels.js';

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

/** The home page's words, in each language the dashboard speaks. */
const homeWords = {
  zh: {
    lang: 'zh-CN',
    title: '社会工作登记',
    // The switch names the other language in that language, as the dashboard's does.
    other: { lang: 'en', href: '/?lang=en', name: 'English' },
    dashboard: '覆盖情况',
    dashboardWhat: '：各地区对照其目标的进展。',
    ideWhat: '：查询接口，README 中的示例已在各标签页打开，离线可用。',
    apiWhat: '：接口本身。',
  },
  en: {
    lang: 'en',
    title: 'Social work registries',
    other: { lang: 'zh-CN', href: '/?lang=zh', name: '中文' },
    dashboard: 'Dashboard',
    dashboardWhat: ': the regions against their targets.',
    ideWhat: ": the API with the README's examples open as tabs; it works offline.",
    apiWhat: ': the API itself.',
  },
} as const;

/** The language a link asks the home page for (`?lang=en`), as it asks the dashboard; null for none. */
export const askedLanguage = (asked: unknown): Language | null =>
  asked === 'zh' || asked === 'en' ? asked : null;

/**
 * What someone who opens the gateway's address in a browser sees outside production: where to go,
 * in one language, with a link to the other. It speaks the language a link asks for, else Chinese,
 * the dashboard's first language; one asked for is passed on to the dashboard, and with none the
 * dashboard opens in the reader's last choice, which only the browser knows.
 */
export function homePage(asked: Language | null): string {
  const language = asked ?? 'zh';
  const words = homeWords[language];
  const dashboard = asked ? `/dashboard/?lang=${asked}` : '/dashboard/';
  return `<!doctype html>
<html lang="${words.lang}"><head><meta charset="utf-8"><title>${words.title}</title><link rel="icon" href="data:,"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.6">
<p style="float: right"><a href="${words.other.href}" lang="${words.other.lang}">${words.other.name}</a></p>
<h1>${words.title}</h1>
<ul>
<li><a href="${dashboard}">${words.dashboard}</a>${words.dashboardWhat}</li>
<li><a href="/ide/">GraphiQL</a>${words.ideWhat}</li>
<li><code>POST /graphql</code>${words.apiWhat}</li>
</ul>
</body></html>`;
}
