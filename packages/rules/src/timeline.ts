import { endOfTermSteps } from './access.ts';
import type { Catalog } from './catalog/index.ts';
import { buildContext } from './context.ts';
import { type CalendarDate, compareDates, isCalendarDate } from './dates.ts';
import { formatTemplate } from './messages/format.ts';
import type { Locale, Localized } from './messages/locales.ts';
import { PATH_STEP_KINDS, PATH_STEP_LABELS, pathSteps } from './paths.ts';
import type { Plan } from './plan/schema.ts';
import { needsCredit, offersKnown } from './rules/shared.ts';
import type { Line, Param } from './rules/types.ts';
import { adminAccessSteps } from './timeline-access.ts';

/** The kinds of step in a move, in the order they happen on the same day. */
export const STEP_KINDS = [
  'send-request',
  'acceptance',
  'agreement',
  ...PATH_STEP_KINDS,
  'provision',
  'reassign-licences',
  'turn-off-auto-renew',
  'choose-end-of-term',
  'cancel',
  'request-credit',
  'source-ends',
  'grace-ends',
  'extended-term-starts',
  'cancel-extended-term',
  'grant-admin-access',
] as const;

export type StepKind = (typeof STEP_KINDS)[number];

/** One step of the move. Like a finding, it is data: `stepTitle` words it. */
export interface Step {
  /** Unique in the timeline: the kind, plus the subscription line id for per-line steps. */
  id: string;
  kind: StepKind;
  /** When it happens, from the plan. Absent when the plan does not say yet. */
  date?: CalendarDate;
  /** For an undated step: the day it must be done by (it is ordered as if it happened then). */
  due?: CalendarDate;
  /** Id of the subscription line a per-line step belongs to. */
  subscription?: string;
  /** JSON pointer to the plan node the step comes from. */
  pointer: string;
  params: Record<string, Param>;
  /** Which of the kind's labels to use; `default` when absent. */
  variant?: string;
  /** True when the plan says it has happened: its date is before today, or its state says so. */
  done: boolean;
}

export interface TimelineOptions {
  /** The catalog the offers are looked up in (to know when licences must be reassigned). */
  catalog: Catalog;
  /** The date that decides which steps are done. Default: the plan's `asOf`, else today (UTC). */
  today?: CalendarDate;
}

