import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../src/catalog/index.ts';
import { LOCALES } from '../src/messages/locales.ts';
import { STEP_KINDS, type Step, stepKinds, stepTitle } from '../src/step-kinds.ts';
import { timeline } from '../src/timeline.ts';
import { catalog } from './helpers/catalog.ts';
import { loadExamples } from './helpers/examples.ts';
import { basePlan, line, planFrom, planWith } from './helpers/plan.ts';

const steps = (plan = basePlan(), today?: string) => timeline(plan, { catalog, ...(today ? { today } : {}) });
const shape = (list: Step[]) => list.map((s) => [s.id, s.date ?? s.due ?? null]);

describe('timeline', () => {
  it('orders the steps of a clean move by date', () => {
    expect(shape(steps())).toEqual([
      ['send-request', '2027-01-04'],
      ['acceptance', '2027-01-06'],
      ['agreement', '2027-01-06'],
      ['provision:e3', '2027-03-25'],
      ['source-ends:e3', '2027-03-31'],
    ]);
  });

  it('points every step at the plan node it comes from', () => {
    expect(steps().map((s) => s.pointer)).toEqual([
      '/relationship/requestedOn',
      '/relationship/acceptedOn',
      '/customer/agreementAccepted',
      '/subscriptions/0/target/provisionOn',
      '/subscriptions/0/termEnd',
    ]);
  });

  it('marks what the plan says has happened by the evaluation date', () => {
    expect(steps().map((s) => [s.kind, s.done])).toEqual([
      ['send-request', true],
      ['acceptance', true],
      ['agreement', true],
      ['provision', false],
      ['source-ends', false],
    ]);
    expect(
      steps(basePlan(), '2027-04-01')
        .filter((s) => s.done)
        .map((s) => s.kind),
    ).toContain('source-ends');
  });

  it('puts the relationship steps a plan has not dated yet before the first provisioning', () => {
    const plan = planFrom((p) => {
      p.relationship = { reseller: 'not-requested', adminAccess: 'none' };
      p.customer.agreementAccepted = false;
    });
    const list = steps(plan);
    expect(shape(list).slice(0, 4)).toEqual([
      ['send-request', '2027-03-25'],
      ['acceptance', '2027-03-25'],
      ['agreement', '2027-03-25'],
      ['provision:e3', '2027-03-25'],
    ]);
    expect(list.slice(0, 3).every((s) => s.date === undefined && !s.done)).toBe(true);
  });

  it('orders an accepted agreement without a date by the first provisioning', () => {
    const plan = planFrom((p) => {
      p.relationship = { reseller: 'requested', requestedOn: '2027-01-04', adminAccess: 'none' };
    });
    expect(steps(plan).find((s) => s.kind === 'agreement')).toMatchObject({ due: '2027-03-25', done: true });
    expect(shape(steps(plan)).map(([id]) => id)).toEqual([
      'send-request',
      'acceptance',
      'agreement',
      'provision:e3',
      'source-ends:e3',
    ]);
  });

  it('adds reassignment for a different offer, due by the last day of access', () => {
    const list = steps(
      planWith(line({ billingAccount: 'mosa', offer: 'office-365-e1', target: { offer: 'office-365-e3' } })),
    );
    const reassign = list.find((s) => s.kind === 'reassign-licences');
    expect(reassign).toMatchObject({
      id: 'reassign-licences:e3',
      date: '2027-03-25',
      pointer: '/subscriptions/0/target/offer',
      params: { from: 'office-365-e1', to: ['office-365-e3'], by: '2027-04-30' },
    });
    expect(list.map((s) => s.kind).indexOf('reassign-licences')).toBe(
      list.map((s) => s.kind).indexOf('provision') + 1,
    );
  });

  it('does not reassign for the same offer under its old name', () => {
    const plan = planWith(
      line({ offer: 'office-365-business-premium', target: { offer: 'microsoft-365-business-standard' } }),
    );
    expect(steps(plan).map((s) => s.kind)).not.toContain('reassign-licences');
  });

  it('asks to turn off auto-renew once the target exists, before the term ends', () => {
    const list = steps(planWith(line({ billingAccount: 'mosa', endOfTerm: 'renew' })));
    expect(list.find((s) => s.kind === 'turn-off-auto-renew')).toMatchObject({
      date: '2027-03-25',
      pointer: '/subscriptions/0/endOfTerm',
      params: { by: '2027-03-31' },
    });
    const late = steps(
      planWith(line({ billingAccount: 'mosa', endOfTerm: 'renew', target: { provisionOn: '2027-04-05' } })),
    );
    expect(late.find((s) => s.kind === 'turn-off-auto-renew')?.date).toBe('2027-03-31');
  });

  it('ends a cancelled direct purchase with the cancellation and the credit request', () => {
    const plan = planWith(
      line({
        billingAccount: 'mosa',
        endOfTerm: 'cancel',
        cancelOn: '2027-03-20',
        target: { provisionOn: '2027-03-18' },
      }),
    );
    expect(shape(steps(plan)).slice(3)).toEqual([
      ['provision:e3', '2027-03-18'],
      ['cancel:e3', '2027-03-20'],
      ['request-credit:e3', '2027-03-20'],
    ]);
    expect(steps(plan).find((s) => s.kind === 'request-credit')?.variant).toBeUndefined();
    plan.relationship.adminAccess = 'none';
    expect(steps(plan).find((s) => s.kind === 'request-credit')?.variant).toBe('customer');
  });

  it('has no grace period step for a channel without one', () => {
    const kinds = steps(planWith(line({ channel: 'other' }))).map((s) => s.kind);
    expect(kinds).toContain('source-ends');
    expect(kinds).not.toContain('grace-ends');
  });

  it('counts the grace period across 29 February', () => {
    const list = steps(
      planWith(
        line({ billingAccount: 'mosa', termEnd: '2028-02-29', target: { provisionOn: '2028-02-25' } }),
      ),
    );
    expect(list.find((s) => s.kind === 'grace-ends')).toMatchObject({
      date: '2028-03-30',
      params: { days: 30 },
    });
  });

  it('gives an Enterprise Agreement its 90 free days', () => {
    const list = steps(planWith(line({ channel: 'enterprise-agreement' })));
    expect(list.find((s) => s.kind === 'grace-ends')).toMatchObject({
      date: '2027-06-29',
      params: { days: 90 },
    });
  });

  it('draws a CSP source that slides into a paid extended term, with no grace period', () => {
    const list = steps(planWith(line({ channel: 'csp', target: { provisionOn: '2027-04-14' } })));
    expect(shape(list).slice(3)).toEqual([
      ['source-ends:e3', '2027-03-31'],
      ['extended-term-starts:e3', '2027-04-01'],
      ['provision:e3', '2027-04-14'],
    ]);
    expect(list.find((s) => s.kind === 'extended-term-starts')).toMatchObject({
      pointer: '/subscriptions/0/endOfTerm',
      params: { quantity: 50, factor: '1.03', noMonthlyFactor: '1.23' },
    });
    expect(list.find((s) => s.kind === 'extended-term-starts')?.variant).toBeUndefined();
  });

  it('draws a chosen extended term: the choice, its start and its cancellation', () => {
    const plan = planWith(
      line({
        billingAccount: 'mca',
        endOfTerm: 'extended-term',
        extendedUntil: '2027-04-15',
        target: { provisionOn: '2027-04-10' },
      }),
    );
    const list = steps(plan);
    expect(shape(list).slice(3)).toEqual([
      ['choose-end-of-term:e3', '2027-03-31'],
      ['source-ends:e3', '2027-03-31'],
      ['extended-term-starts:e3', '2027-04-01'],
      ['provision:e3', '2027-04-10'],
      ['cancel-extended-term:e3', '2027-04-15'],
    ]);
    expect(list.find((s) => s.kind === 'choose-end-of-term')?.variant).toBe('extendedTerm');
    expect(list.find((s) => s.kind === 'extended-term-starts')?.variant).toBe('customer');
    expect(list.find((s) => s.kind === 'cancel-extended-term')).toMatchObject({
      pointer: '/subscriptions/0/extendedUntil',
      params: { days: 15 },
    });
  });

  it('asks for cancel at term end, not just auto-renew off, where extended terms apply', () => {
    const cancelAtEnd = steps(planWith(line({ channel: 'csp', endOfTerm: 'cancel-at-term-end' })));
    expect(cancelAtEnd.find((s) => s.kind === 'choose-end-of-term')).toMatchObject({
      date: '2027-03-25',
      params: { by: '2027-03-31' },
    });
    expect(cancelAtEnd.map((s) => s.kind)).not.toContain('grace-ends');
    const renews = steps(planWith(line({ channel: 'csp', endOfTerm: 'renew' }))).map((s) => s.kind);
    expect(renews).toContain('choose-end-of-term');
    expect(renews).not.toContain('turn-off-auto-renew');
  });

  it('keeps same-day steps in step order, then line order', () => {
    const plan = planWith(
      line({ id: 'a', endOfTerm: 'cancel', cancelOn: '2027-03-25', channel: 'csp' }),
      line({ id: 'b', offer: 'office-365-e1', target: { offer: 'office-365-e3' } }),
    );
    const sameDay = steps(plan)
      .filter((s) => s.date === '2027-03-25')
      .map((s) => s.id);
    expect(sameDay).toEqual(['provision:a', 'provision:b', 'reassign-licences:b', 'cancel:a']);
  });

  it('gives every step a unique id, even for duplicate line ids', () => {
    const ids = steps(planWith(line(), line())).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('provision:e3:2');
  });
});

