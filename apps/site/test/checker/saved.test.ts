import { describe, expect, it } from 'vitest';
import { loadSaved, STORAGE_KEY, save } from '../../src/components/checker/saved.ts';

/** A Storage that keeps its items in a map. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the saved form and its date', () => {
  it('a form saved with the day it was filled in is judged as of the day it is reopened', () => {
    const storage = memoryStorage();
    save({ asOf: '2026-12-07', partner: { name: 'Contoso' } }, '2026-12-07', storage);
    expect(loadSaved(storage)).toEqual({ partner: { name: 'Contoso' } });
  });

  it('a date someone fixed is kept', () => {
    const storage = memoryStorage();
    save({ asOf: '2027-01-15', partner: { name: 'Contoso' } }, '2026-12-07', storage);
    expect(loadSaved(storage)).toEqual({ asOf: '2027-01-15', partner: { name: 'Contoso' } });
  });

  it('a form saved before dates were told apart (version 1) is judged as of today', () => {
    const storage = memoryStorage();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, state: { asOf: '2026-12-07', partner: { name: 'Contoso' } } }),
    );
    expect(loadSaved(storage)).toEqual({ partner: { name: 'Contoso' } });
  });

  it('anything else stored under the key is not a form', () => {
    const storage = memoryStorage();
    for (const text of ['{"version":3,"state":{}}', 'not json', '{"version":1,"state":"x"}']) {
      storage.setItem(STORAGE_KEY, text);
      expect(loadSaved(storage)).toBeUndefined();
    }
  });
});
