/** Splits a JSON pointer (RFC 6901) into its unescaped segments. `''` is the whole document. */
export function decodePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Escapes one segment for a JSON pointer. */
export function encodeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Appends segments to a pointer. */
export function joinPointer(pointer: string, ...segments: (string | number)[]): string {
  return pointer + segments.map((s) => `/${encodeSegment(s)}`).join('');
}

/**
 * How a pointer reads to a person: `subscriptions[0].target.offer`. Keys that are not plain
 * identifiers are quoted. `''` (the root) returns `''`; callers name the root themselves.
 */
export function displayPath(pointer: string): string {
  let out = '';
  for (const segment of decodePointer(pointer)) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
