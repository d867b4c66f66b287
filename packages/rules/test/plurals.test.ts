import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../src/catalog/index.ts';
import { countText, formatTemplate } from '../src/messages/index.ts';
import { rules } from '../src/rules/index.ts';

/** Counts read as each language counts (issue 25: "1 subscription(s)"). */
describe('counted nouns', () => {
  const catalog = defaultCatalog();

  it('one subscription is singular in English, and Chinese has one form', () => {
    expect(countText('en', 'subscriptions', 1)).toBe('1 subscription');
    expect(countText('en', 'subscriptions', 3)).toBe('3 subscriptions');
    expect(countText('en', 'subscriptions', 0)).toBe('0 subscriptions');
    expect(countText('zh-TW', 'subscriptions', 1)).toBe('1 個訂閱');
    expect(countText('en', 'lines', 1200)).toBe('1,200 subscription lines');
  });

  it('a message counts with {count:subscriptions}', () => {
    const template = rules['transfer-needs-relationship'].messages.default;
    const one = formatTemplate(template.en, { count: 1, source: 'Contoso' }, { locale: 'en', catalog });
    expect(one).toContain('transfers 1 subscription from Contoso');
    const two = formatTemplate(
      template['zh-TW'],
      { count: 2, source: 'Contoso' },
      { locale: 'zh-TW', catalog },
    );
    expect(two).toContain('移轉 2 個訂閱');
  });

  it('no rule message hedges a plural with "(s)"', () => {
    for (const rule of Object.values(rules)) {
      for (const message of Object.values(rule.messages)) {
        expect(message.en, rule.id).not.toMatch(/\w\(s\)/);
      }
    }
  });
});
