import type { Locale } from '@csp-move/rules/messages';
import type { CliIo } from '../io.ts';
import { say } from '../messages.ts';

// Short runs finish before a progress line would help; only long ones on a terminal get one.
const MIN_FILES = 500;
const INTERVAL_MS = 100;

/** A progress line on standard error, redrawn in place; undefined when stderr is not a terminal. */
export function progressReporter(io: CliIo, locale: Locale, total: number) {
  if (!io.stderr.isTTY || total < MIN_FILES) return undefined;
  let last = 0;
  let shown = false;
  return {
    update(done: number) {
      const now = Date.now();
      if (now - last < INTERVAL_MS && done < total) return;
      last = now;
      shown = true;
      io.stderr.write(`\r${say('progress', locale, String(done), String(total))}`);
    },
    clear() {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
}
