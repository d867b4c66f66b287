import { defaultCatalog } from '@csp-move/rules/catalog';
import { validateText } from '@csp-move/validator/browser';
import { describe, expect, it } from 'vitest';
import { checkState } from '../../src/components/checker/check.ts';
import type { PlanExport } from '../../src/components/checker/export-plan.ts';
import { restoreState } from '../../src/components/checker/restore.ts';
import { type CheckerState, defaultState, exampleState } from '../../src/components/checker/state.ts';
import { planToYaml } from '../../src/components/checker/yaml.ts';

/**
 * The checker exports only what the user entered (issue 25, item 6): a complete form is the plan, a form
 * whose only gaps are unanswered questions a plan may leave open is the plan with `to-fill-in` there (which
 * the CLI reads as a plan with gaps), and anything else is not exported, with the fields named.
 */

const TODAY = '2027-01-10';
const catalog = defaultCatalog();

const exported = (state: CheckerState): PlanExport => checkState(state, catalog).export;

/** Everything but the choices a plan may leave to fill in: a line described, its decisions not taken. */
function undecided(): CheckerState {
  const state = exampleState(TODAY, 'en');
  Object.assign(state.partner, { country: '' });
  Object.assign(state.relationship, { reseller: '', adminAccess: '' });
  Object.assign(state.subscriptions[0] as CheckerState['subscriptions'][number], {
    channel: '',
    endOfTerm: '',
    billingAccount: '',
  });
  return state;
}

describe('what the checker exports', () => {
  it('the empty start exports nothing, and names what to fill in first', () => {
    const out = exported(defaultState(TODAY));
    expect(out.kind).toBe('blocked');
    // A line's licences cannot be left "to fill in" in a plan file: they are asked for first.
    expect(out).toEqual({ kind: 'blocked', missing: ['/subscriptions/0/quantity'] });
    expect(checkState(defaultState(TODAY), catalog).verdict).toBe('invalid');
  });

  it('a form with unanswered choices exports what was entered, the rest as to-fill-in', () => {
    const out = exported(undecided());
    expect(out.kind).toBe('partial');
    if (out.kind !== 'partial') return;
    expect(out.toFill).toEqual([
      '/partner/country',
      '/relationship/reseller',
      '/relationship/adminAccess',
      '/subscriptions/0/channel',
      '/subscriptions/0/endOfTerm',
    ]);
    const plan = out.plan as { partner: object; subscriptions: Record<string, unknown>[] };
    expect(plan.partner).toEqual({ name: 'Contoso IT Services', country: 'to-fill-in' });
    expect(plan.subscriptions[0]?.channel).toBe('to-fill-in');
    // An optional choice not answered is left out, not filled in for the user.
    expect(plan.subscriptions[0]).not.toHaveProperty('billingAccount');
  });

  it('the partial export is a plan with gaps that the validator reads, naming each gap', () => {
    const out = exported(undecided());
    if (out.kind !== 'partial') throw new Error(out.kind);
    const text = planToYaml(out.plan as never);
    const result = validateText(text, { path: 'fabrikam.plan.yaml', locale: 'en' });
    // Valid, only incomplete: a gap for each unanswered question and nothing else (the relationship is
    // one of them, so the rules wait for it).
    expect(result.diagnostics.map((d) => [d.rule, d.pointer])).toEqual(
      [
        '/partner/country',
        '/relationship/reseller',
        '/relationship/adminAccess',
        '/subscriptions/0/channel',
        '/subscriptions/0/endOfTerm',
      ].map((p) => ['to-fill-in', p]),
    );
    expect(text).toContain('  country: to-fill-in\n');
  });

  it('a target the form only filled in from its source is left to fill in; one the user edited is asked for', () => {
    const state = exampleState(TODAY, 'en');
    const line = state.subscriptions[0] as CheckerState['subscriptions'][number];
    line.offer = '';
    line.target.offer = [''];
    const followed = exported(state);
    expect(followed.kind).toBe('partial');
    expect(
      followed.kind === 'partial' && (followed.plan.subscriptions as Record<string, unknown>[])[0],
    ).toMatchObject({ offer: 'to-fill-in', target: 'to-fill-in' });
    line.target.assignOn = '2027-03-01';
    const edited = exported(state);
    expect(edited).toEqual({ kind: 'blocked', missing: ['/subscriptions/0/target/offer/0'] });
  });

  it('a value not in the expected form keeps the export back', () => {
    const state = undecided();
    state.customer.tenantId = 'not-a-guid';
    expect(exported(state)).toEqual({
      kind: 'blocked',
      missing: expect.arrayContaining(['/customer/tenantId']),
    });
  });

  it('a complete form exports the plan itself', () => {
    const state = exampleState(TODAY, 'en');
    const out = exported(state);
    expect(out.kind).toBe('complete');
  });
});

describe('restoring never answers for the user', () => {
  it('a saved form with unanswered choices comes back with them unanswered', () => {
    const saved = undecided();
    const { state, dropped } = restoreState(JSON.parse(JSON.stringify(saved)), TODAY);
    expect(dropped).toEqual([]);
    expect(state).toEqual(saved);
  });

  it('a plan without its choices is not given any', () => {
    const { state } = restoreState({ partner: { name: 'Contoso' }, subscriptions: [{ id: 'a' }] }, TODAY);
    expect(state.partner.country).toBe('');
    expect(state.customer.country).toBe('');
    expect(state.relationship).toMatchObject({ reseller: '', adminAccess: '' });
    expect(state.subscriptions[0]).toMatchObject({ channel: '', endOfTerm: '', offer: '', quantity: '' });
  });

  it("a line's done list and subscription id come back as the form holds them, and export again", () => {
    const plan = {
      subscriptions: [
        { id: 'a', subscriptionId: '43d26afe-cb98-48b9-acc4-ae3ef2ac6c51', done: ['provision'] },
      ],
    };
    const { state, dropped } = restoreState(plan, TODAY);
    expect(dropped).toEqual([]);
    expect(state.subscriptions[0]).toMatchObject({
      subscriptionId: '43d26afe-cb98-48b9-acc4-ae3ef2ac6c51',
      done: 'provision',
    });
    const full = exampleState(TODAY, 'en');
    Object.assign(full.subscriptions[0] as object, { done: 'provision, cancel', subscriptionId: 'abc' });
    const out = exported(full);
    expect(out.kind === 'complete' && out.plan.subscriptions[0]).toMatchObject({
      subscriptionId: 'abc',
      done: ['provision', 'cancel'],
    });
  });

  it('a done list naming a step a plan cannot record is not exported', () => {
    const full = exampleState(TODAY, 'en');
    Object.assign(full.subscriptions[0] as object, { done: 'provision, celebrate' });
    expect(exported(full)).toEqual({ kind: 'blocked', missing: ['/subscriptions/0/done'] });
  });
});
