import { describe, expect, it } from 'vitest';
import { type AccessReason, accessOf, estRegime } from '../src/access.ts';
import { addDays } from '../src/dates.ts';
import type { Channel, EndOfTerm } from '../src/plan/schema.ts';
import { catalog } from './helpers/catalog.ts';
import { line } from './helpers/plan.ts';

// Each channel × end-of-term choice × term end the day before, of and after the dates EST took effect
// (direct MCA 2026-02-09, CSP 2026-05-04), and CSP terms bought around the 2025-04-01 cut-off. The
// expected values are written out, not computed: they are the table of the timing guide.
const policies = catalog.policies;
const TERM_ENDS = ['2026-02-08', '2026-02-09', '2026-02-10', '2026-05-03', '2026-05-04', '2026-05-05'];

type Source = { channel: Channel; billingAccount?: 'mca' | 'mosa' };
const SOURCES: { name: string; source: Source; est: boolean[]; grace: number; auto: AccessReason }[] = [
  {
    name: 'csp',
    source: { channel: 'csp' },
    est: [false, false, false, false, true, true],
    grace: 30,
    auto: 'extended-term-by-default',
  },
  {
    name: 'web-direct mca',
    source: { channel: 'web-direct', billingAccount: 'mca' },
    est: [false, true, true, true, true, true],
    grace: 30,
    auto: 'grace-retired',
  },
  {
    name: 'web-direct (no billing account)',
    source: { channel: 'web-direct' },
    est: [false, true, true, true, true, true],
    grace: 30,
    auto: 'grace-retired',
  },
  {
    name: 'mca-e',
    source: { channel: 'mca-e' },
    est: [false, true, true, true, true, true],
    grace: 30,
    auto: 'grace-retired',
  },
  {
    name: 'web-direct mosa',
    source: { channel: 'web-direct', billingAccount: 'mosa' },
    est: [false, false, false, false, false, false],
    grace: 30,
    auto: 'grace',
  },
  {
    name: 'csp-legacy',
    source: { channel: 'csp-legacy' },
    est: [false, false, false, false, false, false],
    grace: 30,
    auto: 'grace',
  },
  {
    name: 'enterprise-agreement',
    source: { channel: 'enterprise-agreement' },
    est: [false, false, false, false, false, false],
    grace: 90,
    auto: 'grace',
  },
  {
    name: 'open',
    source: { channel: 'open' },
    est: [false, false, false, false, false, false],
    grace: 30,
    auto: 'grace',
  },
  {
    name: 'other',
    source: { channel: 'other' },
    est: [false, false, false, false, false, false],
    grace: 0,
    auto: 'grace',
  },
];

const CASES = SOURCES.flatMap(({ name, source, est, grace, auto }) =>
  TERM_ENDS.flatMap((termEnd, i) => {
    const applies = est[i] as boolean;
    const expected: Record<EndOfTerm, { reason: AccessReason; until?: string }> = {
      renew: { reason: 'renews' },
      cancel: { reason: 'cancelled', until: addDays(termEnd, -10) },
      'auto-renew-off': applies
        ? auto === 'grace-retired'
          ? { reason: auto, until: termEnd }
          : { reason: auto }
        : { reason: 'grace', until: addDays(termEnd, grace) },
      'cancel-at-term-end': applies
        ? { reason: 'cancel-at-term-end', until: termEnd }
        : { reason: 'grace', until: addDays(termEnd, grace) },
      'extended-term': applies
        ? { reason: 'extended-term', until: addDays(termEnd, 20) }
        : { reason: 'grace', until: addDays(termEnd, grace) },
    };
    return (Object.keys(expected) as EndOfTerm[]).map(
      (choice) =>
        [`${name}, term end ${termEnd}, ${choice}`, source, termEnd, choice, expected[choice]] as const,
    );
  }),
);

describe('accessOf', () => {
  it.each(CASES)('%s', (_, source, termEnd, choice, expected) => {
    const sub = line({
      ...source,
      termEnd,
      endOfTerm: choice,
      cancelOn: addDays(termEnd, -10),
      extendedUntil: addDays(termEnd, 20),
      // A term bought after the CSP cut-off, so the term end alone decides.
      termStart: addDays(termEnd, -365),
    });
    const access = accessOf(sub, policies);
    expect(access.reason).toBe(expected.reason);
    expect(access.until).toBe(expected.until);
  });

  it.each([
    ['2025-03-31', 'grace', false],
    ['2025-04-01', 'extended-term-by-default', true],
    ['2025-04-02', 'extended-term-by-default', true],
  ] as const)('a CSP term bought on %s, ending 2027-03-31', (termStart, reason, applies) => {
    const access = accessOf(line({ channel: 'csp', termStart }), policies);
    expect(access.reason).toBe(reason);
    expect(access.estApplies).toBe(applies);
    expect(access.assumed).toEqual([]);
  });

  it('assumes a CSP term without termStart was bought after the cut-off, and says so', () => {
    const regime = estRegime(line({ channel: 'csp' }), policies);
    expect(regime).toEqual({ applies: true, basis: 'csp-term-end', assumed: ['term-start-after-cutoff'] });
  });

  it('assumes a direct purchase without billingAccount is MCA, and says so', () => {
    const access = accessOf(line(), policies);
    expect(access).toMatchObject({
      reason: 'grace-retired',
      until: '2027-03-31',
      assumed: ['billing-account-mca'],
    });
  });

  it('gives the cost inputs of an extended term: days both ends included, uplift, payer', () => {
    const csp = accessOf(
      line({ channel: 'csp', endOfTerm: 'extended-term', extendedUntil: '2027-04-14' }),
      policies,
    );
    expect(csp.extendedTerm).toEqual({
      from: '2027-04-01',
      until: '2027-04-14',
      days: 14,
      quantity: 50,
      upliftPct: 3,
      noMonthlyUpliftPct: 23,
      payer: 'source-partner',
    });
    expect(csp).toMatchObject({ cost: 'paid-extended-term', paidUntil: '2027-04-14' });
    const direct = accessOf(line({ billingAccount: 'mca', endOfTerm: 'extended-term' }), policies);
    expect(direct.extendedTerm?.payer).toBe('customer');
    expect(direct.until).toBeUndefined();
  });

  it('keeps a transferred subscription going, whatever its end-of-term choice', () => {
    const access = accessOf(
      line({ channel: 'csp', path: 'partner-transfer', endOfTerm: 'cancel-at-term-end' }),
      policies,
    );
    expect(access).toMatchObject({ reason: 'partner-transfer', cost: 'none' });
    expect(access.until).toBeUndefined();
  });

  it('gives a trial no free days and no extended term', () => {
    expect(accessOf(line({ channel: 'csp', trial: true }), policies)).toMatchObject({
      reason: 'trial-ends',
      basis: 'trial',
      until: '2027-03-31',
    });
  });
});
