import type { Locale } from '@csp-move/rules/messages';
import { countText } from '@csp-move/rules/messages';
import type { InputProblemCode } from './facts.ts';
import type { LeftOutReason } from './plan-model.ts';
import type { Change } from './reimport.ts';

type Words = Record<Locale, (p: Record<string, string>) => string>;

type Expected =
  | 'text'
  | 'number'
  | 'boolean'
  | 'tenant'
  | 'sku'
  | 'graph-subscription'
  | 'partner-center-subscription';

/** What a value of an export should have been, for the `bad-value` problem. */
const EXPECTED: Record<Expected, Record<Locale, string>> = {
  text: { en: 'text', 'zh-TW': '文字' },
  number: { en: 'a whole number, 0 or more', 'zh-TW': '0 或以上的整數' },
  boolean: { en: 'true or false', 'zh-TW': ' true 或 false' },
  tenant: { en: 'the tenant id', 'zh-TW': '租用戶 ID' },
  sku: { en: 'a SKU with skuId and skuPartNumber', 'zh-TW': '含 skuId 與 skuPartNumber 的 SKU' },
  'graph-subscription': {
    en: 'a subscription with id, status and totalLicenses',
    'zh-TW': '含 id、status 與 totalLicenses 的訂閱',
  },
  'partner-center-subscription': {
    en: 'a subscription with id, offerId, quantity and status',
    'zh-TW': '含 id、offerId、quantity 與 status 的訂閱',
  },
};

/** What is wrong with an input file, per problem code, in every locale. */
export const INPUT_PROBLEMS: Record<InputProblemCode, Words> = {
  unreadable: { en: (p) => `cannot be read (${p.reason})`, 'zh-TW': (p) => `無法讀取（${p.reason}）` },
  'too-large': {
    en: (p) => `is ${p.size}, over the ${p.limit} an export may have`,
    'zh-TW': (p) => `大小為 ${p.size}，超過匯出檔上限 ${p.limit}`,
  },
  'not-utf8': { en: () => 'is not UTF-8 text', 'zh-TW': () => '不是 UTF-8 文字' },
  syntax: {
    en: (p) => `is not valid JSON: ${p.detail} (truncated, or edited by hand?)`,
    'zh-TW': (p) => `不是有效的 JSON：${p.detail}（檔案是否被截斷或經手動編輯？）`,
  },
  html: {
    en: () => 'is an HTML page (a sign-in or error page saved instead of the response), not an export',
    'zh-TW': () => '是 HTML 網頁（可能存成了登入或錯誤頁面，而不是 API 回應），不是匯出資料',
  },
  'error-response': {
    en: (p) => `is an error response, not data: ${p.code}${p.message ? `: ${p.message}` : ''}`,
    'zh-TW': (p) => `是錯誤回應，不是資料：${p.code}${p.message ? `：${p.message}` : ''}`,
  },
  'unknown-shape': {
    en: () =>
      'is not an export csp-move reads (Graph /organization, /subscribedSkus, /directory/subscriptions; Partner Center /customers/{id}/subscriptions)',
    'zh-TW': () =>
      '不是 csp-move 可讀取的匯出資料（Graph /organization、/subscribedSkus、/directory/subscriptions；合作夥伴中心 /customers/{id}/subscriptions）',
  },
  partial: {
    en: (p) =>
      p.field === 'totalCount'
        ? `is one page of ${p.count} items (${p.items} here): save every page into one file`
        : `is one page of a longer list (${p.field}): save every page, then import them all`,
    'zh-TW': (p) =>
      p.field === 'totalCount'
        ? `只是共 ${p.count} 筆資料中的一頁（此處 ${p.items} 筆）：請將所有頁面存成一個檔案`
        : `只是較長清單中的一頁（${p.field}）：請儲存所有頁面後再一起匯入`,
  },
  'bad-date': {
    en: (p) => `${p.field} is not a date: "${p.value}"`,
    'zh-TW': (p) => `${p.field} 不是日期：「${p.value}」`,
  },
  'bad-value': {
    en: (p) => `${p.field || 'the item'} should be ${EXPECTED[p.expected as Expected]?.en ?? p.expected}`,
    'zh-TW': (p) => `${p.field || '此項目'} 應為${EXPECTED[p.expected as Expected]?.['zh-TW'] ?? p.expected}`,
  },
  'duplicate-id': {
    en: (p) => `${p.field} repeats subscription ${p.id}, already at ${p.other}`,
    'zh-TW': (p) => `${p.field} 重複了訂閱 ${p.id}，已出現在 ${p.other}`,
  },
  'mixed-tenants': {
    en: (p) => `holds more than one customer tenant (${p.tenants}): export each tenant on its own`,
    'zh-TW': (p) => `包含多個客戶租用戶（${p.tenants}）：請分別匯出每個租用戶`,
  },
  'no-tenant': {
    en: () =>
      "names no customer tenant: put it in a folder with that tenant's /organization or /subscribedSkus export",
    'zh-TW': () =>
      '未指出屬於哪個客戶租用戶：請將它與該租用戶的 /organization 或 /subscribedSkus 匯出檔放在同一資料夾',
  },
  'plan-file': {
    en: () => 'is a plan file already: check it with `csp-move validate`',
    'zh-TW': () => '已經是計畫檔：請用 `csp-move validate` 檢查',
  },
};

