import { describe, expect, it } from 'vitest';
import { codeFrame } from '../src/formatters/codeframe.ts';
import { displayWidth, graphemes } from '../src/formatters/width.ts';

describe('terminal width', () => {
  it.each([
    ['Tailspin', 8],
    ['咖啡', 4],
    ['ｆｕｌｌ', 8], // full-width Latin
    ['한국', 4],
    ['🎉', 2],
    ['👍🏽', 2], // emoji with a skin tone modifier
    ['🇹🇼', 2], // a flag is two regional indicators, one character
    ['❤️', 2], // text symbol turned emoji by a variation selector
    ['1️⃣', 2], // keycap sequence
    ['é', 1], // e + combining acute accent
    ['ñ̃', 1], // two combining marks
    ['Ａ́', 2], // wide letter with a combining mark
    ['·', 1], // ambiguous width counts as narrow
    ['', 0],
  ])('%s takes %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('keeps a letter with its accents and an emoji sequence together', () => {
    expect(graphemes('éa🇹🇼')).toEqual(['é', 'a', '🇹🇼']);
  });

  it('lines carets up after emoji and combining characters', () => {
    const line = 'name: 🇹🇼 Café 👍🏽 Tailspin';
    const column = line.indexOf('Tailspin') + 1;
    const paint = { gutter: (s: string) => s, caret: (s: string) => s };
    const [code, carets] = codeFrame(
      [line],
      { start: { line: 1, column }, end: { line: 1, column: column + 8 } },
      paint,
    ) as [string, string];
    const before = code.slice(0, code.indexOf('Tailspin'));
    expect(carets.indexOf('^')).toBe(displayWidth(before));
    // 'name: ' 6 + flag 2 + ' ' + 'Café' 4 + ' ' + emoji 2 + ' ' = 17 columns before the name.
    expect(displayWidth(before.slice(before.indexOf('│') + 2))).toBe(17);
  });
});
