import { describe, expect, it } from 'vitest';
import { buildContext } from '../src/context.ts';
import { LOCALES } from '../src/messages/locales.ts';
import {
  linePath,
  overlapCost,
  PATH_STEPS,
  pathAccepts,
  recommendedPath,
  transferExpiresOn,
} from '../src/paths.ts';
import { CHANNELS, PATHS } from '../src/plan/enums.ts';
import type { Plan } from '../src/plan/schema.ts';
import { STEP_KINDS, stepTitle, timeline } from '../src/timeline.ts';
import { catalog } from './helpers/catalog.ts';
import { line, planFrom, planWith, transferLine, transferPlan } from './helpers/plan.ts';

const kinds = (plan: Plan) => timeline(plan, { catalog }).map((s) => s.id);

describe('which path a line takes', () => {
  it('defaults to re-provision', () => {
    expect(linePath(line())).toBe('reprovision');
    expect(linePath(transferLine())).toBe('partner-transfer');
  });

  it('accepts every channel for re-provision and only its own for the transfers', () => {
    for (const channel of CHANNELS) expect(pathAccepts('reprovision', channel)).toBe(true);
    expect(CHANNELS.filter((c) => pathAccepts('partner-transfer', c))).toEqual(['csp']);
    expect(CHANNELS.filter((c) => pathAccepts('channel-transfer', c))).toEqual(['enterprise-agreement']);
  });

  it('recommends a transfer for new-commerce CSP and the channel transfer for an agreement', () => {
    const plan = planWith(line());
    expect(recommendedPath({ channel: 'csp' }, plan)).toBe('partner-transfer');
    expect(recommendedPath({ channel: 'csp-legacy' }, plan)).toBe('reprovision');
    expect(recommendedPath({ channel: 'enterprise-agreement' }, plan)).toBe('channel-transfer');
    expect(recommendedPath({ channel: 'web-direct' }, plan)).toBe('reprovision');
    expect(recommendedPath({ channel: 'mca-e' }, plan)).toBe('reprovision');
  });

  it('does not recommend a transfer from a partner in another region', () => {
    const plan = planFrom((p) => {
      p.transfer = { sourcePartner: { name: 'Far Away KK', country: 'JP' } };
    });
    const [first] = buildContext(plan, { catalog }).lines;
    expect(recommendedPath(first as NonNullable<typeof first>, plan, catalog)).toBe('reprovision');
    expect(recommendedPath({ channel: 'csp' }, transferPlan(), catalog)).toBe('partner-transfer');
  });

  it('lists step kinds for every path that the timeline knows', () => {
    expect(Object.keys(PATH_STEPS).sort()).toEqual([...PATHS].sort());
    for (const kind of Object.values(PATH_STEPS).flat()) expect(STEP_KINDS).toContain(kind);
  });
});

describe('what a re-provision pays twice', () => {
  it('counts the days both subscriptions run, times the seats on both', () => {
    const [first] = buildContext(planWith(line({ target: { quantity: 40 } })), { catalog }).lines;
    // 2027-03-25 to 2027-03-31, both days included.
    expect(overlapCost(first as NonNullable<typeof first>)).toEqual({ days: 7, seats: 40, seatDays: 280 });
  });

  it('is nothing when the target starts after the source has ended', () => {
    const [first] = buildContext(planWith(line({ target: { provisionOn: '2027-04-05' } })), {
      catalog,
    }).lines;
    expect(overlapCost(first as NonNullable<typeof first>).seatDays).toBe(0);
  });
});

