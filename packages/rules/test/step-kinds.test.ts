import { describe, expect, it } from 'vitest';
import { endOfTermSteps } from '../src/access.ts';
import { type Catalog, defaultCatalog } from '../src/catalog/index.ts';
import { buildContext } from '../src/context.ts';
import { PATH_STEPS, pathSteps } from '../src/paths.ts';
import { DONE_STEPS } from '../src/plan/enums.ts';
import type { Plan } from '../src/plan/schema.ts';
import { relationshipSteps } from '../src/relationship.ts';
import {
  isRecordedDeed,
  STEP_KINDS,
  type StepDraft,
  type StepSource,
  stepKey,
  stepKinds,
} from '../src/step-kinds.ts';
import { planSteps } from '../src/steps.ts';
import { timeline } from '../src/timeline.ts';
import { adminAccessSteps } from '../src/timeline-access.ts';
import { catalog as pinned } from './helpers/catalog.ts';
import { loadExamples } from './helpers/examples.ts';
import { CASES } from './rules/index.ts';

const plans: [string, Plan, Catalog][] = [
  ...loadExamples().map((e): [string, Plan, Catalog] => [`example ${e.name}`, e.plan, defaultCatalog()]),
  ...Object.entries(CASES).flatMap(([id, cases]) =>
    cases.map((c): [string, Plan, Catalog] => [`${id}: ${c.name}`, c.plan, c.catalog ?? pinned]),
  ),
];

/** Each module's steps for a plan, as the module itself yields them. */
function yielded(plan: Plan, catalog: Catalog): [StepSource, StepDraft[]][] {
  const context = buildContext(plan, { catalog });
  const endOfTerm = context.lines.flatMap((line) => endOfTermSteps(line));
  const ofAccess = new Set(endOfTerm.map((s) => s.kind));
  return [
    ['relationship.ts', relationshipSteps(context)],
    ['timeline-access.ts', adminAccessSteps(context)],
    ['access.ts', endOfTerm],
    // Re-provision lines take their end-of-term steps from access.ts.
    ['paths.ts', pathSteps(context).filter((s) => !ofAccess.has(s.kind))],
  ];
}

describe('the step-kind table', () => {
  it('names the module that yields each kind, and every kind is yielded by some plan', () => {
    const seen = new Set<string>();
    for (const [name, plan, catalog] of plans) {
      for (const [source, drafts] of yielded(plan, catalog)) {
        for (const draft of drafts) {
          expect(stepKinds[draft.kind].from, `${name}: ${draft.kind}`).toBe(source);
          seen.add(draft.kind);
        }
      }
    }
    expect([...seen].sort()).toEqual([...STEP_KINDS].sort());
  });

  it('gives a line step its line, and a plan step none', () => {
    for (const [name, plan, catalog] of plans) {
      for (const step of timeline(plan, { catalog })) {
        const scope = stepKinds[step.kind].scope;
        expect(step.subscription === undefined ? 'plan' : 'line', `${name}: ${step.id}`).toBe(scope);
      }
    }
  });

  it('keys each step as rules ask for it', () => {
    for (const [name, plan, catalog] of plans) {
      const ids = new Set(planSteps(plan, { catalog }).map((s) => s.id));
      for (const step of timeline(plan, { catalog })) {
        if (!/:\d+$/.test(step.id) || step.subscription === undefined) {
          expect(ids, name).toContain(stepKey(step.kind, step.subscription));
        }
      }
    }
    expect(stepKey('agreement')).toBe('agreement');
    expect(stepKey('turn-off-auto-renew', 'SUB-1')).toBe('turn-off-auto-renew:SUB-1');
  });

  it('lets a plan record as done exactly the kinds that are deeds of a line', () => {
    const deeds = STEP_KINDS.filter((kind) => isRecordedDeed(kind));
    expect(deeds.every((kind) => stepKinds[kind].scope === 'line')).toBe(true);
    expect([...DONE_STEPS].sort()).toEqual([...deeds].sort());
  });

  it('derives the steps each path shows up front from the table', () => {
    expect(PATH_STEPS).toEqual({
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
    });
  });
});