export const IMPORT_TEXT = {
  created: {
    en: (path: string, lines: string, fill: string) => `Created ${path}: ${lines}, ${fill}.`,
    'zh-TW': (path: string, lines: string, fill: string) => `已建立 ${path}：${lines}，${fill}。`,
  },
  wouldCreate: {
    en: (path: string) => `Would create ${path}.`,
    'zh-TW': (path: string) => `將建立 ${path}。`,
  },
  updated: { en: (path: string) => `Updated ${path}:`, 'zh-TW': (path: string) => `已更新 ${path}：` },
  wouldUpdate: {
    en: (path: string) => `Would update ${path}:`,
    'zh-TW': (path: string) => `將更新 ${path}：`,
  },
  unchanged: {
    en: (path: string) => `${path} is up to date.`,
    'zh-TW': (path: string) => `${path} 已是最新。`,
  },
  nothingToMove: {
    en: (name: string) => `Nothing to move for ${name}: every subscription was left out.`,
    'zh-TW': (name: string) => `${name} 沒有需要移轉的訂閱：所有訂閱都未納入。`,
  },
  notWritten: {
    en: (name: string) => `Nothing written for ${name}: an input of it has a problem (above).`,
    'zh-TW': (name: string) => `未寫入 ${name} 的計畫：其輸入檔有問題（見上方）。`,
  },
  cannotUpdate: {
    en: (path: string, why: string) => `${path} cannot be updated in place (${why}); nothing written.`,
    'zh-TW': (path: string, why: string) => `無法就地更新 ${path}（${why}）；未寫入任何內容。`,
  },
  severalNeedOut: {
    en: (count: string) => `The inputs hold ${count} customers: name a folder for their plans with --out.`,
    'zh-TW': (count: string) => `輸入資料包含 ${count} 個客戶：請用 --out 指定存放計畫檔的資料夾。`,
  },
  noCustomers: {
    en: () => 'No customer tenant found in the inputs.',
    'zh-TW': () => '輸入資料中找不到任何客戶租用戶。',
  },
  summary: {
    en: (created: string, updated: string, same: string, failed: string) =>
      `${created} created, ${updated} updated, ${same} up to date, ${failed} not written.`,
    'zh-TW': (created: string, updated: string, same: string, failed: string) =>
      `建立 ${created} 份、更新 ${updated} 份、${same} 份已是最新、${failed} 份未寫入。`,
  },
} as const;

export function lines(count: number, locale: Locale): string {
  return countText(locale, 'subscriptions', count);
}

export function toFill(count: number, locale: Locale): string {
  return countText(locale, 'valuesToFill', count);
}

export const LEFT_OUT_SUMMARY: Record<Locale, (count: number, reasons: string) => string> = {
  en: (count, reasons) => `  left out: ${count} (${reasons})`,
  'zh-TW': (count, reasons) => `  未納入：${count} 筆（${reasons}）`,
};

export const REASON_WORDS: Record<LeftOutReason, Record<Locale, string>> = {
  deleted: { en: 'deleted', 'zh-TW': '已刪除' },
  expired: { en: 'expired', 'zh-TW': '已到期' },
  free: { en: 'free self-service', 'zh-TW': '免費自助式' },
  yours: { en: 'already yours', 'zh-TW': '已屬於您' },
  'not-licence': { en: 'not a licence subscription', 'zh-TW': '非授權型訂閱' },
  'no-licences': { en: 'no licences', 'zh-TW': '沒有授權' },
};

const CHANGES: { [K in Change['kind']]: Record<Locale, (change: Extract<Change, { kind: K }>) => string> } = {
  added: {
    en: (c) => `  added subscription ${c.line}`,
    'zh-TW': (c) => `  新增訂閱 ${c.line}`,
  },
  removed: {
    en: (c) => `  removed subscription ${c.line} (no longer in the export)`,
    'zh-TW': (c) => `  移除訂閱 ${c.line}（匯出資料已不再列出）`,
  },
  value: {
    en: (c) => `  ${c.line ? `${c.line}.${c.field}` : `customer.${c.field}`}: ${c.from || '—'} → ${c.to}`,
    'zh-TW': (c) =>
      `  ${c.line ? `${c.line}.${c.field}` : `customer.${c.field}`}：${c.from || '—'} → ${c.to}`,
  },
};

export function changeText(change: Change, locale: Locale): string {
  return (CHANGES[change.kind][locale] as (c: Change) => string)(change);
}
