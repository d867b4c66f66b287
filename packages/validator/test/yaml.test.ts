import { describe, expect, it } from 'vitest';
import { validateText } from '../src/core/validate.ts';
import type { FileResult } from '../src/types.ts';
import { planWith, READY_PLAN, rangeOf } from './helpers/plan.ts';

const codes = (result: FileResult) => result.diagnostics.map((d) => d.rule);

describe('YAML problems', () => {
  it('reads a ready plan without any diagnostic', () => {
    const result = validateText(READY_PLAN);
    expect(result.diagnostics).toEqual([]);
    expect(result.verdict).toBe('ready');
  });

  it('reports a duplicate key on the second key, related to the first', () => {
    const text = planWith('  country: TW\ncustomer:', '  country: TW\n  country: DE\ncustomer:');
    const result = validateText(text);
    expect(codes(result)).toEqual(['duplicate-key']);
    const [d] = result.diagnostics;
    expect(d?.range).toEqual(rangeOf(text, 'country', text.indexOf('  country: DE')));
    expect(d?.related?.[0]?.range).toEqual(rangeOf(text, 'country', text.indexOf('partner:')));
    expect(result.verdict).toBe('invalid');
  });

  it('reports a tab used for indentation', () => {
    const text = planWith('\n  country: TW\ncustomer:', '\n\tcountry: TW\ncustomer:');
    const result = validateText(text);
    expect(codes(result)).toContain('tab-indentation');
    expect(result.verdict).toBe('invalid');
  });

  it('reports a tab used for indentation once, without the errors that follow from it', () => {
    const text = planWith('\n  country: TW\ncustomer:', '\n\tcountry: TW\ncustomer:');
    expect(codes(validateText(text))).toEqual(['tab-indentation']);
    // A tab before a list item makes the parser see a key on several lines, worded once.
    const list = 'a:\n  - x\n\t- y\nb: 1\n';
    expect(codes(validateText(list))).toEqual(['tab-indentation']);
  });

  it('reports an unclosed quote where it opens, not at the end of the file', () => {
    const text = planWith('  country: TW\ncustomer:', '  country: "TW\ncustomer:');
    const result = validateText(text, { locale: 'en' });
    expect(codes(result)).toEqual(['yaml-syntax']);
    const open = text.indexOf('"TW');
    expect(result.diagnostics[0]?.range.start).toEqual(rangeOf(text, '"TW', open).start);
    expect(result.diagnostics[0]?.message).toMatch(/quote is never closed/);
    const single = validateText("a: 1\nb: 'Tail\nc: 2\n");
    expect(single.diagnostics.map((d) => d.range.start)).toEqual([{ line: 2, column: 4 }]);
  });

  it('reports a second document at its --- line', () => {
    const text = `${READY_PLAN}---\nversion: 1\n`;
    const result = validateText(text);
    expect(codes(result)).toEqual(['multiple-documents']);
    expect(result.diagnostics[0]?.range).toEqual(rangeOf(text, '---'));
  });

  it('rejects an alias bomb quickly, at the first alias', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const text = `${lines.join('\n')}\n`;
    const result = validateText(text);
    expect(codes(result)).toEqual(['alias-limit']);
    expect(result.diagnostics[0]?.range).toEqual(rangeOf(text, '*a'));
  });

  it('reports an alias without anchor', () => {
    const text = planWith('  country: TW\ncustomer:', '  country: *nowhere\ncustomer:');
    const result = validateText(text);
    expect(codes(result)).toEqual(['unresolved-alias']);
    expect(result.diagnostics[0]?.range).toEqual(rangeOf(text, '*nowhere'));
  });

  it('accepts aliases that stay within the limit', () => {
    const text = planWith(
      '  country: TW\ncustomer:\n  name: Tailspin Coffee\n  country: TW',
      '  country: &tw TW\ncustomer:\n  name: Tailspin Coffee\n  country: *tw',
    );
    expect(validateText(text).diagnostics).toEqual([]);
  });

  it('refuses __proto__ keys and leaves Object.prototype alone', () => {
    const text = planWith('partner:\n', 'partner:\n  __proto__: { polluted: true }\n');
    const result = validateText(text);
    expect(codes(result)).toEqual(['proto-key']);
    expect(result.diagnostics[0]?.range).toEqual(rangeOf(text, '__proto__'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses tags outside the core schema, and a YAML 1.1 directive', () => {
    const tagged = planWith('  name: Northwind Traders', '  name: !!binary Tm9ydGh3aW5k');
    expect(codes(validateText(tagged))).toEqual(['yaml-tag']);
    const custom = planWith('  name: Northwind Traders', '  name: !custom Northwind');
    expect(codes(validateText(custom))).toEqual(['yaml-tag']);
    const old = `%YAML 1.1\n---\n${READY_PLAN}`;
    const result = validateText(old);
    expect(codes(result)).toEqual(['yaml-version']);
    expect(result.diagnostics[0]?.range).toEqual(rangeOf(old, '%YAML 1.1'));
  });

  it('accepts the core tags written out', () => {
    expect(
      validateText(planWith('  name: Northwind Traders', '  name: !!str Northwind')).diagnostics,
    ).toEqual([]);
  });

  it('reports syntax errors with a range inside the file', () => {
    const text = planWith('  name: Tailspin Coffee', '  name: "Tailspin Coffee');
    const result = validateText(text);
    expect(result.verdict).toBe('invalid');
    expect(codes(result)).toContain('yaml-syntax');
    for (const d of result.diagnostics) expect(d.range.start.line).toBeGreaterThanOrEqual(1);
  });

  it('reports an empty file and a comment-only file as empty plans at 1:1', () => {
    for (const text of ['', '# nothing yet\n']) {
      const result = validateText(text);
      expect(codes(result)).toEqual(['empty-file']);
      expect(result.diagnostics[0]?.range.start).toEqual({ line: 1, column: 1 });
    }
  });

  it('does not parse a file over the size limit', () => {
    const result = validateText(READY_PLAN, { maxFileSize: 100 });
    expect(codes(result)).toEqual(['file-too-large']);
    expect(result.diagnostics[0]?.range).toEqual({
      start: { line: 1, column: 1 },
      end: { line: 1, column: 1 },
    });
  });

  it('counts the size limit in UTF-8 bytes', () => {
    const text = planWith('Tailspin Coffee', '咖啡'.repeat(100));
    const bytes = new TextEncoder().encode(text).length;
    expect(codes(validateText(text, { maxFileSize: bytes }))).not.toContain('file-too-large');
    expect(codes(validateText(text, { maxFileSize: bytes - 1 }))).toEqual(['file-too-large']);
  });

  it('reads unquoted dates as dates and accepts CRLF line ends and a BOM', () => {
    expect(validateText(READY_PLAN.replace(/\n/g, '\r\n')).diagnostics).toEqual([]);
    expect(validateText(`\ufeff${READY_PLAN}`).diagnostics).toEqual([]);
  });
});
