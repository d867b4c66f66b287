/**
 * Traditional Chinese descriptions of the plan file fields, keyed by field path as the plan file
 * reference lists them (`partner.country`, `subscriptions[].target.offer`). The English text is the
 * schema's own `description`. A test checks that every field of the schema has an entry here and that
 * no entry is left over after a field is renamed.
 */
export const PLAN_FIELD_DESCRIPTIONS_ZH_TW: Readonly<Record<string, string>> = {
  $schema: '提供給編輯器使用的結構描述網址（選填）。',
  version: '計畫檔格式版本，固定為 1。',
  asOf: '與日期相關的檢查（例如逾期未回應的要求、DAP）以此日期為準。預設為今天；CLI 的 --today 選項可覆寫此值。',
  partner: '接手這些訂閱的 CSP 合作夥伴。',
  'partner.name': '合作夥伴的顯示名稱。',
  'partner.partnerId': '合作夥伴中心的 PartnerID（純數字）。',
  'partner.country': '合作夥伴 CSP 租用戶所在的國家/地區，決定合作夥伴屬於哪個 CSP 區域。',
  customer: '訂閱要移轉的客戶。',
  'customer.name': '客戶的顯示名稱。',
  'customer.tenantId': 'Microsoft Entra 租用戶識別碼（GUID）。',
  'customer.domain': '租用戶的其中一個網域，例如 fabrikam.onmicrosoft.com。',
  'customer.country': '客戶租用戶中設定的國家/地區（不是總部地址）。',
  'customer.agreementAccepted': '客戶已接受 Microsoft 客戶合約，且合作夥伴已完成證明。',
  relationship: '轉銷商關係，以及合作夥伴擁有的系統管理權限。',
  'relationship.reseller': '轉銷商關係要求目前的狀態。',
  'relationship.requestedOn': '傳送轉銷商關係要求的日期。',
  'relationship.acceptedOn': '客戶的全域管理員接受要求的日期。',
  'relationship.adminAccess': '對租用戶的系統管理權限：無、GDAP（細部且有期限）或舊版 DAP。',
  'relationship.gdapExpiresOn': 'GDAP 關係的到期日。',
  'relationship.gdapRoles':
    '透過 GDAP 授與的 Microsoft Entra 角色，以 kebab-case 書寫（例如 license-administrator）。',
  subscriptions: '所有要移轉的訂閱，每筆一行。',
  'subscriptions[].id': '這一行的簡短代碼，在檔案中不可重複。',
  'subscriptions[].offer': '客戶目前所用供應項目的目錄代碼。',
  'subscriptions[].quantity': '原訂閱的授權數量。',
  'subscriptions[].assigned': '已指派給使用者的授權數量。',
  'subscriptions[].channel': '原訂閱的購買管道。',
  'subscriptions[].billing': '原訂閱的計費週期。',
  'subscriptions[].termEnd': '目前訂閱期自然到期的日期。',
  'subscriptions[].autoRenew': '原訂閱是否會自動續訂。',
  'subscriptions[].exit': '原訂閱的結束方式：讓它到期，或直接取消。',
  'subscriptions[].cancelOn': '取消原訂閱的日期（exit 為 cancel 時）。',
  'subscriptions[].addOnOf': '此附加元件所屬那一行的代碼；它會隨該行一起移轉。',
  'subscriptions[].target': '合作夥伴在 CSP 中佈建、用來取代原訂閱的項目。',
  'subscriptions[].target.offer': '新訂閱的供應項目的目錄代碼；若為組合，則列出多個代碼。',
  'subscriptions[].target.quantity': '新訂閱的授權數量。',
  'subscriptions[].target.provisionOn': '佈建新訂閱的日期。',
};
