/**
 * The Traditional Chinese glossary: one term per concept, as partners in Taiwan say it, across the
 * guides, the rule messages, the CLI and the site. test/glossary.test.ts flags every variant listed
 * under `avoid`. `messages` entries apply to short texts a user reads in a finding, a diagnostic or a
 * form (the guides may name the source and target of a move when they explain the terms).
 */
export interface GlossaryEntry {
  /** The concept, in English. */
  en: string;
  /** The preferred term. */
  term: string;
  /** Variants to replace with `term`. */
  avoid: readonly string[];
  /** `all`: guides, messages and site strings; `messages`: not the guides. */
  scope: 'all' | 'messages';
  /** When the preferred term needs a word of explanation. */
  note?: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { en: 'partner', term: '合作夥伴', avoid: ['合作伙伴', '夥伴商'], scope: 'all' },
  { en: 'subscription', term: '訂閱', avoid: ['訂用帳戶', '訂用'], scope: 'all' },
  { en: 'licence', term: '授權', avoid: ['許可證', '授權單位'], scope: 'all' },
  { en: 'tenant', term: '租用戶', avoid: ['租戶', '承租人'], scope: 'all' },
  { en: 'Global admin', term: '全域管理員', avoid: ['全域系統管理員'], scope: 'all' },
  {
    en: 'Billing Administrator',
    term: '計費系統管理員',
    avoid: ['計費管理員', '帳單管理員', '帳單系統管理員'],
    scope: 'all',
  },
  { en: 'admin access', term: '系統管理權限', avoid: ['系統管理存取權', '管理員存取權'], scope: 'all' },
  { en: 'reseller relationship', term: '轉銷商關係', avoid: ['經銷商關係', '轉售商關係'], scope: 'all' },
  { en: 'provision', term: '佈建', avoid: ['布建'], scope: 'all' },
  { en: 'end of term', term: '期滿', avoid: ['期限屆滿'], scope: 'all' },
  {
    en: 'extended service term',
    term: '延長服務期限（EST）',
    avoid: ['延伸服務期限', '延長服務條款'],
    scope: 'all',
  },
  { en: 'partner transfer', term: '合作夥伴間移轉', avoid: ['合作夥伴轉移', '夥伴間轉移'], scope: 'all' },
  { en: 'cancellation window', term: '取消期限', avoid: ['取消視窗', '取消時段', '取消期間'], scope: 'all' },
  {
    en: 'up to and including a date',
    term: '到當天為止',
    avoid: ['到今天'],
    scope: 'all',
    note: 'Where a date is meant, not the day the reader reads it.',
  },
  { en: 'the source subscription', term: '原訂閱', avoid: ['來源訂閱'], scope: 'messages' },
  { en: 'the target subscription', term: '新訂閱', avoid: ['目標訂閱'], scope: 'messages' },
];

export interface GlossaryHit {
  term: string;
  found: string;
  line: number;
}

/** The variants to avoid in a text, with their lines; `guide` texts skip the `messages` entries. */
export function glossaryHits(text: string, kind: 'guide' | 'messages'): GlossaryHit[] {
  const hits: GlossaryHit[] = [];
  const lines = text.split('\n');
  for (const entry of GLOSSARY) {
    if (kind === 'guide' && entry.scope === 'messages') continue;
    for (const found of entry.avoid) {
      lines.forEach((line, i) => {
        if (line.includes(found)) hits.push({ term: entry.term, found, line: i + 1 });
      });
    }
  }
  return hits;
}
