// Text that came from a plan file is shown in terminals, logs and HTML; these helpers keep it from
// doing anything there but being read.

// C0 and C1 controls, DEL, the line and paragraph separators (U+2028, U+2029: line breaks to some
// readers), and the invisible characters that can reorder or hide text (bidi controls, the Arabic
// letter mark, zero-width characters, BOM).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

function escapeOne(char: string): string {
  switch (char) {
    case '\t':
      return '\\t';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    default:
      return `\\u{${(char.codePointAt(0) as number).toString(16).padStart(4, '0')}}`;
  }
}

/** The text with every control or invisible character written as an escape (`\t`, `\u{001b}`). */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

// Characters XML 1.0 cannot hold at all (controls, U+FFFE, U+FFFF, halves of surrogate pairs), and the
// invisible ones; tabs and line breaks are fine in XML.
const NOT_IN_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text for XML content or attributes: markup escaped, control characters written as escapes, and line
 * breaks as character references, so that a value never starts a line of the file (a report written
 * where a line-based file was expected cannot gain a line of its own) and keeps its breaks in attributes.
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_IN_XML, escapeOne)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

// JSON.stringify leaves these as they are: valid JSON, but line breaks to JavaScript before ES2019 and
// to some log viewers, and invisible reordering in an editor.
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/** JSON text of `value` with invisible and line-separating characters as `\uXXXX` escapes; same value. */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    JSON_UNSAFE,
    (char) => `\\u${(char.codePointAt(0) as number).toString(16).padStart(4, '0')}`,
  );
}

// The characters Markdown (and GitHub's tables, strikethrough and math) acts on in the middle of a
// line; escaped with a backslash, each is shown as itself. `(`, `!` and `-` need nothing once `[` is
// escaped and the text never starts a line.
const MARKDOWN_SYNTAX = /[\\`*_[\]<>|~&$]/g;

/**
 * Text for a Markdown table cell or paragraph: one line, and nothing in it that Markdown would act
 * on. Values from the file therefore cannot add links, images, HTML or table cells, and a backtick
 * cannot end a code span (the messages' own backticks are shown as they are). An `@` goes in a code
 * span, where GitHub does not turn `@name` into a mention.
 */
export function escapeMarkdown(text: string): string {
  return escapeControl(text)
    .replace(MARKDOWN_SYNTAX, (char) => `\\${char}`)
    .replace(/@/g, '`@`');
}

/** Markdown inline code that holds any text: fenced with more backticks than it contains. Not for tables. */
export function markdownCode(text: string): string {
  const safe = escapeControl(text);
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${safe.startsWith('`') || safe.endsWith('`') || safe.startsWith(' ') ? ` ${safe} ` : safe}${fence}`;
}

/**
 * Markdown inline code for a table cell: markdownCode with `|` escaped, which GitHub's tables need even
 * inside a code span (the backslash is not shown), so that a `|` in a file name cannot add a cell.
 */
export function tableCode(text: string): string {
  return markdownCode(text).replace(/\|/g, '\\|');
}
