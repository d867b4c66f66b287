import type { Locale, Localized } from '@csp-move/rules/messages';

/**
 * Every string the generated pages show, in every locale. One table, so a missing translation is a
 * type error (`satisfies`) and a reviewer sees both languages side by side.
 */
export const UI = {
  // Sidebar
  'nav.guide': { en: 'Guide', 'zh-TW': '指南' },
  'nav.reference': { en: 'Reference', 'zh-TW': '參考' },
  'nav.rules': { en: 'Rules', 'zh-TW': '規則' },
  'nav.tools': { en: 'Tools', 'zh-TW': '工具' },
  'nav.allRules': { en: 'All rules', 'zh-TW': '所有規則' },
  'nav.planFile': { en: 'Plan file', 'zh-TW': '計畫檔' },
  'nav.offers': { en: 'Offers', 'zh-TW': '供應項目' },
  'nav.regions': { en: 'Regions and markets', 'zh-TW': '區域與市場' },
  'nav.diagnostics': { en: 'Validator diagnostics', 'zh-TW': '驗證器診斷訊息' },
  'nav.sources': { en: 'Sources', 'zh-TW': '資料來源' },

  // Shared
  'sources.heading': { en: 'Sources', 'zh-TW': '資料來源' },
  'sources.checked': { en: 'Facts checked on', 'zh-TW': '內容查核日期：' },
  'sources.dated': { en: 'dated', 'zh-TW': '文件日期' },
  'sources.publisher.microsoft': { en: 'Microsoft', 'zh-TW': 'Microsoft' },
  'sources.publisher.third-party': { en: 'third party', 'zh-TW': '第三方' },
  'sources.publisher.csp-move': { en: 'csp-move', 'zh-TW': 'csp-move' },
  'sources.checkedOn': { en: 'checked', 'zh-TW': '檢查於' },
  'sources.uses': { en: 'what rests on it', 'zh-TW': '依據此來源的內容' },
  'footer.catalog': { en: 'Offer catalog checked on', 'zh-TW': '供應項目目錄檢查日期：' },
  'table.id': { en: 'Id', 'zh-TW': '代碼' },
  // The scroll container of a table (src/integrations/table-regions.ts), named after its heading.
  'table.region': { en: 'Table {n}', 'zh-TW': '表格 {n}' },
  'table.region.more': { en: '{name}, table {n}', 'zh-TW': '{name}（表格 {n}）' },
  yes: { en: 'yes', 'zh-TW': '是' },
  no: { en: 'no', 'zh-TW': '否' },
  none: { en: 'none', 'zh-TW': '無' },

  // Rules index and rule pages
  'rules.title': { en: 'Rules', 'zh-TW': '規則' },
  'rules.description': {
    en: 'Every check csp-move runs on a plan, in the checker and in the CLI, grouped by the part of the move it is about.',
    'zh-TW': 'csp-move 在檢查工具與 CLI 中對計畫檔執行的每一項檢查，依移轉的環節分組。',
  },
  'rules.intro': {
    en: 'The checker on this site and the csp-move command line run the same rules. An error blocks the move until it is fixed, a warning needs a decision, and an info finding points out something worth knowing.',
    'zh-TW':
      '本網站的檢查工具與 csp-move 命令列執行的是同一套規則。「錯誤」表示必須先修正才能進行移轉，「警告」需要您做出判斷，「資訊」則提醒值得留意的事項。',
  },
  'rules.count': { en: 'rules', 'zh-TW': '條規則' },
  'rules.column.rule': { en: 'Rule', 'zh-TW': '規則' },
  'rules.column.severity': { en: 'Severity', 'zh-TW': '嚴重性' },
  'rule.severity': { en: 'Severity', 'zh-TW': '嚴重性' },
  'rule.category': { en: 'Part of the move', 'zh-TW': '移轉環節' },
  'rule.id': { en: 'Rule id', 'zh-TW': '規則代碼' },
  'rule.what': { en: 'What it checks', 'zh-TW': '檢查內容' },
  'rule.what.intro': {
    en: 'When the rule finds a problem, it reports one of these messages; the highlighted names are filled in from the plan.',
    'zh-TW': '規則發現問題時，會回報以下其中一則訊息；標示的名稱會以計畫檔中的值代入。',
  },
  'rule.why': { en: 'Why it matters', 'zh-TW': '為什麼重要' },
  'rule.fix': { en: 'How to fix it', 'zh-TW': '如何修正' },
  'rule.guide': { en: 'Read the guidance on this step', 'zh-TW': '閱讀這個步驟的說明' },
  'rule.examples': { en: 'Examples', 'zh-TW': '範例' },
  'rule.example.fires': { en: 'A plan that triggers this rule', 'zh-TW': '會觸發此規則的計畫檔' },
  'rule.example.fires.result': {
    en: 'csp-move reports on this plan:',
    'zh-TW': 'csp-move 對這份計畫檔的回報：',
  },
  'rule.example.passes': { en: 'A plan that passes this check', 'zh-TW': '通過此項檢查的計畫檔' },
  'rule.example.passes.result': {
    en: 'This rule finds nothing to report in this plan.',
    'zh-TW': '此規則在這份計畫檔中沒有發現任何問題。',
  },
  'rule.example.show': { en: 'Show the plan', 'zh-TW': '顯示計畫檔' },
  'rule.example.lines': { en: 'lines', 'zh-TW': '行' },
  'rule.cli': {
    en: 'To explain this rule in a terminal, run:',
    'zh-TW': '若要在終端機中查看此規則的說明，請執行：',
  },
  'rule.back': { en: 'All rules', 'zh-TW': '所有規則' },
  'rule.thirdPartyOnly': {
    en: 'This rule rests on third-party sources only: Microsoft documentation confirming it was not found. Its findings say so.',
    'zh-TW': '此規則僅根據第三方資料，尚未找到可證實的 Microsoft 文件；其檢查結果也會註明這一點。',
  },

  // Sources page
  'sourcesPage.title': { en: 'Sources and the facts that rest on them', 'zh-TW': '資料來源與所依據的內容' },
  'sourcesPage.description': {
    en: 'Every page the rules, offers, policies and market list of csp-move rest on, with its date, the day it was last checked, and the facts that rest on it.',
    'zh-TW':
      'csp-move 的規則、供應項目、政策與市場清單所依據的每一份文件，附上文件日期、最近查核日期，以及依據它的每一項內容。',
  },
  'sourcesPage.intro': {
    en: 'Each page is declared once. Under it are the rules, offer records and policies that rest on it: when Microsoft changes the page, these are what to read again. A third party’s page is marked as such; a fact that rests on third parties only says so wherever it is shown.',
    'zh-TW':
      '每份文件只登錄一次，底下列出依據它的規則、供應項目記錄與政策：Microsoft 修改該文件時，需要重新檢視的就是這些內容。第三方文件會標明出處；僅以第三方資料為依據的內容，在每個顯示之處都會註明。',
  },
  'sourcesPage.count': { en: 'sources', 'zh-TW': '份資料來源' },
  'sourcesPage.group.microsoft': { en: 'Microsoft', 'zh-TW': 'Microsoft' },
  'sourcesPage.group.third-party': {
    en: 'Third parties (not confirmed in Microsoft documentation)',
    'zh-TW': '第三方（未經 Microsoft 文件證實）',
  },
  'sourcesPage.group.csp-move': { en: 'csp-move', 'zh-TW': 'csp-move' },
  'sourcesPage.restsOn': { en: 'Facts that rest on it', 'zh-TW': '依據此來源的內容' },
  'sourcesPage.fact.rule': { en: 'Rule', 'zh-TW': '規則' },
  'sourcesPage.fact.offer': { en: 'Offer', 'zh-TW': '供應項目' },
  'sourcesPage.fact.policy': { en: 'Policy', 'zh-TW': '政策' },
  'sourcesPage.fact.regions': { en: 'Market list', 'zh-TW': '市場清單' },

  // Offers
  'offers.title': { en: 'Offers', 'zh-TW': '供應項目' },
  'offers.description': {
    en: 'The seat-based offers csp-move knows: names over time, status, renames and the replacements that keep data.',
    'zh-TW': 'csp-move 收錄的授權型供應項目：歷來名稱、狀態、更名，以及不會遺失資料的替代方案。',
  },
  'offers.intro': {
    en: 'A plan names offers by these ids. A target is safe when it is the same offer, the same product under a new name, or a replacement listed here; anything else risks losing data.',
    'zh-TW':
      '計畫檔以下列代碼指定供應項目。目標若是同一個供應項目、同一產品的新名稱，或此處列出的替代方案，就能安全移轉；除此之外都有遺失資料的風險。',
  },
  'offers.kinds': { en: 'Kinds of replacement', 'zh-TW': '替代方案的類型' },
  'offers.column.names': { en: 'Names', 'zh-TW': '名稱' },
  'offers.column.status': { en: 'Status', 'zh-TW': '狀態' },
  'offers.column.renamed': { en: 'Renamed', 'zh-TW': '更名' },
  'offers.column.replacements': { en: 'Replacements', 'zh-TW': '替代方案' },
  'offers.column.includes': { en: 'Includes', 'zh-TW': '涵蓋方案' },
  'offers.column.source': { en: 'Source', 'zh-TW': '來源' },
  'offers.renamedTo': { en: 'now', 'zh-TW': '現為' },
  'offers.renamedFrom': { en: 'formerly', 'zh-TW': '舊稱' },
  'offers.since': { en: 'since', 'zh-TW': '自' },
  'offers.until': { en: 'until', 'zh-TW': '至' },
  'offers.asOf': { en: 'Catalog as of', 'zh-TW': '目錄資料日期：' },
  'offers.details': { en: 'What it includes, notes and source', 'zh-TW': '涵蓋方案、附註與資料來源' },
  'offers.filter.label': { en: 'Find an offer', 'zh-TW': '尋找供應項目' },
  'offers.filter.hint': {
    en: 'Any part of a name, an earlier name or an id.',
    'zh-TW': '名稱、舊名稱或代碼的任一部分。',
  },
  'offers.filter.family': { en: 'Family', 'zh-TW': '產品系列' },
  'offers.filter.status': { en: 'Status', 'zh-TW': '狀態' },
  'offers.filter.all': { en: 'All', 'zh-TW': '全部' },
  'offers.filter.teams': { en: 'Teams', 'zh-TW': 'Teams' },
  'offers.teams.with': { en: 'With Teams, also sold without', 'zh-TW': '含 Teams，另有不含 Teams 的版本' },
  'offers.teams.without': { en: 'Without Teams', 'zh-TW': '不含 Teams' },
  'offers.teams.standalone': { en: 'Teams sold on its own', 'zh-TW': '單獨銷售的 Teams' },
  'offers.filter.count': { en: 'offers shown', 'zh-TW': '個供應項目符合' },
  'offers.filter.empty': {
    en: 'No offer matches. Clear the filter to see them all.',
    'zh-TW': '沒有符合的供應項目。清除篩選條件即可看到全部。',
  },

  // Regions
  'regions.title': { en: 'CSP regions and markets', 'zh-TW': 'CSP 區域與市場' },
  'regions.description': {
    en: 'Every CSP region and the markets in it, with country codes and billing currencies.',
    'zh-TW': '所有 CSP 區域及其涵蓋的市場，附國家/地區代碼與計費幣別。',
  },
  'regions.intro': {
    en: "A partner's CSP tenant can take over only customers whose tenant country is a market of the same region. Use the codes in the first column in plan files.",
    'zh-TW':
      '合作夥伴的 CSP 租用戶只能接手「租用戶國家/地區」屬於同一區域市場的客戶。計畫檔中請使用第一欄的代碼。',
  },
  'regions.asOf': { en: 'Market list as of', 'zh-TW': '市場清單日期：' },
  'regions.filter.label': { en: 'Filter markets', 'zh-TW': '篩選市場' },
  'regions.filter.hint': {
    en: 'Code, name or currency, e.g. TW, Kosovo or EUR',
    'zh-TW': '代碼、名稱或幣別，例如 TW、科索沃或 EUR',
  },
  'regions.filter.region': { en: 'Region', 'zh-TW': '區域' },
  'regions.filter.all': { en: 'All regions', 'zh-TW': '所有區域' },
  'regions.filter.count': { en: 'markets shown', 'zh-TW': '個市場符合' },
  'regions.filter.empty': { en: 'No market matches the filter.', 'zh-TW': '沒有符合篩選條件的市場。' },
  'regions.count': { en: 'markets', 'zh-TW': '個市場' },
  'regions.column.code': { en: 'Code', 'zh-TW': '代碼' },
  'regions.column.alpha3': { en: 'Alpha-3', 'zh-TW': '三碼代碼' },
  'regions.column.name': { en: 'Market', 'zh-TW': '市場' },
  'regions.column.currency': { en: 'Currency', 'zh-TW': '幣別' },
  'regions.column.note': { en: 'Note', 'zh-TW': '附註' },
  'regions.former': { en: 'Former markets', 'zh-TW': '已移除的市場' },
  'regions.former.until': { en: 'Last listed', 'zh-TW': '最後列入日期' },
  'regions.changes': { en: 'Changes over time', 'zh-TW': '歷來變動' },
  'regions.changes.between': { en: 'Between', 'zh-TW': '期間' },

  // Plan file reference
  'planFile.title': { en: 'Plan file reference', 'zh-TW': '計畫檔參考' },
  'planFile.description': {
    en: 'Every field of a csp-move plan file, version 2: type, whether it is required, and what it means; and how version 1 files migrate.',
    'zh-TW': 'csp-move 計畫檔第 2 版的每個欄位：型別、是否必填，以及代表的意義；以及第 1 版檔案如何升級。',
  },
  'planFile.intro': {
    en: 'A plan file describes one customer move in YAML. This page is generated from the JSON Schema that the checker and the CLI validate against, so it always matches what they accept.',
    'zh-TW':
      '計畫檔以 YAML 描述一位客戶的移轉。本頁由檢查工具與 CLI 驗證時所用的 JSON 結構描述自動產生，因此內容永遠與它們接受的格式一致。',
  },
  'planFile.schema': { en: 'The schema', 'zh-TW': '結構描述' },
  'planFile.schema.text': {
    en: 'The JSON Schema (draft-07) of version 2 is served at',
    'zh-TW': '第 2 版 JSON 結構描述（draft-07）的網址為',
  },
  'planFile.schema.v1': {
    en: 'Version 1 files are checked against the version 1 schema, which stays at',
    'zh-TW': '第 1 版檔案則依第 1 版結構描述檢查，其網址維持不變：',
  },
  'planFile.modeline': { en: 'Editor support', 'zh-TW': '編輯器支援' },
  'planFile.modeline.text': {
    en: 'Put this line at the top of a plan file, and editors that use the YAML language server (VS Code with the YAML extension, Neovim, JetBrains IDEs) complete field names and flag mistakes as you type:',
    'zh-TW':
      '在計畫檔第一行加上這一行，採用 YAML 語言伺服器的編輯器（安裝 YAML 擴充功能的 VS Code、Neovim、JetBrains IDE）就會在輸入時自動完成欄位名稱並標出錯誤：',
  },
  'planFile.fields': { en: 'Fields', 'zh-TW': '欄位' },
  'planFile.fields.intro': {
    en: 'Paths use dots for nesting and [] for each item of a list. Unknown fields are errors.',
    'zh-TW': '路徑以點號表示巢狀欄位，[] 表示清單中的每個項目。未定義的欄位會視為錯誤。',
  },
  'planFile.column.field': { en: 'Field', 'zh-TW': '欄位' },
  'planFile.column.type': { en: 'Type', 'zh-TW': '型別' },
  'planFile.column.required': { en: 'Required', 'zh-TW': '必填' },
  'planFile.column.description': { en: 'Meaning', 'zh-TW': '說明' },
  'planFile.requiredWhen': { en: 'when', 'zh-TW': '當' },
  'planFile.requiredUnless': { en: 'unless', 'zh-TW': '除非' },
  'planFile.migrate': { en: 'Migrating from version 1', 'zh-TW': '從第 1 版升級' },
  'planFile.migrate.text': {
    en: 'Version 1 said how a source subscription ends with autoRenew and exit; version 2 says it with endOfTerm, and no other field changed its name or meaning. A version 1 file keeps validating: it is read as version 2 through the mapping below, so its findings and verdict do not change, and it gets one info diagnostic on its version line:',
    'zh-TW':
      '第 1 版以 autoRenew 與 exit 說明原訂閱如何結束，第 2 版改用 endOfTerm，其他欄位的名稱與意義都沒有改變。第 1 版檔案仍可驗證：它會依下表讀取為第 2 版，因此檢查結果與判定都不變，只會在 version 那一行多一則資訊層級的診斷：',
  },
  'planFile.migrate.version1': { en: 'Version 1', 'zh-TW': '第 1 版' },
  'planFile.migrate.version2': { en: 'Version 2', 'zh-TW': '第 2 版' },
  'planFile.migrate.command': {
    en: 'csp-move migrate rewrites version 1 files in place and changes only these lines, keeping comments and layout; with --check it writes nothing and fails while a file is still in version 1, for CI:',
    'zh-TW':
      'csp-move migrate 會直接改寫第 1 版檔案，只修改這幾行，並保留註解與排版；加上 --check 時不寫入任何檔案，只要還有第 1 版檔案就失敗，適合用在 CI：',
  },
  'planFile.default': { en: 'default', 'zh-TW': '預設值' },
  'planFile.example': { en: 'Example', 'zh-TW': '範例' },
  'planFile.example.text': {
    en: 'A complete plan for a small business moving from a direct purchase:',
    'zh-TW': '一家小型企業從直接購買移轉的完整計畫檔：',
  },
  'planFile.type.string': { en: 'text', 'zh-TW': '文字' },
  'planFile.type.integer': { en: 'whole number', 'zh-TW': '整數' },
  'planFile.type.boolean': { en: 'true or false', 'zh-TW': 'true 或 false' },
  'planFile.type.object': { en: 'object', 'zh-TW': '物件' },
  'planFile.type.listOf': { en: 'list of', 'zh-TW': '清單，項目為' },
  'planFile.type.date': { en: 'date (YYYY-MM-DD)', 'zh-TW': '日期（YYYY-MM-DD）' },
  'planFile.type.oneOf': { en: 'one of', 'zh-TW': '下列其一' },
  'planFile.type.const': { en: 'exactly', 'zh-TW': '固定為' },
  'planFile.type.or': { en: 'or', 'zh-TW': '或' },
  // Validator diagnostics
  'diagnostics.title': { en: 'Validator diagnostics', 'zh-TW': '驗證器診斷訊息' },
  'diagnostics.description': {
    en: "The validator's own messages about a plan file's YAML and structure, before any rule runs.",
    'zh-TW': '驗證器在執行任何規則之前，針對計畫檔的 YAML 與結構所回報的訊息。',
  },
  'diagnostics.intro': {
    en: 'Besides the rules, csp-move reports problems with the file itself: YAML it cannot read, fields the plan format does not have, values of the wrong kind. A plan with an error from reading the file, its YAML or the schema is invalid, and no rule runs on it until it is fixed. Each code below is the anchor that the help link of the diagnostic points to.',
    'zh-TW':
      '除了規則之外，csp-move 也會回報檔案本身的問題：無法讀取的 YAML、計畫格式中沒有的欄位、型別不符的值等。若讀取檔案、YAML 或結構描述階段出現錯誤，計畫檔即視為無效，修正之前不會執行任何規則。以下每個代碼都是診斷訊息說明連結所指向的錨點。',
  },
  'diagnostics.code': { en: 'Code', 'zh-TW': '代碼' },
  'diagnostics.messages': { en: 'Messages', 'zh-TW': '訊息' },
  'diagnostics.fix': { en: 'Fix', 'zh-TW': '修正方式' },
  'diagnostics.source.yaml': {
    en: 'YAML Ain’t Markup Language, version 1.2.2',
    'zh-TW': 'YAML Ain’t Markup Language 1.2.2 版',
  },
  'stage.file': { en: 'Reading the file', 'zh-TW': '讀取檔案' },
  'stage.yaml': { en: 'YAML', 'zh-TW': 'YAML' },
  'stage.schema': { en: 'Plan format (schema)', 'zh-TW': '計畫格式（結構描述）' },
  'stage.suppression': { en: 'Suppression comments', 'zh-TW': '停用註解' },
  'stage.config': { en: 'Configuration and catalog', 'zh-TW': '設定與目錄' },
  'stage.internal': { en: 'The validator itself', 'zh-TW': '驗證器本身' },

  'planFile.source.schema': {
    en: 'Plan file JSON Schema, version 2',
    'zh-TW': '計畫檔 JSON 結構描述第 2 版',
  },
  'planFile.source.schemaV1': {
    en: 'Plan file JSON Schema, version 1',
    'zh-TW': '計畫檔 JSON 結構描述第 1 版',
  },
} as const satisfies Record<string, Localized>;

export type UiKey = keyof typeof UI;

/** The string for `key` in `locale`. */
export function t(locale: Locale, key: UiKey): string {
  return UI[key][locale];
}
