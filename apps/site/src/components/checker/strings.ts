import type { Locale, Localized } from '@csp-move/rules/messages';
import { fill } from './template.ts';

/**
 * Every string the checker shows, in every locale: one table, so a missing translation is a type
 * error and a reviewer reads both languages side by side. `{name}` marks a value filled in at run time.
 */
export const CHECKER_STRINGS = {
  'page.title': { en: 'Eligibility checker', 'zh-TW': '資格檢查工具' },
  'page.description': {
    en: 'Describe a customer and the subscriptions to move: get a verdict, the findings, a timeline and a checklist, and leave with a plan file your CI accepts.',
    'zh-TW':
      '描述客戶與要移轉的訂閱，即可得到判定結果、檢查發現、時間軸與檢查清單，並匯出 CI 也接受的計畫檔。',
  },
  'page.privacy': {
    en: 'Everything runs in this page. What you type is kept in this browser’s own storage, so a reload or a switch of language keeps it; it never leaves the browser, not even to this site.',
    'zh-TW':
      '所有檢查都在這個頁面中執行。您輸入的內容只保存在這個瀏覽器的儲存空間，重新載入或切換語言都不會遺失；這些內容絕不會離開瀏覽器，也不會傳送到本網站。',
  },
  'noscript.text': {
    en: 'The checker runs in your browser and needs JavaScript, which is turned off here. Without it, the csp-move command line checks the same plan files with the same rules: see {link}.',
    'zh-TW':
      '檢查工具在瀏覽器中執行，需要 JavaScript，但目前已關閉。不使用 JavaScript 時，可以用 csp-move 命令列工具，以相同的規則檢查同樣的計畫檔，請參閱 {link}。',
  },
  'noscript.link': { en: 'the csp-move CLI', 'zh-TW': 'csp-move 命令列工具' },
  'help.more': { en: 'In the guide: {section}', 'zh-TW': '指南：{section}' },

  'group.asOf': { en: 'The day to check', 'zh-TW': '檢查基準日' },
  'field.asOf': { en: 'Check the plan as of', 'zh-TW': '以這一天為準檢查' },
  'help.asOf': {
    en: 'Stale requests, the end of DAP and similar checks are judged on this day. It goes into the plan file, so the CLI judges the same day.',
    'zh-TW':
      '關係要求是否逾期、DAP 是否已停用等檢查，都以這一天判斷。這個日期會寫入計畫檔，CLI 也會以同一天判斷。',
  },
  'asOf.fixed': {
    en: 'Judged as of {date}, the date set for this plan, not today ({today}).',
    'zh-TW': '目前依這份計畫設定的日期 {date} 判斷，而不是今天（{today}）。',
  },
  'asOf.today': { en: 'Judge as of today', 'zh-TW': '改以今天為準' },
  'asOf.todayDone': {
    en: 'The plan is judged as of today, {today}.',
    'zh-TW': '已改以今天（{today}）為準判斷計畫。',
  },

  'group.who': { en: 'You and the customer', 'zh-TW': '您與客戶' },
  'group.partner': { en: 'Your CSP partner account', 'zh-TW': '您的 CSP 合作夥伴帳戶' },
  'field.partner.name': { en: 'Partner name', 'zh-TW': '合作夥伴名稱' },
  'field.partner.partnerId': { en: 'Partner ID (optional)', 'zh-TW': '合作夥伴識別碼（選填）' },
  'help.partner.partnerId': {
    en: 'Digits only, as Partner Center shows it.',
    'zh-TW': '只有數字，與合作夥伴中心顯示的相同。',
  },
  'field.partner.country': { en: 'Country of your CSP tenant', 'zh-TW': '您的 CSP 租用戶所在國家/地區' },
  'help.partner.country': {
    en: 'It decides the CSP region you can sell in.',
    'zh-TW': '它決定了您可以銷售的 CSP 區域。',
  },
  'field.partner.model': { en: 'How you sell in CSP (optional)', 'zh-TW': '您的 CSP 合作模式（選填）' },
  'help.partner.model': {
    en: 'An indirect reseller buys through an indirect provider, who creates transfer requests and confirms the customer agreement in its place.',
    'zh-TW': '間接轉銷商透過間接提供者購買，移轉要求與客戶合約的確認都由間接提供者代為處理。',
  },
  'partnerModel.none': { en: 'Not stated', 'zh-TW': '未指定' },
  'partnerModel.direct-bill': { en: 'Direct-bill partner', 'zh-TW': '直接計費合作夥伴' },
  'partnerModel.indirect-provider': { en: 'Indirect provider', 'zh-TW': '間接提供者' },
  'partnerModel.indirect-reseller': { en: 'Indirect reseller', 'zh-TW': '間接轉銷商' },

  'group.customer': { en: 'The customer', 'zh-TW': '客戶' },
  'field.customer.name': { en: 'Customer name', 'zh-TW': '客戶名稱' },
  'field.customer.tenantId': { en: 'Tenant ID (optional)', 'zh-TW': '租用戶識別碼（選填）' },
  'help.customer.tenantId': {
    en: 'A GUID such as 3f2b6c1e-8a4d-4b7e-9c2a-1d5e6f7a8b9c. It stays in this browser.',
    'zh-TW': 'GUID 格式，例如 3f2b6c1e-8a4d-4b7e-9c2a-1d5e6f7a8b9c。這項資料只會留在這個瀏覽器中。',
  },
  'field.customer.domain': { en: 'Domain (optional)', 'zh-TW': '網域（選填）' },
  'help.customer.domain': {
    en: 'For example fabrikam.onmicrosoft.com.',
    'zh-TW': '例如 fabrikam.onmicrosoft.com。',
  },
  'field.customer.country': {
    en: "Country set in the customer's tenant",
    'zh-TW': '客戶租用戶設定的國家/地區',
  },
  'help.customer.country': {
    en: "What counts is the country in the tenant's organization profile, not where the head office is.",
    'zh-TW': '判斷依據是租用戶組織設定檔中的國家/地區，而不是總公司所在地。',
  },
  'field.customer.agreementAccepted': {
    en: 'The customer has accepted the Microsoft Customer Agreement, and the acceptance is confirmed',
    'zh-TW': '客戶已接受 Microsoft 客戶合約，且接受狀態已確認',
  },
  'field.customer.agreementAcceptedOn': { en: 'Accepted on (optional)', 'zh-TW': '接受日期（選填）' },
  'field.customer.agreementMethod': { en: 'Confirmed through (optional)', 'zh-TW': '確認方式（選填）' },
  'agreementMethod.none': { en: 'Not stated', 'zh-TW': '未指定' },
  'agreementMethod.admin-center': { en: 'Accepted in the admin center', 'zh-TW': '客戶在系統管理中心接受' },
  'agreementMethod.partner-attestation': { en: 'Attested through the API', 'zh-TW': '您透過 API 確認' },
  'help.customer.agreementMethod': {
    en: 'The customer accepts in the Microsoft 365 admin center, or you attest the acceptance through the Partner Center API, the only way to attest since 2026-01-05. An indirect reseller asks its indirect provider to attest.',
    'zh-TW':
      '客戶在 Microsoft 365 系統管理中心接受，或由您透過合作夥伴中心 API 確認客戶已接受；自 2026-01-05 起這是唯一的確認方式。間接轉銷商須請間接提供者代為確認。',
  },
  'group.kept': { en: 'Subscriptions the tenant keeps (optional)', 'zh-TW': '租用戶保留的訂閱（選填）' },
  'help.kept': {
    en: 'Subscriptions that stay where they are, bought through any channel. They count as the base plans of add-ons, as the Teams licences beside a suite without Teams, and toward seat caps such as the 300 of the Business plans.',
    'zh-TW':
      '留在原處、不在這次移轉範圍內的訂閱，不論從哪個管道購買。它們會計入附加元件的基礎方案、搭配不含 Teams 套件的 Teams 授權，以及商務方案 300 個授權等授權數上限。',
  },
  'kept.legend': { en: 'Kept subscription {n}', 'zh-TW': '保留的訂閱 {n}' },
  'kept.add': { en: 'Add a subscription the tenant keeps', 'zh-TW': '新增租用戶保留的訂閱' },
  'kept.remove': { en: 'Remove kept subscription {n}', 'zh-TW': '移除保留的訂閱 {n}' },
  'field.kept.offer': { en: 'Offer', 'zh-TW': '供應項目' },
  'field.kept.quantity': { en: 'Licences', 'zh-TW': '授權數量' },

  'group.relationship': { en: 'Relationship and admin access', 'zh-TW': '轉銷商關係與系統管理權限' },
  'field.relationship.reseller': { en: 'Reseller relationship', 'zh-TW': '轉銷商關係' },
  'help.relationship.reseller': {
    en: 'An admin of the customer with at least the Billing Administrator role accepts your request; until then you cannot buy for them.',
    'zh-TW': '必須由客戶至少具備計費系統管理員角色的系統管理員接受您的要求；在此之前，您無法替客戶購買。',
  },
  'reseller.not-requested': { en: 'Not requested yet', 'zh-TW': '尚未提出要求' },
  'reseller.requested': { en: 'Requested, not yet accepted', 'zh-TW': '已提出要求，等待客戶接受' },
  'reseller.accepted': { en: 'Accepted by the customer', 'zh-TW': '客戶已接受' },
  'field.relationship.requestedOn': { en: 'Request sent on (optional)', 'zh-TW': '要求傳送日期（選填）' },
  'field.relationship.acceptedOn': { en: 'Accepted on', 'zh-TW': '接受日期' },
  'field.relationship.adminAccess': { en: 'Admin access to the tenant', 'zh-TW': '租用戶的系統管理權限' },
  'help.relationship.adminAccess': {
    en: 'Needed to reassign licences and to open support requests for the customer.',
    'zh-TW': '重新指派授權、代客戶提出支援要求時都需要。',
  },
  'admin.none': { en: 'None', 'zh-TW': '無' },
  'admin.gdap': { en: 'GDAP (granular, time-limited)', 'zh-TW': 'GDAP（細部且有期限）' },
  'admin.dap': { en: 'DAP (legacy)', 'zh-TW': 'DAP（舊制）' },
  'field.relationship.gdapExpiresOn': { en: 'GDAP ends on (optional)', 'zh-TW': 'GDAP 到期日（選填）' },
  'field.relationship.gdapRoles': { en: 'GDAP roles (optional)', 'zh-TW': 'GDAP 角色（選填）' },
  'field.relationship.gdapAutoExtend': {
    en: 'GDAP extends itself by six months before it ends',
    'zh-TW': 'GDAP 會在到期前自動延長六個月',
  },
  'help.relationship.gdapRoles': {
    en: 'Separated by commas, in lower case with hyphens, e.g. license-administrator.',
    'zh-TW': '以逗號分隔，使用小寫與連字號，例如 license-administrator。',
  },

  'group.subscriptions': { en: 'Subscriptions to move', 'zh-TW': '要移轉的訂閱' },
  'sub.legend': { en: 'Subscription {n}', 'zh-TW': '訂閱 {n}' },
  'sub.source': { en: 'What the customer has now', 'zh-TW': '客戶目前的訂閱' },
  'sub.target': { en: 'What you provision in CSP', 'zh-TW': '要在 CSP 佈建的新訂閱' },
  'sub.add': { en: 'Add a subscription', 'zh-TW': '新增訂閱' },
  'sub.remove': { en: 'Remove subscription {n}', 'zh-TW': '移除訂閱 {n}' },
  'sub.added': { en: 'Subscription {n} added.', 'zh-TW': '已新增訂閱 {n}。' },
  'sub.removed': { en: 'Subscription removed.', 'zh-TW': '已移除訂閱。' },
  'field.sub.id': { en: 'Line id', 'zh-TW': '項目代碼' },
  'help.sub.id': {
    en: 'Short and unique in the plan; an add-on names the line it belongs to by this id.',
    'zh-TW': '在計畫檔中不可重複的簡短代碼；附加元件以此代碼指出所屬的訂閱。',
  },
  'field.sub.offer': { en: 'Offer the customer has now', 'zh-TW': '客戶目前的供應項目' },
  'help.sub.offer': {
    en: 'Type part of a name or an id to search the catalog.',
    'zh-TW': '輸入名稱或代碼的一部分即可搜尋目錄。',
  },
  'field.sub.quantity': { en: 'Licences', 'zh-TW': '授權數量' },
  'field.sub.assigned': { en: 'Assigned to users (optional)', 'zh-TW': '已指派給使用者（選填）' },
  'field.sub.channel': { en: 'Bought through', 'zh-TW': '購買管道' },
  'help.sub.channel': {
    en: 'A legacy offer is a CSP subscription from before new commerce; MCA-E is a direct enterprise agreement with Microsoft.',
    'zh-TW': '舊版供應項目是指新商務推出前的 CSP 訂閱；MCA-E 是直接與 Microsoft 簽訂的企業版客戶合約。',
  },
  'channel.web-direct': { en: 'Directly from Microsoft', 'zh-TW': '直接向 Microsoft 購買' },
  'channel.csp': { en: 'Another CSP partner', 'zh-TW': '其他 CSP 合作夥伴' },
  'channel.csp-legacy': {
    en: 'Another CSP partner, legacy offer',
    'zh-TW': '其他 CSP 合作夥伴的舊版供應項目',
  },
  'channel.mca-e': {
    en: 'Directly from Microsoft (MCA-E)',
    'zh-TW': '直接向 Microsoft 購買（MCA-E）',
  },
  'channel.enterprise-agreement': { en: 'Enterprise Agreement (EA)', 'zh-TW': 'Enterprise 合約（EA）' },
  'channel.open': { en: 'Open licensing', 'zh-TW': 'Open 授權' },
  'channel.other': { en: 'Another channel', 'zh-TW': '其他管道' },
  'field.sub.billing': { en: 'Billing (optional)', 'zh-TW': '計費週期（選填）' },
  'billing.none': { en: 'Not stated', 'zh-TW': '未指定' },
  'billing.monthly': { en: 'Monthly', 'zh-TW': '每月' },
  'billing.annual': { en: 'Yearly', 'zh-TW': '每年' },
  'billing.triennial': { en: 'Every three years', 'zh-TW': '每三年' },
  'field.sub.termEnd': { en: 'Current term ends on', 'zh-TW': '目前期限的結束日' },
  'next.step': { en: 'Next step, by {date}: {step}', 'zh-TW': '下一步（{date} 前）：{step}' },
  'next.overdue': { en: 'Overdue since {date}: {step}', 'zh-TW': '已於 {date} 逾期：{step}' },
  'field.sub.path': { en: 'How it moves', 'zh-TW': '移轉方式' },
  'help.sub.path': {
    en: 'Leave it to csp-move and the findings propose the path that suits where the subscription is bought today: a transfer from another CSP partner, a channel transfer from an Enterprise Agreement, or buying it again.',
    'zh-TW':
      '交給 csp-move 判斷時，檢查結果會依原訂閱目前的購買管道建議適合的方式：從其他 CSP 合作夥伴移轉、從 Enterprise 合約進行管道移轉，或重新購買。',
  },
  'path.propose': { en: 'Let csp-move propose', 'zh-TW': '由 csp-move 建議' },
  'path.reprovision': { en: 'Buy it again in CSP (re-provision)', 'zh-TW': '在 CSP 重新購買（重新佈建）' },
  'path.partner-transfer': {
    en: 'Transfer from the current partner',
    'zh-TW': '從目前的 CSP 合作夥伴移轉',
  },
  'path.channel-transfer': {
    en: 'Channel transfer from an EA',
    'zh-TW': '從 Enterprise 合約進行管道移轉',
  },
  'group.transfer': {
    en: 'Partner transfer (only when a subscription is transferred)',
    'zh-TW': '合作夥伴間移轉（僅在有訂閱要移轉時填寫）',
  },
  'field.transfer.sourcePartner.name': { en: 'Current CSP partner', 'zh-TW': '目前的 CSP 合作夥伴' },
  'help.transfer': {
    en: 'The partner the customer buys from today. You create the transfer request in Partner Center; that partner approves it.',
    'zh-TW': '客戶目前向其購買訂閱的合作夥伴。由您在合作夥伴中心建立移轉要求，再由對方核准。',
  },
  'field.transfer.sourcePartner.country': {
    en: "Current partner's country",
    'zh-TW': '目前合作夥伴所在的國家/地區',
  },
  'field.transfer.sourcePartner.tenantId': {
    en: "Current partner's tenant ID (optional)",
    'zh-TW': '目前合作夥伴的租用戶識別碼（選填）',
  },
  'help.transfer.sourcePartner.tenantId': {
    en: 'Its Partner Center tenant ID (a GUID): the transfer request names it.',
    'zh-TW': '對方在合作夥伴中心的租用戶識別碼（GUID），建立移轉要求時會用到。',
  },
  'field.transfer.requestedOn': { en: 'Transfer requested on', 'zh-TW': '移轉要求建立日期' },
  'field.transfer.approvedOn': { en: 'Approved by the current partner on', 'zh-TW': '目前合作夥伴核准日期' },
  'field.sub.billingAccount': { en: 'Billing account type', 'zh-TW': '帳單帳戶類型' },
  'field.sub.trial': { en: 'It is a trial', 'zh-TW': '這是試用版訂閱' },
  'help.sub.billingAccount': {
    en: 'The Microsoft Customer Agreement (MCA) or the older Microsoft Online Subscription Agreement (MOSA), as the Microsoft 365 admin center shows under Billing accounts. It decides the refund window and what happens after the term.',
    'zh-TW':
      'Microsoft 客戶合約（MCA）或較舊的 Microsoft 線上訂閱合約（MOSA），可在 Microsoft 365 系統管理中心的「帳單帳戶」頁面查看；它決定退款期限，以及期滿後的處理方式。',
  },
  'billingAccount.none': { en: 'Not known', 'zh-TW': '不確定' },
  'billingAccount.mca': { en: 'Microsoft Customer Agreement', 'zh-TW': 'Microsoft 客戶合約（MCA）' },
  'billingAccount.mosa': {
    en: 'MOSA (the older agreement)',
    'zh-TW': '線上訂閱合約（MOSA，舊版）',
  },
  'field.sub.term': { en: 'Term length (optional)', 'zh-TW': '期限長度（選填）' },
  'term.none': { en: 'Not stated', 'zh-TW': '未指定' },
  'term.monthly': { en: 'One month', 'zh-TW': '一個月' },
  'term.annual': { en: 'One year', 'zh-TW': '一年' },
  'term.triennial': { en: 'Three years', 'zh-TW': '三年' },
  'field.sub.termStart': { en: 'Current term started on (optional)', 'zh-TW': '目前期限的開始日（選填）' },
  'help.sub.termStart': {
    en: 'The purchase or last renewal date: it decides the cancellation window and whether the old free 30 days still apply.',
    'zh-TW': '購買日或最近一次續訂日；它決定取消期限，以及是否仍適用舊制的 30 天免費寬限期。',
  },
  'field.sub.endOfTerm': { en: 'At the end of the term', 'zh-TW': '期滿時的處理方式' },
  'help.sub.endOfTerm': {
    en: 'Since 2026 a subscription whose auto-renew is simply off runs on a paid extended term in CSP, and ends at once when bought directly: choose what you will set.',
    'zh-TW':
      '自 2026 年起，若只是關閉自動續訂，CSP 訂閱會進入付費的延長服務期限（EST），直接購買的訂閱則會在期滿當天結束；請選擇您會設定的處理方式。',
  },
  'endOfTerm.renew': { en: 'Renew for another term', 'zh-TW': '續訂下一期' },
  'endOfTerm.auto-renew-off': {
    en: 'Auto-renew off, nothing else set',
    'zh-TW': '關閉自動續訂，未做其他設定',
  },
  'endOfTerm.cancel-at-term-end': {
    en: 'Cancel at the end of the term',
    'zh-TW': '設定為期滿時取消',
  },
  'endOfTerm.extended-term': {
    en: 'Paid extended term until a date',
    'zh-TW': '付費延長服務期限至指定日期',
  },
  'endOfTerm.cancel': { en: 'Cancel it on a date', 'zh-TW': '在指定日期取消' },
  'field.sub.extendedUntil': { en: 'Extended term ends on', 'zh-TW': '延長服務期限的結束日' },
  'help.sub.extendedUntil': {
    en: 'The last day on the paid extended term, when it is cancelled: users keep access until then.',
    'zh-TW': '付費延長服務期限取消前的最後一天；使用者在當天之前都能繼續使用。',
  },
  'field.sub.cancelOn': { en: 'Cancel on', 'zh-TW': '取消日期' },
  'field.sub.addOnOf': { en: 'Add-on of', 'zh-TW': '附加於' },
  'addOn.none': { en: 'Not an add-on', 'zh-TW': '不是附加元件' },
  'field.sub.target.offer': { en: 'Offer to provision in CSP', 'zh-TW': '要在 CSP 佈建的供應項目' },
  'field.sub.target.offer.more': { en: 'Also in the bundle', 'zh-TW': '同一組合的其他供應項目' },
  'help.sub.target.offer': {
    en: 'The same offer, a renamed one, or a catalogued replacement keeps the data.',
    'zh-TW': '相同的供應項目、更名後的項目或目錄列出的替代方案，都能保留資料。',
  },
  'bundle.add': { en: 'Add an offer to the bundle', 'zh-TW': '在組合中加入供應項目' },
  'bundle.remove': { en: 'Remove this offer from the bundle', 'zh-TW': '從組合中移除這個供應項目' },
  'field.sub.target.quantity': { en: 'Licences in CSP', 'zh-TW': 'CSP 授權數量' },
  'field.sub.target.provisionOn': { en: 'Provision in CSP on', 'zh-TW': '在 CSP 佈建的日期' },
  'help.sub.target.provisionOn': {
    en: 'Before users lose access to the original, and not long before it ends.',
    'zh-TW': '要在使用者失去原訂閱的存取權之前，但不要比原訂閱結束日早太多。',
  },
  'field.sub.target.assignOn': {
    en: 'Assign the licences to users on (optional)',
    'zh-TW': '將授權指派給使用者的日期（選填）',
  },
  'help.sub.target.assignOn': {
    en: 'Leave it empty when users get the new licences on the day the new subscription is provisioned.',
    'zh-TW': '若使用者在新訂閱佈建當天就會取得新授權，請留空。',
  },
  'field.sub.target.term': { en: 'Term in CSP (optional)', 'zh-TW': 'CSP 期限長度（選填）' },
  'field.sub.target.billing': { en: 'Billing in CSP (optional)', 'zh-TW': 'CSP 計費週期（選填）' },
  'offer.unknown': { en: 'Not in the catalog', 'zh-TW': '目錄中沒有這個供應項目' },
  'offer.none': { en: 'No offer matches', 'zh-TW': '沒有符合的供應項目' },
  'offer.used': { en: 'The target is now {offers}.', 'zh-TW': '新訂閱已改為 {offers}。' },
  'offer.status.end-of-sale': { en: 'end of sale', 'zh-TW': '停止銷售' },
  'offer.status.retired': { en: 'retired', 'zh-TW': '已淘汰' },
  'offer.renamed': { en: 'now {name}', 'zh-TW': '現為 {name}' },

  'result.heading': { en: 'Result', 'zh-TW': '檢查結果' },
  'verdict.invalid': { en: 'Incomplete', 'zh-TW': '資料不完整' },
  'verdict.blocked': { en: 'Blocked', 'zh-TW': '無法進行' },
  'verdict.needs-attention': { en: 'Needs attention', 'zh-TW': '需要留意' },
  'verdict.ready': { en: 'Ready', 'zh-TW': '可以進行' },
  'verdict.invalid.text': {
    en: 'Some fields are empty or not valid yet; the rules run once they are.',
    'zh-TW': '部分欄位尚未填寫或格式不正確；修正後才會執行規則檢查。',
  },
  'verdict.blocked.text': {
    en: 'Fix the errors below before you start.',
    'zh-TW': '開始之前，請先修正下列錯誤。',
  },
  'verdict.needs-attention.text': {
    en: 'The move can go ahead, but decide on each warning first.',
    'zh-TW': '可以進行移轉，但請先逐一確認下列警告。',
  },
  'verdict.ready.text': { en: 'Nothing stands in the way of this move.', 'zh-TW': '這次移轉沒有任何阻礙。' },
  'findings.heading': { en: 'Findings', 'zh-TW': '檢查發現' },
  'findings.none': { en: 'No findings.', 'zh-TW': '沒有任何發現。' },
  'finding.field': { en: 'Go to the field', 'zh-TW': '前往欄位' },
  'finding.todo': { en: 'To fill in', 'zh-TW': '待填寫' },
  'finding.use': { en: 'Use {offers}', 'zh-TW': '改用 {offers}' },
  'finding.replacements': { en: 'Replacements in the catalog:', 'zh-TW': '目錄列出的替代方案：' },
  'problem.required': { en: '{field}: fill this in.', 'zh-TW': '{field}：此欄必填。' },
  'problem.whole-number': { en: '{field}: enter a whole number.', 'zh-TW': '{field}：請輸入整數。' },
  'problem.range': {
    en: '{field}: enter a number from {min} to {max}.',
    'zh-TW': '{field}：請輸入 {min} 到 {max} 之間的數字。',
  },
  'problem.too-long': {
    en: '{field}: use at most {max} characters.',
    'zh-TW': '{field}：最多 {max} 個字元。',
  },
  'problem.too-many': {
    en: '{field}: a bundle holds at most {max} offers.',
    'zh-TW': '{field}：一個組合最多 {max} 個供應項目。',
  },
  'problem.date': {
    en: '{field}: enter a real date (YYYY-MM-DD).',
    'zh-TW': '{field}：請輸入有效的日期（YYYY-MM-DD）。',
  },
  'problem.format': { en: '{field}: this is not in the expected form.', 'zh-TW': '{field}：格式不正確。' },
  'problem.format.tenantId': {
    en: '{field}: enter a GUID, such as 3f2b6c1e-8a4d-4b7e-9c2a-1d5e6f7a8b9c.',
    'zh-TW': '{field}：請輸入 GUID，例如 3f2b6c1e-8a4d-4b7e-9c2a-1d5e6f7a8b9c。',
  },
  'problem.format.domain': {
    en: '{field}: enter a domain name, such as fabrikam.onmicrosoft.com.',
    'zh-TW': '{field}：請輸入網域名稱，例如 fabrikam.onmicrosoft.com。',
  },
  'problem.format.partnerId': {
    en: '{field}: enter digits only, such as 1234567.',
    'zh-TW': '{field}：只能輸入數字，例如 1234567。',
  },
  'problem.format.id': {
    en: '{field}: use lower-case letters, digits, - and _, starting with a letter or a digit, such as sub-1.',
    'zh-TW': '{field}：請使用小寫英文字母、數字、- 與 _，並以字母或數字開頭，例如 sub-1。',
  },
  'problem.format.gdapRoles': {
    en: '{field}: enter the roles separated by commas, as Partner Center names them, such as License Administrator, User Administrator.',
    'zh-TW':
      '{field}：請以逗號分隔各角色，名稱與合作夥伴中心顯示的相同，例如 License Administrator, User Administrator。',
  },
  'problem.format.offer': {
    en: '{field}: choose an offer from the list, or enter its catalog id, such as office-365-e3.',
    'zh-TW': '{field}：請從清單中選擇供應項目，或輸入其目錄識別碼，例如 office-365-e3。',
  },
  'problem.format.addOnOf': {
    en: '{field}: choose one of the other subscriptions.',
    'zh-TW': '{field}：請選擇其他訂閱中的一個。',
  },
  'problem.repeated': {
    en: '{field}: this offer is already in the bundle.',
    'zh-TW': '{field}：這個供應項目已在組合中。',
  },
  'problem.unjudged': {
    en: 'The rules cannot judge this plan: check that every date is a real day in a plausible year.',
    'zh-TW': '規則無法判斷這份計畫：請確認每個日期都是合理年份中的實際日期。',
  },

  'timeline.heading': { en: 'Timeline', 'zh-TW': '時間軸' },
  'timeline.summary': {
    en: 'For each subscription: how long the original runs, its grace period or cancel date, and when the CSP subscription starts. The checklist gives the same dates as text.',
    'zh-TW': '每個訂閱的原訂閱期間、寬限期或取消日，以及 CSP 訂閱的開始日。檢查清單以文字列出相同的日期。',
  },
  'timeline.empty': {
    en: 'The timeline appears once the form is complete.',
    'zh-TW': '表單填寫完整後，就會顯示時間軸。',
  },
  'timeline.source': { en: 'Original subscription', 'zh-TW': '原訂閱' },
  'timeline.grace': { en: 'Grace period: users keep access', 'zh-TW': '寬限期：使用者仍可存取' },
  'timeline.extended': {
    en: 'Paid extended service term: users keep access, billed monthly +3 %',
    'zh-TW': '付費延長服務期限（EST）：使用者仍可存取，按月計費並加收 3%',
  },
  'timeline.cancel': { en: 'Cancelled', 'zh-TW': '取消' },
  'timeline.target': { en: 'CSP subscription', 'zh-TW': 'CSP 訂閱' },
  'timeline.gap': { en: 'No licence: users lose access', 'zh-TW': '沒有授權：使用者無法存取' },
  'timeline.today': { en: 'Checked as of', 'zh-TW': '檢查基準日' },
  'timeline.accepted': { en: 'Relationship accepted', 'zh-TW': '關係已接受' },

  'checklist.heading': { en: 'Checklist', 'zh-TW': '檢查清單' },
  'checklist.by': { en: 'by {date}', 'zh-TW': '{date} 前' },
  'checklist.deadline': { en: 'deadline', 'zh-TW': '期限' },
  'checklist.gap': {
    en: 'In this order users lose access between the original and the CSP subscription (see the findings). Change the dates before you follow these steps.',
    'zh-TW':
      '依照這個順序，使用者在原訂閱結束到新訂閱開始之間會無法存取（請見檢查發現）。請先調整日期，再依下列步驟進行。',
  },
  'checklist.undated': { en: 'not dated yet', 'zh-TW': '尚未排定日期' },
  'checklist.overdue': { en: 'overdue since {date}', 'zh-TW': '已逾期，期限 {date}' },
  'checklist.done': { en: 'done', 'zh-TW': '已完成' },
  'timeline.more': {
    en: 'Show all {count} subscriptions in the timeline',
    'zh-TW': '在時間軸上顯示全部 {count} 個訂閱',
  },
  'checklist.more': {
    en: 'Show all {count} steps',
    'zh-TW': '顯示全部 {count} 個步驟',
  },
  'checklist.empty': {
    en: 'The checklist appears once the form is complete.',
    'zh-TW': '表單填寫完整後，就會顯示檢查清單。',
  },

  'export.heading': { en: 'Plan file', 'zh-TW': '計畫檔' },
  'export.text': {
    en: 'Keep the plan file in your repository and check it in CI with csp-move validate: it judges the plan exactly as this page does.',
    'zh-TW': '將計畫檔放進您的存放庫，並在 CI 中以 csp-move validate 檢查：它的判定與本頁完全相同。',
  },
  'export.download': { en: 'Download plan file', 'zh-TW': '下載計畫檔' },
  'export.calendar': { en: 'Download the steps as a calendar (.ics)', 'zh-TW': '下載步驟行事曆（.ics）' },
  'export.copy': { en: 'Copy YAML', 'zh-TW': '複製 YAML' },
  'export.copied': { en: 'The plan file is on the clipboard.', 'zh-TW': '已將計畫檔複製到剪貼簿。' },
  'export.copyFailed': {
    en: 'The browser did not allow copying. Open “Show the YAML”, select the text and copy it.',
    'zh-TW': '瀏覽器不允許複製。請展開「顯示 YAML」，選取文字後自行複製。',
  },
  'export.preview': { en: 'Show the YAML', 'zh-TW': '顯示 YAML' },
  'export.incomplete': {
    en: 'Complete the form to export a plan file.',
    'zh-TW': '請先完成表單，才能匯出計畫檔。',
  },
  'import.label': { en: 'Open a plan file', 'zh-TW': '開啟計畫檔' },
  'start.heading': { en: 'Start from an export', 'zh-TW': '從匯出資料開始' },
  'start.text': {
    en: "Drop or choose the JSON you saved from Microsoft Graph (/organization, /subscribedSkus, /directory/subscriptions) or Partner Center (a customer's subscriptions), or paste one. The files are read in this page and never leave it; what they cannot tell stays empty for you to fill in.",
    'zh-TW':
      '拖放或選擇您從 Microsoft Graph（/organization、/subscribedSkus、/directory/subscriptions）或合作夥伴中心（客戶的訂閱）儲存的 JSON 檔，或直接貼上其中一份。檔案只在這個頁面中讀取，絕不會離開瀏覽器；資料無法提供的欄位會留白，由您填寫。',
  },
  'start.files': { en: 'Choose export files', 'zh-TW': '選擇匯出檔' },
  'start.paste': { en: 'Or paste one export', 'zh-TW': '或貼上一份匯出資料' },
  'start.pasteButton': { en: 'Fill the form from the pasted export', 'zh-TW': '以貼上的匯出資料填寫表單' },
  'start.guide': {
    en: 'How to save each export, and what it cannot tell',
    'zh-TW': '如何儲存各項匯出資料，以及資料無法提供的內容',
  },
  'start.done': {
    en: 'Filled from {files}. The exports cannot tell these; fill them in or confirm them: {list}.',
    'zh-TW': '已依 {files} 填寫。匯出資料無法提供下列內容，請填寫或確認：{list}。',
  },
  'start.leftOut': {
    en: 'Left out: {list}.',
    'zh-TW': '未納入：{list}。',
  },
  'start.problems': {
    en: 'These files cannot be used: {list}',
    'zh-TW': '下列檔案無法使用：{list}',
  },
  'start.several': {
    en: 'These files hold {count} customers. Drop the exports of one customer at a time, or use `csp-move import --out plans` for many.',
    'zh-TW':
      '這些檔案包含 {count} 個客戶。請一次只拖放一個客戶的匯出資料；客戶很多時，請改用 `csp-move import --out plans`。',
  },
  'start.nothing': {
    en: 'Nothing to move in these files: every subscription was left out ({list}).',
    'zh-TW': '這些檔案中沒有需要移轉的訂閱：所有訂閱都未納入（{list}）。',
  },
  'import.done': { en: 'Loaded {file}.', 'zh-TW': '已載入 {file}。' },
  'import.dropped': { en: 'These values could not be used: {list}.', 'zh-TW': '下列值無法使用：{list}。' },
  'import.broken': {
    en: '{file} is not valid YAML (line {line}, column {column}); the plan playground shows why.',
    'zh-TW': '{file} 不是有效的 YAML（第 {line} 行第 {column} 欄）；可以在計畫檔驗證工具中查看原因。',
  },
  'import.tooBig': {
    en: '{file} is larger than 1 MB; a plan file is far smaller.',
    'zh-TW': '{file} 超過 1 MB；計畫檔通常小得多。',
  },
  'share.heading': { en: 'Share', 'zh-TW': '分享' },
  'share.button': { en: 'Copy share link', 'zh-TW': '複製分享連結' },
  'share.label': { en: 'Share link', 'zh-TW': '分享連結' },
  'share.copied': {
    en: 'The link is on the clipboard and in the address bar.',
    'zh-TW': '連結已複製到剪貼簿，也顯示在網址列中。',
  },
  'share.shown': {
    en: 'The link is in the address bar and in the field below.',
    'zh-TW': '連結已顯示在網址列與下方欄位中。',
  },
  'share.note': {
    en: 'The link holds everything in the form, names included, after the # of the address: browsers never send that part to a server. Share it only with people who may see this customer.',
    'zh-TW':
      '連結在網址的 # 之後包含表單的所有內容（包括名稱），瀏覽器不會將這部分傳送給任何伺服器。請只分享給可以查看這位客戶資料的人。',
  },
  'share.restored': {
    en: 'The form was filled in from the link. It is kept in this browser once you change something.',
    'zh-TW': '已依連結內容填入表單。您修改任何內容後，才會保存在這個瀏覽器中。',
  },
  'link.heading': { en: 'A shared plan', 'zh-TW': '分享的計畫' },
  'link.ask': {
    en: 'This link holds a plan for {customer} with {lines}. Opening it replaces what is in the form now.',
    'zh-TW': '這個連結包含 {customer} 的計畫，共 {lines}。開啟後會取代表單目前的內容。',
  },
  'link.open': { en: 'Open the linked plan', 'zh-TW': '開啟連結中的計畫' },
  'link.keep': { en: 'Keep my form', 'zh-TW': '保留我的表單' },
  'link.kept': {
    en: 'Your form was kept; the link was not opened.',
    'zh-TW': '已保留您的表單，未開啟連結。',
  },
  'link.undo': { en: 'Undo: back to my form', 'zh-TW': '復原：回到我的表單' },
  'link.undone': {
    en: 'Your form is back as it was before the link was opened.',
    'zh-TW': '已將表單還原為開啟連結前的內容。',
  },
  'link.truncated': {
    en: 'This share link is incomplete: it was cut off when it was copied. Ask for the whole link; your form was left as it was.',
    'zh-TW': '這個分享連結不完整：複製時被截斷了。請向對方索取完整的連結；您的表單沒有變動。',
  },
  'link.corrupted': {
    en: 'This share link is damaged: some characters were changed, so it cannot be read. Ask for the link again; your form was left as it was.',
    'zh-TW': '這個分享連結已損壞：部分字元被更改，因此無法讀取。請向對方重新索取連結；您的表單沒有變動。',
  },
  'link.too-large': {
    en: 'This share link holds more than the checker reads (at most 16 MB of form data), so it was not opened; your form was left as it was. Share the plan file instead.',
    'zh-TW':
      '這個分享連結的內容超過檢查工具可讀取的上限（表單資料最多 16 MB），因此未開啟；您的表單沒有變動。請改為分享計畫檔。',
  },
  'link.version': {
    en: 'This share link was made by another version of the checker and cannot be read here; your form was left as it was. Ask for the plan file instead.',
    'zh-TW': '這個分享連結由其他版本的檢查工具產生，無法在這裡讀取；您的表單沒有變動。請改為索取計畫檔。',
  },
  'form.reset': { en: 'Start over', 'zh-TW': '重新開始' },
  'form.example': { en: 'Load an example', 'zh-TW': '載入範例' },
  'form.exampleConfirm': {
    en: 'Replace what is in the form with an example?',
    'zh-TW': '要以範例取代表單中目前的內容嗎？',
  },
  'form.exampleLoaded': {
    en: 'An example was loaded: change it to describe your customer.',
    'zh-TW': '已載入範例：請依您客戶的實際情況修改。',
  },
  'placeholder.partner.name': { en: 'e.g. Contoso IT Services', 'zh-TW': '例如 Contoso 資訊服務' },
  'placeholder.customer.name': { en: 'e.g. Fabrikam', 'zh-TW': '例如 Fabrikam' },
  'placeholder.domain': { en: 'e.g. fabrikam.onmicrosoft.com', 'zh-TW': '例如 fabrikam.onmicrosoft.com' },
  'placeholder.offer': {
    en: 'Search by name, e.g. Microsoft 365 E3',
    'zh-TW': '依名稱搜尋，例如 Microsoft 365 E3',
  },
  'placeholder.quantity': { en: 'e.g. 25', 'zh-TW': '例如 25' },
  'form.resetDone': { en: 'The form was reset.', 'zh-TW': '已重設表單。' },
  'form.resetConfirm': {
    en: 'Start over? Everything in the form is cleared, in this browser too.',
    'zh-TW': '要重新開始嗎？表單中的所有內容都會清除，這個瀏覽器保存的內容也會一併刪除。',
  },
  'form.restored': {
    en: 'Your last entries were restored from this browser.',
    'zh-TW': '已從這個瀏覽器還原您上次輸入的內容。',
  },
  'summary.who': { en: '{partner} → {customer}', 'zh-TW': '{partner} → {customer}' },
  'summary.kept': { en: '{n} kept', 'zh-TW': '保留 {n} 個' },
  'summary.unnamed': { en: 'not named yet', 'zh-TW': '尚未填寫名稱' },
  'summary.line': {
    en: '{offer} × {quantity}, term ends {termEnd}',
    'zh-TW': '{offer} × {quantity}，期滿日 {termEnd}',
  },
  'choice.choose': { en: 'Choose…', 'zh-TW': '請選擇…' },
  'field.sub.subscriptionId': {
    en: 'Subscription id at Microsoft (optional)',
    'zh-TW': 'Microsoft 訂閱識別碼（選填）',
  },
  'help.sub.subscriptionId': {
    en: 'The id Microsoft gives the subscription, as Microsoft Graph or Partner Center shows it; csp-move import fills it in, and importing again matches lines by it.',
    'zh-TW':
      'Microsoft 為此訂閱指定的識別碼，與 Microsoft Graph 或合作夥伴中心顯示的相同；csp-move import 會自動填入，再次匯入時依此比對各項訂閱。',
  },
  'placeholder.subscriptionId': {
    en: 'e.g. 43d26afe-cb98-48b9-acc4-ae3ef2ac6c51',
    'zh-TW': '例如 43d26afe-cb98-48b9-acc4-ae3ef2ac6c51',
  },
  'field.sub.done': { en: 'Steps recorded as done', 'zh-TW': '已記錄完成的步驟' },
  'verdict.unanswered': { en: 'Not answered yet', 'zh-TW': '尚未填答' },
  'verdict.missing': { en: 'Still to answer: {list}', 'zh-TW': '尚待填答：{list}' },
  'verdict.missingMore': {
    en: '{list} and {count} more, listed under Findings',
    'zh-TW': '{list}，以及另外 {count} 項，列於「檢查發現」',
  },
  'checklist.ask': { en: 'Was this done?', 'zh-TW': '這個步驟完成了嗎？' },
  'checklist.markDone': { en: 'Yes, record it as done', 'zh-TW': '是，記錄為已完成' },
  'checklist.notDone': { en: 'Not done after all', 'zh-TW': '其實尚未完成' },
  'checklist.recordIn': { en: 'Record it in “{field}”', 'zh-TW': '請在「{field}」中記錄' },
  'checklist.marked': { en: 'Recorded as done: {step}.', 'zh-TW': '已記錄為已完成：{step}。' },
  'checklist.unmarked': { en: 'No longer recorded as done: {step}.', 'zh-TW': '已取消完成記錄：{step}。' },
  'export.partial': {
    en: 'Not answered yet, so the plan file writes them as to-fill-in for you to fill in later: {list}.',
    'zh-TW': '以下欄位尚未填答，計畫檔會寫成 to-fill-in，留待日後填寫：{list}。',
  },
  'export.blocked': {
    en: 'Nothing to export yet: first fill in or correct {list}.',
    'zh-TW': '目前還無法匯出，請先填寫或修正：{list}。',
  },
  'export.calendarIncomplete': {
    en: 'The calendar needs every question answered: its steps are dated from the whole plan.',
    'zh-TW': '行事曆需要所有問題都已填答，因為步驟的日期要依完整的計畫排定。',
  },
  'list.more': { en: '{list} and {count} more', 'zh-TW': '{list}，以及另外 {count} 項' },
  'list.separator': { en: ', ', 'zh-TW': '、' },
} as const satisfies Record<string, Localized>;

