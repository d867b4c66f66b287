import { planWith, READY_PLAN, READY_PLAN_V1 } from './plan.ts';
import { folderWith } from './tmp.ts';

/**
 * The plans the golden tests run on. They live here rather than as files because some are broken on
 * purpose, and the repository's formatter would refuse (or rewrite) them as files.
 */
export const FIXTURE_FILES: Record<string, string> = {
  'ready.plan.yaml': READY_PLAN,
  'v1.plan.yaml': READY_PLAN_V1,
  'typos.plan.yaml': planWith('    termEnd: 2027-05-31', '    termend: 2027-05-31')
    .replace('  reseller: accepted', '  reseller: acepted')
    .replace('  partnerId: "6120457"', '  partnerId: 6120457')
    .replace('  agreementAccepted: true', '  agreementAccepted: yes')
    .replace('    quantity: 18\n    assigned', '    quantity: "18"\n    assigned')
    .replace('      provisionOn: 2027-05-26', '      provisionOn: 2027-02-30'),
  'broken.plan.yaml': planWith(
    '  name: Northwind Traders\n',
    '  name: Northwind Traders\n  name: Northwind\n',
  ).replace('  agreementAccepted: true', '\tagreementAccepted: true'),
  'blocked.plan.yaml': planWith(
    '  name: Tailspin Coffee\n  country: TW',
    '  name: Tailspin Coffee\n  country: DE',
  ).replace(
    '    endOfTerm: auto-renew-off',
    '    # csp-move-disable-next-line long-overlap -- kept from an older plan\n    endOfTerm: renew',
  ),
};

/**
 * A move three months out (judged on 2027-01-04): nothing is done yet, and nothing is wrong. The first
 * target is provisioned on 2027-04-05, so the relationship request is due on 2027-03-22. The customer's
 * name holds characters that HTML, Markdown and iCalendar must escape.
 */
export const UPCOMING_PLAN = `# yaml-language-server: $schema=https://csp-move.dev/schemas/plan-v2.json
version: 2
asOf: 2027-01-04
partner:
  name: Northwind Traders
  country: TW
customer:
  name: 'Fourth Coffee <Taipei>, "Ltd"; \\ & Co'
  country: TW
  agreementAccepted: false
relationship:
  reseller: not-requested
  adminAccess: gdap
  gdapExpiresOn: 2028-01-04
subscriptions:
  - id: standard
    offer: microsoft-365-business-standard
    quantity: 18
    assigned: 17
    channel: web-direct
    billing: annual
    termEnd: 2027-04-30
    endOfTerm: renew
    target:
      offer: microsoft-365-business-standard
      quantity: 18
      provisionOn: 2027-04-05
`;

FIXTURE_FILES['upcoming.plan.yaml'] = UPCOMING_PLAN;

/** A folder holding FIXTURE_FILES, for CLI runs. */
export function fixtureFolder(): string {
  return folderWith(FIXTURE_FILES);
}
