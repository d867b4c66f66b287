/**
 * The form kept in the browser's own storage (localStorage), so a reload, the language switch or a
 * closed tab does not lose work. It is written as the form holds it and read back through
 * `restoreState`, like a plan file; nothing here is ever sent anywhere.
 */

/** One key for both languages, so switching language keeps the form. */
export const STORAGE_KEY = 'csp-move:checker';
const VERSION = 1;

/** The saved form data, or undefined when there is none or it cannot be read. */
export function loadSaved(storage: Storage | undefined = safeStorage()): unknown {
  try {
    const text = storage?.getItem(STORAGE_KEY);
    if (!text) return undefined;
    const saved = JSON.parse(text) as { version?: unknown; state?: unknown };
    return saved?.version === VERSION ? saved.state : undefined;
  } catch {
    return undefined;
  }
}

export function save(state: unknown, storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify({ version: VERSION, state }));
  } catch {
    // Storage full or switched off (private windows in some browsers): the form still works.
  }
}

export function forget(storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // As above: nothing to forget when storage is off.
  }
}

/** Reading `localStorage` itself throws where storage is blocked. */
function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
