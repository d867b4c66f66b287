import type { Locale, Localized } from '@csp-move/rules/messages';

/** Every string the playground shows, in every locale: one table, checked for completeness by type. */
export const PLAYGROUND_STRINGS = {
  'page.title': { en: 'Plan playground', 'zh-TW': '計畫檔驗證工具' },
  'page.description': {
    en: 'Paste, type or open a plan file and see, line by line, what csp-move validate says about it.',
    'zh-TW': '貼上、輸入或開啟計畫檔，逐行查看 csp-move validate 對它的檢查結果。',
  },
  'page.privacy': {
    en: 'The plan is checked in this page by the same code the command line runs. Nothing is sent anywhere.',
    'zh-TW': '計畫檔由本頁面中與命令列相同的程式碼檢查，不會傳送到任何地方。',
  },
  'editor.label': { en: 'Plan file (YAML)', 'zh-TW': '計畫檔（YAML）' },
  'editor.help': {
    en: 'Tab leaves the editor; indent with spaces. The diagnostics are listed below it.',
    'zh-TW': '按 Tab 鍵會離開編輯器，縮排請使用空格。檢查結果列在編輯器下方。',
  },
  'editor.loading': { en: 'Loading the validator…', 'zh-TW': '正在載入驗證程式…' },
  'start.comment': {
    en: 'A small business in Taiwan moves its Microsoft 365 subscriptions, bought directly from Microsoft,\nto a Taiwanese CSP partner: same offers, same licence counts, targets a few days before the terms\nend, auto-renew off. Verdict: ready.',
    'zh-TW':
      '台灣的一家小型企業，把直接向 Microsoft 購買的 Microsoft 365 訂閱移轉給台灣的 CSP 合作夥伴：\n供應項目與授權數量不變，新訂閱在原訂閱期滿前幾天開始，並關閉自動續訂。結果：可以進行。',
  },
  'example.label': { en: 'Start from an example', 'zh-TW': '從範例開始' },
  'example.none': { en: 'Choose an example…', 'zh-TW': '選擇範例…' },
  'example.loaded': { en: 'Loaded the example {file}.', 'zh-TW': '已載入範例 {file}。' },
  'open.label': { en: 'Open a plan file', 'zh-TW': '開啟計畫檔' },
  'open.done': { en: 'Opened {file}.', 'zh-TW': '已開啟 {file}。' },
  'open.tooBig': {
    en: '{file} is larger than 1 MB; a plan file is far smaller.',
    'zh-TW': '{file} 超過 1 MB；計畫檔通常小得多。',
  },
  'paste.tooBig': {
    en: 'Not pasted: the plan would be larger than 1 MB, the most csp-move reads; a plan file is far smaller.',
    'zh-TW': '未貼上：貼上後計畫檔會超過 1 MB，也就是 csp-move 可讀取的上限；計畫檔通常小得多。',
  },
  download: { en: 'Download', 'zh-TW': '下載' },
  'result.heading': { en: 'Diagnostics', 'zh-TW': '檢查結果' },
  summary: {
    en: 'Errors: {errors} · Warnings: {warnings} · Info: {infos}',
    'zh-TW': '錯誤：{errors}・警告：{warnings}・資訊：{infos}',
  },
  'diagnostics.none': {
    en: 'Nothing to report: csp-move validate accepts this plan as it is.',
    'zh-TW': '沒有任何問題：csp-move validate 會直接接受這份計畫檔。',
  },
  goto: { en: 'Go to line {line}, column {column}', 'zh-TW': '前往第 {line} 行第 {column} 欄' },
  'fix.apply': { en: 'Fix: {title}', 'zh-TW': '修正：{title}' },
  'fix.applied': { en: 'Applied: {title}', 'zh-TW': '已套用：{title}' },
  'fix.offer': { en: 'use {id}', 'zh-TW': '改用 {id}' },
} as const satisfies Record<string, Localized>;

export type PlaygroundStringKey = keyof typeof PLAYGROUND_STRINGS;
export type PlaygroundStrings = Record<PlaygroundStringKey, string>;

/** The string for `key` in `locale`. */
export function playgroundText(locale: Locale, key: PlaygroundStringKey): string {
  return PLAYGROUND_STRINGS[key][locale];
}

/** Every string in one locale, for the page to hand to its script. */
export function playgroundStrings(locale: Locale): PlaygroundStrings {
  return Object.fromEntries(
    Object.entries(PLAYGROUND_STRINGS).map(([key, value]) => [key, value[locale]]),
  ) as PlaygroundStrings;
}
