import { stringify } from 'yaml';

/**
 * A plan that is valid and `ready` against the built-in catalog on 2027-05-02 (its asOf): the
 * starting point that tests change one thing in.
 */
export const READY_PLAN = `# yaml-language-server: $schema=https://csp-move.dev/schemas/plan-v2.json
version: 2
asOf: 2027-05-02
partner:
  name: Northwind Traders
  partnerId: "6120457"
  country: TW
customer:
  name: Tailspin Coffee
  country: TW
  agreementAccepted: true
relationship:
  reseller: accepted
  requestedOn: 2027-04-19
  acceptedOn: 2027-04-21
  adminAccess: gdap
  gdapExpiresOn: 2027-10-21
subscriptions:
  - id: standard
    offer: microsoft-365-business-standard
    quantity: 18
    assigned: 17
    channel: web-direct
    billing: annual
    termEnd: 2027-05-31
    endOfTerm: auto-renew-off
    target:
      offer: microsoft-365-business-standard
      quantity: 18
      provisionOn: 2027-05-26
`;

/** READY_PLAN as a version 1 file (`autoRenew` and `exit` instead of `endOfTerm`), as plans of 2024 were written. */
export const READY_PLAN_V1 = `# yaml-language-server: $schema=https://csp-move.dev/schemas/plan-v1.json
version: 1
asOf: 2027-05-02
partner:
  name: Northwind Traders
  partnerId: "6120457"
  country: TW
customer:
  name: Tailspin Coffee
  country: TW
  agreementAccepted: true
relationship:
  reseller: accepted
  requestedOn: 2027-04-19
  acceptedOn: 2027-04-21
  adminAccess: gdap
  gdapExpiresOn: 2027-10-21
subscriptions:
  - id: standard
    offer: microsoft-365-business-standard
    quantity: 18
    assigned: 17
    channel: web-direct
    billing: annual
    termEnd: 2027-05-31
    autoRenew: false
    exit: expire
    target:
      offer: microsoft-365-business-standard
      quantity: 18
      provisionOn: 2027-05-26
`;

/** READY_PLAN with `search` replaced by `replacement` (which must occur exactly once). */
export function planWith(search: string, replacement: string): string {
  const at = READY_PLAN.indexOf(search);
  if (at === -1 || READY_PLAN.indexOf(search, at + 1) !== -1)
    throw new Error(`"${search}" is not unique in READY_PLAN`);
  return READY_PLAN.slice(0, at) + replacement + READY_PLAN.slice(at + search.length);
}

/** The 1-based line and column of the first occurrence of `needle` in `text` (after `from`). */
export function positionOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const offset = text.indexOf(needle, from);
  if (offset === -1) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
}

/** A range covering `needle` where it first occurs (after `from`). */
export function rangeOf(text: string, needle: string, from = 0) {
  const start = positionOf(text, needle, from);
  return { start, end: { line: start.line, column: start.column + needle.length } };
}

/** Serialises a plan object as YAML (for generated and mutated plans). */
export function toYaml(value: unknown): string {
  return stringify(value);
}
