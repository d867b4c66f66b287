import type { DiagnosticDefinition } from './types.ts';

/** Diagnostics about suppression comments, catalog extensions and the validator itself. */
export const otherDiagnostics = {
  'to-fill-in': {
    severity: 'error',
    stage: 'plan',
    title: { en: 'Value to fill in', 'zh-TW': '尚待填寫的值' },
    messages: {
      default: {
        en: '`{field}` is still `to-fill-in`: nobody has given it yet (the export it was imported from does not say it, or the checker’s question was not answered). Fill it in; the lines it leaves open are judged once it is.',
        'zh-TW':
          '`{field}` 仍是 `to-fill-in`：尚未有人提供此值（匯入的資料並未提供，或檢查工具中的問題尚未填答），請自行填寫。填寫後，csp-move 才會檢查這個值所影響的訂閱。',
      },
      plan: {
        en: '`{field}` is still `to-fill-in`: nobody has given it yet (the export it was imported from does not say it, or the checker’s question was not answered). Fill it in; the plan is judged once it is.',
        'zh-TW':
          '`{field}` 仍是 `to-fill-in`：尚未有人提供此值（匯入的資料並未提供，或檢查工具中的問題尚未填答），請自行填寫。填寫後，csp-move 才會檢查整份計畫。',
      },
      optional: {
        en: '`{field}` is still `to-fill-in`: nobody has given it yet (the export it was imported from does not say it, or the checker’s question was not answered). Fill it in, or remove the line if you do not know it.',
        'zh-TW':
          '`{field}` 仍是 `to-fill-in`：尚未有人提供此值（匯入的資料並未提供，或檢查工具中的問題尚未填答）。請自行填寫；若無從得知，請刪除這一行。',
      },
    },
    description: {
      en: '`csp-move import` writes `to-fill-in` where the exports it read cannot tell a value: billing and auto-renew from Microsoft Graph, the partner, the relationship, the target; the checker writes it for a question not answered yet. The plan is never invalid for it, but it is blocked until a person fills each one in. A line with a required value to fill in is left out of the rules until then; a value of the partner, the customer or the relationship stops every rule.',
      'zh-TW':
        '`csp-move import` 在匯入的資料無法提供某個值時寫入 `to-fill-in`，例如 Microsoft Graph 不提供的計費週期與自動續約、合作夥伴、轉銷商關係與新訂閱；檢查工具則在問題尚未填答時寫入。計畫不會因此無效，但在有人逐一填寫之前會維持受阻。必填值尚待填寫的訂閱，在填寫前不會交由規則檢查；合作夥伴、客戶或關係的值尚待填寫時，所有規則都不會執行。',
    },
  },
  'malformed-suppression': {
    severity: 'error',
    stage: 'suppression',
    title: { en: 'Malformed suppression comment', 'zh-TW': '停用註解格式有誤' },
    messages: {
      default: {
        en: 'Write the comment as `# csp-move-disable-next-line <rule> -- <reason>`.',
        'zh-TW': '註解請寫成 `# csp-move-disable-next-line <規則> -- <原因>`。',
      },
      noRule: {
        en: 'The suppression comment names no rule: write `# csp-move-disable-next-line <rule> -- <reason>`.',
        'zh-TW': '停用註解沒有指定規則：請寫成 `# csp-move-disable-next-line <規則> -- <原因>`。',
      },
      noReason: {
        en: 'The suppression comment gives no reason: add ` -- ` and say why the finding does not apply.',
        'zh-TW': '停用註解沒有說明原因：請加上 ` -- ` 並說明為何此發現不適用。',
      },
      noTarget: {
        en: 'The suppression comment is followed by no line it could apply to.',
        'zh-TW': '停用註解之後沒有可套用的內容行。',
      },
    },
    description: {
      en: 'A suppression silences named rules on the next line and must say why, so that a reviewer can judge it later: `# csp-move-disable-next-line early-cancellation -- customer asked to end the old term now`.',
      'zh-TW':
        '停用註解會讓下一行的指定規則不再回報，而且必須寫明原因，日後審閱的人才能判斷是否合理，例如：`# csp-move-disable-next-line early-cancellation -- 客戶要求立即結束舊訂閱`。',
    },
  },
  'unknown-rule': {
    severity: 'error',
    stage: 'suppression',
    title: { en: 'Unknown rule id', 'zh-TW': '無法識別的規則 ID' },
    messages: {
      default: {
        en: '`{name}` is not a rule id; see `csp-move rules` for the list.',
        'zh-TW': '`{name}` 不是規則 ID；可執行 `csp-move rules` 查看清單。',
      },
      suggestion: {
        en: '`{name}` is not a rule id. Did you mean `{suggestion}`?',
        'zh-TW': '`{name}` 不是規則 ID。您是不是要填 `{suggestion}`？',
      },
      notSuppressible: {
        en: '`{name}` reports a problem with the file itself and cannot be suppressed; fix the file instead.',
        'zh-TW': '`{name}` 回報的是檔案本身的問題，無法停用；請直接修正檔案。',
      },
    },
    description: {
      en: 'Suppression comments name rules by their id (for example `early-cancellation`). YAML and schema problems cannot be suppressed: the plan cannot be checked until they are fixed.',
      'zh-TW':
        '停用註解以規則 ID 指定規則（例如 `early-cancellation`）。YAML 與結構描述的問題無法停用，因為必須先修正這些問題，才能檢查計畫。',
    },
    fix: { en: 'Replace with `{suggestion}`', 'zh-TW': '取代為 `{suggestion}`' },
  },
  'unused-suppression': {
    severity: 'warning',
    stage: 'suppression',
    title: { en: 'Unused suppression', 'zh-TW': '未使用的停用註解' },
    messages: {
      default: {
        en: 'Nothing on the next line triggers {rules:list}; remove this suppression.',
        'zh-TW': '下一行並未觸發 {rules:list}，請移除這個停用註解。',
      },
    },
    description: {
      en: 'The problem the comment silenced is gone (or was never on that line). Remove the comment so that it cannot hide a future finding.',
      'zh-TW': '這個註解要停用的問題已不存在（或本來就不在那一行）。請移除註解，以免日後遮蔽新的發現。',
    },
    fix: { en: 'Remove the comment', 'zh-TW': '移除此註解' },
  },
  'catalog-invalid': {
    severity: 'error',
    stage: 'config',
    title: { en: 'Catalog extension is inconsistent', 'zh-TW': '目錄擴充內容不一致' },
    messages: {
      default: {
        en: 'The catalog with this extension is inconsistent: {detail}.',
        'zh-TW': '套用此擴充後的目錄不一致：{detail}。',
      },
      unknownRegion: {
        en: 'There is no CSP region `{region}`, so market `{market}` would be dropped; use one of {allowed:list}.',
        'zh-TW':
          '沒有名為 `{region}` 的 CSP 區域，市場 `{market}` 會因此被捨棄；請使用 {allowed:list} 其中之一。',
      },
    },
    description: {
      en: 'After your catalog extension was merged into the built-in catalog, a check failed: an offer refers to an id that does not exist, a market is listed twice, renames form a loop. Fix the extension file.',
      'zh-TW':
        '將您的目錄擴充合併到內建目錄後，有檢查未通過：例如供應項目引用了不存在的 ID、市場重複列出，或更名關係形成循環。請修正擴充檔。',
    },
  },
  'internal-error': {
    severity: 'error',
    stage: 'internal',
    title: { en: 'Internal error', 'zh-TW': '內部錯誤' },
    messages: {
      default: {
        en: 'The validator failed on this file: {detail}. Please report it.',
        'zh-TW': '驗證工具處理此檔案時失敗：{detail}。請回報此問題。',
      },
    },
    description: {
      en: 'A bug in the validator, not a problem with the plan. The run ends with exit code 3. Please report it with the file (without customer data) that caused it.',
      'zh-TW':
        '這是驗證工具本身的錯誤，不是計畫檔的問題，執行結果的結束代碼為 3。請回報此問題，並附上（已移除客戶資料的）觸發檔案。',
    },
  },
} as const satisfies Record<string, DiagnosticDefinition>;
