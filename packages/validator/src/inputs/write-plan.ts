import type { Locale } from '@csp-move/rules/messages';
import { FILL_IN } from '@csp-move/rules/plan';
import { PLAN_SCHEMA_URL } from '@csp-move/rules/site';
import type { Field, ImportedLine, ImportedPlan, ImportNote, LeftOut, LeftOutReason } from './plan-model.ts';

type Words = Record<Locale, string>;

const HEADER: Record<'imported' | 'explain' | 'leftOut', Words> = {
  imported: { en: 'Imported by `csp-move import` from:', 'zh-TW': '由 `csp-move import` 匯入，來源：' },
  explain: {
    en: 'A comment beside a value names the file and field it came from; `to-fill-in` marks what the exports\n# cannot tell. Importing again updates seats, dates and subscriptions, and keeps everything else you write.',
    'zh-TW':
      '值旁的註解標示其來源檔案與欄位；`to-fill-in` 表示匯出資料無法提供、須自行填寫的值。\n# 再次匯入只會更新授權數、日期與訂閱清單，您自行填寫的內容都會保留。',
  },
  leftOut: { en: 'Left out of this plan:', 'zh-TW': '未納入此計畫：' },
};

const REASONS: Record<LeftOutReason, Words> = {
  deleted: { en: 'deleted', 'zh-TW': '已刪除' },
  expired: { en: 'expired', 'zh-TW': '已到期' },
  free: {
    en: 'a free self-service or viral SKU, nothing to move',
    'zh-TW': '免費的自助式或試用 SKU，無須移轉',
  },
  yours: {
    en: 'created by your own partner tenant: already yours',
    'zh-TW': '由您自己的合作夥伴租用戶建立，已在您的帳戶下',
  },
  'not-licence': {
    en: 'not a licence subscription (Azure, software)',
    'zh-TW': '不是授權型訂閱（Azure、軟體）',
  },
  'no-licences': { en: 'no licences on it', 'zh-TW': '沒有任何授權' },
};

const NOTES: {
  [K in ImportNote['code']]: Record<Locale, (note: Extract<ImportNote, { code: K }>) => string>;
} = {
  'day-before-next-state': {
    en: (n) => `the day before ${n.at}, when the subscription moves to its next state`,
    'zh-TW': (n) => `前一天：訂閱於 ${n.at} 進入下一個狀態`,
  },
  'status-not-renewal': {
    en: (n) =>
      `status ${n.status}: the term has ended${n.at ? `; ${n.at} is the next state change, not a renewal` : ''}`,
    'zh-TW': (n) => `狀態為 ${n.status}：期限已結束${n.at ? `，${n.at} 是下一次狀態變更，不是續約日` : ''}`,
  },
  'no-owner-partner': {
    en: () => 'no partner tenant created it: bought directly from Microsoft, or volume licensing',
    'zh-TW': () => '沒有合作夥伴租用戶建立此訂閱：可能是直接向 Microsoft 購買，或是大量授權',
  },
  'unknown-sku': {
    en: (n) => `${skuWords(n)}: not in csp-move's catalog; write its catalog id`,
    'zh-TW': (n) => `${skuWords(n)}：不在 csp-move 的目錄中，請填入目錄 ID`,
  },
  'graph-no-billing': {
    en: () => 'Microsoft Graph does not tell billing, term length or auto-renew',
    'zh-TW': () => 'Microsoft Graph 不提供計費週期、期限長度與自動續約',
  },
  'not-in-export': { en: () => 'not in the exports', 'zh-TW': () => '匯出資料未提供' },
};

/** An unknown SKU as the export names it: part number, name and id, whichever it gives. */
function skuWords(note: Extract<ImportNote, { code: 'unknown-sku' }>): string {
  return [note.partNumber, note.name && `"${note.name}"`, note.id].filter(Boolean).join(' ');
}

function noteText(note: ImportNote, locale: Locale): string {
  return (NOTES[note.code][locale] as (n: ImportNote) => string)(note);
}

