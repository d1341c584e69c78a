type Child = Node | string | number | null | undefined | false;

/** An element with attributes and children; text is always set as text, never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | ((event: Event) => void)> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/**
 * `node` after a space that is not its own: a space inside a `white-space: nowrap` span is no place
 * to break a line, so "90,114 人 演示 100% 2026-12-04" could not wrap before its demo share or its
 * day, and the national table ran past a 1,440 px screen. Outside, the line breaks there.
 */
export function afterSpace(node: Node): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(' ', node);
  return fragment;
}
