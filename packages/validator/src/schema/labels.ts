import type { Localized } from '@csp-move/rules/messages';

/** How each JSON type reads in a message ("must be a whole number, not text"). */
export const TYPE_LABELS: Record<string, Localized> = {
  string: { en: 'text', 'zh-TW': '文字' },
  number: { en: 'a number', 'zh-TW': '數字' },
  integer: { en: 'a whole number', 'zh-TW': '整數' },
  decimal: { en: 'a decimal number', 'zh-TW': '小數' },
  boolean: { en: 'true or false', 'zh-TW': 'true 或 false' },
  object: { en: 'a mapping of fields', 'zh-TW': '欄位對應' },
  array: { en: 'a list', 'zh-TW': '清單' },
  null: { en: 'empty', 'zh-TW': '空值' },
};

/** Joins labels with "or" in each locale. */
export function either(labels: Localized[]): Localized {
  return {
    en: labels.map((l) => l.en).join(' or '),
    'zh-TW': labels.map((l) => l['zh-TW']).join('或'),
  };
}

/** The label of what a value is, in the terms of TYPE_LABELS. */
export function actualType(value: unknown): Localized {
  if (value === null || value === undefined) return TYPE_LABELS.null as Localized;
  if (Array.isArray(value)) return TYPE_LABELS.array as Localized;
  if (typeof value === 'number')
    return (Number.isInteger(value) ? TYPE_LABELS.integer : TYPE_LABELS.decimal) as Localized;
  return (TYPE_LABELS[typeof value] ?? TYPE_LABELS.object) as Localized;
}

/** The label of the expected types. */
export function expectedType(types: readonly string[]): Localized {
  return either(types.map((t) => TYPE_LABELS[t] ?? { en: t, 'zh-TW': t }));
}

/** "`a`, `b` or `c`": a choice between values, in each locale. */
export function orList(values: readonly string[]): Localized {
  const quoted = values.map((v) => `\`${v}\``);
  if (quoted.length <= 1) return { en: quoted.join(''), 'zh-TW': quoted.join('') };
  const head = quoted.slice(0, -1);
  const last = quoted[quoted.length - 1];
  return { en: `${head.join(', ')} or ${last}`, 'zh-TW': `${head.join('、')} 或 ${last}` };
}

/** "one of `a`, `b`, `c`" for an enum, as an expected-type label. */
export function oneOf(values: readonly string[]): Localized {
  const list = values.map((v) => `\`${v}\``).join(', ');
  return { en: `one of ${list}`, 'zh-TW': `${list} 其中之一` };
}

/**
 * What each pattern in the plan and config schemas asks for, in words. Keyed by the pattern source so
 * that a pattern added to a schema without words here falls back to quoting the pattern.
 */
export const PATTERN_HINTS: Record<string, Localized> = {
  '^[A-Z]{2}$': {
    en: 'a two-letter country code in upper case, as Partner Center uses it (DE, TW, XK)',
    'zh-TW': '合作夥伴中心使用的兩碼大寫國家/地區代碼（例如 DE、TW、XK）',
  },
  '^[0-9]{1,12}$': { en: 'digits only (a PartnerID)', 'zh-TW': '純數字（PartnerID）' },
  '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$': {
    en: 'a GUID such as 3f2b6c1e-8a4d-4b7e-9c2a-1d5e6f7a8b9c',
    'zh-TW': 'GUID，例如 3f2b6c1e-8a4d-4b7e-9c2a-1d5e6f7a8b9c',
  },
  '^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$': {
    en: 'a domain name such as fabrikam.onmicrosoft.com',
    'zh-TW': '網域名稱，例如 fabrikam.onmicrosoft.com',
  },
  '^[a-z0-9][a-z0-9-]*$': {
    en: 'a catalog id in lower case with hyphens (office-365-e3)',
    'zh-TW': '以連字號分隔的小寫目錄 ID（例如 office-365-e3）',
  },
  '^[a-z0-9][a-z0-9-_]*$': {
    en: 'lower-case letters, digits, - and _, starting with a letter or digit',
    'zh-TW': '小寫英文字母、數字、- 與 _，且以字母或數字開頭',
  },
  '^[a-z][a-z0-9-]*$': {
    en: 'a role name in lower case with hyphens (license-administrator)',
    'zh-TW': '以連字號分隔的小寫角色名稱（例如 license-administrator）',
  },
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': { en: 'a date written YYYY-MM-DD', 'zh-TW': '寫成 YYYY-MM-DD 的日期' },
};

/** Words for a pattern, or the pattern itself. */
export function patternHint(pattern: string): Localized {
  return PATTERN_HINTS[pattern] ?? { en: `text matching ${pattern}`, 'zh-TW': `符合 ${pattern} 的文字` };
}
