import type { Locale, Localized } from '@csp-move/rules/messages';

/** Words the report formatters use besides the diagnostics themselves. */
export const REPORT_STRINGS = {
  fix: { en: 'fix', 'zh-TW': '修正' },
  help: { en: 'help', 'zh-TW': '說明' },
  related: { en: 'see also', 'zh-TW': '另見' },
  file: { en: 'File', 'zh-TW': '檔案' },
  verdict: { en: 'Verdict', 'zh-TW': '判定' },
  line: { en: 'Line', 'zh-TW': '行' },
  severity: { en: 'Severity', 'zh-TW': '嚴重性' },
  rule: { en: 'Rule', 'zh-TW': '規則' },
  message: { en: 'Message', 'zh-TW': '訊息' },
  errors: { en: 'Errors', 'zh-TW': '錯誤' },
  warnings: { en: 'Warnings', 'zh-TW': '警告' },
  infos: { en: 'Infos', 'zh-TW': '資訊' },
  title: { en: 'csp-move plan check', 'zh-TW': 'csp-move 計畫檔檢查' },
  noProblems: { en: 'No problems found.', 'zh-TW': '沒有發現問題。' },
  rulesWait: {
    en: 'The rules judge the plan once the errors above are fixed; until then only offers not in the catalog are reported.',
    'zh-TW': '修正上述錯誤後，規則才會判斷這份計畫檔；在此之前只會回報目錄中沒有的供應項目。',
  },
  annotationCap: {
    en: 'GitHub shows at most 10 annotations of each kind per step; every finding is in the job summary and in the log above.',
    'zh-TW': 'GitHub 每個步驟每種註記最多只顯示 10 則；所有發現都列在工作摘要與上方的記錄中。',
  },
} satisfies Record<string, Localized>;

export function word(key: keyof typeof REPORT_STRINGS, locale: Locale): string {
  return REPORT_STRINGS[key][locale];
}

/**
 * Under a file the YAML reader or the schema refuses (verdict `invalid`): the rules have not judged it,
 * so their findings are still to come. The CLI's text output and the playground say the same.
 */
export function rulesWait(locale: Locale): string {
  return word('rulesWait', locale);
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

type Counts = { errors: number; warnings: number; infos: number };
type Files = { withProblems: number; total: number };

/** The report's sentences, in every locale: each locale words its counts its own way. */
const SENTENCES = {
  problemSummary: {
    en: (counts: Counts, files: Files, total: number) =>
      `${n(total, 'problem', 'problems')} (${n(counts.errors, 'error', 'errors')}, ${n(counts.warnings, 'warning', 'warnings')}, ${n(counts.infos, 'info', 'infos')}) in ${files.withProblems} of ${n(files.total, 'file', 'files')}`,
    'zh-TW': (counts: Counts, files: Files, total: number) =>
      `已檢查 ${files.total} 個檔案，其中 ${files.withProblems} 個有問題：共 ${total} 個（${counts.errors} 個錯誤、${counts.warnings} 個警告、${counts.infos} 個資訊）`,
  },
  moreFindings: {
    en: (count: number, limit: number) =>
      `… and ${count} more ${count === 1 ? 'finding' : 'findings'}, not listed (at most ${limit} per file)`,
    'zh-TW': (count: number, limit: number) =>
      `……另有 ${count} 個檢查結果未列出（每個檔案最多列出 ${limit} 個）`,
  },
  cleanSummary: {
    en: (total: number) => `${total} ${total === 1 ? 'file' : 'files'} checked, no problems`,
    'zh-TW': (total: number) => `已檢查 ${total} 個檔案，沒有發現問題`,
  },
} satisfies Record<string, Record<Locale, (...args: never[]) => string>>;

/** Counts in a sentence: "3 problems (2 errors, 1 warning, 0 infos)" / 「3 個問題（2 個錯誤…）」. */
export function problemSummary(counts: Counts, files: Files, locale: Locale): string {
  return SENTENCES.problemSummary[locale](counts, files, counts.errors + counts.warnings + counts.infos);
}

/** The line after a file's listed findings when more were found: "… and 12 more findings, not listed". */
export function moreFindings(count: number, limit: number, locale: Locale): string {
  return SENTENCES.moreFindings[locale](count, limit);
}

/** "4 files checked, no problems" / 「已檢查 4 個檔案，沒有發現問題」 */
export function cleanSummary(total: number, locale: Locale): string {
  return SENTENCES.cleanSummary[locale](total);
}
