import { eastAsianWidth } from 'get-east-asian-width';

// Terminal columns of text, per user-perceived character (grapheme cluster): an emoji sequence joined
// with ZWJ or a flag is one character two columns wide; combining marks, variation selectors and other
// invisible code points add nothing; East Asian Wide and Fullwidth characters take two columns
// (Unicode's East Asian Width data, via get-east-asian-width); ambiguous ones take one, as most
// terminals outside East Asian locales draw them.

// Built on first use: most runs print no code frame.
let segmenter: Intl.Segmenter | undefined;
// Combining and enclosing marks (variation selectors among them), format characters (ZWJ, zero-width
// space) and controls take no column of their own.
const ZERO_WIDTH = /^(?:\p{Mn}|\p{Me}|\p{Cf}|\p{Cc})$/u;
// Drawn as emoji, two columns wide: emoji shown as emoji by default (this includes skin tones and the
// regional indicators of flags), and symbols or keycaps turned into emoji by variation selector 16.
const EMOJI = /\p{Emoji_Presentation}/u;
const EMOJI_BY_SELECTOR = /(?:\p{Extended_Pictographic}|\u20e3)/u;

/** The grapheme clusters of `text`, in order. */
export function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Columns one grapheme cluster takes: 0, 1 or 2. */
export function graphemeWidth(cluster: string): number {
  if (EMOJI.test(cluster) || (cluster.includes('\ufe0f') && EMOJI_BY_SELECTOR.test(cluster))) return 2;
  for (const char of cluster) {
    if (ZERO_WIDTH.test(char)) continue;
    return Math.min(2, eastAsianWidth(char.codePointAt(0) as number));
  }
  return 0;
}

/** Terminal columns the text takes (no control characters expected: escape first). */
export function displayWidth(text: string): number {
  // Plain ASCII is most of every plan: no need to segment it.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const cluster of graphemes(text)) width += graphemeWidth(cluster);
  return width;
}
