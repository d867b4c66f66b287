import type { Catalog } from '../../src/catalog/index.ts';
import type { Plan } from '../../src/plan/schema.ts';
import type { Param, Severity } from '../../src/rules/types.ts';

/** A finding a table case expects from its rule; fields left out are not compared. */
export interface Expected {
  pointer: string;
  /** Which message; absent means the rule's default message. */
  variant?: string;
  /** Default: the rule's own severity. */
  severity?: Severity;
  related?: string[];
  params?: Record<string, Param>;
}

/** One row of a rule's table: a plan, and exactly the findings the rule must produce for it. */
export interface RuleCase {
  name: string;
  plan: Plan;
  /** The evaluation date; default: the plan's asOf. */
  today?: string;
  /** Default: the built-in catalog with pinned policies. */
  catalog?: Catalog;
  expect: Expected[];
}
