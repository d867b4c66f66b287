import type { DiagnosticDefinition } from './types.ts';

/** Diagnostics about reading the file and about its YAML, before any schema check. */
export const fileAndYamlDiagnostics = {
  'file-too-large': {
    severity: 'error',
    stage: 'file',
    title: { en: 'File too large', 'zh-TW': '檔案過大' },
    messages: {
      default: {
        en: 'The file is {size}, over the limit of {limit}; it was not read.',
        'zh-TW': '檔案大小為 {size}，超過上限 {limit}，因此未讀取。',
      },
    },
    description: {
      en: 'Plan files are small: one customer is a few kilobytes. The limit (1 MB unless maxFileSize in .csp-move.yaml says otherwise) keeps a stray export or a generated file from slowing a run down. Split the file, or raise the limit if the file really is a plan.',
      'zh-TW':
        '計畫檔通常很小，一位客戶只有幾 KB。設定上限（預設 1 MB，可用 .csp-move.yaml 的 maxFileSize 調整）是為了避免誤放的匯出檔或自動產生的檔案拖慢檢查。請拆分檔案；若確實是計畫檔，再調高上限。',
    },
  },
  'file-unreadable': {
    severity: 'error',
    stage: 'file',
    title: { en: 'File cannot be read', 'zh-TW': '無法讀取檔案' },
    messages: {
      default: { en: 'The file cannot be read: {reason}.', 'zh-TW': '無法讀取檔案：{reason}。' },
    },
    description: {
      en: 'The file was found but could not be opened, for example because of its permissions. Check that the user running the validator may read it.',
      'zh-TW': '找到了檔案但無法開啟，例如權限不足。請確認執行驗證的使用者有權讀取該檔案。',
    },
  },
  'file-encoding': {
    severity: 'error',
    stage: 'file',
    title: { en: 'Not UTF-8 text', 'zh-TW': '不是 UTF-8 文字' },
    messages: {
      default: {
        en: 'The file is not valid UTF-8 (first bad byte at offset {offset}); it was not read.',
        'zh-TW': '檔案不是有效的 UTF-8（第一個錯誤位元組位於位移 {offset}），因此未讀取。',
      },
      utf16: {
        en: 'The file is saved as {encoding}; plan files must be UTF-8. It was not read.',
        'zh-TW': '檔案以 {encoding} 儲存，但計畫檔必須是 UTF-8，因此未讀取。',
      },
      nul: {
        en: 'The file contains a NUL character (U+0000); plan files are plain text.',
        'zh-TW': '檔案中含有 NUL 字元（U+0000）；計畫檔只能是純文字。',
      },
    },
    description: {
      en: 'Plan files are UTF-8 text. Files saved as UTF-16 (some Windows editors and PowerShell redirection do this), files with bytes that are not UTF-8, and files with NUL characters are refused rather than read as garbled text. Save the file again as UTF-8.',
      'zh-TW':
        '計畫檔必須是 UTF-8 文字。以 UTF-16 儲存的檔案（部分 Windows 編輯器與 PowerShell 重新導向會這樣做）、含有非 UTF-8 位元組或 NUL 字元的檔案都會被拒絕，而不會當成亂碼讀取。請將檔案另存為 UTF-8。',
    },
  },
  'line-endings': {
    severity: 'error',
    stage: 'file',
    title: { en: 'Old Mac line endings', 'zh-TW': '舊式 Mac 換行字元' },
    messages: {
      default: {
        en: 'This line ends with a lone carriage return (CR); YAML would read the rest of the file as part of this line. Save the file with LF or CRLF line endings.',
        'zh-TW':
          '這一行以單獨的歸位字元（CR）結尾，YAML 會把檔案其餘部分都當成這一行的內容。請以 LF 或 CRLF 換行字元重新儲存檔案。',
      },
    },
    description: {
      en: 'YAML breaks lines at LF or CRLF only. A file whose lines end with CR alone (classic Mac OS) reads as one long line, often as one comment, so it would look empty. Convert the line endings in your editor.',
      'zh-TW':
        'YAML 只把 LF 或 CRLF 當成換行。每行只以 CR 結尾的檔案（舊版 Mac OS 的格式）會被讀成一整行，常常整份變成一則註解而看似空白。請在編輯器中轉換換行字元。',
    },
  },
  'empty-file': {
    severity: 'error',
    stage: 'file',
    title: { en: 'Empty plan', 'zh-TW': '計畫檔是空的' },
    messages: {
      default: {
        en: 'The file holds no plan: it needs at least version, partner, customer, relationship and subscriptions.',
        'zh-TW':
          '檔案中沒有任何計畫內容，至少需要 version、partner、customer、relationship 和 subscriptions。',
      },
    },
    description: {
      en: 'The file is empty or holds only comments. Run `csp-move init` to write a starter plan.',
      'zh-TW': '檔案是空的，或只有註解。可以執行 `csp-move init` 產生一份計畫檔範本。',
    },
  },
  'yaml-syntax': {
    severity: 'error',
    stage: 'yaml',
    title: { en: 'YAML syntax error', 'zh-TW': 'YAML 語法錯誤' },
    messages: {
      default: {
        en: 'The YAML is not well formed here: {detail}.',
        'zh-TW': '此處的 YAML 格式有誤：{detail}。',
      },
      // One wording per error code of the yaml parser, so the message needs none of its English.
      BAD_INDENT: {
        en: 'The indentation here does not fit the lines around it.',
        'zh-TW': '此處的縮排與前後幾行對不上。',
      },
      MISSING_CHAR: {
        en: 'Something is missing here: a closing quote or bracket, or the space after a colon.',
        'zh-TW': '此處少了東西：可能是結尾的引號或括號，或冒號後面的空格。',
      },
      // Not a parser code: csp-move's own, for a quote that the parser finds unclosed at the end of the file.
      UNCLOSED_QUOTE: {
        en: 'This quote is never closed, so everything after it up to the end of the file reads as one value. Add the closing quote.',
        'zh-TW': '這個引號沒有閉合，因此從這裡到檔案結尾都被當成同一個值。請補上結尾的引號。',
      },
      UNEXPECTED_TOKEN: {
        en: 'This text is not where YAML expects it; check the indentation and the colons around it.',
        'zh-TW': '這段文字出現在 YAML 不預期的位置；請檢查附近的縮排與冒號。',
      },
      BLOCK_AS_IMPLICIT_KEY: {
        en: 'A key must fit on one line and be followed by a colon and a space.',
        'zh-TW': '鍵必須寫在同一行，後面接著冒號與空格。',
      },
      MULTILINE_IMPLICIT_KEY: {
        en: 'A key must fit on one line and be followed by a colon and a space.',
        'zh-TW': '鍵必須寫在同一行，後面接著冒號與空格。',
      },
      BAD_SCALAR_START: {
        en: 'A value without quotes cannot start with this character; put the value in quotes.',
        'zh-TW': '未加引號的值不能以這個字元開頭，請替值加上引號。',
      },
      BAD_DQ_ESCAPE: {
        en: 'This backslash escape is not valid in double quotes; use single quotes, or write \\\\ for a backslash.',
        'zh-TW': '雙引號中的這個反斜線跳脫字元無效；請改用單引號，或以 \\\\ 表示反斜線。',
      },
      BLOCK_IN_FLOW: {
        en: 'An indented list or mapping cannot be written inside [ ] or { }.',
        'zh-TW': '以縮排表示的清單或對應不能寫在 [ ] 或 { } 之中。',
      },
      KEY_OVER_1024_CHARS: {
        en: 'A key without quotes can be at most 1,024 characters long.',
        'zh-TW': '未加引號的鍵最多只能有 1,024 個字元。',
      },
      BAD_DIRECTIVE: {
        en: 'This % directive is not one YAML knows; remove the line.',
        'zh-TW': 'YAML 不認得這個 % 指示詞，請刪除這一行。',
      },
    },
    description: {
      en: 'The parser could not read this part of the file, so nothing after it can be trusted. Common causes: a missing space after a colon, an unclosed quote or bracket, text indented differently from its neighbours.',
      'zh-TW':
        '解析器無法讀懂這一段，之後的內容也就無法判讀。常見原因：冒號後面少了空格、引號或括號沒有閉合、同一層的內容縮排不一致。',
    },
  },
  'duplicate-key': {
    severity: 'error',
    stage: 'yaml',
    title: { en: 'Key used twice', 'zh-TW': '鍵重複' },
    messages: {
      default: {
        en: '`{key}` appears twice in the same mapping; only one value can count.',
        'zh-TW': '`{key}` 在同一個對應中出現兩次，只能保留一個值。',
      },
    },
    description: {
      en: 'Many YAML tools silently keep the last value of a repeated key, so the plan would not say what it seems to say. Remove one of them, or merge them.',
      'zh-TW':
        '許多 YAML 工具遇到重複的鍵時會默默只保留最後一個值，計畫檔的實際內容就與看到的不同。請刪除其中一個，或將兩者合併。',
    },
  },
  'tab-indentation': {
    severity: 'error',
    stage: 'yaml',
    title: { en: 'Tab used for indentation', 'zh-TW': '使用 Tab 縮排' },
    messages: {
      default: {
        en: 'YAML does not allow tabs for indentation; indent with spaces.',
        'zh-TW': 'YAML 不允許用 Tab 縮排，請改用空格。',
      },
    },
    description: {
      en: 'Indentation decides the structure of a YAML file, and tabs are not allowed for it. Set your editor to insert spaces (two per level is usual).',
      'zh-TW': 'YAML 靠縮排決定結構，而縮排不能用 Tab。請將編輯器設定為插入空格（慣例是每層兩個空格）。',
    },
  },
  'multiple-documents': {
    severity: 'error',
    stage: 'yaml',
    title: { en: 'More than one document', 'zh-TW': '包含多份文件' },
    messages: {
      default: {
        en: 'A `---` line starts a second YAML document; a plan file holds exactly one plan.',
        'zh-TW': '`---` 這一行開始了第二份 YAML 文件；一個計畫檔只能包含一份計畫。',
      },
    },
    description: {
      en: 'Keep one customer move per file. Move the second document into a file of its own.',
      'zh-TW': '每個檔案只放一位客戶的移轉。請把第二份文件移到另一個檔案。',
    },
  },
  'nesting-limit': {
    severity: 'error',
    stage: 'yaml',
    title: { en: 'Nested too deeply', 'zh-TW': '巢狀層數過多' },
    messages: {
      default: {
        en: 'The YAML nests more than {limit} levels deep here; the file was not read further.',
        'zh-TW': '此處的 YAML 巢狀超過 {limit} 層，因此停止讀取。',
      },
    },
    description: {
      en: 'A plan is a few levels deep. Lists and mappings nested hundreds of levels deep are refused at a fixed depth, so that every run reports the same thing instead of running out of stack. Flatten the structure.',
      'zh-TW':
        '計畫檔只有幾層深。巢狀數百層的清單與對應會在固定深度被拒絕，讓每次執行都回報相同結果，而不會耗盡堆疊。請將結構攤平。',
    },
  },
  'alias-limit': {
    severity: 'error',
    stage: 'yaml',
    title: { en: 'Too many aliases', 'zh-TW': '別名過多' },
    messages: {
      default: {
        en: 'The aliases in this file expand to more than {limit} nodes; the file was not read further.',
        'zh-TW': '此檔案中的別名展開後超過 {limit} 個節點，因此停止讀取。',
      },
    },
    description: {
      en: 'Anchors (`&name`) and aliases (`*name`) let a file repeat content, and nested aliases can make a tiny file expand into an enormous one (a "billion laughs" attack). A plan never needs that many; write the values out instead.',
      'zh-TW':
        '錨點（`&name`）與別名（`*name`）可以重複使用內容，但層層套用的別名能讓很小的檔案展開成極大的資料（俗稱「billion laughs」攻擊）。計畫檔不需要這麼多別名，請直接寫出內容。',
    },
  },
  'unresolved-alias': {
    severity: 'error',
    stage: 'yaml',
    title: { en: 'Alias without an anchor', 'zh-TW': '別名找不到對應的錨點' },
    messages: {
      default: {
        en: 'The alias `*{name}` refers to no anchor `&{name}` defined before it.',
        'zh-TW': '別名 `*{name}` 之前沒有定義對應的錨點 `&{name}`。',
      },
    },
    description: {
      en: 'An alias can only repeat an anchor defined earlier in the file. Check the spelling, or define the anchor first.',
      'zh-TW': '別名只能引用檔案中更早定義的錨點。請檢查拼字，或先定義錨點。',
    },
  },
  'yaml-tag': {
    severity: 'error',
    stage: 'yaml',
    title: { en: 'Unsupported YAML tag', 'zh-TW': '不支援的 YAML 標記' },
    messages: {
      default: {
        en: 'The tag `{tag}` is not part of the plan format; remove it.',
        'zh-TW': '計畫檔格式不使用標記 `{tag}`，請將它移除。',
      },
    },
    description: {
      en: 'Plan files hold plain text, numbers, true/false, lists and mappings. Tags such as `!!binary` or custom `!tags` turn values into something else, which different tools read differently.',
      'zh-TW':
        '計畫檔只包含文字、數字、true/false、清單與對應。`!!binary` 或自訂的 `!tag` 等標記會把值轉成其他型別，而不同工具的解讀方式不一。',
    },
  },
  'yaml-version': {
    severity: 'error',
    stage: 'yaml',
    title: { en: 'YAML 1.1 directive', 'zh-TW': 'YAML 1.1 指示詞' },
    messages: {
      default: {
        en: 'The `%YAML {version}` directive changes how values are read (yes becomes true, dates become timestamps); plan files are YAML 1.2.',
        'zh-TW':
          '`%YAML {version}` 指示詞會改變值的解讀方式（yes 變成 true、日期變成時間戳記）；計畫檔使用 YAML 1.2。',
      },
    },
    description: {
      en: 'Remove the `%YAML` line and the `---` after it. Under YAML 1.2, dates stay plain dates and only true/false are booleans.',
      'zh-TW':
        '請刪除 `%YAML` 這一行及其後的 `---`。在 YAML 1.2 中，日期維持一般日期，只有 true/false 才是布林值。',
    },
  },
  'proto-key': {
    severity: 'error',
    stage: 'yaml',
    title: { en: 'Forbidden key __proto__', 'zh-TW': '禁止使用的鍵 __proto__' },
    messages: {
      default: {
        en: 'The key `__proto__` is not allowed: it can alter objects in programs that read this file.',
        'zh-TW': '不允許使用 `__proto__` 這個鍵：它可能竄改讀取此檔案之程式中的物件。',
      },
    },
    description: {
      en: 'In JavaScript, a `__proto__` key can change the prototype of the object it lands in ("prototype pollution"). The validator reads it safely, but other tools may not, so it is refused outright.',
      'zh-TW':
        '在 JavaScript 中，`__proto__` 鍵可能改變物件的原型（即「原型污染」）。本驗證工具能安全讀取，但其他工具未必如此，因此一律拒絕。',
    },
  },
} as const satisfies Record<string, DiagnosticDefinition>;