/** The label of each step kind; `{name}` inserts a param as in rule messages. */
export const STEP_LABELS: Record<StepKind, { default: Localized } & Record<string, Localized>> = {
  ...PATH_STEP_LABELS,
  'send-request': {
    default: {
      en: 'Send the reseller relationship request to a Billing Administrator of {customer}',
      'zh-TW': '將轉銷商關係要求寄給 {customer} 的計費系統管理員',
    },
  },
  acceptance: {
    default: {
      en: 'The customer accepts the reseller relationship',
      'zh-TW': '客戶接受轉銷商關係',
    },
  },
  agreement: {
    default: {
      en: 'The customer accepts the Microsoft Customer Agreement, and the partner attests it',
      'zh-TW': '客戶接受 Microsoft 客戶合約，合作夥伴完成確認',
    },
  },
  provision: {
    default: {
      en: 'Line "{subscription}": provision {offers:offers}, quantity {quantity}',
      'zh-TW': '訂閱「{subscription}」：佈建 {offers:offers}，數量 {quantity}',
    },
  },
  'reassign-licences': {
    default: {
      en: 'Line "{subscription}": reassign users from {from:offer} to {to:offers} by {by:date}',
      'zh-TW': '訂閱「{subscription}」：在 {by:date} 前把使用者的授權從 {from:offer} 改指派到 {to:offers}',
    },
  },
  'turn-off-auto-renew': {
    default: {
      en: 'Line "{subscription}": turn off auto-renew of {offer:offer} before {by:date}',
      'zh-TW': '訂閱「{subscription}」：在 {by:date} 前關閉 {offer:offer} 的自動續訂',
    },
  },
  cancel: {
    default: {
      en: 'Line "{subscription}": cancel {offer:offer}',
      'zh-TW': '訂閱「{subscription}」：取消 {offer:offer}',
    },
  },
  'request-credit': {
    default: {
      en: 'Line "{subscription}": ask Microsoft 365 billing support, on the customer\'s behalf, for a credit for {offer:offer}',
      'zh-TW': '訂閱「{subscription}」：代客戶向 Microsoft 365 帳單支援申請 {offer:offer} 的抵免',
    },
    customer: {
      en: 'Line "{subscription}": the customer asks Microsoft 365 billing support for a credit for {offer:offer}',
      'zh-TW': '訂閱「{subscription}」：由客戶向 Microsoft 365 帳單支援申請 {offer:offer} 的抵免',
    },
  },
  'source-ends': {
    default: {
      en: 'Line "{subscription}": the term of {offer:offer} ends',
      'zh-TW': '訂閱「{subscription}」：{offer:offer} 的訂閱期結束',
    },
  },
  'grace-ends': {
    default: {
      en: 'Line "{subscription}": last day of the {days}-day free grace period, in which users of {offer:offer} keep access',
      'zh-TW':
        '訂閱「{subscription}」：{days} 天免費寬限期的最後一天，{offer:offer} 的使用者可存取到當天為止',
    },
  },
  'choose-end-of-term': {
    default: {
      en: 'Line "{subscription}": set {offer:offer} to cancel at the end of its term, before {by:date} (turning auto-renew off alone leads to a paid extended term)',
      'zh-TW':
        '訂閱「{subscription}」：在 {by:date} 前把 {offer:offer} 設為期滿時取消（只關閉自動續訂會進入付費的延長服務期限）',
    },
    extendedTerm: {
      en: 'Line "{subscription}": schedule the change of {offer:offer} to an extended service term before {by:date}, while it is still active',
      'zh-TW': '訂閱「{subscription}」：在 {by:date} 前、訂閱仍有效時，排定把 {offer:offer} 改為延長服務期限',
    },
  },
  'extended-term-starts': {
    default: {
      en: 'Line "{subscription}": {offer:offer} runs on a paid extended service term, billed to the current partner: {quantity} licences × the monthly price × {factor} per 30 days ({noMonthlyFactor} without a monthly term)',
      'zh-TW':
        '訂閱「{subscription}」：{offer:offer} 進入付費的延長服務期限，向目前的合作夥伴收費：每 30 天 {quantity} 個授權 × 月費 × {factor}（沒有月約的方案為 {noMonthlyFactor}）',
    },
    customer: {
      en: 'Line "{subscription}": {offer:offer} runs on a paid extended service term, billed to the customer: {quantity} licences × the monthly price × {factor} per 30 days',
      'zh-TW':
        '訂閱「{subscription}」：{offer:offer} 進入付費的延長服務期限，向客戶收費：每 30 天 {quantity} 個授權 × 月費 × {factor}',
    },
  },
  'cancel-extended-term': {
    default: {
      en: 'Line "{subscription}": cancel the extended service term of {offer:offer}; {days} paid days in all, charged prorated',
      'zh-TW': '訂閱「{subscription}」：取消 {offer:offer} 的延長服務期限；總共付費 {days} 天，按比例計費',
    },
  },
  'grant-admin-access': {
    default: {
      en: 'The customer grants the partner admin access through GDAP, needed for lines {lines:list}',
      'zh-TW': '客戶透過 GDAP 授予合作夥伴系統管理權限，訂閱 {lines:list} 需要此權限',
    },
  },
};

/** The title of a step in the locale. */
export function stepTitle(
  step: Pick<Step, 'kind' | 'params' | 'variant'>,
  locale: Locale,
  catalog: Catalog,
): string {
  const labels = STEP_LABELS[step.kind];
  const label = (step.variant ? labels[step.variant] : undefined) ?? labels.default;
  return formatTemplate(label[locale], step.params, { locale, catalog });
}

/** A step before the timeline gives it an id (and, for dated steps, decides whether it is done). */
export type Draft = Omit<Step, 'id' | 'done'> & { done?: boolean };

function relationshipSteps(plan: Plan, firstProvision: CalendarDate | undefined): Draft[] {
  const { reseller, requestedOn, acceptedOn } = plan.relationship;
  const accepted = reseller === 'accepted';
  const by = firstProvision ? { due: firstProvision } : {};
  const steps: Draft[] = [];
  // An accepted relationship without a request date says nothing more about the request.
  if (!(accepted && !isCalendarDate(requestedOn))) {
    steps.push({
      kind: 'send-request',
      pointer: isCalendarDate(requestedOn) ? '/relationship/requestedOn' : '/relationship/reseller',
      params: { customer: plan.customer.name },
      ...(reseller !== 'not-requested' && isCalendarDate(requestedOn) ? { date: requestedOn } : by),
      done: reseller !== 'not-requested',
    });
  }
  steps.push({
    kind: 'acceptance',
    pointer: isCalendarDate(acceptedOn) ? '/relationship/acceptedOn' : '/relationship/reseller',
    params: {},
    ...(accepted && isCalendarDate(acceptedOn) ? { date: acceptedOn } : by),
    done: accepted,
  });
  const agreed = plan.customer.agreementAccepted === true;
  steps.push({
    kind: 'agreement',
    pointer: 'agreementAccepted' in plan.customer ? '/customer/agreementAccepted' : '/customer',
    params: {},
    // The customer is asked to accept the agreement while accepting the reseller request.
    ...(agreed && accepted && isCalendarDate(acceptedOn) ? { date: acceptedOn } : by),
    done: agreed,
  });
  return steps;
}

