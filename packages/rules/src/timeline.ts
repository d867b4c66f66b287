import type { Catalog } from './catalog/index.ts';
import { buildContext } from './context.ts';
import { type CalendarDate, compareDates } from './dates.ts';
import { pathSteps } from './paths.ts';
import type { Plan } from './plan/schema.ts';
import { relationshipSteps } from './relationship.ts';
import {
  isRecordedDeed,
  STEP_KINDS,
  type Step,
  type StepDraft,
  type StepKind,
  stepKey,
} from './step-kinds.ts';
import { adminAccessSteps } from './timeline-access.ts';

// The public names of steps stay importable from here, where the timeline has always offered them.
export { STEP_KINDS, type Step, type StepKind, stepTitle } from './step-kinds.ts';

export interface TimelineOptions {
  /** The catalog the offers are looked up in (to know when licences must be reassigned). */
  catalog: Catalog;
  /** The date that decides which steps are done. Default: the plan's `asOf`, else today (UTC). */
  today?: CalendarDate;
}

/** The modules that yield steps, in the order their same-day steps are listed. */
const STEP_SOURCES = [relationshipSteps, adminAccessSteps, pathSteps] as const;

/**
 * The steps of the move in order: by date (or, for a step the plan has not dated yet, the day it is
 * due by), same-day steps in the order of STEP_KINDS and then of the lines; steps with neither come
 * last. Works on any schema-valid plan, including ones with findings.
 */
export function timeline(plan: Plan, options: TimelineOptions): Step[] {
  const context = buildContext(plan, options);
  const drafts: StepDraft[] = STEP_SOURCES.flatMap((source) => source(context));
  const rank = (kind: StepKind) => STEP_KINDS.indexOf(kind);
  const order = drafts
    .map((draft, position) => ({ draft, position }))
    .sort((a, b) => {
      const ka = a.draft.date ?? a.draft.due;
      const kb = b.draft.date ?? b.draft.due;
      if (ka !== kb) {
        if (ka === undefined) return 1;
        if (kb === undefined) return -1;
        return compareDates(ka, kb);
      }
      return rank(a.draft.kind) - rank(b.draft.kind) || a.position - b.position;
    });
  // What each line records as done (the first line with an id; duplicates are reported by a rule).
  const recorded = new Map<string, readonly string[]>();
  for (const { sub } of context.lines) if (!recorded.has(sub.id)) recorded.set(sub.id, sub.done ?? []);
  const doneByPlan = (draft: StepDraft): boolean => {
    if (draft.done !== undefined) return draft.done;
    if (isRecordedDeed(draft.kind))
      return recorded.get(draft.subscription ?? '')?.includes(draft.kind) ?? false;
    return draft.date !== undefined && compareDates(draft.date, context.today) < 0;
  };
  const used = new Set<string>();
  return order.map(({ draft }) => {
    let id = stepKey(draft.kind, draft.subscription);
    for (let n = 2; used.has(id); n++) id = `${stepKey(draft.kind, draft.subscription)}:${n}`;
    used.add(id);
    return { ...draft, id, done: doneByPlan(draft) };
  });
}
