/**
 * Reads Microsoft's "Product names and service plan identifiers for licensing" CSV as it is downloaded:
 * UTF-8 with or without a byte order mark, CRLF or LF, quoted fields (with commas, doubled quotes or line
 * breaks inside), cells that end in spaces or no-break spaces, and one row per product and service plan, so
 * several rows per SKU. Pure and linear in the length of the text: one pass over its characters.
 */

/** One SKU of the CSV: its GUID (Graph's skuId), String ID (Graph's skuPartNumber) and display name. */
export interface LicensingSku {
  /** Lower case, trimmed. */
  skuId: string;
  /** Trimmed of spaces and no-break spaces; inner spaces kept as Microsoft writes them. */
  stringId: string;
  /** Trimmed of spaces and no-break spaces. */
  name: string;
  /** Line of the SKU's first row (1-based, the header is line 1). */
  line: number;
}

export interface LicensingCsv {
  /** SKUs by GUID, in the order they first appear. */
  skus: Map<string, LicensingSku>;
  /** Data rows read (one per product and service plan). */
  rows: number;
}

/** Why a CSV cannot be read, and on which line (1-based). */
export class LicensingCsvError extends Error {
  readonly line: number;
  readonly reason: LicensingCsvProblem;
  constructor(line: number, reason: LicensingCsvProblem, detail: string) {
    super(`line ${line}: ${detail}`);
    this.name = 'LicensingCsvError';
    this.line = line;
    this.reason = reason;
  }
}

export type LicensingCsvProblem = 'empty' | 'header' | 'quote' | 'columns' | 'guid';

/** The three columns the drift check reads, by the names Microsoft's header gives them. */
const COLUMNS = { name: 'Product_Display_Name', stringId: 'String_Id', skuId: 'GUID' } as const;

const WHITE = /[\s\u00a0\ufeff]/u;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Trims white space including no-break spaces (U+00A0) and zero-width no-break spaces (U+FEFF). */
export function trimCell(text: string): string {
  return text.replace(/^[\s\u00a0\ufeff]+|[\s\u00a0\ufeff]+$/gu, '');
}

/**
 * Splits CSV text into records of fields, each with the line it starts on. Quotes follow RFC 4180: a
 * field that starts with a quote ends at the next single quote, `""` inside is one quote.
 */
function* records(text: string): Generator<{ fields: string[]; line: number }> {
  let line = 1;
  let start = 1;
  let fields: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let blank = true;
  let quoteLine = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        blank = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    // A quote opens a quoted field only where the field has nothing but white space so far; `blank`
    // says so without looking back at the field, which keeps a line full of quotes linear.
    if (c === '"' && blank) {
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (c === ',') {
      fields.push(field);
      field = '';
      blank = true;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      yield { fields, line: start };
      fields = [];
      field = '';
      blank = true;
      line++;
      start = line;
    } else {
      field += c;
      if (blank && !WHITE.test(c)) blank = false;
    }
    i++;
  }
  if (quoted) throw new LicensingCsvError(quoteLine, 'quote', 'a quoted field is never closed');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    yield { fields, line: start };
  }
}

/**
 * The SKUs of a licensing CSV. Throws `LicensingCsvError` with the line for text that is not that CSV:
 * empty, a header without the three columns, an unclosed quote, a row with too few fields, or a GUID that
 * is not one. Blank lines are skipped. When rows of one GUID disagree, the first row's String ID and name
 * are kept (Microsoft writes them once per service plan row, identically).
 */
export function parseLicensingCsv(text: string): LicensingCsv {
  const skus = new Map<string, LicensingSku>();
  let columns: { name: number; stringId: number; skuId: number } | undefined;
  let rows = 0;
  for (const { fields, line } of records(text)) {
    if (fields.length === 1 && trimCell(fields[0] as string) === '') continue;
    if (!columns) {
      const header = fields.map(trimCell);
      const at = (column: string) => header.indexOf(column);
      columns = { name: at(COLUMNS.name), stringId: at(COLUMNS.stringId), skuId: at(COLUMNS.skuId) };
      const missing = Object.values(COLUMNS).filter((column) => at(column) < 0);
      if (missing.length > 0) {
        throw new LicensingCsvError(
          line,
          'header',
          `the header has no ${missing.join(', ')} column (expected ${Object.values(COLUMNS).join(', ')})`,
        );
      }
      continue;
    }
    const needed = Math.max(columns.name, columns.stringId, columns.skuId) + 1;
    if (fields.length < needed) {
      throw new LicensingCsvError(
        line,
        'columns',
        `the row has ${fields.length} fields, expected at least ${needed}`,
      );
    }
    rows++;
    const skuId = trimCell(fields[columns.skuId] as string).toLowerCase();
    if (!GUID.test(skuId)) {
      throw new LicensingCsvError(line, 'guid', `"${skuId}" in the GUID column is not a GUID`);
    }
    if (skus.has(skuId)) continue;
    skus.set(skuId, {
      skuId,
      stringId: trimCell(fields[columns.stringId] as string),
      name: trimCell(fields[columns.name] as string),
      line,
    });
  }
  if (!columns) throw new LicensingCsvError(1, 'empty', 'the file is empty');
  return { skus, rows };
}
