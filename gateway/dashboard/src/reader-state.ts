/**
 * What a reader did to the page that a refresh must leave as it was: the reasons they opened (a
 * `details` under a blank value) and how far they scrolled a table sideways on a narrow screen. The
 * page is drawn anew at every refresh (a minute by default); without this, a reason opened on a
 * phone closed, and the comparison scrolled to its coverage column jumped back to the regions,
 * once a minute.
 */
export interface ReaderState {
  opened: Set<string>;
  scrolled: Map<string, number>;
}

const SCROLL_FRAME = '.table-scroll';

/**
 * Where an element is, in the page's own terms, the same for its copy in the page drawn again: the
 * region of its row or page, the indicator of its cell, its section, its class, and a scrolling
 * frame's table (a region's page scrolls two).
 */
function placeOf(element: Element): string {
  return [
    element.closest('[data-region]')?.getAttribute('data-region'),
    element.closest('[data-indicator]')?.getAttribute('data-indicator'),
    element.closest('section[id]')?.id,
    element.className,
    element.querySelector(':scope > table')?.className,
  ].join('|');
}

export function readerState(root: Element): ReaderState {
  return {
    opened: new Set([...root.querySelectorAll('details[open]')].map(placeOf)),
    scrolled: new Map(
      [...root.querySelectorAll(SCROLL_FRAME)]
        .filter((frame) => frame.scrollLeft > 0)
        .map((frame) => [placeOf(frame), frame.scrollLeft]),
    ),
  };
}

/** Opens and scrolls the page just drawn as the reader left the one it replaced. */
export function restoreReaderState(root: Element, state: ReaderState): void {
  for (const details of root.querySelectorAll('details'))
    if (state.opened.has(placeOf(details))) details.open = true;
  for (const frame of root.querySelectorAll(SCROLL_FRAME)) {
    const left = state.scrolled.get(placeOf(frame));
    if (left) frame.scrollLeft = left;
  }
}
