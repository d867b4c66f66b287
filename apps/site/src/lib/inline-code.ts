import { el } from './dom.ts';

/**
 * Message text with `backticks` shown as code, as the CLI's messages mark ids and values: the
 * backticks become <code> elements instead of literal characters. Text only, never markup.
 */
export function withInlineCode(text: string): (Node | string)[] {
  return text.split(/`([^`\n]+)`/).map((part, i) => (i % 2 === 1 ? el('code', {}, part) : part));
}
