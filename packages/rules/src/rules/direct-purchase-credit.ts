import { cancellableOnlyInWindow, directRefundWindow } from '../access.ts';
import { cite } from '../catalog/sources.ts';
import { addDays, compareDates, daysBetween, isCalendarDate } from '../dates.ts';
import { needsCredit } from './shared.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'direct-purchase-credit',
  severity: 'info',
  category: 'access',
  title: { en: 'Credit for a direct purchase cancelled early', 'zh-TW': '提前取消直接購買的訂閱可申請抵免' },
  messages: {
    default: {
      en: 'Line "{subscription}" was bought directly from Microsoft on a MOSA billing account and is cancelled on {date:date}, {days} days before its term ends. A MOSA account gets a prorated credit for the unused time; above 25 licences, or if it does not appear, Microsoft 365 billing support handles it, and with admin access the partner can contact them on the customer\'s behalf.',
      'zh-TW':
        '訂閱「{subscription}」是以 MOSA 帳單帳戶直接向 Microsoft 購買的，預定於 {date:date} 取消，距期滿還有 {days} 天。MOSA 帳戶會按比例抵免未使用的期間；超過 25 個授權或抵免沒有出現時，由 Microsoft 365 帳單支援處理，合作夥伴有系統管理權限，可以代客戶聯絡他們。',
    },
    customerAsks: {
      en: 'Line "{subscription}" was bought directly from Microsoft on a MOSA billing account and is cancelled on {date:date}, {days} days before its term ends. A MOSA account gets a prorated credit for the unused time; above 25 licences, or if it does not appear, Microsoft 365 billing support handles it, and without admin access the partner cannot ask for it, so the customer has to contact them directly.',
      'zh-TW':
        '訂閱「{subscription}」是以 MOSA 帳單帳戶直接向 Microsoft 購買的，預定於 {date:date} 取消，距期滿還有 {days} 天。MOSA 帳戶會按比例抵免未使用的期間；超過 25 個授權或抵免沒有出現時，由 Microsoft 365 帳單支援處理，而合作夥伴沒有系統管理權限，無法代為申請，須由客戶直接與他們聯絡。',
    },
    mcaRefund: {
      en: 'Line "{subscription}" was bought directly from Microsoft under a Microsoft Customer Agreement and is cancelled on {date:date}, within {window} days of its term start on {termStart:date}: Microsoft refunds the unused time prorated on the next monthly invoice, with no request needed. Users lose access on the day it is cancelled.',
      'zh-TW':
        '訂閱「{subscription}」是以 Microsoft 客戶合約直接向 Microsoft 購買的，預定於 {date:date} 取消，仍在 {termStart:date} 這期開始後 {window} 天內：Microsoft 會在下一期月帳單按比例退還未使用的期間，不需另外申請。使用者在取消當天就會失去存取權。',
    },
  },
  rationale: {
    en: "What a cancelled direct purchase gets back depends on its billing account. A Microsoft Customer Agreement account refunds prorated only when it is cancelled within 7 days after the start or renewal; after that it cannot be cancelled, only set to end at its term end. A MOSA account gives a prorated credit whenever it is cancelled. Credits are handled by Microsoft 365 billing support, not Partner Center: a partner with admin access can contact support on the customer's behalf; otherwise the customer has to.",
    'zh-TW':
      '直接購買的訂閱取消後能拿回多少，取決於帳單帳戶類型。Microsoft 客戶合約（MCA）帳戶只有在開始或續訂後 7 天內取消才會按比例退款；超過取消期限後就無法取消，只能設定在期滿時結束。MOSA 帳戶無論何時取消，都會按比例抵免。抵免由 Microsoft 365 帳單支援處理，而不是合作夥伴中心：擁有系統管理權限的合作夥伴可以代客戶聯絡支援人員；否則就得由客戶自己聯絡。',
  },
  fix: {
    en: 'Add the credit request to the checklist for the cancellation date, and agree with the customer who makes it.',
    'zh-TW': '請在檢查清單的取消日加上申請抵免這一步，並與客戶約定由誰提出。',
  },
  guide: '/guide/credits/#who-asks',
  sources: [cite('transition-seat-based-services-2023'), cite('cancel-your-subscription')],
  *check({ plan, lines, policies }): Generator<FindingInput> {
    const partnerAsks = plan.relationship.adminAccess !== 'none';
    const window = directRefundWindow(policies, plan);
    for (const line of lines) {
      const { sub } = line;
      if (needsCredit(line)) {
        const date = sub.cancelOn as string;
        yield {
          pointer: `${line.pointer}/cancelOn`,
          related: [`${line.pointer}/channel`],
          params: { subscription: sub.id, date, termEnd: sub.termEnd, days: daysBetween(date, sub.termEnd) },
          ...(partnerAsks ? {} : { variant: 'customerAsks' }),
        };
        continue;
      }
      // A Microsoft Customer Agreement purchase cancelled inside its window: refunded without a request.
      // Outside the window (or with no termStart) it cannot be cancelled: early-cancellation says so.
      if (sub.channel !== 'web-direct' || !cancellableOnlyInWindow(sub)) continue;
      if (sub.endOfTerm !== 'cancel' || !isCalendarDate(sub.cancelOn) || !isCalendarDate(sub.termStart))
        continue;
      if (compareDates(sub.cancelOn, addDays(sub.termStart, window - 1)) > 0) continue;
      yield {
        pointer: `${line.pointer}/cancelOn`,
        related: [`${line.pointer}/termStart`],
        variant: 'mcaRefund',
        params: { subscription: sub.id, date: sub.cancelOn, termStart: sub.termStart, window },
      };
    }
  },
});
