/**
 * Keyed list updates: makes `parent`'s children stand for `items`, one element per item, reusing the
 * element already there for each key. An element the user is pressing, hovering or focusing stays the
 * same node across updates, so a click that started before an update still lands (DESIGN §7: the
 * findings are redrawn on the blur that the click itself causes).
 */
export interface Keyed<T> {
  key(item: T): string;
  /** A new element for the item; `update` fills it in right after. */
  create(item: T): HTMLElement;
  /** Brings an existing element up to date; it should touch only what changed. */
  update(node: HTMLElement, item: T): void;
}

export function reconcile<T>(parent: Element, items: readonly T[], keyed: Keyed<T>): void {
  const old = new Map<string, HTMLElement>();
  for (const child of [...parent.children] as HTMLElement[]) {
    const key = child.dataset.key;
    if (key !== undefined && !old.has(key)) old.set(key, child);
    else child.remove();
  }
  const seen = new Map<string, number>();
  let cursor = parent.firstElementChild;
  for (const item of items) {
    const base = keyed.key(item);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const key = n === 0 ? base : `${base}#${n}`;
    let node = old.get(key);
    if (node) old.delete(key);
    else {
      node = keyed.create(item);
      node.dataset.key = key;
    }
    keyed.update(node, item);
    // Only nodes out of place move, so an unchanged list touches nothing.
    if (node === cursor) cursor = cursor.nextElementSibling;
    else parent.insertBefore(node, cursor);
  }
  for (const node of old.values()) node.remove();
}

/** Sets a node's text only when it differs, so an unchanged update leaves the DOM alone. */
export function setText(node: Element | null | undefined, text: string): void {
  if (node && node.textContent !== text) node.textContent = text;
}
