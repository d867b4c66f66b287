import type { Locale } from '@csp-move/rules/messages';

type Text = Record<Locale, string>;
type Template = Record<Locale, (...args: string[]) => string>;

/** Usage and error messages of the CLI, in every locale. */
export const CLI_TEXT = {
  usage: {
    en: `csp-move: check plans for moving Microsoft subscriptions into a CSP partner account

Usage
  csp-move validate [paths|globs|-] [options]   check plan files (default: the config's include patterns)
  csp-move explain <file> [options]             verdict and the dated checklist of one plan
  csp-move rules [id]                           list the rules, or explain one rule or diagnostic
  csp-move init [file] [--force]                write a starter plan (default: new-customer.plan.yaml)
  csp-move schema [plan|config]                 print the JSON Schema of plan files or of .csp-move.yaml

Options of validate and explain
  -f, --format <name>     validate: stylish, json, sarif, github, junit, markdown (repeatable)
                          explain: text, markdown, json
  -o, --output <file>     write the matching --format to a file (repeatable, paired in order)
      --fail-on <level>   error (default), warning, info or never
      --max-warnings <n>  also fail when there are more warnings than this
      --locale <locale>   en or zh-TW
      --today <date>      the date relative checks use, YYYY-MM-DD (default: the plan's asOf, else today)
      --catalog <file>    extend or override the built-in offer catalog
      --config <file>     read this config instead of the nearest .csp-move.yaml
  -j, --jobs <n>          threads that validate (default: one per core)
      --cache             skip unchanged files (results kept in .csp-move-cache/)
      --fix               apply the fixes findings offer (one each) to the files, then report the rest
      --color, --no-color force colours on or off (default: on a terminal, unless NO_COLOR or FORCE_COLOR=0)
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or config error, 3 internal error.
`,
    'zh-TW': `csp-move：檢查將 Microsoft 訂閱移轉到 CSP 合作夥伴帳戶的計畫檔

用法
  csp-move validate [路徑|glob|-] [選項]   檢查計畫檔（預設：設定檔的 include 樣式）
  csp-move explain <檔案> [選項]           單一計畫的判定結果與含日期的檢查清單
  csp-move rules [id]                      列出規則，或說明某條規則或診斷
  csp-move init [檔案] [--force]           產生計畫檔範本（預設：new-customer.plan.yaml）
  csp-move schema [plan|config]            輸出計畫檔或 .csp-move.yaml 的 JSON Schema

validate 與 explain 的選項
  -f, --format <名稱>     validate：stylish、json、sarif、github、junit、markdown（可重複）
                          explain：text、markdown、json
  -o, --output <檔案>     將對應的 --format 輸出寫入檔案（可重複，依序配對）
      --fail-on <層級>    error（預設）、warning、info 或 never
      --max-warnings <n>  警告數超過此值時也視為失敗
      --locale <語言>     en 或 zh-TW
      --today <日期>      相對日期檢查所用的日期，YYYY-MM-DD（預設：計畫的 asOf，否則為今天）
      --catalog <檔案>    擴充或覆寫內建的供應項目目錄
      --config <檔案>     改用此設定檔，而非最近的 .csp-move.yaml
  -j, --jobs <n>          用於驗證的執行緒數（預設：每個核心一個）
      --cache             略過未變更的檔案（結果保存在 .csp-move-cache/）
      --fix               將發現所附的修正（各只有一個時）套用到檔案，再回報其餘問題
      --color, --no-color 強制開啟或關閉色彩（預設：在終端機上開啟，除非設定了 NO_COLOR 或 FORCE_COLOR=0）
  -h, --help              顯示此說明
  -v, --version           顯示版本

結束代碼：0 無問題、1 有達到 --fail-on 層級的發現、2 用法或設定錯誤、3 內部錯誤。
`,
  },
  seeHelp: { en: 'Run `csp-move --help` for usage.', 'zh-TW': '執行 `csp-move --help` 查看用法。' },
  configInvalid: {
    en: 'The configuration file has problems:',
    'zh-TW': '設定檔有問題：',
  },
  catalogInvalid: {
    en: 'The catalog extension has problems:',
    'zh-TW': '目錄擴充檔有問題：',
  },
  planInvalid: {
    en: 'The plan cannot be explained until these problems are fixed:',
    'zh-TW': '必須先修正以下問題，才能說明此計畫：',
  },
  internal: {
    en: 'csp-move stopped because of an internal error. Please report it:',
    'zh-TW': 'csp-move 因內部錯誤而停止。請回報此問題：',
  },
} satisfies Record<string, Text>;

