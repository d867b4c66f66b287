import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate.ts';
import type { Plan } from '../src/plan/schema.ts';
import { daysLeft, nextStepOf, planSteps } from '../src/steps.ts';
import { catalog, catalogWith } from './helpers/catalog.ts';
import { line, planFrom, planWith } from './helpers/plan.ts';

/**
 * A move three months out: nothing has been done yet. The first target is provisioned on 2027-03-01,
 * so the relationship request is due 14 days before (2027-02-15) and the acceptance and the agreement
 * by 2027-03-01.
 */
const threeMonthsOut: Plan = planFrom((p) => {
  p.asOf = '2026-12-01';
  p.customer.agreementAccepted = false;
  p.relationship = { reseller: 'not-requested', adminAccess: 'gdap', gdapExpiresOn: '2028-01-06' };
  p.subscriptions = [line({ target: { provisionOn: '2027-03-01' } })];
});

const states = (plan: Plan, today?: string) =>
  Object.fromEntries(
    planSteps(plan, { catalog, ...(today ? { today } : {}) }).map((s) => [s.id, [s.state, s.due]]),
  );

describe('a plan three months out', () => {
  it('is ready, and its next step is sending the relationship request by its due date', () => {
    const evaluation = evaluate(threeMonthsOut, { catalog });
    expect(evaluation.verdict).toBe('ready');
    expect(evaluation.nextStep).toEqual({
      id: 'send-request',
      kind: 'send-request',
      date: '2027-02-15',
      due: '2027-02-15',
      state: 'upcoming',
    });
    expect(evaluation.findings.map((f) => [f.rule, f.kind, f.severity, f.due])).toEqual([
      ['reseller-relationship-missing', 'step', 'info', '2027-02-15'],
      ['agreement-not-accepted', 'step', 'info', '2027-03-01'],
    ]);
  });

  it('is blocked by the overdue request when judged the day after it was due', () => {
    const evaluation = evaluate(threeMonthsOut, { catalog, today: '2027-02-16' });
    expect(evaluation.verdict).toBe('blocked');
    expect(evaluation.nextStep).toMatchObject({ id: 'send-request', state: 'overdue', date: '2027-02-15' });
    expect(evaluation.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.kind])).toEqual([
      ['reseller-relationship-missing', 'step'],
    ]);
  });

  it('gives every step a due date and a state', () => {
    expect(states(threeMonthsOut)).toEqual({
      'send-request': ['upcoming', '2027-02-15'],
      acceptance: ['upcoming', '2027-03-01'],
      agreement: ['upcoming', '2027-03-01'],
      'provision:e3': ['upcoming', '2027-03-01'],
      'source-ends:e3': ['upcoming', '2027-03-31'],
    });
  });

  it('takes the request lead time from the policies', () => {
    const steps = planSteps(threeMonthsOut, { catalog: catalogWith({ relationshipRequestLeadDays: 30 }) });
    expect(steps.find((s) => s.id === 'send-request')?.due).toBe('2027-01-30');
  });
});

describe('planSteps', () => {
  it('counts a deed as done when the plan records it, and what happens by itself once its date passed', () => {
    expect(states(planWith(line({ done: ['provision'] })), '2027-04-01')).toMatchObject({
      'send-request': ['done', '2027-01-04'],
      acceptance: ['done', '2027-01-06'],
      'provision:e3': ['done', '2027-03-25'],
      'source-ends:e3': ['done', '2027-03-31'],
    });
  });

  // Issue 25 item 2: a term that ended months ago gave "provision … (done)" although nothing recorded it.
  it('asks about a deed whose date has passed without a record: it is overdue, not done', () => {
    const plan = planWith(line({ endOfTerm: 'cancel-at-term-end', channel: 'csp' }));
    expect(states(plan, '2027-03-26')).toMatchObject({
      'provision:e3': ['overdue', '2027-03-25'],
      'choose-end-of-term:e3': ['overdue', '2027-03-25'],
      'source-ends:e3': ['upcoming', '2027-03-31'],
    });
    const recorded = planWith(
      line({ endOfTerm: 'cancel-at-term-end', channel: 'csp', done: ['provision', 'choose-end-of-term'] }),
    );
    expect(states(recorded, '2027-03-26')).toMatchObject({
      'provision:e3': ['done', '2027-03-25'],
      'choose-end-of-term:e3': ['done', '2027-03-25'],
    });
  });

  it('keeps turning auto-renew off open while the plan says the line renews, whatever the date', () => {
    const plan = planWith(line({ endOfTerm: 'renew' }));
    expect(states(plan, '2027-03-30')['choose-end-of-term:e3']).toEqual(['upcoming', '2027-03-31']);
    expect(states(plan, '2027-04-01')['choose-end-of-term:e3']).toEqual(['overdue', '2027-03-31']);
  });

  it('adds granting admin access only when the plan has none and a line needs it', () => {
    const upgrade = line({ offer: 'office-365-e1', target: { offer: 'office-365-e3' } });
    const none = planFrom((p) => {
      p.relationship.adminAccess = 'none';
      p.subscriptions = [upgrade];
    });
    expect(states(none)['grant-admin-access']).toEqual(['upcoming', '2027-03-25']);
    expect(states(planWith(upgrade))['grant-admin-access']).toBeUndefined();
  });

  it('puts the overdue step first when choosing the next one', () => {
    const plan = planFrom((p) => {
      p.subscriptions = [
        line({ endOfTerm: 'renew', termEnd: '2027-02-28', target: { provisionOn: '2027-05-01' } }),
      ];
    });
    const steps = planSteps(plan, { catalog, today: '2027-03-05' });
    expect(nextStepOf(steps)).toMatchObject({
      id: 'choose-end-of-term:e3',
      state: 'overdue',
      date: '2027-02-28',
    });
  });

  it('has no next step once everything is done', () => {
    const plan = planWith(line({ done: ['provision'] }));
    expect(nextStepOf(planSteps(plan, { catalog, today: '2028-01-01' }))).toBeUndefined();
    expect(nextStepOf(planSteps(planWith(line()), { catalog, today: '2028-01-01' }))).toMatchObject({
      id: 'provision:e3',
      state: 'overdue',
    });
  });

  it('counts days left, negative once passed', () => {
    expect(daysLeft('2027-02-15', '2027-02-10')).toBe(5);
    expect(daysLeft('2027-02-15', '2027-02-16')).toBe(-1);
  });
});
