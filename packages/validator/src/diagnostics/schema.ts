import type { DiagnosticDefinition } from './types.ts';

/** Diagnostics from the JSON Schema check, distilled to one per problem. `{path}` names the field. */
export const schemaDiagnostics = {
  'unknown-key': {
    severity: 'error',
    stage: 'schema',
    title: { en: 'Unknown key', 'zh-TW': '無法識別的鍵' },
    messages: {
      default: {
        en: '`{key}` is not a field of {path}. Fields here: {allowed:list}.',
        'zh-TW': '`{key}` 不是 {path} 的欄位。此處可用的欄位：{allowed:list}。',
      },
      suggestion: {
        en: '`{key}` is not a field of {path}. Did you mean `{suggestion}`?',
        'zh-TW': '`{key}` 不是 {path} 的欄位。您是不是要填 `{suggestion}`？',
      },
    },
    description: {
      en: 'Field names are case-sensitive and form a fixed set, so a typo is an error rather than a field that is silently ignored. The message suggests the closest field name.',
      'zh-TW':
        '欄位名稱區分大小寫，而且是固定的一組；打錯字會被視為錯誤，而不是被默默忽略。訊息會提示最接近的欄位名稱。',
    },
    fix: { en: 'Rename to `{suggestion}`', 'zh-TW': '改名為 `{suggestion}`' },
  },
  'missing-field': {
    severity: 'error',
    stage: 'schema',
    title: { en: 'Required field missing', 'zh-TW': '缺少必要欄位' },
    messages: {
      default: {
        en: '{path} needs the field `{field}`.',
        'zh-TW': '{path} 缺少必要欄位 `{field}`。',
      },
      conditional: {
        en: '{path} needs the field `{field}` because `{condition}`.',
        'zh-TW': '因為 `{condition}`，{path} 必須有欄位 `{field}`。',
      },
    },
    description: {
      en: 'The field is required here, either always or because of another value (for example acceptedOn when reseller is accepted, cancelOn when exit is cancel). The diagnostic points at the mapping that should hold it.',
      'zh-TW':
        '此處必須有這個欄位；有些欄位是因其他值而成為必要（例如 reseller 為 accepted 時需要 acceptedOn，exit 為 cancel 時需要 cancelOn）。診斷會指向應包含該欄位的對應。',
    },
  },
  'wrong-type': {
    severity: 'error',
    stage: 'schema',
    title: { en: 'Wrong kind of value', 'zh-TW': '值的型別不符' },
    messages: {
      default: {
        en: '{path} must be {expected}, not {actual}.',
        'zh-TW': '{path} 必須是{expected}，而不是{actual}。',
      },
    },
    description: {
      en: 'The value has the wrong shape: text where a number is expected, a list where a single value is expected, and so on. Quoted numbers such as "120" are text.',
      'zh-TW':
        '值的形式不對，例如應為數字卻寫成文字、應為單一值卻寫成清單等。加上引號的數字（例如 "120"）會被當成文字。',
    },
    fix: { en: 'Replace with {replacement}', 'zh-TW': '取代為 {replacement}' },
  },
  'empty-value': {
    severity: 'error',
    stage: 'schema',
    title: { en: 'Empty value', 'zh-TW': '值是空的' },
    messages: {
      default: {
        en: '{path} has no value; it must be {expected}.',
        'zh-TW': '{path} 沒有填值，必須是{expected}。',
      },
    },
    description: {
      en: 'A key followed by nothing (`offer:`) has the value null in YAML. Fill in the value, or remove the key if the field is optional.',
      'zh-TW':
        '鍵後面什麼都沒寫（例如 `offer:`）時，YAML 會將值視為 null。請填入值；若是選填欄位，也可以刪除這個鍵。',
    },
  },
  'yes-no-boolean': {
    severity: 'error',
    stage: 'schema',
    title: { en: 'yes/no is not a boolean', 'zh-TW': 'yes/no 不是布林值' },
    messages: {
      default: {
        en: '`{value}` is text in YAML 1.2, not a boolean: {path} needs `{suggestion}`.',
        'zh-TW': '在 YAML 1.2 中 `{value}` 是文字而非布林值：{path} 應填 `{suggestion}`。',
      },
    },
    description: {
      en: 'Older YAML (1.1) read yes/no/on/off as booleans; YAML 1.2, which plan files use, reads them as text. Write true or false.',
      'zh-TW':
        '舊版 YAML（1.1）會把 yes/no/on/off 當成布林值，但計畫檔使用的 YAML 1.2 會把它們當成文字。請寫 true 或 false。',
    },
    fix: { en: 'Replace with `{suggestion}`', 'zh-TW': '取代為 `{suggestion}`' },
  },
  'unquoted-number': {
    severity: 'error',
    stage: 'schema',
    title: { en: 'Number where text is expected', 'zh-TW': '應為文字卻是數字' },
    messages: {
      default: {
        en: 'YAML reads `{source}` as the number {value}, but {path} is text: put it in quotes.',
        'zh-TW': 'YAML 會把 `{source}` 讀成數字 {value}，但 {path} 應為文字：請加上引號。',
      },
    },
    description: {
      en: 'Unquoted digits are numbers in YAML, and numbers lose what text keeps: `1.10` becomes 1.1, leading zeros vanish, long ids get rounded. Quote values such as a PartnerID: `partnerId: "4512345"`.',
      'zh-TW':
        '在 YAML 中，未加引號的數字就是數值，而數值會遺失文字才保留得住的內容：`1.10` 會變成 1.1、開頭的 0 會消失、很長的編號會被四捨五入。像 PartnerID 這類值請加上引號：`partnerId: "4512345"`。',
    },
    fix: { en: 'Quote as {replacement}', 'zh-TW': '加上引號：{replacement}' },
  },
  'unquoted-boolean': {
    severity: 'error',
    stage: 'schema',
    title: { en: 'Boolean where text is expected', 'zh-TW': '應為文字卻是布林值' },
    messages: {
      default: {
        en: 'YAML reads `{source}` as a boolean, but {path} is text: put it in quotes.',
        'zh-TW': 'YAML 會把 `{source}` 讀成布林值，但 {path} 應為文字：請加上引號。',
      },
    },
    description: {
      en: 'Unquoted true/false are booleans in YAML. Where a field holds text, quote the word.',
      'zh-TW': '在 YAML 中，未加引號的 true/false 是布林值。欄位應為文字時，請替它加上引號。',
    },
    fix: { en: 'Quote as {replacement}', 'zh-TW': '加上引號：{replacement}' },
  },
  'invalid-value': {
    severity: 'error',
    stage: 'schema',
    title: { en: 'Value not allowed', 'zh-TW': '不允許的值' },
    messages: {
      default: {
        en: '`{value}` is not allowed for {path}. Allowed: {allowed}.',
        'zh-TW': '{path} 不接受 `{value}`。可用的值：{allowed}。',
      },
      suggestion: {
        en: '`{value}` is not allowed for {path}. Did you mean `{suggestion}`? Allowed: {allowed}.',
        'zh-TW': '{path} 不接受 `{value}`。您是不是要填 `{suggestion}`？可用的值：{allowed}。',
      },
    },
    description: {
      en: 'The field takes one of a fixed set of values (for example channel: web-direct, csp, enterprise-agreement, open or other). Values are lower case and use hyphens.',
      'zh-TW':
        '此欄位只接受固定的幾個值（例如 channel 只能是 web-direct、csp、enterprise-agreement、open 或 other）。值一律小寫，以連字號分隔。',
    },
    fix: { en: 'Replace with `{suggestion}`', 'zh-TW': '取代為 `{suggestion}`' },
  },
  'invalid-date': {
    severity: 'error',
    stage: 'schema',
    title: { en: 'Not a calendar date', 'zh-TW': '不是有效的日期' },
    messages: {
      default: {
        en: '`{value}` is not a calendar date for {path}: write YYYY-MM-DD with a day that exists.',
        'zh-TW': '`{value}` 不是 {path} 可用的日期：請寫成 YYYY-MM-DD，且須是實際存在的日子。',
      },
    },
    description: {
      en: 'Dates are written as year-month-day with four, two and two digits, and must name a real day: 2027-02-30 is refused. Dates need no quotes.',
      'zh-TW':
        '日期寫成「年-月-日」，分別為四位、兩位、兩位數字，而且必須是實際存在的日子，例如 2027-02-30 會被拒絕。日期不需要加引號。',
    },
    fix: { en: 'Replace with {replacement}', 'zh-TW': '取代為 {replacement}' },
  },
  'pattern-mismatch': {
    severity: 'error',
    stage: 'schema',
    title: { en: 'Value in the wrong form', 'zh-TW': '值的格式不符' },
    messages: {
      default: {
        en: '`{value}` is not valid for {path}: expected {expected}.',
        'zh-TW': '`{value}` 不是 {path} 可用的值：應為{expected}。',
      },
    },
    description: {
      en: 'The value must have a particular form: two upper-case letters for a country, digits for a PartnerID, a GUID for a tenant ID, lower-case ids with hyphens for offers and lines.',
      'zh-TW':
        '值必須符合特定格式：國家/地區為兩個大寫英文字母、PartnerID 為數字、租用戶識別碼為 GUID，供應項目與訂閱項目的 ID 為以連字號分隔的小寫英數字。',
    },
    fix: { en: 'Replace with `{suggestion}`', 'zh-TW': '取代為 `{suggestion}`' },
  },
  'out-of-range': {
    severity: 'error',
    stage: 'schema',
    title: { en: 'Value out of range', 'zh-TW': '值超出範圍' },
    messages: {
      default: {
        en: '{path} is out of range.',
        'zh-TW': '{path} 超出允許範圍。',
      },
      minimum: { en: '{path} must be at least {limit}.', 'zh-TW': '{path} 至少要是 {limit}。' },
      maximum: { en: '{path} must be at most {limit}.', 'zh-TW': '{path} 最多只能是 {limit}。' },
      minLength: {
        en: '{path} must be at least {limit} characters long.',
        'zh-TW': '{path} 至少要有 {limit} 個字元。',
      },
      maxLength: {
        en: '{path} must be at most {limit} characters long.',
        'zh-TW': '{path} 最多只能有 {limit} 個字元。',
      },
      minItems: {
        en: '{path} needs at least {limit} item(s).',
        'zh-TW': '{path} 至少要有 {limit} 個項目。',
      },
      maxItems: {
        en: '{path} can have at most {limit} items.',
        'zh-TW': '{path} 最多只能有 {limit} 個項目。',
      },
    },
    description: {
      en: 'A number, a text or a list is too small or too large: quantities are at least 1, a plan lists at least one subscription, names are at most 200 characters.',
      'zh-TW': '數字、文字或清單太小或太大：例如數量至少為 1、計畫至少要列出一筆訂閱、名稱最多 200 個字元。',
    },
  },
  'duplicate-item': {
    severity: 'error',
    stage: 'schema',
    title: { en: 'Item listed twice', 'zh-TW': '項目重複' },
    messages: {
      default: {
        en: '{path} lists `{value}` more than once.',
        'zh-TW': '{path} 重複列出 `{value}`。',
      },
    },
    description: {
      en: 'Items in this list must be unique (target offers of a bundle, GDAP roles). Remove the repetition.',
      'zh-TW': '此清單中的項目不可重複（例如組合中新訂閱的供應項目、GDAP 角色）。請刪除重複的項目。',
    },
  },
  'schema-violation': {
    severity: 'error',
    stage: 'schema',
    title: { en: 'Does not match the schema', 'zh-TW': '不符合結構描述' },
    messages: {
      default: {
        en: '{path} does not match the schema: {detail}.',
        'zh-TW': '{path} 不符合結構描述：{detail}。',
      },
    },
    description: {
      en: 'A schema check that has no more specific diagnostic failed. The message quotes the check.',
      'zh-TW': '某項結構描述檢查未通過，且沒有更具體的診斷可用。訊息中會引用該項檢查的內容。',
    },
  },
  'plan-version-1': {
    severity: 'info',
    stage: 'schema',
    title: { en: 'Plan file version 1', 'zh-TW': '第 1 版計畫檔' },
    messages: {
      default: {
        en: 'This plan is written in version 1 of the plan format. It still validates and means what it meant; run `csp-move migrate` on the file to upgrade it to version 2, where `endOfTerm` replaces `autoRenew` and `exit`.',
        'zh-TW':
          '此計畫使用第 1 版計畫檔格式，仍可驗證，意義也不變；請對此檔案執行 `csp-move migrate`，升級為第 2 版（以 `endOfTerm` 取代 `autoRenew` 與 `exit`）。',
      },
    },
    description: {
      en: 'Version 2 says what happens to each source subscription at its term end in one field, `endOfTerm`, with the end-of-term choices a partner has today. A version 1 file is read through a fixed mapping (`exit: cancel` is `endOfTerm: cancel`, `autoRenew: true` is `renew`, `autoRenew: false` is `auto-renew-off`), so its verdict does not change. `csp-move migrate` rewrites the file in place and keeps its comments and layout; `csp-move migrate --check` lists the files still in version 1.',
      'zh-TW':
        '第 2 版以單一欄位 `endOfTerm` 說明每個原訂閱在期滿時的處理方式，選項即合作夥伴目前在期滿時可做的選擇。第 1 版檔案會依固定的對應規則讀取（`exit: cancel` 即 `endOfTerm: cancel`，`autoRenew: true` 即 `renew`，`autoRenew: false` 即 `auto-renew-off`），因此判定結果不變。`csp-move migrate` 會直接改寫檔案，並保留註解與排版；`csp-move migrate --check` 會列出仍為第 1 版的檔案。',
    },
    fix: {
      en: 'Run `csp-move migrate <file>` (it changes several lines, so it is not offered as an edit)',
      'zh-TW': '執行 `csp-move migrate <檔案>`（會改動多行，因此不以單一編輯提供）',
    },
  },
} as const satisfies Record<string, DiagnosticDefinition>;
