import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express from 'express';

const dist = fileURLToPath(new URL('../dashboard/dist/', import.meta.url));

/**
 * The dashboard's files, built by `npm run build:dashboard` (which `npm start` runs). The page may
 * load only its own script, style and data, so that nothing injected can run in it.
 */
export function dashboard(): express.Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set('content-security-policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'");
    if (!existsSync(`${dist}index.html`)) {
      res.status(503).type('text').send('The dashboard is not built: run `npm run build:dashboard` (npm start does it).');
      return;
    }
    next();
  });
  router.use(express.static(dist, { index: 'index.html', maxAge: '5m' }));
  return router;
}