/** Messages with values, in every locale. */
export const CLI_TEMPLATES = {
  unknownCommand: {
    en: (name) => `Unknown command "${name}".`,
    'zh-TW': (name) => `無法識別的命令「${name}」。`,
  },
  badOption: {
    en: (detail) => `${detail}.`,
    'zh-TW': (detail) => `選項有誤：${detail}。`,
  },
  unknownOption: {
    en: (option) => `Unknown option ${option}.`,
    'zh-TW': (option) => `無法識別的選項 ${option}。`,
  },
  missingValue: {
    en: (option) => `The option ${option} needs a value.`,
    'zh-TW': (option) => `選項 ${option} 需要一個值。`,
  },
  unexpectedArgument: {
    en: (arg) => `Unexpected argument "${arg}".`,
    'zh-TW': (arg) => `多餘的引數「${arg}」。`,
  },
  badValue: {
    en: (option, value, allowed) => `--${option} cannot be "${value}"; use ${allowed}.`,
    'zh-TW': (option, value, allowed) => `--${option} 不能是「${value}」，請使用 ${allowed}。`,
  },
  noFiles: {
    en: (what) => `No plan files found for ${what}.`,
    'zh-TW': (what) => `找不到符合 ${what} 的計畫檔。`,
  },
  tooManyStdout: {
    en: () => 'Only one --format can go to standard output; give the others an --output file.',
    'zh-TW': () => '只能有一個 --format 輸出到標準輸出，其他格式請用 --output 指定檔案。',
  },
  tooManyOutputs: {
    en: () => 'There are more --output files than --format names; each --output belongs to one --format.',
    'zh-TW': () => '--output 的數量多於 --format；每個 --output 對應一個 --format。',
  },
  fileMissing: {
    en: (what, path) => `The ${what} "${path}" does not exist or cannot be read.`,
    'zh-TW': (what, path) => `${what}「${path}」不存在或無法讀取。`,
  },
  cannotWrite: {
    en: (path, reason) => `Cannot write "${path}": ${reason}.`,
    'zh-TW': (path, reason) => `無法寫入「${path}」：${reason}。`,
  },
  explainOneFile: {
    en: () => 'explain takes exactly one plan file (or - for standard input).',
    'zh-TW': () => 'explain 只能指定一個計畫檔（或以 - 表示標準輸入）。',
  },
  unknownRule: {
    en: (id, suggestion) =>
      `"${id}" is not a rule or diagnostic code.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
    'zh-TW': (id, suggestion) =>
      `「${id}」不是規則或診斷代碼。${suggestion ? `您是不是要找「${suggestion}」？` : ''}`,
  },
  initExists: {
    en: (path) => `"${path}" already exists; pass --force to overwrite it.`,
    'zh-TW': (path) => `「${path}」已存在；如要覆寫，請加上 --force。`,
  },
  initDone: {
    en: (path) => `Wrote ${path}. Fill in the customer's details, then run: csp-move validate ${path}`,
    'zh-TW': (path) => `已寫入 ${path}。請填入客戶資料，然後執行：csp-move validate ${path}`,
  },
  progress: {
    en: (done, total) => `Checking plan files: ${done}/${total}`,
    'zh-TW': (done, total) => `正在檢查計畫檔：${done}/${total}`,
  },
  configFile: { en: () => 'config file', 'zh-TW': () => '設定檔' },
  catalogFile: { en: () => 'catalog file', 'zh-TW': () => '目錄檔' },
  planFile: { en: () => 'plan file', 'zh-TW': () => '計畫檔' },
  excludedFile: {
    en: (path) => `${path} was not checked: it matches an exclude pattern of the config file.`,
    'zh-TW': (path) => `未檢查 ${path}：它符合設定檔 exclude 中的樣式。`,
  },
  fixed: {
    en: (count, path) => `Fixed ${count} ${count === '1' ? 'problem' : 'problems'} in ${path}.`,
    'zh-TW': (count, path) => `已修正 ${path} 中的 ${count} 個問題。`,
  },
  cannotFix: {
    en: (path, reason) => `Did not fix ${path}: ${reason}.`,
    'zh-TW': (path, reason) => `未修正 ${path}：${reason}。`,
  },
  notRegularFile: {
    en: () => 'it is a symbolic link or not a regular file; fix the file it points to instead',
    'zh-TW': () => '它是符號連結或不是一般檔案；請改為修正它指向的檔案',
  },
} satisfies Record<string, Template>;

export function text(key: keyof typeof CLI_TEXT, locale: Locale): string {
  return CLI_TEXT[key][locale];
}

export function say(key: keyof typeof CLI_TEMPLATES, locale: Locale, ...args: string[]): string {
  return (CLI_TEMPLATES[key][locale] as (...values: string[]) => string)(...args);
}
