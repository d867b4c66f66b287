import type { Catalog, Policies } from './catalog/index.ts';
import { addDays, type CalendarDate } from './dates.ts';
import { formatTemplate, type Param } from './messages/format.ts';
import type { Locale, Localized } from './messages/locales.ts';
import type { MovePath } from './plan/schema.ts';

// Every kind of step a move can have, in one table (like the rules table): its labels in both locales,
// whether it is one step for the plan or one per line, which module yields it, which paths' lines take
// it, and how its deadline is found. A new path or step adds entries here and yields its steps from its
// own module; the timeline (timeline.ts) and the step states (steps.ts) read this table.

/** The modules that yield steps. */
export type StepSource = 'relationship.ts' | 'timeline-access.ts' | 'paths.ts' | 'access.ts';

/** The facts of a step its deadline is found from. */
export interface DatedStep {
  date?: CalendarDate;
  due?: CalendarDate;
  done: boolean;
}

interface StepKindEntry {
  /** `plan`: one step for the whole plan; `line`: one per subscription line, keyed by the line's id. */
  scope: 'plan' | 'line';
  /** The module whose steps function yields it. */
  from: StepSource;
  /**
   * A deed: done only when the plan records it (the line's `done` list), never because its date has
   * passed; a past date without the record makes it overdue. Other kinds are done once their date has
   * passed (the term ending, for example) or as the module that yields them says.
   */
  recorded?: true;
  /** The paths whose lines always show it up front, for checklists (see `PATH_STEPS`). */
  paths?: readonly MovePath[];
  /** Its title; `{name}` inserts a param as in rule messages. A step picks another label by `variant`. */
  labels: { default: Localized } & Record<string, Localized>;
  /**
   * The last day it can be done, when that is not simply the step's own `due`, else its `date`: a
   * policy's lead time, for example.
   */
  deadline?: (step: DatedStep, policies: Policies) => CalendarDate | undefined;
}

