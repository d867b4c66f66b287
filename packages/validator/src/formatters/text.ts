// Text that came from a plan file is shown in terminals, logs and HTML; these helpers keep it from
// doing anything there but being read.

// C0 and C1 controls, DEL, and the invisible characters that can reorder or hide text (bidi controls,
// zero-width characters, BOM).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

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

// Characters XML 1.0 cannot hold at all, and the invisible ones; tabs and line breaks are fine in XML.
const NOT_IN_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Text for XML content or attributes: markup escaped, control characters written as escapes. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_IN_XML, escapeOne)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Text for a Markdown table cell or paragraph: one line, no HTML, no table breaks. Backticks stay:
 * messages quote values from the file as `code`, which Markdown then shows literally.
 */
export function escapeMarkdown(text: string): string {
  return escapeControl(text).replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Markdown inline code that holds any text: fenced with more backticks than it contains. */
export function markdownCode(text: string): string {
  const safe = escapeControl(text);
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${safe.startsWith('`') || safe.endsWith('`') ? ` ${safe} ` : safe}${fence}`;
}
