import type { RuleContext } from './context.ts';
import { type CalendarDate, compareDates, isCalendarDate } from './dates.ts';
import { transferRequestDay } from './paths.ts';
import type { StepDraft } from './step-kinds.ts';

// The steps of the reseller relationship and the Microsoft Customer Agreement: one of each for the
// whole plan, due by the first day the partner needs them: the first provisioning, or the partner
// transfer request (Partner Center creates one only for a customer who has accepted the relationship).

/** The first day the relationship is needed; undefined when the plan dates nothing that needs it. */
function neededBy(context: RuleContext): CalendarDate | undefined {
  const transfer = transferRequestDay(context);
  let first = transfer && ('date' in transfer ? transfer.date : transfer.due);
  for (const { provisionOn } of context.lines) {
    if (provisionOn && (!first || compareDates(provisionOn, first) < 0)) first = provisionOn;
  }
  return first;
}

/** The request, its acceptance and the agreement, each dated by the plan or due by the day they are needed. */
export function relationshipSteps(context: RuleContext): StepDraft[] {
  const { plan } = context;
  const { reseller, requestedOn, acceptedOn } = plan.relationship;
  const accepted = reseller === 'accepted';
  const first = neededBy(context);
  const by = first ? { due: first } : {};
  const steps: StepDraft[] = [];
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
