/**
 * File names from what a user typed (a customer's name), keeping the letters of every script: a
 * Chinese name stays Chinese, "Zürich" stays "zürich". Only what file systems refuse or treat
 * specially is taken out: / \ : * ? " < > | and control characters, leading dots (hidden files) and
 * hyphens (read as options), trailing dots and spaces (Windows drops them), Windows' reserved names.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f]+/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Most UTF-8 bytes of a stem: with `.plan.yaml` or `.ics` well within the usual 255-byte limit. */
export const MAX_STEM_BYTES = 120;

/** Bytes one character (a code point) takes in UTF-8. */
function utf8Bytes(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** The longest start of `text` that fits in `max` UTF-8 bytes, never cutting a character in two. */
function fitBytes(text: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const char of text) {
    const size = utf8Bytes(char);
    if (bytes + size > max) break;
    out += char;
    bytes += size;
  }
  return out;
}

/** `fabrikam-gmbh`, `台北貿易股份有限公司`, `zürich`: a name as the stem of a file name; '' when nothing is left. */
export function fileStem(name: string, maxBytes: number = MAX_STEM_BYTES): string {
  const cleaned = name
    .normalize('NFC')
    .toLowerCase()
    .replace(UNSAFE, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/^[.-]+/, '');
  const stem = fitBytes(cleaned, maxBytes).replace(/[.\s-]+$/, '');
  return RESERVED.test(stem.split('.')[0] ?? '') ? `${stem}-plan` : stem;
}

/** `<stem>.plan.yaml` for a customer's name, or `<fallback>.plan.yaml` when the name gives no stem. */
export function planFileNameFor(name: string, fallback: string): string {
  return `${fileStem(name) || fallback}.plan.yaml`;
}