describe('step titles', () => {
  it('has a label in every locale for every kind', () => {
    for (const kind of STEP_KINDS) {
      for (const locale of LOCALES) expect(stepKinds[kind].labels.default[locale], kind).not.toBe('');
    }
  });

  it('renders every step of every example in every locale', () => {
    const real = defaultCatalog();
    for (const example of loadExamples()) {
      for (const step of timeline(example.plan, { catalog: real })) {
        for (const locale of LOCALES) {
          const labels: Record<string, Record<string, string>> = stepKinds[step.kind].labels;
          const label = (step.variant ? labels[step.variant] : labels.default)?.[locale] ?? '';
          for (const [, name] of label.matchAll(/\{([A-Za-z0-9_]+)(?::[a-z]+)?\}/g)) {
            expect(step.params, `${step.id}: {${name}}`).toHaveProperty(name as string);
          }
          const title = stepTitle(step, locale, real);
          expect(title.trim(), `${example.name} ${step.id} ${locale}`).not.toBe('');
          expect(title, `${example.name} ${step.id} ${locale}`).not.toMatch(/[{}]|undefined/);
        }
      }
    }
  });

  it('names offers by their catalog names', () => {
    const [provision] = steps().filter((s) => s.kind === 'provision');
    expect(stepTitle(provision as Step, 'en', catalog)).toContain('Office 365 E3 (office-365-e3)');
    expect(stepTitle(provision as Step, 'zh-TW', catalog)).toContain('數量 50');
  });
});