export type CheckerStringKey = keyof typeof CHECKER_STRINGS;

/** The string for `key` in `locale`, with `{name}` filled in from `values`. */
export function text(
  locale: Locale,
  key: CheckerStringKey,
  values: Record<string, string | number> = {},
): string {
  return fill(CHECKER_STRINGS[key][locale], values);
}

/**
 * The strings the page's script needs, for what it writes at run time. The page hands them over as
 * JSON in the page's language only, so the script carries no string table of its own.
 */
/** Messages for a value not in the expected form, by the field's name: what it expects, with an example. */
export const FORMAT_HINTS = [
  'problem.format.tenantId',
  'problem.format.domain',
  'problem.format.partnerId',
  'problem.format.id',
  'problem.format.gdapRoles',
  'problem.format.offer',
  'problem.format.addOnOf',
] as const;

export const CLIENT_STRING_KEYS = [
  'next.step',
  'next.overdue',
  'sub.legend',
  'sub.remove',
  'kept.legend',
  'kept.remove',
  'sub.added',
  'sub.removed',
  'verdict.invalid',
  'verdict.blocked',
  'verdict.needs-attention',
  'verdict.ready',
  'verdict.invalid.text',
  'verdict.blocked.text',
  'verdict.needs-attention.text',
  'verdict.ready.text',
  'findings.none',
  'finding.field',
  'finding.todo',
  'finding.use',
  'finding.replacements',
  'problem.required',
  'problem.whole-number',
  'problem.range',
  'problem.too-long',
  'problem.too-many',
  'problem.date',
  'problem.format',
  'problem.repeated',
  ...FORMAT_HINTS,
  'problem.unjudged',
  'timeline.heading',
  'timeline.summary',
  'timeline.empty',
  'timeline.source',
  'timeline.grace',
  'timeline.extended',
  'timeline.cancel',
  'timeline.target',
  'timeline.gap',
  'timeline.today',
  'timeline.accepted',
  'checklist.by',
  'checklist.deadline',
  'checklist.undated',
  'checklist.overdue',
  'checklist.done',
  'checklist.empty',
  'checklist.more',
  'timeline.more',
  'offer.unknown',
  'offer.none',
  'offer.used',
  'offer.status.end-of-sale',
  'offer.status.retired',
  'offer.renamed',
  'export.copied',
  'export.copyFailed',
  'export.incomplete',
  'import.done',
  'import.dropped',
  'import.broken',
  'import.tooBig',
  'start.done',
  'start.leftOut',
  'start.problems',
  'start.several',
  'start.nothing',
  'share.copied',
  'share.shown',
  'share.restored',
  'link.ask',
  'link.open',
  'link.keep',
  'link.kept',
  'link.undo',
  'link.undone',
  'link.truncated',
  'link.corrupted',
  'link.too-large',
  'link.version',
  'form.resetDone',
  'form.resetConfirm',
  'form.restored',
  'form.exampleConfirm',
  'form.exampleLoaded',
  'asOf.fixed',
  'asOf.todayDone',
  'summary.who',
  'summary.kept',
  'summary.unnamed',
  'summary.line',
  'reseller.not-requested',
  'reseller.requested',
  'reseller.accepted',
  'admin.none',
  'admin.gdap',
  'admin.dap',
  'verdict.unanswered',
  'verdict.missing',
  'verdict.missingMore',
  'checklist.ask',
  'checklist.markDone',
  'checklist.notDone',
  'checklist.recordIn',
  'checklist.marked',
  'checklist.unmarked',
  'export.partial',
  'export.blocked',
  'export.calendarIncomplete',
  'list.more',
  'list.separator',
] as const satisfies readonly CheckerStringKey[];

export type ClientStringKey = (typeof CLIENT_STRING_KEYS)[number];
export type ClientStrings = Record<ClientStringKey, string>;

/** The run-time strings in one locale. */
export function clientStrings(locale: Locale): ClientStrings {
  return Object.fromEntries(
    CLIENT_STRING_KEYS.map((key) => [key, CHECKER_STRINGS[key][locale]]),
  ) as ClientStrings;
}