/** Every step kind, in the order same-day steps happen. */
export const stepKinds = {
  'send-request': {
    scope: 'plan',
    from: 'relationship.ts',
    // The request has to go out early enough for the customer to accept it before the first order.
    deadline: (step, policies) =>
      step.done || step.due === undefined
        ? step.date
        : addDays(step.due, -policies.relationshipRequestLeadDays),
    labels: {
      default: {
        en: 'Send the reseller relationship request to a Billing Administrator of {customer}',
        'zh-TW': '將轉銷商關係要求寄給 {customer} 的計費系統管理員',
      },
    },
  },
  acceptance: {
    scope: 'plan',
    from: 'relationship.ts',
    labels: {
      default: {
        en: 'The customer accepts the reseller relationship',
        'zh-TW': '客戶接受轉銷商關係',
      },
    },
  },
  agreement: {
    scope: 'plan',
    from: 'relationship.ts',
    labels: {
      default: {
        en: 'The customer accepts the Microsoft Customer Agreement, and the partner attests it',
        'zh-TW': '客戶接受 Microsoft 客戶合約，合作夥伴完成確認',
      },
    },
  },
  'schedule-channel-transfer': {
    recorded: true,
    scope: 'line',
    from: 'paths.ts',
    paths: ['channel-transfer'],
    labels: {
      default: {
        en: 'Line "{subscription}": in Partner Center, schedule {offers:offers}, quantity {quantity}, to start on {start:date}, when the Enterprise Agreement subscription ends',
        'zh-TW':
          '訂閱「{subscription}」：在合作夥伴中心排定 {offers:offers}（數量 {quantity}）於 {start:date} 開始，也就是 Enterprise 合約訂閱結束時',
      },
    },
  },
  'transfer-request': {
    scope: 'plan',
    from: 'paths.ts',
    paths: ['partner-transfer'],
    labels: {
      default: {
        en: 'Create the partner transfer request to {source} in Partner Center; {customer} gets an email about it',
        'zh-TW': '在合作夥伴中心向 {source} 建立合作夥伴間移轉要求；{customer} 會收到通知郵件',
      },
    },
  },
  'transfer-approval': {
    scope: 'plan',
    from: 'paths.ts',
    paths: ['partner-transfer'],
    labels: {
      default: {
        en: 'Approval: {source} selects the subscriptions and approves the transfer',
        'zh-TW': '核准：{source} 選取要移轉的訂閱並核准移轉',
      },
    },
  },
  'billing-switch': {
    scope: 'line',
    from: 'paths.ts',
    paths: ['partner-transfer'],
    labels: {
      default: {
        en: 'Line "{subscription}": you take over the billing of {offer:offer}, quantity {quantity}; users keep their licences',
        'zh-TW': '訂閱「{subscription}」：{offer:offer}（數量 {quantity}）改由您計費；使用者的授權指派不變',
      },
    },
  },
  'transfer-fallback': {
    scope: 'line',
    from: 'paths.ts',
    paths: ['partner-transfer'],
    labels: {
      default: {
        en: 'Line "{subscription}": if {source} has not approved the transfer, provision {offer:offer} yourself and move users before its term ends on {by:date}',
        'zh-TW':
          '訂閱「{subscription}」：若 {source} 仍未核准移轉，請自行佈建 {offer:offer}，並在原訂閱於 {by:date} 期滿前把使用者移過來',
      },
    },
  },
  provision: {
    recorded: true,
    scope: 'line',
    from: 'paths.ts',
    paths: ['reprovision', 'channel-transfer'],
    labels: {
      default: {
        en: 'Line "{subscription}": provision {offers:offers}, quantity {quantity}',
        'zh-TW': '訂閱「{subscription}」：佈建 {offers:offers}，數量 {quantity}',
      },
    },
  },
  'reassign-licences': {
    recorded: true,
    scope: 'line',
    from: 'paths.ts',
    paths: ['reprovision', 'channel-transfer'],
    labels: {
      default: {
        en: 'Line "{subscription}": reassign users from {from:offer} to {to:offers} by {by:date}',
        'zh-TW': '訂閱「{subscription}」：在 {by:date} 前把使用者的授權從 {from:offer} 改指派到 {to:offers}',
      },
    },
  },
  'turn-off-auto-renew': {
    scope: 'line',
    from: 'access.ts',
    paths: ['reprovision'],
    labels: {
      default: {
        en: 'Line "{subscription}": turn off auto-renew of {offer:offer} before {by:date}',
        'zh-TW': '訂閱「{subscription}」：在 {by:date} 前關閉 {offer:offer} 的自動續訂',
      },
    },
  },
  'choose-end-of-term': {
    recorded: true,
    scope: 'line',
    from: 'access.ts',
    labels: {
      default: {
        en: 'Line "{subscription}": set {offer:offer} to cancel at the end of its term, before {by:date} (turning auto-renew off alone leads to a paid extended term)',
        'zh-TW':
          '訂閱「{subscription}」：在 {by:date} 前把 {offer:offer} 設為期滿時取消（只關閉自動續訂會進入付費的延長服務期限）',
      },
      extendedTerm: {
        en: 'Line "{subscription}": schedule the change of {offer:offer} to an extended service term before {by:date}, while it is still active',
        'zh-TW':
          '訂閱「{subscription}」：在 {by:date} 前、訂閱仍有效時，排定把 {offer:offer} 改為延長服務期限',
      },
    },
  },
  cancel: {
    recorded: true,
    scope: 'line',
    from: 'paths.ts',
    paths: ['reprovision'],
    labels: {
      default: {
        en: 'Line "{subscription}": cancel {offer:offer}',
        'zh-TW': '訂閱「{subscription}」：取消 {offer:offer}',
      },
    },
  },
  'request-credit': {
    recorded: true,
    scope: 'line',
    from: 'paths.ts',
    labels: {
      default: {
        en: 'Line "{subscription}": ask Microsoft 365 billing support, on the customer\'s behalf, for a credit for {offer:offer}',
        'zh-TW': '訂閱「{subscription}」：代客戶向 Microsoft 365 帳單支援申請 {offer:offer} 的抵免',
      },
      customer: {
        en: 'Line "{subscription}": the customer asks Microsoft 365 billing support for a credit for {offer:offer}',
        'zh-TW': '訂閱「{subscription}」：由客戶向 Microsoft 365 帳單支援申請 {offer:offer} 的抵免',
      },
    },
  },
  'source-ends': {
    scope: 'line',
    from: 'access.ts',
    paths: ['reprovision', 'channel-transfer'],
    labels: {
      default: {
        en: 'Line "{subscription}": the term of {offer:offer} ends',
        'zh-TW': '訂閱「{subscription}」：{offer:offer} 的訂閱期結束',
      },
    },
  },
  'grace-ends': {
    scope: 'line',
    from: 'access.ts',
    paths: ['reprovision'],
    labels: {
      default: {
        en: 'Line "{subscription}": last day of the {days}-day free grace period, in which users of {offer:offer} keep access',
        'zh-TW':
          '訂閱「{subscription}」：{days} 天免費寬限期的最後一天，{offer:offer} 的使用者可存取到當天為止',
      },
    },
  },
  'extended-term-starts': {
    scope: 'line',
    from: 'access.ts',
    labels: {
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
  },
  'cancel-extended-term': {
    recorded: true,
    scope: 'line',
    from: 'access.ts',
    labels: {
      default: {
        en: 'Line "{subscription}": cancel the extended service term of {offer:offer}; {days} paid days in all, charged prorated',
        'zh-TW': '訂閱「{subscription}」：取消 {offer:offer} 的延長服務期限；總共付費 {days} 天，按比例計費',
      },
    },
  },
  'grant-admin-access': {
    scope: 'plan',
    from: 'timeline-access.ts',
    labels: {
      default: {
        en: 'The customer grants the partner admin access through GDAP, needed for lines {lines:list}',
        'zh-TW': '客戶透過 GDAP 授予合作夥伴系統管理權限，訂閱 {lines:list} 需要此權限',
      },
    },
  },
} as const satisfies Record<string, StepKindEntry>;

export type StepKind = keyof typeof stepKinds;

/** The step kinds in their same-day order. */
export const STEP_KINDS = Object.keys(stepKinds) as StepKind[];

type KindsOf<Scope> = {
  [K in StepKind]: (typeof stepKinds)[K]['scope'] extends Scope ? K : never;
}[StepKind];

/** Kinds of which a plan has one step. */
export type PlanStepKind = KindsOf<'plan'>;
/** Kinds of which each line has its own step. */
export type LineStepKind = KindsOf<'line'>;

/**
 * The id of a step in a timeline: the kind for a plan step, `kind:line` for a line's step. (A second
 * line with the same id gets `:2`, and so on; duplicate-subscription-id reports that.)
 */
export type StepKey = PlanStepKind | `${LineStepKind}:${string}`;

/** The key of the plan's step of `kind`, or of the line's step of `kind`. */
export function stepKey(kind: PlanStepKind): StepKey;
export function stepKey(kind: LineStepKind, subscription: string): StepKey;
export function stepKey(kind: StepKind, subscription?: string): string;
export function stepKey(kind: StepKind, subscription?: string): string {
  return subscription === undefined ? kind : `${kind}:${subscription}`;
}

/** One step of the move. Like a finding, it is data: `stepTitle` words it. */
export interface Step {
  /** Unique in the timeline: its `StepKey`, with `:2`, `:3` … for lines that share an id. */
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
  /**
   * True when the plan says it has happened: it records the deed (a line's `done` list, a state such as
   * `reseller: accepted`, a date such as `transfer.approvedOn`), or, for what happens by itself (a term
   * ending), its date is before today.
   */
  done: boolean;
}

/** A step as a module yields it, before the timeline gives it its id; `done` defaults to "dated before today". */
export type StepDraft = Omit<Step, 'id' | 'done'> & { done?: boolean };

/** The title of a step in the locale. */
export function stepTitle(
  step: Pick<Step, 'kind' | 'params' | 'variant'>,
  locale: Locale,
  catalog: Catalog,
): string {
  const labels: StepKindEntry['labels'] = stepKinds[step.kind].labels;
  const label = (step.variant ? labels[step.variant] : undefined) ?? labels.default;
  return formatTemplate(label[locale], step.params, { locale, catalog });
}

/** True for a kind that is done only when the plan records it (`recorded` in the table). */
export function isRecordedDeed(kind: StepKind): boolean {
  const entry: StepKindEntry = stepKinds[kind];
  return entry.recorded === true;
}

/** The last day a step can be done: its kind's deadline, else its `due`, else its `date`. */
export function deadlineOf(step: Step, policies: Policies): CalendarDate | undefined {
  const entry: StepKindEntry = stepKinds[step.kind];
  return entry.deadline ? entry.deadline(step, policies) : (step.due ?? step.date);
}
