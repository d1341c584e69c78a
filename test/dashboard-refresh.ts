import type { Page } from 'playwright-core';

/**
 * Refreshes the dashboard as its timer does (a hash change renders the same page again) and waits
 * until the page is drawn anew: none of what its `main` held is left.
 */
export async function redrawn(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const part of document.querySelectorAll('#main > *'))
      part.setAttribute('data-before-refresh', '');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-before-refresh]') &&
      document.querySelector('#main > section') !== null,
  );
}
