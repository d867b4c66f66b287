/**
 * Splits a message template into what the page shows: plain text, `code` spans (between backticks) and
 * `{name}` / `{name:kind}` placeholders, which the plan fills in.
 */

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: string }
  | { kind: 'code'; parts: TemplatePart[] };

const PLACEHOLDER = /\{([A-Za-z0-9_]+)(?::[a-z]+)?\}/g;

function withVariables(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'variable', name: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

export function templateParts(template: string): TemplatePart[] {
  // Odd pieces of a split on backticks are code; an unmatched backtick is kept as text.
  const pieces = template.split('`');
  const closed = pieces.length % 2 === 1;
  return pieces.flatMap((piece, i): TemplatePart[] => {
    const isCode = i % 2 === 1 && (closed || i < pieces.length - 1);
    if (isCode) return [{ kind: 'code', parts: withVariables(piece) }];
    return withVariables(i % 2 === 1 ? `\`${piece}` : piece);
  });
}
