import { cite } from '../catalog/sources.ts';
import { transferLines } from '../paths.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'transfer-too-many-lines',
  severity: 'warning',
  category: 'plan',
  title: {
    en: 'More subscriptions than one transfer request may carry',
    'zh-TW': '訂閱數超過一筆移轉要求可容納的數量',
  },
  messages: {
    default: {
      en: 'The plan transfers {count} subscriptions, more than the {limit} line items per transfer request that a third party reports (Microsoft does not state a limit). Plan several requests, or change the limit in your catalog extension if you know better.',
      'zh-TW':
        '這份計畫要移轉 {count} 個訂閱，超過第三方所說每筆移轉要求 {limit} 個明細項目的上限（Microsoft 未公布此上限）。請規劃分成多筆要求；若您掌握更準確的數字，可在目錄擴充中修改上限。',
    },
  },
  rationale: {
    en: "A partner-tools vendor reports a limit of 25 line items per transfer request. Microsoft's transfer pages checked do not mention it, so this rule only warns, and the number is a policy your catalog extension or config can override.",
    'zh-TW':
      '一家合作夥伴工具廠商指出，每筆移轉要求最多 25 個明細項目。查閱過的 Microsoft 移轉頁面都沒有提到這個上限，所以這條規則只提出警告，而且這個數字是一項政策，可以用目錄擴充或設定檔覆寫。',
  },
  fix: {
    en: 'Split the transfer into several requests of at most the limit each, and record them in separate plans; or set transferMaxLineItems in the catalog extension.',
    'zh-TW':
      '請把移轉拆成多筆、每筆不超過上限的要求，並分別寫成計畫；或在目錄擴充中設定 transferMaxLineItems。',
  },
  guide: '/guide/partner-transfers/#line-items',
  sources: [cite('cloudcockpit-transfers')],
  *check({ lines, policies }): Generator<FindingInput> {
    const moving = transferLines(lines);
    const limit = policies.transferMaxLineItems;
    if (moving.length <= limit) return;
    yield {
      pointer: `${moving[limit]?.pointer}/path`,
      related: ['/transfer'],
      params: { count: moving.length, limit },
    };
  },
});
