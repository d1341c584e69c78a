import { PassThrough, Readable, Writable } from 'node:stream';

/**
 * The unzipper's side of reading a workbook: its stream held to its last entry, and its failures
 * kept, so that a reader waiting inside an entry it left open is ended rather than left to wait.
 */

/**
 * Holds back a stream's `end` until its last item has been read. unzipper's parser, under exceljs's
 * streaming reader, also emits `end` as soon as the last byte of the file is written to it, while
 * entries it has parsed may still wait in its buffer; exceljs stops at that first `end`, and when it
 * was busy with a sheet at that moment it loses the entries after it (the shared strings, the
 * workbook part). Beside two busy processes, 6 reads in 300 of an export edited and saved again
 * failed so ("Cannot read properties of undefined (reading 'sheets')"). The `end` Node emits once
 * the buffer is read is let through.
 */
export function endWhenRead(stream: Readable): void {
  const emit = stream.emit.bind(stream);
  stream.emit = (event: string | symbol, ...args: unknown[]) =>
    event === 'end' && !stream.readableEnded ? false : emit(event, ...args);
}

/**
 * A file's bytes on their way to the unzipper, which they hold to the `end` of its last entry
 * (`endWhenRead`). It also keeps the unzipper's failure (a file cut short, not a zip inside, a
 * failure to read it, which `firstSheetRowsOf` passes on): `failure`, and `leftEntryOpen`, which
 * rejects when the failure came inside an entry. unzipper then emits the error on itself and leaves
 * that entry open, so a reader of it (exceljs, reading a sheet, or copying one to a temporary file)
 * would wait for its next bytes forever. A failure after an entry's last byte leaves it whole: its
 * reader reads it to its end, and meets the failure at the next entry, as exceljs does.
 */
export class ZipBytes extends PassThrough {
  failure: Error | undefined;
  readonly leftEntryOpen: Promise<never>;
  private rejectOpenEntry: (error: Error) => void = () => {};
  /** The entry the unzipper gave out last: unzipper announces none in the mode exceljs uses. */
  private entry: Writable | undefined;

  constructor() {
    super();
    this.leftEntryOpen = new Promise<never>((_, reject) => (this.rejectOpenEntry = reject));
    // A failure nobody is reading rows at (after the first sheet) is not an unhandled rejection.
    this.leftEntryOpen.catch(() => {});
  }

  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    if (destination instanceof Readable) {
      endWhenRead(destination);
      this.once('error', (error) => destination.destroy(error));
      const push = destination.push.bind(destination);
      destination.push = (item: unknown, encoding?: BufferEncoding) => {
        if (item instanceof Writable) this.entry = item;
        return push(item, encoding);
      };
      destination.once('error', (error: Error) => {
        this.failure = error;
        if (this.entry && !this.entry.writableEnded) this.rejectOpenEntry(error);
      });
    }
    return super.pipe(destination, options);
  }
}

/**
 * The items of `items` until `failed` rejects, which then ends them with its error. The items are
 * then left as they are: a reader waiting inside them (exceljs, on an entry that never ends) would
 * never return. A caller that stops early returns them.
 *
 * `failed` is listened to once, not raced against each item: every `Promise.race` with a promise
 * that stays pending leaves a reaction on it that holds the race's item until it settles, so the
 * rows of a workbook read to its end were all kept (259 MB live at 100,000 rows, where 52 MB were
 * before; `npm run bench:import`).
 */
export async function* untilFailed<T>(
  items: AsyncIterable<T>,
  failed: Promise<never>,
): AsyncGenerator<T> {
  const iterator = items[Symbol.asyncIterator]();
  let failure: { error: unknown } | undefined;
  let stopWaiting: ((error: unknown) => void) | undefined;
  failed.catch((error: unknown) => {
    failure = { error };
    stopWaiting?.(error);
  });
  for (;;) {
    if (failure) throw failure.error;
    const next = await new Promise<IteratorResult<T>>((resolve, reject) => {
      stopWaiting = reject;
      iterator.next().then(resolve, reject);
    });
    stopWaiting = undefined;
    if (next.done) return;
    let resumed = false;
    try {
      yield next.value;
      resumed = true;
    } finally {
      if (!resumed) await iterator.return?.();
    }
  }
}
