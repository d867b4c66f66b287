import type { Locale } from '@csp-move/rules/messages';
import { escapeControl } from '../formatters/text.ts';

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
  csp-move init [file] [--force]                write a starter plan (default: new-customer.plan.yaml; - prints it)
  csp-move schema [plan|plan-v1|config]         print the JSON Schema of plan files or of .csp-move.yaml
  csp-move migrate [paths|globs|-] [--check]    upgrade version 1 plan files to version 2, in place
  csp-move status [paths] [options]             every plan's verdict and next step, overdue first
  csp-move calendar [paths] [-o moves.ics]      every dated step of every plan as an iCalendar file
  csp-move catalog drift <licensing.csv>        compare the offer catalog with Microsoft's licensing CSV
  csp-move import <files|folders> [--out DIR]   plans from Microsoft Graph and Partner Center exports

Options of validate and explain
  -f, --format <name>     validate: stylish, json, sarif, github, junit, markdown (repeatable)
                          explain: text, markdown, json
  -o, --output <file>     write the matching --format to a file (repeatable, paired in order; - is stdout)
      --fail-on <level>   error (default), warning, info or never
      --max-warnings <n>  also fail when there are more warnings than this
      --locale <locale>   en or zh-TW
      --today <date>      the date relative checks use, YYYY-MM-DD (default: the plan's asOf, else today)
      --catalog <file>    extend or override the built-in offer catalog
      --config <file>     read this config instead of the nearest .csp-move.yaml
  -j, --jobs <n>          threads that validate (default: by files and idle cores)
      --cache             skip unchanged files (results kept in .csp-move-cache/)
      --fix               apply the fixes findings offer (one each) to the files, then report the rest
      --color, --no-color force colours on or off (default: on a terminal, unless NO_COLOR or FORCE_COLOR=0)
  -h, --help              show this help
  -v, --version           show the version and the date of the offer catalog

Options of migrate
      --check             write nothing; list the files still in version 1 and exit 1 if there are any
      --config <file>     read include and exclude patterns from this config

Options of import
      --out <folder>      write one plan per customer there; an existing plan is updated in place
      --check             write nothing; exit 1 when a plan would be created or changed
      --config <file>     your partner details (partner:) and catalog from this config
                          With -, the plan is read from standard input and written to standard output.

Options of status and calendar (besides --output, --fail-on, --locale, --today, --catalog, --config, --jobs)
  -f, --format <name>     status: table (default), markdown, json, html (repeatable)
      --within <days>     status: only plans whose next step is due within this many days, e.g. 14d
                          (overdue plans and unreadable files are always shown)
      --remind <days>     calendar: reminder this many days before each open step (default 7d)

Options of catalog drift
  -f, --format <name>     text (default), json, markdown (repeatable, with --output)
  -o, --output <file>     write the matching --format to a file (- is stdout)
      --as-of <date>      the day the CSV was downloaded, YYYY-MM-DD (default: today); offers first sold
                          after it are listed as newer, not as drift
                          Exit 1 when the catalog has drifted from the CSV, 2 when the file is not that CSV.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or config error, 3 internal error.
`,
    'zh-TW': `csp-move：檢查將 Microsoft 訂閱移轉到 CSP 合作夥伴帳戶的計畫檔

用法
  csp-move validate [路徑|glob|-] [選項]   檢查計畫檔（預設：設定檔的 include 樣式）
  csp-move explain <檔案> [選項]           單一計畫的判定結果與含日期的檢查清單
  csp-move rules [id]                      列出規則，或說明某條規則或診斷
  csp-move init [檔案] [--force]           產生計畫檔範本（預設：new-customer.plan.yaml；- 表示輸出到標準輸出）
  csp-move schema [plan|plan-v1|config]    輸出計畫檔或 .csp-move.yaml 的 JSON Schema
  csp-move migrate [路徑|glob|-] [--check] 將第 1 版計畫檔直接升級為第 2 版
  csp-move status [路徑] [選項]            各計畫的判定與下一步，已逾期者排在最前
  csp-move calendar [路徑] [-o moves.ics]  將各計畫所有有日期的步驟輸出為 iCalendar 檔
  csp-move catalog drift <licensing.csv>   將供應項目目錄與 Microsoft 的授權 CSV 比對
  csp-move import <檔案|資料夾> [--out 資料夾]  從 Microsoft Graph 與合作夥伴中心的匯出資料產生計畫檔

validate 與 explain 的選項
  -f, --format <名稱>     validate：stylish、json、sarif、github、junit、markdown（可重複）
                          explain：text、markdown、json
  -o, --output <檔案>     將對應的 --format 輸出寫入檔案（可重複，依序配對；- 表示標準輸出）
      --fail-on <層級>    error（預設）、warning、info 或 never
      --max-warnings <n>  警告數超過此值時也視為失敗
      --locale <語言>     en 或 zh-TW
      --today <日期>      相對日期檢查所用的日期，YYYY-MM-DD（預設：計畫的 asOf，否則為今天）
      --catalog <檔案>    擴充或覆寫內建的供應項目目錄
      --config <檔案>     改用此設定檔，而非最近的 .csp-move.yaml
  -j, --jobs <n>          用於驗證的執行緒數（預設：依檔案數與閒置核心決定）
      --cache             略過未變更的檔案（結果保存在 .csp-move-cache/）
      --fix               將發現所附的修正（各只有一個時）套用到檔案，再回報其餘問題
      --color, --no-color 強制開啟或關閉色彩（預設：在終端機上開啟，除非設定了 NO_COLOR 或 FORCE_COLOR=0）
  -h, --help              顯示此說明
  -v, --version           顯示版本與供應項目目錄的日期

migrate 的選項
      --check             不寫入任何檔案；列出仍為第 1 版的檔案，若有則以代碼 1 結束
      --config <檔案>     從此設定檔讀取 include 與 exclude 樣式
                          使用 - 時，從標準輸入讀取計畫，並將結果寫到標準輸出。

import 的選項
      --out <資料夾>      每個客戶一份計畫檔寫入此資料夾；已有的計畫檔會就地更新
      --check             不寫入任何檔案；若有計畫檔將被建立或變更，以代碼 1 結束
      --config <檔案>     從此設定檔讀取您的合作夥伴資料（partner:）與目錄

status 與 calendar 的選項（另可用 --output、--fail-on、--locale、--today、--catalog、--config、--jobs）
  -f, --format <名稱>     status：table（預設）、markdown、json、html（可重複）
      --within <天數>     status：只列出下一步在此天數內到期的計畫，例如 14d
                          （已逾期的計畫與無法讀取的檔案一律列出）
      --remind <天數>     calendar：在每個未完成步驟前幾天提醒（預設 7d）

catalog drift 的選項
  -f, --format <名稱>     text（預設）、json、markdown（可重複，搭配 --output）
  -o, --output <檔案>     將對應的 --format 輸出寫入檔案（- 表示標準輸出）
      --as-of <日期>      CSV 的下載日期，YYYY-MM-DD（預設：今天）；在此日期之後才開賣的供應項目
                          會列為較新的項目，不算偏差
                          目錄與 CSV 有偏差時以代碼 1 結束；檔案不是該 CSV 時以代碼 2 結束。

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
  catalogAsOf: {
    en: (date) => `Offer catalog checked on ${date}`,
    'zh-TW': (date) => `供應項目目錄檢查日期：${date}`,
  },
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
  noValueAllowed: {
    en: (option) => `The option ${option} takes no value; write it on its own.`,
    'zh-TW': (option) => `選項 ${option} 不接受值，請單獨寫出該選項。`,
  },
  unknownSchema: {
    en: (name, allowed) => `There is no schema "${name}"; use ${allowed}.`,
    'zh-TW': (name, allowed) => `沒有名為「${name}」的 schema，請使用 ${allowed}。`,
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
  cannotRead: {
    en: (what, path, reason) => `The ${what} "${path}" cannot be read: ${reason}.`,
    'zh-TW': (what, path, reason) => `無法讀取${what}「${path}」：${reason}。`,
  },
  cannotReadPath: {
    en: (path, reason) => `Cannot read "${path}": ${reason}.`,
    'zh-TW': (path, reason) => `無法讀取「${path}」：${reason}。`,
  },
  skippedLink: {
    en: (path) => `Skipped the symbolic link "${path}"; name it on the command line to check it.`,
    'zh-TW': (path) => `已略過符號連結「${path}」；如要檢查，請直接在命令列指定。`,
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
  migrateDone: {
    en: (path) => `Migrated ${path} to plan version 2.`,
    'zh-TW': (path) => `已將 ${path} 升級為第 2 版計畫檔。`,
  },
  migrateNeeded: {
    en: (path) => `${path}: plan version 1; run csp-move migrate to upgrade it.`,
    'zh-TW': (path) => `${path}：第 1 版計畫檔，請執行 csp-move migrate 升級。`,
  },
  migrateInvalid: {
    en: (path) => `${path} was not migrated: it is not a valid plan. Fix these problems first:`,
    'zh-TW': (path) => `未升級 ${path}：這不是有效的計畫檔。請先修正以下問題：`,
  },
  migrateManual: {
    en: (path, line, why) =>
      `${path}:${line} was not migrated: ${why}. Replace autoRenew and exit with endOfTerm by hand, as the plan file guide describes.`,
    'zh-TW': (path, line, why) =>
      `未升級 ${path}:${line}：${why}。請依計畫檔指南的說明，手動以 endOfTerm 取代 autoRenew 與 exit。`,
  },
  migrateWhyAnchor: {
    en: () => 'an anchor on autoRenew, exit or their subscription is used elsewhere in the file',
    'zh-TW': () => 'autoRenew、exit 或其所屬訂閱上的錨點在檔案其他地方被引用',
  },
  migrateWhyLayout: {
    en: () =>
      'the file is laid out in a way that cannot be edited without changing its meaning or losing a comment',
    'zh-TW': () => '此檔案的寫法無法在不改變意義或不遺失註解的情況下修改',
  },
  migrateSummary: {
    en: (migrated, current, refused) =>
      `Migrated: ${migrated}. Already in version 2: ${current}. Not migrated: ${refused}.`,
    'zh-TW': (migrated, current, refused) =>
      `計畫檔：已升級 ${migrated} 個，原本即為第 2 版 ${current} 個，未升級 ${refused} 個。`,
  },
  migrateCheckPending: {
    en: (migrated, current, refused) =>
      `Still in version 1: ${migrated} (run csp-move migrate). In version 2: ${current}. Not valid: ${refused}.`,
    'zh-TW': (migrated, current, refused) =>
      `仍為第 1 版的計畫檔 ${migrated} 個（請執行 csp-move migrate），第 2 版 ${current} 個，無效 ${refused} 個。`,
  },
  migrateCheckDone: {
    en: (_migrated, current, refused) =>
      `No plan file is in version 1. In version 2: ${current}. Not valid: ${refused}.`,
    'zh-TW': (_migrated, current, refused) =>
      `沒有第 1 版計畫檔：第 2 版 ${current} 個，無效 ${refused} 個。`,
  },
  migrateStdinAlone: {
    en: () => 'migrate reads standard input (-) only on its own, not together with files.',
    'zh-TW': () => 'migrate 只能單獨讀取標準輸入（-），不能與檔案一起指定。',
  },
  outputIsInput: {
    en: (path) => `The --output file "${path}" is also an input; the report would replace it.`,
    'zh-TW': (path) => `--output 指定的「${path}」同時也是輸入檔，報告會把它蓋掉。`,
  },
  outputTwice: {
    en: (path) => `The --output file "${path}" is named more than once; give each report its own file.`,
    'zh-TW': (path) => `--output 指定的「${path}」出現不只一次；請讓每份報告各用一個檔案。`,
  },
  stdinTooLarge: {
    en: (limit) =>
      `Standard input is over the limit of ${limit} for a plan; it was not read (maxFileSize in .csp-move.yaml sets the limit).`,
    'zh-TW': (limit) =>
      `標準輸入超過計畫檔的上限 ${limit}，因此未讀取（上限可用 .csp-move.yaml 的 maxFileSize 設定）。`,
  },
  stdinEncoding: {
    en: (detail) => `Standard input is not UTF-8 text (${detail}); save the plan as UTF-8.`,
    'zh-TW': (detail) => `標準輸入不是 UTF-8 文字（${detail}）；請將計畫檔存成 UTF-8。`,
  },
  createdFolder: {
    en: (folder, path) => `Created the folder "${folder}" for "${path}".`,
    'zh-TW': (folder, path) => `已為「${path}」建立資料夾「${folder}」。`,
  },
  stdoutFailed: {
    en: (reason) => `Cannot write to standard output: ${reason}.`,
    'zh-TW': (reason) => `無法寫入標準輸出：${reason}。`,
  },
  cacheUnreadable: {
    en: (folder) => `The cache in ${folder}/ is damaged and was ignored; every file is checked again.`,
    'zh-TW': (folder) => `${folder}/ 中的快取已損壞，已略過；所有檔案都會重新檢查。`,
  },
  cacheNotFile: {
    en: (folder) =>
      `The cache in ${folder}/ is not a regular file and was ignored; every file is checked again.`,
    'zh-TW': (folder) => `${folder}/ 中的快取不是一般檔案，已略過；所有檔案都會重新檢查。`,
  },
  cacheTooLarge: {
    en: (folder, limit) =>
      `The cache in ${folder}/ is larger than ${limit} and was ignored; every file is checked again.`,
    'zh-TW': (folder, limit) => `${folder}/ 中的快取超過 ${limit}，已略過；所有檔案都會重新檢查。`,
  },
  cacheDropped: {
    en: (count, folder) =>
      `Ignored ${count} damaged or altered ${count === '1' ? 'entry' : 'entries'} in ${folder}/; those files are checked again.`,
    'zh-TW': (count, folder) => `已略過 ${folder}/ 中 ${count} 筆損壞或遭竄改的項目；這些檔案會重新檢查。`,
  },
  badEnv: {
    en: (name, value) =>
      `The environment variable ${name} cannot be "${value}"; use whole seconds since 1970.`,
    'zh-TW': (name, value) => `環境變數 ${name} 不能是「${value}」，請使用自 1970 年起算的整數秒數。`,
  },
  calendarSkipped: {
    en: (paths) =>
      `Left out of the calendar because they are not valid plans (run csp-move validate): ${paths}`,
    'zh-TW': (paths) => `以下檔案不是有效的計畫檔，未納入行事曆（請執行 csp-move validate）：${paths}`,
  },
  reportThroughLink: {
    en: (path, link) =>
      `The report "${path}" is not written: "${link}" is a symbolic link, and the checked-out files decide where it points. Remove the link or choose another report-dir.`,
    'zh-TW': (path, link) =>
      `未寫入報告「${path}」：「${link}」是符號連結，其指向由簽出的檔案決定。請移除該連結，或改用其他 report-dir。`,
  },
  unknownReportFormat: {
    en: (formats, allowed) =>
      `unknown report format ${formats} in the formats input (choose from ${allowed})`,
    'zh-TW': (formats, allowed) => `formats 輸入中有無法識別的報告格式 ${formats}（請從 ${allowed} 中選擇）`,
  },
  catalogOutside: {
    en: (catalog, config, root) =>
      `The catalog "${catalog}" named in ${config} is not read: it is outside the repository that holds the config (${root}), or inside its .git folder. Name a catalog file in the repository, or pass --catalog.`,
    'zh-TW': (catalog, config, root) =>
      `未讀取 ${config} 指定的目錄檔「${catalog}」：它位於存放此設定檔的儲存庫（${root}）之外，或位於其 .git 資料夾中。請指定儲存庫中的目錄檔，或改用 --catalog。`,
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
  unknownSubcommand: {
    en: (command, name, allowed) => `"${command}" has no subcommand "${name}"; use ${allowed}.`,
    'zh-TW': (command, name, allowed) => `「${command}」沒有「${name}」這個子命令，請使用 ${allowed}。`,
  },
  driftNeedsFile: {
    en: () =>
      "catalog drift needs Microsoft's licensing CSV: csp-move catalog drift <licensing.csv> (or - for standard input).",
    'zh-TW': () =>
      'catalog drift 需要 Microsoft 的授權 CSV：csp-move catalog drift <licensing.csv>（或以 - 表示標準輸入）。',
  },
  csvFile: { en: () => 'CSV file', 'zh-TW': () => 'CSV 檔' },
  csvTooLarge: {
    en: (size, limit) => `it is ${size}, more than the ${limit} Microsoft's CSV could be`,
    'zh-TW': (size, limit) => `檔案大小為 ${size}，超過 Microsoft 的 CSV 可能的上限 ${limit}`,
  },
  csvNotUtf8: {
    en: () =>
      'it is not UTF-8 text; download the CSV again from Microsoft and do not save it from a spreadsheet',
    'zh-TW': () => '它不是 UTF-8 文字；請重新從 Microsoft 下載 CSV，不要用試算表軟體另存',
  },
  csvInvalid: {
    en: (path, line, why) => `${path}:${line}: not Microsoft's licensing CSV: ${why}.`,
    'zh-TW': (path, line, why) => `${path}:${line}：這不是 Microsoft 的授權 CSV：${why}。`,
  },
  csv_empty: { en: () => 'the file is empty', 'zh-TW': () => '檔案是空的' },
  csv_header: {
    en: () => 'the first line needs the columns Product_Display_Name, String_Id and GUID',
    'zh-TW': () => '第一行必須有 Product_Display_Name、String_Id 與 GUID 欄位',
  },
  csv_quote: {
    en: () => 'a quoted field that starts here is never closed',
    'zh-TW': () => '從這裡開始的引號欄位沒有結束',
  },
  csv_columns: {
    en: () => 'the row has fewer fields than the header',
    'zh-TW': () => '這一列的欄位比標題列少',
  },
  csv_guid: {
    en: () => 'the GUID column does not hold a GUID',
    'zh-TW': () => 'GUID 欄位中不是 GUID',
  },
  notRegularFile: {
    en: () => 'it is a symbolic link or not a regular file; fix the file it points to instead',
    'zh-TW': () => '它是符號連結或不是一般檔案；請改為修正它指向的檔案',
  },
} satisfies Record<string, Template>;

/** Why a file could not be read or written, by system error code (or the CLI's own code). */
export const CLI_REASONS = {
  readOnly: { en: 'the file is read-only', 'zh-TW': '檔案為唯讀' },
  outsideRepository: {
    en: 'it is a symbolic link to a file outside the repository',
    'zh-TW': '它是指向儲存庫外檔案的符號連結',
  },
  notRegular: {
    en: 'it is not a regular file (a device, FIFO or socket)',
    'zh-TW': '它不是一般檔案（而是裝置、FIFO 或通訊端）',
  },
  shortWrite: {
    en: 'only part of it could be written (is the disk full?); nothing was replaced',
    'zh-TW': '只寫入了一部分（磁碟可能已滿），因此沒有取代任何檔案',
  },
  EISDIR: { en: 'it is a folder', 'zh-TW': '這是資料夾' },
  EACCES: { en: 'permission denied', 'zh-TW': '權限不足' },
  EPERM: { en: 'operation not permitted', 'zh-TW': '不允許此操作' },
  ENOSPC: { en: 'no space left on the device', 'zh-TW': '裝置已無剩餘空間' },
  ELOOP: { en: 'too many levels of symbolic links (a loop?)', 'zh-TW': '符號連結層數過多（可能形成迴圈）' },
  ENAMETOOLONG: { en: 'the name is too long', 'zh-TW': '名稱過長' },
  ENOTDIR: { en: 'part of the path is not a folder', 'zh-TW': '路徑中有一段不是資料夾' },
  EROFS: { en: 'the file system is read-only', 'zh-TW': '檔案系統為唯讀' },
  EIO: { en: 'input/output error', 'zh-TW': '輸入/輸出錯誤' },
  ENOENT: { en: 'it does not exist', 'zh-TW': '檔案不存在' },
  EPIPE: { en: 'the reader has gone away', 'zh-TW': '讀取端已關閉' },
} satisfies Record<string, Text>;

/** A reason worded in the locale; unknown codes are shown as they are (e.g. EXDEV). */
export function writeReason(code: string, locale: Locale): string {
  return Object.hasOwn(CLI_REASONS, code) ? CLI_REASONS[code as keyof typeof CLI_REASONS][locale] : code;
}

export function text(key: keyof typeof CLI_TEXT, locale: Locale): string {
  return CLI_TEXT[key][locale];
}

/**
 * A message with its values filled in. The values are file names, arguments and text from files: every
 * control or invisible character in them is written as an escape here, the one place all messages pass
 * through, so that none reaches a terminal (OSC 52, clear screen) or a CI log (a line of its own that
 * reads as a workflow command) raw.
 */
export function say(key: keyof typeof CLI_TEMPLATES, locale: Locale, ...args: string[]): string {
  return (CLI_TEMPLATES[key][locale] as (...values: string[]) => string)(...args.map(escapeControl));
}
