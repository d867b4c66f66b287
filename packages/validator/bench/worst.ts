// The worst inputs found for each class of input that once cost more than linear time, built to any
// size. `npm run bench` prints their time per megabyte from 100 KB to 1 MB, and test/linear.test.ts
// checks that the ratio stays far from quadratic. Each is timed as the CLI runs it: validate, then
// the stylish report with code frames.
import { validateText } from '../src/core/validate.ts';
import { stylish } from '../src/formatters/stylish.ts';
import { VERSION } from '../src/version.ts';

const PLAN = `version: 1
asOf: 2027-05-02
partner: { name: Northwind Traders, country: TW }
customer: { name: Tailspin Coffee, country: TW, agreementAccepted: true }
relationship: { reseller: accepted, requestedOn: 2027-04-19, acceptedOn: 2027-04-21, adminAccess: gdap }
subscriptions:
  - { id: a, offer: office-365-e3, quantity: 5, channel: web-direct, termEnd: 2027-05-31, autoRenew: false, exit: expire, target: { offer: office-365-e3, quantity: 5, provisionOn: 2027-05-28 } }
`;

/** `unit(i)` repeated until the text reaches `bytes`, between `head` and `tail`. */
function repeat(bytes: number, unit: (i: number) => string, head = '', tail = ''): string {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += part.length;
  }
  parts.push(tail);
  return parts.join('');
}

const key = (i: number) => `k${String(i).padStart(7, '0')}`;

/** Each class's worst case, at about `bytes` bytes (all ASCII, so characters are bytes). */
export const WORST_CASES: Record<string, (bytes: number) => string> = {
  // distill() and locate() once looked at the whole mapping for each unknown key (issue 14, item 4).
  'unknown keys': (bytes) => repeat(bytes, (i) => `${key(i)}: 1\n`),
  // The code frame once re-read the whole line for each finding (item 5).
  'unknown keys on one line': (bytes) => repeat(bytes, (i) => `${key(i)}: 1, `, '{', 'z: 1}\n'),
  // Each duplicate once searched every other duplicate.
  'duplicate keys': (bytes) => repeat(bytes, (i) => `a: ${i}\n`),
  // Each suppression comment once searched every line for its target (item 6).
  'suppression comments': (bytes) =>
    repeat(
      bytes - PLAN.length,
      () => '# csp-move-disable-next-line region-mismatch -- moved later\n',
      '',
      PLAN,
    ),
  // Each target offer of the wrong type once filtered every error (an anyOf per item).
  'wrong-typed list items': (bytes) =>
    repeat(bytes, (i) => `  - { id: s${i}, target: { offer: ${i} } }\n`, 'subscriptions:\n'),
  // Nesting once overflowed the stack (item 8); it now stops at a fixed depth.
  'nested brackets': (bytes) => '['.repeat(bytes),
};

/** Seconds one validation and stylish report of `text` takes (the best of `runs`). */
export function timeOnce(text: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    const result = validateText(text, { path: 'worst.yaml', today: '2027-05-02' });
    stylish(
      { files: [result] },
      {
        locale: 'en',
        color: false,
        failOn: 'error',
        toolVersion: VERSION,
        sources: new Map([['worst.yaml', text]]),
      },
    );
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return best;
}

/** Seconds per megabyte of a class at each size. */
export function perMegabyte(
  make: (bytes: number) => string,
  sizes: readonly number[],
  runs: number,
): number[] {
  return sizes.map((bytes) => {
    const text = make(bytes);
    return timeOnce(text, runs) / (text.length / 1e6);
  });
}
