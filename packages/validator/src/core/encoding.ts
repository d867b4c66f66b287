/** Why bytes are not a plan file's text: the message variant of `file-encoding` and its values. */
export interface EncodingProblem {
  variant: 'default' | 'utf16';
  params: Record<string, string | number>;
}

/** The offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // Sequence length and the range of the second byte (which rules out overlong forms and surrogates).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

// Stateless between calls (no `stream`): one decoder serves every file.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The text of a plan file's bytes, or why they are not UTF-8. UTF-16 and UTF-32 are recognised by their
 * byte order marks, or by NULs next to an ASCII character at the start (without one). Both are reported
 * with the `utf16` message variant, which names the encoding.
 */
export function decodeText(
  bytes: Uint8Array,
  /** A faster check for valid UTF-8 where one exists (node:buffer's isUtf8). */
  isUtf8: (bytes: Uint8Array) => boolean = (b) => firstInvalidUtf8(b) === -1,
): { text: string } | EncodingProblem {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  // UTF-32 first: its little-endian byte order mark begins like UTF-16LE's, and ASCII in it has NULs too.
  if (a === 0xff && b === 0xfe && c === 0 && d === 0)
    return { variant: 'utf16', params: { encoding: 'UTF-32LE' } };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
    return { variant: 'utf16', params: { encoding: 'UTF-32BE' } };
  if (a !== undefined && a !== 0 && a < 0x80 && b === 0 && c === 0 && d === 0)
    return { variant: 'utf16', params: { encoding: 'UTF-32LE' } };
  if (a === 0 && b === 0 && c === 0 && d !== undefined && d !== 0 && d < 0x80)
    return { variant: 'utf16', params: { encoding: 'UTF-32BE' } };
  if (a === 0xff && b === 0xfe) return { variant: 'utf16', params: { encoding: 'UTF-16LE' } };
  if (a === 0xfe && b === 0xff) return { variant: 'utf16', params: { encoding: 'UTF-16BE' } };
  if (a !== undefined && b !== undefined) {
    if (a !== 0 && a < 0x80 && b === 0) return { variant: 'utf16', params: { encoding: 'UTF-16LE' } };
    if (a === 0 && b !== 0 && b < 0x80) return { variant: 'utf16', params: { encoding: 'UTF-16BE' } };
  }
  if (!isUtf8(bytes)) return { variant: 'default', params: { offset: firstInvalidUtf8(bytes) } };
  return { text: UTF8.decode(bytes) };
}
