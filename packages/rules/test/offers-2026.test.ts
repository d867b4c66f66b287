// Plans with the offers Microsoft sells in December 2026, judged end to end (every rule): Microsoft 365
// E7 and what it contains, the Copilot renames, the Business plans with Copilot, Agent 365 and its
// bases, the Business Premium suites, three-year terms and Project Online's retirement.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate.ts';
import type { Plan } from '../src/plan/schema.ts';
import { catalog } from './helpers/catalog.ts';
import { line, planFrom, planWith } from './helpers/plan.ts';

/** The rules that fire for a plan, each once, sorted. */
const fired = (plan: Plan) => [...new Set(evaluate(plan, { catalog }).findings.map((f) => f.rule))].sort();
const findings = (plan: Plan, rule: string) =>
  evaluate(plan, { catalog }).findings.filter((f) => f.rule === rule);

/** A line that moves `offer` (100 seats) to `target`, same quantity. */
const move = (id: string, offer: string, target: string | string[], quantity = 100) =>
  line({ id, offer, quantity, assigned: quantity, target: { offer: target, quantity } });

describe('Microsoft 365 E7', () => {
  it('is known, with and without Teams, and contains E5, Copilot, Agent 365 and the Entra Suite', () => {
    expect(catalog.relation('microsoft-365-e5', ['microsoft-365-e7'])).toBe('superset');
    expect(catalog.relation('microsoft-copilot', ['microsoft-365-e7'])).toBe('superset');
    expect(catalog.relation('microsoft-365-copilot', ['microsoft-365-e7'])).toBe('superset');
    expect(catalog.relation('microsoft-agent-365', ['microsoft-365-e7'])).toBe('superset');
    expect(catalog.relation('microsoft-entra-suite', ['microsoft-365-e7'])).toBe('superset');
    expect(catalog.relation('microsoft-365-e3', ['microsoft-365-e7'])).toBe('superset');
    expect(catalog.relation('microsoft-365-e5-no-teams', ['microsoft-365-e7-no-teams'])).toBe('superset');
  });

  it('judges a move from E5 with Copilot to E7 as the superset it is: no lost services', () => {
    const plan = planWith(
      move('e5', 'microsoft-365-e5', 'microsoft-365-e7'),
      move('copilot', 'microsoft-copilot', 'microsoft-365-e7'),
    );
    const rules = fired(plan);
    expect(rules).not.toContain('unknown-offer');
    expect(rules).not.toContain('offer-not-equivalent');
    // A larger plan is a new SKU: users' licences move to it, which the plan is told.
    expect(findings(plan, 'license-reassignment-required').map((f) => f.params?.subscription)).toEqual([
      'e5',
      'copilot',
    ]);
  });

  it('judges a move back from E7 to its four products as equivalent, and to E5 with Copilot alone as smaller', () => {
    const full = planWith(
      move('e7', 'microsoft-365-e7', [
        'microsoft-365-e5',
        'microsoft-copilot',
        'microsoft-agent-365',
        'microsoft-entra-suite',
      ]),
    );
    expect(
      catalog.relation('microsoft-365-e7', [
        'microsoft-365-e5',
        'microsoft-copilot',
        'microsoft-agent-365',
        'microsoft-entra-suite',
      ]),
    ).toBe('equivalent');
    expect(fired(full)).not.toContain('offer-not-equivalent');

    const partial = planWith(move('e7', 'microsoft-365-e7', ['microsoft-365-e5', 'microsoft-copilot']));
    expect(findings(partial, 'offer-not-equivalent')).toHaveLength(1);
    const smaller = planWith(move('e7', 'microsoft-365-e7', 'microsoft-365-e5'));
    expect(findings(smaller, 'offer-not-equivalent').map((f) => f.variant)).toEqual(['smaller']);
  });

  it('splits like the other Enterprise suites: E7 (no Teams) plus a Teams licence is equivalent', () => {
    expect(
      catalog.relation('microsoft-365-e7', ['microsoft-365-e7-no-teams', 'microsoft-teams-enterprise']),
    ).toBe('equivalent');
    const dropped = planWith(move('e7', 'microsoft-365-e7', 'microsoft-365-e7-no-teams'));
    expect(fired(dropped)).toContain('teams-split-incomplete');
  });

  it('counts as a base for Copilot and for Agent 365', () => {
    const plan = planWith(
      move('e7', 'microsoft-365-e7', 'microsoft-365-e7'),
      move('copilot', 'microsoft-copilot', 'microsoft-copilot'),
    );
    expect(fired(plan)).not.toContain('add-on-prerequisite');
    const agents = planWith(
      move('e7', 'microsoft-365-e7', 'microsoft-365-e7'),
      move('agents', 'microsoft-agent-365', 'microsoft-agent-365'),
    );
    expect(fired(agents)).not.toContain('add-on-prerequisite');
  });
});

