import type { Catalog } from './catalog/index.ts';
import { buildContext } from './context.ts';
import { type CalendarDate, compareDates, isCalendarDate } from './dates.ts';
import { formatTemplate } from './messages/format.ts';
import type { Locale, Localized } from './messages/locales.ts';
import type { Plan } from './plan/schema.ts';
import { needsCredit, offersKnown } from './rules/shared.ts';
import type { Line, Param } from './rules/types.ts';
import { adminAccessSteps } from './timeline-access.ts';

/** The kinds of step in a move, in the order they happen on the same day. */
export const STEP_KINDS = [
  'send-request',
  'acceptance',
  'agreement',
  'provision',
  'reassign-licences',
  'turn-off-auto-renew',
  'cancel',
  'request-credit',
  'source-ends',
  'grace-ends',
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
  'send-request': {
    default: {
      en: 'Send the reseller relationship request to a Global admin of {customer}',
      'zh-TW': '將轉銷商關係要求寄給 {customer} 的全域管理員',
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
      en: 'Line "{subscription}": last day of the {days}-day grace period, in which users of {offer:offer} keep access',
      'zh-TW': '訂閱「{subscription}」：{days} 天寬限期的最後一天，{offer:offer} 的使用者仍可存取到今天',
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

function lineSteps(line: Line, catalog: Catalog, plan: Plan, graceDays: number): Draft[] {
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
      params: { subscription: sub.id, from: offer, to: line.targets, by: line.accessEnds },
    });
  }
  if (sub.endOfTerm === 'renew' && provisionOn) {
    steps.push({
      ...base,
      kind: 'turn-off-auto-renew',
      // Once the target exists, and at the latest on the last day of the term (renewal runs the day after).
      date: compareDates(provisionOn, sub.termEnd) < 0 ? provisionOn : sub.termEnd,
      due: sub.termEnd,
      pointer: `${pointer}/endOfTerm`,
      params: { subscription: sub.id, offer, by: sub.termEnd },
      // `endOfTerm: renew` records that auto-renew is still on: the step is not done, whatever the date.
      done: false,
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
  steps.push({
    ...base,
    kind: 'source-ends',
    date: sub.termEnd,
    pointer: `${pointer}/termEnd`,
    params: { subscription: sub.id, offer },
  });
  if (graceDays > 0) {
    steps.push({
      ...base,
      kind: 'grace-ends',
      date: line.accessEnds,
      pointer: `${pointer}/termEnd`,
      params: { subscription: sub.id, offer, days: graceDays },
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
  const { catalog, lines, policies, today } = context;
  const firstProvision = lines
    .map((line) => line.provisionOn)
    .reduce<CalendarDate | undefined>(
      (a, b) => (b === undefined ? a : a === undefined || compareDates(b, a) < 0 ? b : a),
      undefined,
    );
  const drafts = [
    ...relationshipSteps(plan, firstProvision),
    ...adminAccessSteps(context),
    ...lines.flatMap((line) => lineSteps(line, catalog, plan, policies.graceDays[line.sub.channel] ?? 0)),
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
