import { cite } from '../catalog/sources.ts';
import { linePath, pathAccepts } from '../paths.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'transfer-channel-unsupported',
  severity: 'error',
  category: 'plan',
  title: {
    en: 'Path not available for where the subscription is bought',
    'zh-TW': '訂閱的購買管道不適用這條移轉途徑',
  },
  messages: {
    default: {
      en: 'Line "{subscription}" is bought {channel:channel}, but its path is a partner transfer. Only new-commerce subscriptions bought through another CSP partner can be transferred; re-provision this line.',
      'zh-TW':
        '訂閱「{subscription}」的購買管道是「{channel:channel}」，但移轉途徑設為合作夥伴間移轉。只有透過其他 CSP 合作夥伴購買的新商務訂閱才能移轉；這個訂閱請改用重新佈建。',
    },
    enterpriseAgreement: {
      en: 'Line "{subscription}" is part of an Enterprise Agreement, but its path is a partner transfer. Agreement subscriptions cannot be transferred between partners: use the channel transfer (path: channel-transfer) or re-provision.',
      'zh-TW':
        '訂閱「{subscription}」屬於 Enterprise 合約，但移轉途徑設為合作夥伴間移轉。合約訂閱不能在合作夥伴之間移轉：請改用通路移轉（path: channel-transfer）或重新佈建。',
    },
    legacy: {
      en: 'Line "{subscription}" is a legacy (pre-new-commerce) CSP subscription, but its path is a partner transfer. The partner transfer covers new-commerce subscriptions only. Check in Partner Center whether it has already been migrated to new commerce; if so, set channel to csp, otherwise re-provision it.',
      'zh-TW':
        '訂閱「{subscription}」是舊版（新商務之前）的 CSP 訂閱，但移轉途徑設為合作夥伴間移轉。合作夥伴間移轉只適用於新商務訂閱。請在合作夥伴中心確認它是否已移轉到新商務；若已移轉，請把 channel 改為 csp，否則請改用重新佈建。',
    },
    channelTransfer: {
      en: 'Line "{subscription}" is bought {channel:channel}, but its path is the channel transfer, which exists only for Enterprise Agreement subscriptions. Re-provision this line.',
      'zh-TW':
        '訂閱「{subscription}」的購買管道是「{channel:channel}」，但移轉途徑設為通路移轉；通路移轉只適用於 Enterprise 合約的訂閱。這個訂閱請改用重新佈建。',
    },
  },
  rationale: {
    en: 'Each path moves subscriptions from one place only. The partner transfer moves new-commerce subscriptions between CSP partners; purchases made directly from Microsoft, under an agreement or with Open licensing cannot use it. The channel transfer schedules CSP subscriptions to follow an Enterprise Agreement. Everything else is re-provisioned.',
    'zh-TW':
      '每條途徑只能從特定的地方移轉訂閱。合作夥伴間移轉適用於 CSP 合作夥伴之間的新商務訂閱；直接向 Microsoft 購買、透過合約或 Open 授權購買的訂閱都不能使用。通路移轉是排定 CSP 訂閱接續 Enterprise 合約。其他情況一律重新佈建。',
  },
  fix: {
    en: 'Check where the subscription is bought today (channel) and pick the path that fits it; see the decision table in the guidance.',
    'zh-TW': '請確認訂閱目前的購買管道（channel），再選擇適用的途徑；請參考指南中的決策表。',
  },
  guide: '/guide/paths/#decision-table',
  sources: [
    cite('transfer-subscriptions'),
    cite('transition-seat-based-services'),
    cite('evolveip-transfers'),
  ],
  *check({ lines }): Generator<FindingInput> {
    for (const line of lines) {
      const { sub } = line;
      const path = linePath(sub);
      if (pathAccepts(path, sub.channel)) continue;
      const base = { pointer: `${line.pointer}/path`, related: [`${line.pointer}/channel`] };
      const params = { subscription: sub.id, channel: sub.channel };
      if (path === 'channel-transfer') {
        yield { ...base, variant: 'channelTransfer', params };
      } else if (sub.channel === 'enterprise-agreement') {
        yield { ...base, variant: 'enterpriseAgreement', params };
      } else if (sub.channel === 'csp-legacy') {
        yield { ...base, variant: 'legacy', params };
      } else {
        yield { ...base, params };
      }
    }
  },
});
