import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { differingPixels, keepScreenshot } from './screenshots.js';

const folder = mkdtempSync(path.join(tmpdir(), 'screenshots-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A white 200×100 PNG with a black block of `changed` pixels in its first rows. */
function page(changed = 0, width = 200): Buffer {
  const png = new PNG({ width, height: 100 });
  png.data.fill(255);
  for (let pixel = 0; pixel < changed; pixel++) png.data.fill(0, pixel * 4, pixel * 4 + 3);
  return PNG.sync.write(png);
}

describe('a committed screenshot', () => {
  it('counts the pixels two screenshots differ by, and every pixel when their sizes differ', () => {
    expect(differingPixels(page(), page())).toBe(0);
    expect(differingPixels(page(), page(1000))).toBe(1000);
    expect(differingPixels(page(), page(0, 300))).toBe(30_000);
  });

  it('is left as it is for a few pixels of antialiasing, and rewritten for a change', () => {
    const file = path.join(folder, 'page.png');
    keepScreenshot(file, page());
    keepScreenshot(file, page(200));
    expect(readFileSync(file)).toEqual(page());
    keepScreenshot(file, page(2000));
    expect(readFileSync(file)).toEqual(page(2000));
  });

  it('is written when there is none yet', () => {
    const file = path.join(folder, 'new.png');
    keepScreenshot(file, page(5));
    expect(readFileSync(file)).toEqual(page(5));
  });
});