describe('Copilot renames', () => {
  it('resolves the new name and keeps the old one as an alias with its date', () => {
    expect(catalog.current('microsoft-365-copilot')?.id).toBe('microsoft-copilot');
    expect(catalog.offerName('microsoft-copilot', 'en')).toBe('Microsoft Copilot');
    expect(catalog.offerName('microsoft-365-copilot', 'en', '2026-06-01')).toBe('Microsoft 365 Copilot');
    expect(catalog.offer('microsoft-365-copilot')?.renamedOn).toBe('2026-09-28');
  });

  it('judges a plan with the new name like one with the old name, and tells the old name is old', () => {
    const base = move('e3', 'office-365-e3', 'office-365-e3', 50);
    const now = planWith(base, move('copilot', 'microsoft-copilot', 'microsoft-copilot', 50));
    const old = planWith(base, move('copilot', 'microsoft-365-copilot', 'microsoft-365-copilot', 50));
    expect(fired(now)).toEqual([]);
    expect(fired(old)).toEqual(['renamed-offer']);
    // Moving the old name to the new one is the same product: nothing to reassign.
    const renamed = planWith(base, move('copilot', 'microsoft-365-copilot', 'microsoft-copilot', 50));
    expect(catalog.relation('microsoft-365-copilot', ['microsoft-copilot'])).toBe('same');
    expect(fired(renamed)).toEqual(['renamed-offer']);
  });

  it('still checks the new name for its bases', () => {
    const plan = planWith(
      move('e3', 'office-365-e3', 'office-365-e3', 50),
      move('copilot', 'microsoft-copilot', 'microsoft-copilot', 60),
    );
    expect(findings(plan, 'add-on-prerequisite').map((f) => f.params)).toEqual([
      expect.objectContaining({ addOn: 'microsoft-copilot', needed: 60, have: 50 }),
    ]);
  });
});

describe('Business plans with Copilot', () => {
  it('are supersets of the plan and Copilot Business, and count toward the Business cap', () => {
    expect(
      catalog.relation('microsoft-365-business-standard', ['microsoft-365-business-standard-with-copilot']),
    ).toBe('superset');
    expect(
      catalog.relation('microsoft-365-copilot-business', ['microsoft-365-business-premium-with-copilot']),
    ).toBe('superset');
    const plan = planWith(
      move('bp', 'microsoft-365-business-premium', 'microsoft-365-business-premium-with-copilot', 200),
      move('cb', 'microsoft-365-copilot-business', 'microsoft-365-business-premium-with-copilot', 200),
    );
    expect(fired(plan)).not.toContain('offer-not-equivalent');
    const over = planWith(
      move('bs', 'microsoft-365-business-standard', 'microsoft-365-business-standard-with-copilot', 250),
      move('bb', 'microsoft-365-business-basic', 'microsoft-365-business-basic', 100),
    );
    expect(fired(over)).toContain('business-family-cap');
  });

  it('are not sold before 2026-07-01: their names start then', () => {
    expect(catalog.offer('microsoft-365-business-premium-with-copilot')?.names[0]?.from).toBe('2026-07-01');
  });
});

describe('Agent 365', () => {
  it('needs E5, A5, Business Premium or a Business Premium suite for purchases from 2026-06-01', () => {
    const without = planWith(
      move('e3', 'office-365-e3', 'office-365-e3', 50),
      move('agents', 'microsoft-agent-365', 'microsoft-agent-365', 50),
    );
    expect(findings(without, 'add-on-prerequisite').map((f) => f.params)).toEqual([
      expect.objectContaining({ addOn: 'microsoft-agent-365', needed: 50, have: 0 }),
    ]);
    const withBp = planWith(
      move('bp', 'microsoft-365-business-premium', 'microsoft-365-business-premium', 50),
      move('agents', 'microsoft-agent-365', 'microsoft-agent-365', 50),
    );
    expect(fired(withBp)).not.toContain('add-on-prerequisite');
  });

  it('was bought without a base before 2026-06-01', () => {
    const plan = planFrom((p) => {
      p.asOf = '2026-05-10';
      p.relationship.requestedOn = '2026-05-01';
      p.relationship.acceptedOn = '2026-05-02';
      p.subscriptions = [
        line({
          id: 'agents',
          offer: 'microsoft-agent-365',
          quantity: 20,
          assigned: 20,
          termEnd: '2026-05-31',
          target: { offer: 'microsoft-agent-365', quantity: 20, provisionOn: '2026-05-20' },
        }),
      ];
    });
    expect(findings(plan, 'add-on-prerequisite')).toEqual([]);
  });
});

describe('Business Premium suites, three-year terms, Project Online', () => {
  it('caps the Defender Suite for Business Premium at 300 seats and needs Business Premium', () => {
    const plan = planWith(
      move('bp', 'microsoft-365-business-premium', 'microsoft-365-business-premium', 300),
      move(
        'def',
        'microsoft-defender-suite-for-business-premium',
        'microsoft-defender-suite-for-business-premium',
        301,
      ),
    );
    const rules = fired(plan);
    expect(rules).toContain('add-on-limits');
    expect(rules).toContain('add-on-prerequisite');
  });

  it.each(['microsoft-copilot', 'microsoft-365-e5-security', 'microsoft-365-e5-compliance'])(
    'asks for 100 seats on a three-year term of %s',
    (offer) => {
      const plan = planWith(
        move('e5', 'microsoft-365-e5', 'microsoft-365-e5', 50),
        line({
          id: 'x',
          offer,
          quantity: 50,
          assigned: 50,
          target: { offer, quantity: 50, term: 'triennial' },
        }),
      );
      expect(findings(plan, 'triennial-minimum').map((f) => f.params?.offer)).toEqual([offer]);
    },
  );

  it('tells a plan that keeps Project Online Essentials that it retired on 2026-09-30', () => {
    const plan = planWith(move('poe', 'project-online-essentials', 'project-online-essentials', 20));
    const [finding] = findings(plan, 'retired-offer-no-equivalent');
    expect(finding).toMatchObject({ variant: 'noReplacement', params: { date: '2026-09-30' } });
  });
});
