import type { ResolvedSource } from '../catalog/source-schema.ts';
import type { RuleContext } from '../context.ts';
import type { CalendarDate } from '../dates.ts';
import type { Param } from '../messages/format.ts';
import type { Category } from '../messages/labels.ts';
import type { Localized } from '../messages/locales.ts';
import type { RuleId } from './ids.ts';

export type { Line, RuleContext } from '../context.ts';
export type { Param } from '../messages/format.ts';
export type { Category } from '../messages/labels.ts';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Sets of rules that a front end treats alike, named on each rule (`Rule.groups`):
 * - `access-gap`: users would have neither the source nor the target for some days, exactly the
 *   days `accessGap` (access.ts) gives;
 * - `offer-replacement`: the fix is one of the catalogued replacements of the finding's `offer` param.
 */
export const RULE_GROUPS = ['access-gap', 'offer-replacement'] as const;

export type RuleGroup = (typeof RULE_GROUPS)[number];

/**
 * A finding is data: which rule, how severe, where in the plan (a JSON pointer), and the values its
 * message needs. Wording comes from the rule's message templates (`formatFinding`).
 */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** JSON pointer to the node the finding is about, e.g. `/subscriptions/0/target/offer`. */
  pointer: string;
  params: Record<string, Param>;
  /** Other nodes involved, e.g. the line a duplicate id first appeared on. */
  related?: string[];
  /** Which of the rule's messages to use; `default` when absent. */
  variant?: string;
  /**
   * `defect`: wrong whatever the date. `step`: something the plan expects to happen by `due`; not an
   * error until it is overdue. `evaluate` always sets it.
   */
  kind?: FindingKind;
  /** For a step: the last day it can be done. */
  due?: CalendarDate;
}

export type FindingKind = 'defect' | 'step';

/** What a rule's check returns: a finding without rule id; severity defaults to the rule's. */
export type FindingInput = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

/**
 * A source a rule rests on: an entry of `content/catalog/sources.yaml` as `cite()` resolves it (title, url,
 * the page's date, who published it, the day it was last checked).
 */
export type Source = ResolvedSource;

/** Microsoft's own documentation, a third party, or csp-move itself (the plan-file specification). */
export type SourcePublisher = Source['publisher'];

/**
 * True when every source of a rule is a third party's: its findings then say that Microsoft's own
 * documentation was not found to confirm them.
 */
export function restsOnThirdPartiesOnly(sources: readonly Source[]): boolean {
  return sources.length > 0 && sources.every((s) => s.publisher === 'third-party');
}

/** A rule: declarative metadata plus one check. One per file, named after its id. */
export interface Rule {
  id: RuleId;
  severity: Severity;
  category: Category;
  /** The groups a front end treats this rule in (the site's checker, for example). */
  groups?: readonly RuleGroup[];
  title: Localized;
  /** Message templates; `{name}` inserts a param, `{name:offer}` / `:market` / `:region` / `:channel` / `:date` / `:offers` / `:list` render it. */
  messages: { default: Localized } & Record<string, Localized>;
  /** Why it matters, for the rule page and `csp-move rules <id>`. */
  rationale: Localized;
  /** How to fix it. */
  fix: Localized;
  /** Path and anchor of the guidance that explains the step, e.g. `/guide/timing/#grace-period`. */
  guide: string;
  sources: Source[];
  check(context: RuleContext): Iterable<FindingInput>;
}

/** Declares a rule; the identity function gives the object its type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
