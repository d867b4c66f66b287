import { LOCALES } from '@csp-move/rules/messages';
import { RULE_IDS } from '@csp-move/rules/rules';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, DIAGNOSTICS, diagnosticUrl } from '../src/diagnostics/index.ts';

const placeholders = (template: string) =>
  [...template.matchAll(/\{([A-Za-z0-9_]+)(?::[a-z]+)?\}/g)].map((m) => m[1]).sort();

describe('the diagnostics table', () => {
  it('uses kebab-case codes that never collide with rule ids', () => {
    for (const code of DIAGNOSTIC_CODES) {
      expect(code).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(RULE_IDS as readonly string[]).not.toContain(code);
    }
  });

  it.each(DIAGNOSTIC_CODES)('%s has every text in every locale, with the same placeholders', (code) => {
    const definition = DIAGNOSTICS[code];
    const texts = [definition.title, definition.description, ...Object.values(definition.messages)];
    if ('fix' in definition) texts.push(definition.fix);
    for (const text of texts) {
      for (const locale of LOCALES) expect(text[locale].trim()).not.toBe('');
      expect(text['zh-TW']).toMatch(/[\u4e00-\u9fff]/);
      expect(placeholders(text['zh-TW'])).toEqual(placeholders(text.en));
    }
  });

  it('links each code to its entry on the reference page, in each locale', () => {
    expect(diagnosticUrl('unknown-key')).toBe('https://csp-move.dev/reference/diagnostics/#unknown-key');
    expect(diagnosticUrl('unknown-key', 'zh-TW')).toBe(
      'https://csp-move.dev/zh-tw/reference/diagnostics/#unknown-key',
    );
  });
});
