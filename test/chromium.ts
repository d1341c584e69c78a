import { existsSync } from 'node:fs';

/** Debian's Chromium, which `.ci/run` installs; CHROMIUM_PATH names another. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether a browser test can run. In CI (`CI` set, as `.ci/run` and CI services set it) a missing
 * Chromium fails the file, since CI installs it and a skip there would hide the tests; on a machine
 * without one the file is skipped, and says so.
 */
export function chromiumFor(what: string, whatZh: string): boolean {
  if (existsSync(chromiumPath)) return true;
  const missing = `${what} needs Chromium at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH. ${whatZh}需要 Chromium（${chromiumPath}），请安装或设置 CHROMIUM_PATH。`;
  if (process.env.CI) throw new Error(`${missing} In CI it must be there.`);
  console.warn(`Skipped: ${missing}`);
  return false;
}
