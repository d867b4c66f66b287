/** Names Windows keeps for devices: a file may not be called so, whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Largest file name, in UTF-8 bytes, before `.plan.yaml`: common file systems allow 255 in all. */
const MAX_BYTES = 200;

/**
 * A file name for a customer's plan that keeps the letters of every script (台北貿易股份有限公司,
 * Zürich), as file systems allow: only what a file system or a shell would trip on becomes `-` (path
 * separators, `: * ? " < > |`, control characters, white space), Latin letters go lower case, a leading dot
 * is dropped, a reserved device name gets a suffix, and the name is cut at a character boundary.
 */
export function planFileName(customer: string): string {
  let name = customer
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}\p{Cf}\s]+/gu, '-')
    .toLowerCase()
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  let bytes = 0;
  let cut = '';
  for (const char of name) {
    bytes += new TextEncoder().encode(char).length;
    if (bytes > MAX_BYTES) break;
    cut += char;
  }
  name = cut.replace(/[-.]+$/, '');
  if (name === '') return 'customer';
  return RESERVED.test(name) ? `${name}-customer` : name;
}
