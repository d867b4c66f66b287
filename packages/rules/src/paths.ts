import type { Catalog, Policies } from './catalog/index.ts';
import { addDays, type CalendarDate, compareDates, daysBetween, isCalendarDate } from './dates.ts';
import type { Localized } from './messages/locales.ts';
import type { Channel, MovePath, Plan, Subscription } from './plan/schema.ts';
import type { Line, RuleContext } from './rules/types.ts';
import type { Step, StepKind } from './timeline.ts';

// The three ways a subscription line can move (DESIGN §9): re-provision (buy new in CSP, let the
// source end), partner transfer (the current CSP partner hands the new-commerce subscription over;
// billing ownership changes, nothing is bought again) and EA channel transfer (CSP subscriptions
// scheduled in Partner Center to start when the Enterprise Agreement ends). This module decides the
// path of a line, which path fits a source channel, and the steps each path adds to the timeline.

/** The path a line takes: its `path`, or re-provision when the plan does not say. */
export function linePath(sub: Pick<Subscription, 'path'>): MovePath {
  return sub.path ?? 'reprovision';
}

/** The source channels each path can move. Re-provision works from any channel. */
export const PATH_CHANNELS: Record<MovePath, readonly Channel[] | 'any'> = {
  reprovision: 'any',
  // New commerce only: web direct, volume licensing and legacy CSP offers cannot be transferred.
  'partner-transfer': ['csp'],
  'channel-transfer': ['enterprise-agreement'],
};

/** True when `path` can move a subscription bought through `channel`. */
export function pathAccepts(path: MovePath, channel: Channel): boolean {
  const channels = PATH_CHANNELS[path];
  return channels === 'any' || channels.includes(channel);
}

/** The path csp-move proposes for a source channel, before anything else about the plan is known. */
export const RECOMMENDED_PATH: Record<Channel, MovePath> = {
  'web-direct': 'reprovision',
  csp: 'partner-transfer',
  // Legacy CSP subscriptions were moved to new commerce at renewal; what is still legacy cannot be transferred.
  'csp-legacy': 'reprovision',
  'enterprise-agreement': 'channel-transfer',
  'mca-e': 'reprovision',
  open: 'reprovision',
  other: 'reprovision',
};

/** True when the partner and the current partner named in `transfer` are in the same CSP region. */
export function sameTransferRegion(plan: Plan, catalog: Catalog): boolean | undefined {
  const source = plan.transfer?.sourcePartner.country;
  if (!source) return undefined;
  const a = catalog.market(plan.partner.country);
  const b = catalog.market(source);
  if (!a || !b) return undefined;
  return a.region.id === b.region.id;
}

/**
 * The path csp-move recommends for one subscription of the plan: by its channel, except that a
 * partner transfer is not proposed when the plan names a current partner in another CSP region
 * (known only with a catalog).
 */
export function recommendedPath(
  line: Pick<Subscription, 'channel'> | Pick<Line, 'sub'>,
  plan: Plan,
  catalog?: Catalog,
): MovePath {
  const channel = 'sub' in line ? line.sub.channel : line.channel;
  const path = RECOMMENDED_PATH[channel];
  if (path === 'partner-transfer' && catalog && sameTransferRegion(plan, catalog) === false) {
    return 'reprovision';
  }
  return path;
}

/** The lines of the plan that move by partner transfer. */
export function transferLines(lines: readonly Line[]): Line[] {
  return lines.filter((line) => linePath(line.sub) === 'partner-transfer');
}

/**
 * The last day a pending transfer request is treated as open: its creation date plus the
 * `transferRequestExpiryDays` policy. Undefined while the request is not created.
 */
export function transferExpiresOn(plan: Plan, policies: Policies): CalendarDate | undefined {
  const requestedOn = plan.transfer?.requestedOn;
  return isCalendarDate(requestedOn) ? addDays(requestedOn, policies.transferRequestExpiryDays) : undefined;
}

