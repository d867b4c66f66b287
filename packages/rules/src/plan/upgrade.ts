import type { EndOfTerm, Plan, Subscription } from './schema.ts';
import type { PlanV1, SubscriptionV1 } from './schema-v1.ts';

/**
 * How a version 1 plan reads in version 2. Version 1 said how the source ends with two fields; version 2
 * names the end-of-term choice that Microsoft offers since 2026:
 *
 * | version 1                              | version 2                  |
 * | -------------------------------------- | -------------------------- |
 * | `exit: cancel`, `cancelOn: D`          | `endOfTerm: cancel`, `cancelOn: D` |
 * | `exit: expire`, `autoRenew: true`      | `endOfTerm: renew`         |
 * | `exit: expire`, `autoRenew: false`     | `endOfTerm: auto-renew-off` |
 *
 * Everything else keeps its name and meaning; every line's path is `reprovision`, the only path version 1
 * knew. What `auto-renew-off` leads to depends on the channel and the dates (a paid extended service term
 * for most CSP subscriptions since May 2026): the rules decide that, not this mapping.
 */
export function endOfTermOfV1(sub: Pick<SubscriptionV1, 'exit' | 'autoRenew'>): EndOfTerm {
  if (sub.exit === 'cancel') return 'cancel';
  return sub.autoRenew ? 'renew' : 'auto-renew-off';
}

function upgradeSubscription(sub: SubscriptionV1): Subscription {
  const { autoRenew: _autoRenew, exit: _exit, ...rest } = sub;
  return { ...rest, endOfTerm: endOfTermOfV1(sub) };
}

/** Reads a schema-valid version 1 plan as version 2 (see `endOfTermOfV1` for the mapping). */
export function upgradeV1(plan: PlanV1): Plan {
  const { version: _version, ...rest } = plan;
  return { ...rest, version: 2, subscriptions: plan.subscriptions.map(upgradeSubscription) } as Plan;
}

const END_OF_TERM_POINTER = /^\/subscriptions\/(\d+)\/endOfTerm$/;

/**
 * Where a version 2 pointer points in the version 1 file it was upgraded from: the end-of-term choice is
 * `exit` for a cancellation and `autoRenew` otherwise; every other pointer is the same in both versions.
 */
export function pointerInV1(pointer: string, plan: PlanV1): string {
  const match = END_OF_TERM_POINTER.exec(pointer);
  if (!match) return pointer;
  const sub = plan.subscriptions[Number(match[1])];
  const field = sub?.exit === 'cancel' ? 'exit' : 'autoRenew';
  return `/subscriptions/${match[1]}/${field}`;
}
