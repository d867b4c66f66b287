import type { Access } from '../access.ts';
import type { Catalog, Policies } from '../catalog/index.ts';
import type { ResolvedSource } from '../catalog/source-schema.ts';
import type { CalendarDate } from '../dates.ts';
import type { Localized } from '../messages/locales.ts';
import type { Plan, Subscription } from '../plan/schema.ts';
import type { RuleId } from './ids.ts';

export type Severity = 'error' | 'warning' | 'info';

/** What part of a move a rule is about; the site groups rules by it. */
export type Category =
  | 'region'
  | 'relationship'
  | 'agreement'
  | 'offer'
  | 'licences'
  | 'timing'
  | 'access'
  | 'plan';

/** A value a message template can show. Offer ids, market codes and dates are rendered per locale. */
export type Param = string | number | readonly string[] | Localized;

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

/** A subscription line with what most rules need about it, computed once per evaluation. */
export interface Line {
  sub: Subscription;
  index: number;
  /** `/subscriptions/<index>` */
  pointer: string;
  /** The target offer ids, a single offer as a one-item list. */
  targets: string[];
  /**
   * The last day users of the source subscription still have access (`access.until`); 9999-12-31 when
   * it does not end (a renewal, a transfer, an extended term without an end date).
   */
  accessEnds: CalendarDate;
  /** The day the source subscription stops: cancelOn when cancelled, else termEnd. */
  sourceEnds: CalendarDate;
  /** The day the target is provisioned; absent for a line that is transferred, not bought again. */
  provisionOn?: CalendarDate;
  /** Until when, at what cost and why users keep access to the source (access.ts). */
  access: Access;
}

export interface RuleContext {
  plan: Plan;
  catalog: Catalog;
  policies: Policies;
  /** The date relative checks use (CLI --today, else plan asOf, else today). */
  today: CalendarDate;
  lines: Line[];
}

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
