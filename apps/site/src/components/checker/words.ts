import type { ClientStringKey, ClientStrings } from './strings.ts';
import { fill } from './template.ts';

/** The run-time strings of the page's language, as the page handed them over (page-data.ts). */
export class Words {
  readonly #strings: ClientStrings;

  constructor(strings: ClientStrings) {
    this.#strings = strings;
  }

  /** The string for `key`, with `{name}` filled in from `values`. */
  t(key: ClientStringKey, values?: Record<string, string | number>): string {
    return fill(this.#strings[key] ?? key, values);
  }
}
