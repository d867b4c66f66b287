/**
 * The form kept in the browser's own storage (localStorage), so a reload, the language switch or a
 * closed tab does not lose work. It is written as the form holds it and read back through
 * `restoreState`, like a plan file; nothing here is ever sent anywhere.
 */

/** One key for both languages, so switching language keeps the form. */
export const STORAGE_KEY = 'csp-move:checker';
/**
 * Version 2 keeps the form's date only when it is not the day the form was saved: a date fixed on
 * purpose. Version 1 always kept it, so a form reopened months later was judged on the old day.
 */
const VERSION = 2;

/**
 * The saved form data, or undefined when there is none or it cannot be read. A form saved with today's
 * date carries no date, so it is judged on the day it is opened.
 */
export function loadSaved(storage: Storage | undefined = safeStorage()): unknown {
  try {
    const text = storage?.getItem(STORAGE_KEY);
    if (!text) return undefined;
    const saved = JSON.parse(text) as { version?: unknown; state?: unknown };
    if (saved?.version === VERSION) return saved.state;
    // Version 1 wrote the date whether or not anyone chose it: the form is judged as of today.
    if (saved?.version === 1 && saved.state && typeof saved.state === 'object') {
      const { asOf: _unknownIntent, ...state } = saved.state as Record<string, unknown>;
      return state;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/** Saves the form's data; its date only when it is not `today` (a date someone fixed). */
export function save(
  state: Record<string, unknown>,
  today: string,
  storage: Storage | undefined = safeStorage(),
): void {
  const { asOf, ...rest } = state;
  const kept = asOf === today || asOf === undefined ? rest : { ...rest, asOf };
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify({ version: VERSION, state: kept }));
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