/** A scalar as YAML writes it: plain when that reads back as the same string, else double-quoted JSON. */
export function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain =
    /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#:]*$/.test(value) &&
    !/\s$/.test(value) &&
    !/^(true|false|yes|no|on|off|null|~|y|n)$/i.test(value) &&
    !/^[-+.]?\d/.test(value);
  return plain || /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : JSON.stringify(value);
}

function comment(field: Field<unknown>, locale: Locale): string {
  const parts: string[] = [];
  if (field.from) parts.push(`${field.from.file}: ${field.from.field}`);
  if (field.note) parts.push(noteText(field.note, locale));
  return parts.length > 0 ? `  # ${parts.join('; ').replace(/[\r\n]+/g, ' ')}` : '';
}

function line(indent: string, key: string, field: Field<unknown>, locale: Locale): string {
  return `${indent}${key}: ${scalar(field.value as string)}${comment(field, locale)}\n`;
}

/** One subscription line of a plan, as text: `  - id: …` and its fields, in the schema's order. */
export function renderLine(sub: ImportedLine, locale: Locale): string {
  const i = '    ';
  let out = `  - id: ${sub.id}\n`;
  out += line(i, 'offer', sub.offer, locale);
  out += line(i, 'subscriptionId', sub.subscriptionId, locale);
  out += line(i, 'quantity', sub.quantity, locale);
  if (sub.assigned) out += line(i, 'assigned', sub.assigned, locale);
  out += line(i, 'channel', sub.channel, locale);
  if (sub.trial) out += line(i, 'trial', sub.trial, locale);
  out += line(i, 'term', sub.term, locale);
  out += line(i, 'billing', sub.billing, locale);
  out += line(i, 'termEnd', sub.termEnd, locale);
  out += line(i, 'endOfTerm', sub.endOfTerm, locale);
  if (sub.addOnOf) out += line(i, 'addOnOf', sub.addOnOf, locale);
  out += `${i}target: ${FILL_IN}\n`;
  return out;
}

function leftOutBlock(left: readonly LeftOut[], locale: Locale): string {
  if (left.length === 0) return '';
  let out = `# ${HEADER.leftOut[locale]}\n`;
  for (const item of left)
    out += `#   - ${item.name.replace(/[\r\n#]+/g, ' ')} (${item.subscriptionId}): ${REASONS[item.reason][locale]}${item.status ? `, status ${item.status}` : ''}; ${item.from.file}: ${item.from.field}\n`;
  return out;
}

/** The whole version 2 plan file for one imported customer. */
export function renderPlan(plan: ImportedPlan, locale: Locale): string {
  let out = `# yaml-language-server: $schema=${PLAN_SCHEMA_URL}\n`;
  out += `# ${HEADER.imported[locale]} ${plan.files.join(', ').replace(/[\r\n]+/g, ' ')}\n`;
  out += `# ${HEADER.explain[locale]}\n`;
  out += leftOutBlock(plan.leftOut, locale);
  out += 'version: 2\n';
  out += 'partner:\n';
  out += line('  ', 'name', plan.partner.name, locale);
  if (plan.partner.partnerId) out += line('  ', 'partnerId', plan.partner.partnerId, locale);
  out += line('  ', 'country', plan.partner.country, locale);
  out += 'customer:\n';
  out += line('  ', 'name', plan.customer.name, locale);
  if (plan.customer.tenantId) out += line('  ', 'tenantId', plan.customer.tenantId, locale);
  if (plan.customer.domain) out += line('  ', 'domain', plan.customer.domain, locale);
  out += line('  ', 'country', plan.customer.country, locale);
  out += 'relationship:\n';
  out += `  reseller: ${FILL_IN}\n`;
  out += `  adminAccess: ${FILL_IN}\n`;
  out += 'subscriptions:\n';
  for (const sub of plan.lines) out += renderLine(sub, locale);
  return out;
}
