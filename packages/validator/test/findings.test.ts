import type { Catalog } from '@csp-move/rules/catalog';
import { describe, expect, it } from 'vitest';
import { validateText } from '../src/core/validate.ts';
import { planWith, rangeOf } from './helpers/plan.ts';

// Taiwan's partner with a customer in Germany: region-mismatch, on the customer's country.
const MISMATCH = planWith('  name: Tailspin Coffee\n  country: TW', '  name: Tailspin Coffee\n  country: DE');
const customerCountry = rangeOf(MISMATCH, 'DE');

describe('rule findings', () => {
  it('puts a finding on the value its pointer names, with related locations and the rule page', () => {
    const result = validateText(MISMATCH);
    expect(result.verdict).toBe('blocked');
    const [d] = result.diagnostics;
    expect(d?.rule).toBe('region-mismatch');
    expect(d?.pointer).toBe('/customer/country');
    expect(d?.range).toEqual(customerCountry);
    expect(d?.related?.map((r) => r.pointer)).toEqual(['/partner/country']);
    expect(d?.related?.[0]?.range).toEqual(rangeOf(MISMATCH, 'TW'));
    expect(d?.help).toBe('https://csp-move.dev/rules/region-mismatch/');
    expect(validateText(MISMATCH, { locale: 'zh-TW' }).diagnostics[0]?.help).toBe(
      'https://csp-move.dev/zh-tw/rules/region-mismatch/',
    );
  });

  it('applies severity overrides and turns rules off', () => {
    const warned = validateText(MISMATCH, { overrides: { 'region-mismatch': 'warning' } });
    expect(warned.diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(warned.verdict).toBe('needs-attention');
    const off = validateText(MISMATCH, { overrides: { 'region-mismatch': 'off' } });
    expect(off.diagnostics).toEqual([]);
    expect(off.verdict).toBe('ready');
  });

  it('does not run the rules on an invalid plan', () => {
    const broken = MISMATCH.replace('  adminAccess: gdap', '  adminAccess: gdpa');
    const result = validateText(broken);
    expect(result.verdict).toBe('invalid');
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['invalid-value']);
  });

  it('turns a failure inside the validator into an internal-error diagnostic instead of throwing', () => {
    const failing = new Proxy({} as Catalog, {
      get() {
        throw new Error('catalog unavailable');
      },
    });
    const result = validateText(MISMATCH, { catalog: failing });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['internal-error']);
    expect(result.diagnostics[0]?.range.start).toEqual({ line: 1, column: 1 });
  });
});

describe('suppression comments', () => {
  const suppress = (comment: string) => MISMATCH.replace('  country: DE', `  ${comment}\n  country: DE`);

  it('moves a suppressed finding aside with its reason, and the verdict follows', () => {
    const result = validateText(
      suppress('# csp-move-disable-next-line region-mismatch -- tenant moves to TW first'),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.verdict).toBe('ready');
    expect(result.suppressed.map((d) => [d.rule, d.justification])).toEqual([
      ['region-mismatch', 'tenant moves to TW first'],
    ]);
  });

  it('reports a suppression that silences nothing, with a fix that removes the line', () => {
    const text = suppress('# csp-move-disable-next-line auto-renew-on -- not needed');
    const result = validateText(text);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['unused-suppression', 'region-mismatch']);
    const [unused] = result.diagnostics;
    expect(unused?.range).toEqual(rangeOf(text, '# csp-move-disable-next-line auto-renew-on -- not needed'));
    expect(unused?.severity).toBe('warning');
    expect(unused?.fixes?.[0]?.replacement).toBe('');
  });

  it('does not report suppressions of rules that are turned off', () => {
    const text = suppress('# csp-move-disable-next-line auto-renew-on -- not needed');
    const result = validateText(text, { overrides: { 'auto-renew-on': 'off' } });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['region-mismatch']);
  });

  it.each([
    ['# csp-move-disable-next-line region-mismatch', 'noReason'],
    ['# csp-move-disable-next-line region-mismatch --   ', 'noReason'],
    ['# csp-move-disable-next-line -- because', 'noRule'],
    ['# csp-move-disable-line region-mismatch -- because', 'default'],
  ])('reports a malformed comment: %s (%s)', (comment) => {
    const text = suppress(comment);
    const result = validateText(text);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['malformed-suppression', 'region-mismatch']);
    expect(result.diagnostics[0]?.range.start).toEqual(rangeOf(text, '# csp-move-disable').start);
  });

  it('reports an unknown rule id with a fix, and refuses to suppress a diagnostic code', () => {
    const text = suppress('# csp-move-disable-next-line region-mismach, unknown-key -- because');
    const result = validateText(text);
    const unknown = result.diagnostics.filter((d) => d.rule === 'unknown-rule');
    expect(unknown.map((d) => d.range)).toEqual([
      rangeOf(text, 'region-mismach'),
      rangeOf(text, 'unknown-key'),
    ]);
    expect(unknown[0]?.fixes?.[0]?.replacement).toBe('region-mismatch');
    expect(unknown[1]?.fixes).toBeUndefined();
  });

  it('ignores the directive inside a quoted string', () => {
    const text = MISMATCH.replace(
      '  name: Tailspin Coffee',
      '  name: "Tailspin # csp-move-disable-next-line x"',
    );
    expect(validateText(text).diagnostics.map((d) => d.rule)).toEqual(['region-mismatch']);
  });

  it('skips comment lines between the suppression and the line it applies to', () => {
    const text = suppress(
      '# csp-move-disable-next-line region-mismatch -- moves first\n  # a second comment',
    );
    expect(validateText(text).diagnostics).toEqual([]);
  });
});