/**
 * What a re-provision of the line pays twice and a transfer would not: the days both the source
 * (paid to `sourceEnds`) and the target (paid from `provisionOn`) run, times the seats on both.
 */
export function overlapCost(line: Line): { days: number; seats: number; seatDays: number } {
  const { provisionOn, sourceEnds } = line;
  const days = provisionOn ? Math.max(0, daysBetween(provisionOn, sourceEnds) + 1) : 0;
  const seats = Math.min(line.sub.quantity, line.sub.target.quantity);
  return { days, seats, seatDays: days * seats };
}

/** The kinds of step the paths add to a timeline, in their same-day order. */
export const PATH_STEP_KINDS = [
  'schedule-channel-transfer',
  'transfer-request',
  'transfer-approval',
  'billing-switch',
  'transfer-fallback',
] as const;

/** Which step kinds each path's lines use, for checklists that show a path's steps up front. */
export const PATH_STEPS: Record<MovePath, readonly StepKind[]> = {
  reprovision: [
    'provision',
    'reassign-licences',
    'turn-off-auto-renew',
    'cancel',
    'source-ends',
    'grace-ends',
  ],
  'partner-transfer': ['transfer-request', 'transfer-approval', 'billing-switch', 'transfer-fallback'],
  'channel-transfer': ['schedule-channel-transfer', 'provision', 'reassign-licences', 'source-ends'],
};

/** Step titles of the path steps; `{name}` inserts a param as in rule messages. */
export const PATH_STEP_LABELS: Record<
  (typeof PATH_STEP_KINDS)[number],
  { default: Localized } & Record<string, Localized>
> = {
  'schedule-channel-transfer': {
    default: {
      en: 'Line "{subscription}": in Partner Center, schedule {offers:offers}, quantity {quantity}, to start on {start:date}, when the Enterprise Agreement subscription ends',
      'zh-TW':
        '訂閱「{subscription}」：在合作夥伴中心排定 {offers:offers}（數量 {quantity}）於 {start:date} 開始，也就是 Enterprise 合約訂閱結束時',
    },
  },
  'transfer-request': {
    default: {
      en: 'Create the partner transfer request to {source} in Partner Center; {customer} gets an email about it',
      'zh-TW': '在合作夥伴中心向 {source} 建立合作夥伴間移轉要求；{customer} 會收到通知郵件',
    },
  },
  'transfer-approval': {
    default: {
      en: 'Approval: {source} selects the subscriptions and approves the transfer',
      'zh-TW': '核准：{source} 選取要移轉的訂閱並核准移轉',
    },
  },
  'billing-switch': {
    default: {
      en: 'Line "{subscription}": you take over the billing of {offer:offer}, quantity {quantity}; users keep their licences',
      'zh-TW': '訂閱「{subscription}」：{offer:offer}（數量 {quantity}）改由您計費；使用者的授權指派不變',
    },
  },
  'transfer-fallback': {
    default: {
      en: 'Line "{subscription}": if {source} has not approved the transfer, provision {offer:offer} yourself and move users before its term ends on {by:date}',
      'zh-TW':
        '訂閱「{subscription}」：若 {source} 仍未核准移轉，請自行佈建 {offer:offer}，並在原訂閱於 {by:date} 期滿前把使用者移過來',
    },
  },
};

/** A step before it gets its id; `done` defaults to "dated before today". */
export type StepDraft = Omit<Step, 'id' | 'done'> & { done?: boolean };

/** How steps name the current partner when the plan has no transfer section yet. */
const CURRENT_PARTNER: Localized = { en: 'the current partner', 'zh-TW': '原合作夥伴' };

function earliest(dates: readonly (CalendarDate | undefined)[]): CalendarDate | undefined {
  let first: CalendarDate | undefined;
  for (const date of dates) if (date && (!first || compareDates(date, first) < 0)) first = date;
  return first;
}

