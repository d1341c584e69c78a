import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { untilFailed } from '../subgraphs/registry/src/import/zip-bytes.js';

// A collection on demand, so that what is still held can be told from what is only not yet freed.
v8.setFlagsFromString('--expose_gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

describe("a workbook's rows read until the unzipper fails", () => {
  it('keeps no row it has given out while the unzipper has not failed', async () => {
    const given: WeakRef<object>[] = [];
    async function* rows() {
      for (let n = 0; n < 200; n++) {
        const row = { cells: new Array(100).fill(n) };
        given.push(new WeakRef(row));
        yield row;
      }
    }
    const neverFails = new Promise<never>(() => {});
    let read = 0;
    for await (const row of untilFailed(rows(), neverFails)) read += row.cells.length / 100;
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(read).toBe(200);
    // The last row may still be referenced by the loop that read it; none before it.
    expect(given.filter((row) => row.deref()).length).toBeLessThanOrEqual(1);
  });

  it('ends the rows with the failure, also while it waits for the next one', async () => {
    let fail: (error: Error) => void = () => {};
    const failed = new Promise<never>((_, reject) => (fail = reject));
    async function* rows() {
      yield 1;
      await new Promise(() => {}); // an entry left open: its next bytes never come
    }
    const read: number[] = [];
    const reading = (async () => {
      for await (const row of untilFailed(rows(), failed)) {
        read.push(row);
        fail(new Error('FILE_ENDED'));
      }
    })();
    await expect(reading).rejects.toThrow('FILE_ENDED');
    expect(read).toEqual([1]);
  });
});
