import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * Pixels a screenshot may differ by from its committed file and still show the same page: from one
 * run to the next, the charts' antialiasing moved 159 to 232 pixels of each page (of 1.1 to 3.8
 * million). A word changed moves some hundreds more, a layout change thousands.
 */
const SAME_PAGE_PIXELS = 300;

/**
 * Writes a screenshot to its committed file when it shows something else than the file does, so
 * that a change of layout shows in review, and a run that changed nothing leaves the file as it was
 * (rewriting it for its antialiasing left every run's working tree changed).
 */
export function keepScreenshot(file: string, screenshot: Buffer): void {
  if (existsSync(file) && differingPixels(readFileSync(file), screenshot) <= SAME_PAGE_PIXELS)
    return;
  writeFileSync(file, screenshot);
}

/** The pixels two PNG images differ by; every pixel when their sizes differ. */
export function differingPixels(committed: Buffer, taken: Buffer): number {
  const [before, after] = [PNG.sync.read(committed), PNG.sync.read(taken)];
  if (before.width !== after.width || before.height !== after.height)
    return Math.max(before.width * before.height, after.width * after.height);
  return pixelmatch(before.data, after.data, null, before.width, before.height);
}
