import { cite } from '../catalog/sources.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'channel-transfer-available',
  severity: 'info',
  category: 'plan',
  title: {
    en: 'Enterprise Agreement subscription: the channel transfer is an option',
    'zh-TW': 'Enterprise 合約訂閱：可以考慮通路移轉',
  },
  messages: {
    default: {
      en: 'Line "{subscription}" is part of an Enterprise Agreement and planned as a re-provision from the CSP catalog. Partner Center can also show the agreement\'s services and schedule CSP subscriptions to start when the agreement ends ("channel transfers renew to CSP"), which continues the agreement\'s own offers even where the CSP catalog does not sell them. (Enterprise suites with Teams are sold again since 2025-11-01, so they are no longer a reason for it.)',
      'zh-TW':
        '訂閱「{subscription}」屬於 Enterprise 合約，目前規劃從 CSP 目錄重新佈建。合作夥伴中心也能列出合約中的服務，並排定 CSP 訂閱在合約結束時開始（「通路移轉續訂至 CSP」）；即使 CSP 目錄不販售合約中的某些供應項目，這條途徑也能延續下去。（含 Teams 的企業套件自 2025-11-01 起已恢復銷售，不再是選擇它的理由。）',
    },
  },
  rationale: {
    en: "Microsoft offers two ways from an Enterprise Agreement into CSP: the manual path (buy from the CSP catalog) and the channel transfer, which schedules CSP subscriptions against the agreement's own services. Both need the customer's reseller relationship with you first.",
    'zh-TW':
      'Microsoft 提供兩種從 Enterprise 合約進入 CSP 的方式：手動途徑（從 CSP 目錄購買），以及通路移轉，也就是依合約本身的服務排定 CSP 訂閱。兩者都需要客戶先與您建立轉銷商關係。',
  },
  fix: {
    en: 'If the channel transfer fits, set path: channel-transfer on the line and set target.provisionOn to the last day of the agreement subscription, so the CSP subscription runs before access under the agreement stops; otherwise write path: reprovision on the line to record that choice.',
    'zh-TW':
      '若通路移轉適用，請在這一行設定 path: channel-transfer，並把 target.provisionOn 設為合約訂閱的最後一天，讓 CSP 訂閱在合約的存取權結束前就已開始；否則請在這一行寫明 path: reprovision，記錄這個選擇。',
  },
  guide: '/guide/paths/#enterprise-agreement',
  sources: [cite('transition-seat-based-services'), cite('licensing-faqs-teams')],
  *check({ lines }): Generator<FindingInput> {
    for (const line of lines) {
      const { sub } = line;
      // An explicit `path: reprovision` records that the manual path is chosen on purpose.
      if (sub.channel !== 'enterprise-agreement' || sub.path !== undefined) continue;
      yield {
        pointer: `${line.pointer}/channel`,
        params: { subscription: sub.id },
      };
    }
  },
});