/** The request and the approval: one of each for the whole plan. */
function requestSteps(context: RuleContext, lines: readonly Line[]): StepDraft[] {
  const { plan, policies } = context;
  const transfer = plan.transfer;
  const source = transfer?.sourcePartner.name ?? CURRENT_PARTNER;
  // The term end that comes first is the latest day the transfer can still replace a re-provision.
  const termEnds = earliest(lines.map((line) => line.sourceEnds));
  const requestedOn = isCalendarDate(transfer?.requestedOn) ? transfer.requestedOn : undefined;
  const approvedOn = isCalendarDate(transfer?.approvedOn) ? transfer.approvedOn : undefined;
  const approvalDue = earliest([transferExpiresOn(plan, policies), termEnds]);
  return [
    {
      kind: 'transfer-request',
      pointer: requestedOn ? '/transfer/requestedOn' : transfer ? '/transfer' : `${lines[0]?.pointer}/path`,
      params: { source, customer: plan.customer.name },
      ...(requestedOn ? { date: requestedOn } : termEnds ? { due: termEnds } : {}),
    },
    {
      kind: 'transfer-approval',
      pointer: approvedOn ? '/transfer/approvedOn' : transfer ? '/transfer' : `${lines[0]?.pointer}/path`,
      params: { source },
      ...(approvedOn ? { date: approvedOn } : approvalDue ? { due: approvalDue } : {}),
    },
  ];
}

function transferLineSteps(line: Line, plan: Plan): StepDraft[] {
  const { sub, pointer } = line;
  const source = plan.transfer?.sourcePartner.name ?? CURRENT_PARTNER;
  const approvedOn = isCalendarDate(plan.transfer?.approvedOn) ? plan.transfer.approvedOn : undefined;
  const base = { subscription: sub.id };
  const steps: StepDraft[] = [
    {
      ...base,
      kind: 'billing-switch',
      pointer: approvedOn ? '/transfer/approvedOn' : `${pointer}/path`,
      params: { subscription: sub.id, offer: sub.offer, quantity: sub.quantity },
      ...(approvedOn ? { date: approvedOn } : { due: line.sourceEnds }),
    },
  ];
  // Once approved there is nothing to fall back from.
  if (!approvedOn) {
    steps.push({
      ...base,
      kind: 'transfer-fallback',
      pointer: `${pointer}/termEnd`,
      params: { subscription: sub.id, offer: sub.offer, source, by: line.sourceEnds },
      due: line.sourceEnds,
    });
  }
  return steps;
}

function scheduleStep(line: Line): StepDraft[] {
  const { sub, pointer, provisionOn } = line;
  if (!provisionOn) return [];
  return [
    {
      subscription: sub.id,
      kind: 'schedule-channel-transfer',
      pointer: `${pointer}/path`,
      params: {
        subscription: sub.id,
        offers: line.targets,
        quantity: sub.target.quantity,
        start: provisionOn,
      },
      // Scheduled ahead, at the latest by the day the agreement's subscription ends.
      due: earliest([provisionOn, sub.termEnd]) as CalendarDate,
    },
  ];
}

/**
 * Every line's steps by its path: `ordinary` gives a re-provision line's steps; a partner-transfer
 * line gets the transfer steps instead (no purchase, no licence reassignment), and an EA
 * channel-transfer line gets a scheduling step before its ordinary ones.
 */
export function pathSteps(context: RuleContext, ordinary: (line: Line) => StepDraft[]): StepDraft[] {
  const transferred = transferLines(context.lines);
  const steps: StepDraft[] = transferred.length > 0 ? requestSteps(context, transferred) : [];
  for (const line of context.lines) {
    const path = linePath(line.sub);
    if (path === 'partner-transfer') steps.push(...transferLineSteps(line, context.plan));
    else {
      if (path === 'channel-transfer') steps.push(...scheduleStep(line));
      steps.push(...ordinary(line));
    }
  }
  return steps;
}