function lineSteps(line: Line, catalog: Catalog, plan: Plan): Draft[] {
  const { sub, pointer } = line;
  const base = { subscription: sub.id };
  const offer = sub.offer;
  const { provisionOn } = line;
  const steps: Draft[] = [];
  if (provisionOn) {
    steps.push({
      ...base,
      kind: 'provision',
      date: provisionOn,
      pointer: `${pointer}/target/provisionOn`,
      params: { subscription: sub.id, offers: line.targets, quantity: sub.target.quantity },
    });
  }
  const relation = offersKnown(catalog, line) ? catalog.relation(offer, line.targets) : 'identical';
  if (relation !== 'identical' && relation !== 'same') {
    steps.push({
      ...base,
      kind: 'reassign-licences',
      date: provisionOn,
      pointer: `${pointer}/target/offer`,
      params: { subscription: sub.id, from: offer, to: line.targets, by: line.access.until ?? sub.termEnd },
    });
  }
  if (sub.endOfTerm === 'cancel' && isCalendarDate(sub.cancelOn)) {
    steps.push({
      ...base,
      kind: 'cancel',
      date: sub.cancelOn,
      pointer: `${pointer}/cancelOn`,
      params: { subscription: sub.id, offer },
    });
    if (needsCredit(line)) {
      steps.push({
        ...base,
        kind: 'request-credit',
        date: sub.cancelOn,
        pointer: `${pointer}/cancelOn`,
        params: { subscription: sub.id, offer },
        ...(plan.relationship.adminAccess === 'none' ? { variant: 'customer' } : {}),
      });
    }
    return steps;
  }
  // The end of the term, and what follows it, come from the access rules (access.ts).
  for (const step of endOfTermSteps(sub, line.access, provisionOn)) {
    steps.push({
      ...base,
      kind: step.kind,
      date: step.date,
      pointer: `${pointer}/${step.field}`,
      params: step.params,
      ...(step.variant ? { variant: step.variant } : {}),
      // `endOfTerm: renew` with a target records that auto-renew is still on: not done whatever the date.
      ...(step.kind === 'turn-off-auto-renew' ||
      (step.kind === 'choose-end-of-term' && line.access.reason === 'renews')
        ? { due: sub.termEnd, done: false }
        : {}),
    });
  }
  return steps;
}

/**
 * The steps of the move in order: by date (or, for a step the plan has not dated yet, the day it is
 * due by), same-day steps in the order of STEP_KINDS and then of the lines; steps with neither come
 * last. Works on any schema-valid plan, including ones with findings.
 */
export function timeline(plan: Plan, options: TimelineOptions): Step[] {
  const context = buildContext(plan, options);
  const { catalog, lines, today } = context;
  const firstProvision = lines
    .map((line) => line.provisionOn)
    .reduce<CalendarDate | undefined>(
      (a, b) => (b === undefined ? a : a === undefined || compareDates(b, a) < 0 ? b : a),
      undefined,
    );
  const drafts = [
    ...relationshipSteps(plan, firstProvision),
    ...adminAccessSteps(context),
    ...pathSteps(context, (line) => lineSteps(line, catalog, plan)),
  ];
  const rank = (kind: StepKind) => STEP_KINDS.indexOf(kind);
  const order = drafts
    .map((draft, position) => ({ draft, position }))
    .sort((a, b) => {
      const ka = a.draft.date ?? a.draft.due;
      const kb = b.draft.date ?? b.draft.due;
      if (ka !== kb) {
        if (ka === undefined) return 1;
        if (kb === undefined) return -1;
        return compareDates(ka, kb);
      }
      return rank(a.draft.kind) - rank(b.draft.kind) || a.position - b.position;
    });
  const used = new Set<string>();
  return order.map(({ draft }) => {
    let id = draft.subscription === undefined ? draft.kind : `${draft.kind}:${draft.subscription}`;
    for (let n = 2; used.has(id); n++) id = `${draft.kind}:${draft.subscription}:${n}`;
    used.add(id);
    const done = draft.done ?? (draft.date !== undefined && compareDates(draft.date, today) < 0);
    return { ...draft, id, done };
  });
}
