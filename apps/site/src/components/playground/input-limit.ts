import { DEFAULT_MAX_FILE_SIZE } from '@csp-move/validator/browser';

/**
 * The playground's size limit, checked before text reaches the editor: a paste, a drop or a file
 * that would make the plan larger than the validator reads is refused whole, so the editor never
 * holds (and never re-validates, re-marks and re-numbers) more than a plan file can be.
 */

/** Largest plan the editor holds, in UTF-8 bytes: the validator's own limit for a plan file (1 MiB). */
export const MAX_PLAN_BYTES = DEFAULT_MAX_FILE_SIZE;

/** UTF-8 length of a text, counted without encoding it (a lone surrogate counts as U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Whether putting `inserted` in place of `current`'s characters from `start` to `end` keeps the
 * plan within `max` bytes. A text far too long is refused before it is counted byte by byte.
 */
export function fitsLimit(
  current: string,
  start: number,
  end: number,
  inserted: string,
  max: number = MAX_PLAN_BYTES,
): boolean {
  // Every character is at least one byte: a text far too long is refused before it is counted.
  if (inserted.length > max) return false;
  return utf8Length(current) - utf8Length(current.slice(start, end)) + utf8Length(inserted) <= max;
}