describe('timeline of a partner transfer', () => {
  it('runs relationship, request, approval, billing switch, with no purchase or reassignment', () => {
    const steps = timeline(transferPlan(), { catalog });
    expect(steps.map((s) => s.kind)).toEqual([
      'send-request',
      'acceptance',
      'agreement',
      'transfer-request',
      'transfer-approval',
      'billing-switch',
      'transfer-fallback',
    ]);
    expect(steps.find((s) => s.kind === 'transfer-request')?.date).toBe('2027-01-07');
  });

  it('expects the approval by the request expiry, and shows the fallback due at the term end', () => {
    const steps = timeline(transferPlan(), { catalog });
    const plan = transferPlan();
    expect(steps.find((s) => s.kind === 'transfer-approval')?.due).toBe(
      transferExpiresOn(plan, catalog.policies),
    );
    const fallback = steps.find((s) => s.kind === 'transfer-fallback');
    // Early enough to provision and move users before the term ends (transferFallbackLeadDays: 14).
    expect(fallback).toMatchObject({ id: 'transfer-fallback:e3', due: '2027-03-17', done: false });
    expect(fallback?.params).toMatchObject({ by: '2027-03-31', source: 'Northwind Cloud' });
  });

  // Issue 25 item 4: the request, the approval, the billing switch and the fallback were all due on
  // the last day of the term, leaving no time for an approval or for falling back.
  it('gives each transfer step the lead time it needs, not the last day of the term', () => {
    const plan = planWith(transferLine());
    plan.relationship = { reseller: 'requested', requestedOn: '2027-01-04', adminAccess: 'gdap' };
    const due = Object.fromEntries(timeline(plan, { catalog }).map((s) => [s.kind, s.due]));
    expect(due).toMatchObject({
      // The approval window (request expiry, 30 days) before the fallback must start.
      'transfer-request': '2027-02-15',
      'transfer-approval': '2027-03-17',
      'billing-switch': '2027-03-17',
      'transfer-fallback': '2027-03-17',
      // Accepting the relationship comes before the request can be created.
      acceptance: '2027-02-15',
    });
    expect(new Set(Object.values(due))).not.toContain('2027-03-31');
  });

  it('drops the fallback once the current partner has approved', () => {
    const plan = transferPlan();
    (plan.transfer as { approvedOn: string }).approvedOn = '2027-01-09';
    const steps = timeline(plan, { catalog });
    expect(steps.map((s) => s.id)).not.toContain('transfer-fallback:e3');
    expect(steps.find((s) => s.id === 'billing-switch:e3')).toMatchObject({ date: '2027-01-09', done: true });
  });

  it('keeps re-provisioned lines of the same plan as they were', () => {
    const plan = transferPlan(
      transferLine(),
      line({
        id: 'e1',
        offer: 'office-365-e1',
        channel: 'csp',
        path: 'reprovision',
        target: { offer: 'office-365-e1' },
      }),
    );
    expect(kinds(plan)).toEqual(
      expect.arrayContaining(['provision:e1', 'source-ends:e1', 'billing-switch:e3']),
    );
    expect(kinds(plan)).not.toContain('provision:e3');
  });

  it('still gives the request steps when the plan has no transfer section yet', () => {
    const plan = planWith(transferLine());
    const request = timeline(plan, { catalog }).find((s) => s.kind === 'transfer-request');
    expect(request).toMatchObject({ pointer: '/subscriptions/0/path', due: '2027-02-15' });
  });
});

describe('timeline of an Enterprise Agreement channel transfer', () => {
  it('schedules the CSP subscription before it starts', () => {
    const plan = planWith(
      line({
        channel: 'enterprise-agreement',
        path: 'channel-transfer',
        target: { provisionOn: '2027-03-31' },
      }),
    );
    const ids = kinds(plan);
    expect(ids.indexOf('schedule-channel-transfer:e3')).toBeLessThan(ids.indexOf('provision:e3'));
    const step = timeline(plan, { catalog }).find((s) => s.kind === 'schedule-channel-transfer');
    expect(step).toMatchObject({ due: '2027-03-31', params: { start: '2027-03-31', quantity: 50 } });
  });
});

it('words every path step in every locale', () => {
  const approved = transferPlan();
  (approved.transfer as { approvedOn: string }).approvedOn = '2027-01-09';
  const plans = [
    transferPlan(),
    approved,
    planWith(line({ channel: 'enterprise-agreement', path: 'channel-transfer' })),
    planWith(transferLine()),
  ];
  for (const plan of plans) {
    for (const step of timeline(plan, { catalog })) {
      for (const locale of LOCALES) expect(stepTitle(step, locale, catalog)).not.toMatch(/[{}?]|undefined/);
    }
  }
});
