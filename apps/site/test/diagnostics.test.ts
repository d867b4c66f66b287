import { SITE_URL } from '@csp-move/rules/site';
import { DIAGNOSTIC_CODES, diagnosticDefinition, diagnosticUrl } from '@csp-move/validator/diagnostics';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { tree } from './dist.ts';

describe.each([
  { locale: 'en', prefix: '' },
  { locale: 'zh-TW', prefix: '/zh-tw' },
] as const)('/reference/diagnostics/ ($locale)', ({ locale, prefix }) => {
  const page = tree(`${prefix}/reference/diagnostics/`);

  test('lists every diagnostic of the validator once', () => {
    const listed = selectAll('[data-diagnostic]', page).map((s) => s.properties.dataDiagnostic);
    expect(listed.sort()).toEqual([...DIAGNOSTIC_CODES].sort());
  });

  test.each(DIAGNOSTIC_CODES)('%s has its anchor, severity and every message', (code) => {
    const definition = diagnosticDefinition(code);
    const section = select(`[data-diagnostic="${code}"]`, page);
    expect(select(`h3#${code}`, section ?? page)).toBeTruthy();
    expect(select('[data-severity]', section ?? page)?.properties.dataSeverity).toBe(definition.severity);
    expect(selectAll('[data-variant]', section ?? page)).toHaveLength(
      Object.keys(definition.messages).length,
    );
  });

  test('the help link the CLI prints for each code lands on this page, at the code', () => {
    for (const code of DIAGNOSTIC_CODES) {
      const url = new URL(diagnosticUrl(code, locale));
      expect(url.origin).toBe(SITE_URL);
      expect(url.pathname).toBe(`${prefix}/reference/diagnostics/`);
      expect(select(`#${url.hash.slice(1)}`, page)).toBeTruthy();
    }
  });
});
