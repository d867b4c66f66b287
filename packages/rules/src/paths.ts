import { endOfTermSteps } from './access.ts';
import type { Catalog, Policies } from './catalog/index.ts';
import type { Line, RuleContext } from './context.ts';
import { addDays, type CalendarDate, compareDates, daysBetween, isCalendarDate } from './dates.ts';
import { needsCredit, offersKnown } from './lines.ts';
import type { Localized } from './messages/locales.ts';
import { PATHS } from './plan/enums.ts';
import type { Channel, MovePath, Plan, Subscription } from './plan/schema.ts';
import { STEP_KINDS, type StepDraft, type StepKind, stepKinds } from './step-kinds.ts';

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

/** Which step kinds each path's lines use, for checklists that show a path's steps up front. */
export const PATH_STEPS = Object.fromEntries(
  PATHS.map((path) => [
    path,
    STEP_KINDS.filter((kind) => (stepKinds[kind] as { paths?: readonly MovePath[] }).paths?.includes(path)),
  ]),
) as unknown as Record<MovePath, readonly StepKind[]>;

/** How steps name the current partner when the plan has no transfer section yet. */
const CURRENT_PARTNER: Localized = { en: 'the current partner', 'zh-TW': '原合作夥伴' };

function earliest(dates: readonly (CalendarDate | undefined)[]): CalendarDate | undefined {
  let first: CalendarDate | undefined;
  for (const date of dates) if (date && (!first || compareDates(date, first) < 0)) first = date;
  return first;
}

/**
 * The last day the transfer of `line` can be approved and still leave time to fall back: the
 * `transferFallbackLeadDays` policy before the source ends. After it, the partner provisions the
 * subscription itself (partners are under no obligation to approve a transfer).
 */
export function fallbackFrom(line: Line, policies: Policies): CalendarDate {
  return addDays(line.sourceEnds, -policies.transferFallbackLeadDays);
}

/**
 * When the transfer request is created: its date once the plan records it, else the day it is due
 * by, so that the current partner has as long as a request stays open (`transferRequestExpiryDays`)
 * before the first line would have to fall back. Undefined when no line moves by partner transfer.
 */
export function transferRequestDay(
  context: RuleContext,
): { date: CalendarDate } | { due: CalendarDate } | undefined {
  const { plan, policies } = context;
  const lines = transferLines(context.lines);
  if (lines.length === 0) return undefined;
  const requestedOn = plan.transfer?.requestedOn;
  if (isCalendarDate(requestedOn)) return { date: requestedOn };
  const fallback = earliest(lines.map((line) => fallbackFrom(line, policies)));
  return fallback ? { due: addDays(fallback, -policies.transferRequestExpiryDays) } : undefined;
}

/** The request and the approval: one of each for the whole plan. */
function requestSteps(context: RuleContext, lines: readonly Line[]): StepDraft[] {
  const { plan } = context;
  const transfer = plan.transfer;
  const source = transfer?.sourcePartner.name ?? CURRENT_PARTNER;
  const requestedOn = isCalendarDate(transfer?.requestedOn) ? transfer.requestedOn : undefined;
  const approvedOn = isCalendarDate(transfer?.approvedOn) ? transfer.approvedOn : undefined;
  return [
    {
      kind: 'transfer-request',
      pointer: requestedOn ? '/transfer/requestedOn' : transfer ? '/transfer' : `${lines[0]?.pointer}/path`,
      params: { source, customer: plan.customer.name },
      ...transferRequestDay(context),
    },
    {
      kind: 'transfer-approval',
      pointer: approvedOn ? '/transfer/approvedOn' : transfer ? '/transfer' : `${lines[0]?.pointer}/path`,
      params: { source },
      ...(approvedOn ? { date: approvedOn } : withDue(approvalDue(context, lines))),
    },
  ];
}

/** The day the approval is due: before the request expires, and before the first line must fall back. */
function approvalDue({ plan, policies }: RuleContext, lines: readonly Line[]): CalendarDate | undefined {
  return earliest([transferExpiresOn(plan, policies), ...lines.map((line) => fallbackFrom(line, policies))]);
}

function withDue(due: CalendarDate | undefined): { due?: CalendarDate } {
  return due ? { due } : {};
}

function transferLineSteps(line: Line, context: RuleContext): StepDraft[] {
  const { plan, policies } = context;
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
      // Billing moves when the current partner approves.
      ...(approvedOn ? { date: approvedOn } : withDue(approvalDue(context, [line]))),
    },
  ];
  // Once approved there is nothing to fall back from; until then, falling back starts early enough to
  // provision the subscription and move users before the source ends.
  if (!approvedOn) {
    steps.push({
      ...base,
      kind: 'transfer-fallback',
      pointer: `${pointer}/termEnd`,
      params: { subscription: sub.id, offer: sub.offer, source, by: line.sourceEnds },
      due: fallbackFrom(line, policies),
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
 * A re-provision line's steps: buy the target, reassign licences, cancel or let the source end (the
 * end of its term comes from access.ts).
 */
function reprovisionSteps(line: Line, { catalog, plan }: RuleContext): StepDraft[] {
  const { sub, pointer, provisionOn } = line;
  const base = { subscription: sub.id };
  const offer = sub.offer;
  const steps: StepDraft[] = [];
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
  steps.push(...endOfTermSteps(line));
  return steps;
}

/** Each path's steps for one of its lines. */
const LINE_STEPS: Record<MovePath, (line: Line, context: RuleContext) => StepDraft[]> = {
  reprovision: reprovisionSteps,
  // No purchase and no licence reassignment: billing ownership changes hands.
  'partner-transfer': transferLineSteps,
  // Scheduled in Partner Center first, then what a re-provision does.
  'channel-transfer': (line, context) => [...scheduleStep(line), ...reprovisionSteps(line, context)],
};

/** The steps a path takes once for the whole plan, given the lines that take it. */
const PLAN_STEPS: Partial<Record<MovePath, (context: RuleContext, lines: readonly Line[]) => StepDraft[]>> = {
  'partner-transfer': requestSteps,
};

/** Every line's steps by its path, after the steps the paths take once for the plan. */
export function pathSteps(context: RuleContext): StepDraft[] {
  const steps: StepDraft[] = [];
  for (const path of PATHS) {
    const once = PLAN_STEPS[path];
    const lines = context.lines.filter((line) => linePath(line.sub) === path);
    if (once && lines.length > 0) steps.push(...once(context, lines));
  }
  for (const line of context.lines) steps.push(...LINE_STEPS[linePath(line.sub)](line, context));
  return steps;
}
