import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PlanV1, pointerInV1, upgradeV1 } from '@csp-move/rules/plan';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { migrateText } from '../src/core/migrate.ts';
import { validateText } from '../src/core/validate.ts';
import { PACKAGE_ROOT } from './helpers/cli.ts';
import { downgrade, lineDiff } from './helpers/downgrade.ts';
import { READY_PLAN, READY_PLAN_V1 } from './helpers/plan.ts';

const EXAMPLES = join(PACKAGE_ROOT, '..', '..', 'content', 'examples');

function migrated(text: string): string {
  const outcome = migrateText(text);
  if (outcome.kind !== 'migrated') throw new Error(`not migrated: ${JSON.stringify(outcome).slice(0, 500)}`);
  return outcome.text;
}

/** The findings of a version 1 file and of its migration, comparable: v2 pointers mapped into the v1 file. */
function parity(v1: string, v2: string) {
  const plan = parse(v1) as PlanV1;
  const before = validateText(v1);
  const after = validateText(v2);
  const key = (d: { rule: string; severity: string; pointer: string }) =>
    `${d.rule} ${d.severity} ${d.pointer}`;
  return {
    v1: before.diagnostics.filter((d) => d.rule !== 'plan-version-1').map(key),
    v2: after.diagnostics.map((d) => key({ ...d, pointer: pointerInV1(d.pointer, plan) })),
    verdicts: [before.verdict, after.verdict],
    notices: before.diagnostics.filter((d) => d.rule === 'plan-version-1').map((d) => d.pointer),
  };
}

describe('every example plan, written back as version 1, migrates to the plan it was', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.plan.yaml'));
  const downgraded = files.map((file) => {
    const v1 = downgrade(readFileSync(join(EXAMPLES, file), 'utf8'));
    return { file, v1, result: v1 === undefined ? undefined : validateText(v1) };
  });
  const expressible = downgraded.filter((d) => d.result && d.result.verdict !== 'invalid').map((d) => d.file);

  it('leaves out only examples that use what version 1 did not have', () => {
    for (const { result } of downgraded) {
      if (result?.verdict !== 'invalid') continue;
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      for (const d of errors) expect(['unknown-key', 'invalid-value', 'missing-field']).toContain(d.rule);
    }
  });

  it('has examples version 1 can express', () => {
    expect(expressible.length).toBeGreaterThan(0);
  });

  it.each(expressible)('%s', (file) => {
    const original = readFileSync(join(EXAMPLES, file), 'utf8');
    const v1 = downgrade(original) as string;
    const v2 = migrated(v1);
    expect(JSON.stringify(parse(v2))).toBe(JSON.stringify(parse(original)));
    expect(parse(v2)).toEqual(upgradeV1(parse(v1) as PlanV1));
    const { v1: before, v2: after, verdicts, notices } = parity(v1, v2);
    expect(after).toEqual(before);
    expect(verdicts[0]).toBe(verdicts[1]);
    expect(notices).toEqual(['/version']);
    expect(migrateText(original)).toEqual({ kind: 'current' });
  });
});

// Every comment style, flow and block mappings, quoted and unquoted dates, blank lines, both orders.
const EVERYTHING = `# yaml-language-server: $schema=https://csp-move.dev/schemas/plan-v1.json
# Plan for Tailspin Coffee, written the way hand-kept version 1 files are.

version: 1 # the format
asOf: "2027-05-02"   # quoted date
partner: { name: Northwind Traders, partnerId: "6120457", country: TW }  # flow mapping
customer:
  # who moves
  name: Tailspin Coffee
  country: TW
  agreementAccepted: true
relationship:
  reseller: accepted
  requestedOn: '2027-04-19'
  acceptedOn: 2027-04-21
  adminAccess: gdap
  gdapExpiresOn: 2027-10-21


subscriptions:
  # block line, comments around both fields
  - id: standard
    offer: microsoft-365-business-standard
    quantity: 18
    assigned: 17
    channel: web-direct
    billing: annual
    termEnd: 2027-05-31
    # auto-renew was turned off in the admin center
    autoRenew: false   # off since April
    # let it run out
    exit: expire       # no refund due
    target:
      offer: microsoft-365-business-standard
      quantity: 18
      provisionOn: 2027-05-26 # before the term ends
  # flow line, exit written first
  - { id: mail, offer: exchange-online-plan-1, quantity: 3, channel: web-direct, termEnd: "2027-05-31", exit: expire, autoRenew: false, target: { offer: exchange-online-plan-1, quantity: 3, provisionOn: 2027-05-26 } }
  # flow line over several lines, with a comment on exit
  - {
      id: visio, offer: visio-plan-2, quantity: 2, channel: web-direct, termEnd: 2027-05-31,
      autoRenew: true,
      exit: "cancel", # cancelled in its window
      cancelOn: 2027-05-20,
      target: { offer: visio-plan-2, quantity: 2, provisionOn: 2027-05-19 } }
# end of plan
`;

const EVERYTHING_CHANGES = {
  removed: [
    '# yaml-language-server: $schema=https://csp-move.dev/schemas/plan-v1.json',
    'version: 1 # the format',
    '    autoRenew: false   # off since April',
    '    exit: expire       # no refund due',
    '  - { id: mail, offer: exchange-online-plan-1, quantity: 3, channel: web-direct, termEnd: "2027-05-31", exit: expire, autoRenew: false, target: { offer: exchange-online-plan-1, quantity: 3, provisionOn: 2027-05-26 } }',
    '      autoRenew: true,',
    '      exit: "cancel", # cancelled in its window',
  ],
  added: [
    '# yaml-language-server: $schema=https://csp-move.dev/schemas/plan-v2.json',
    'version: 2 # the format',
    '    endOfTerm: auto-renew-off   # off since April',
    '    # no refund due',
    '  - { id: mail, offer: exchange-online-plan-1, quantity: 3, channel: web-direct, termEnd: "2027-05-31", endOfTerm: auto-renew-off, target: { offer: exchange-online-plan-1, quantity: 3, provisionOn: 2027-05-26 } }',
    '      endOfTerm: cancel, # cancelled in its window',
  ],
};

function commentLines(text: string): string[] {
  return [...text.matchAll(/#[^\r\n]*/g)].map((m) => m[0]).sort();
}

describe.each([
  { eol: 'LF', text: EVERYTHING },
  { eol: 'CRLF', text: EVERYTHING.replace(/\n/g, '\r\n') },
])('a version 1 file with comments everywhere ($eol)', ({ eol, text }) => {
  const out = migrated(text);
  const lf = (s: string) => s.replace(/\r\n/g, '\n');

  it('changes only the lines the upgrade needs', () => {
    expect(lineDiff(lf(text), lf(out))).toEqual(EVERYTHING_CHANGES);
  });

  it('keeps every comment and the line ends', () => {
    const expected = commentLines(text).map((c) => c.replace('plan-v1.json', 'plan-v2.json'));
    expect(commentLines(out)).toEqual(expected);
    if (eol === 'CRLF') expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('means the plan version 1 meant, with the keys in their order', () => {
    expect(parse(out)).toEqual(upgradeV1(parse(text) as PlanV1));
    expect(Object.keys(parse(out).subscriptions[1])).toEqual([
      'id',
      'offer',
      'quantity',
      'channel',
      'termEnd',
      'endOfTerm',
      'target',
    ]);
  });

  it('is judged the same before and after, and only version 1 gets the notice', () => {
    const { v1, v2, verdicts, notices } = parity(text, out);
    expect(v2).toEqual(v1);
    expect(verdicts[0]).toBe(verdicts[1]);
    expect(notices).toEqual(['/version']);
    expect(validateText(out).diagnostics.filter((d) => d.rule === 'plan-version-1')).toEqual([]);
  });

  it('is idempotent: the migrated file is left as it is', () => {
    expect(migrateText(out)).toEqual({ kind: 'current' });
  });
});

describe('the 2024-shape example (content/examples/v1)', () => {
  const file = join(EXAMPLES, 'v1', 'fabrikam-2024.plan.yaml');
  const text = readFileSync(file, 'utf8');

  it('validates, with only the version notice, on the line of `version`', () => {
    const result = validateText(text);
    expect(result.verdict).not.toBe('invalid');
    const own = result.diagnostics.filter((d) => !d.help.includes('/rules/'));
    expect(own.map((d) => [d.rule, d.severity, d.pointer, d.range.start.line])).toEqual([
      ['plan-version-1', 'info', '/version', 5],
    ]);
  });

  it('migrates losslessly', () => {
    const out = migrated(text);
    expect(lineDiff(text, out)).toEqual({
      removed: [
        '# yaml-language-server: $schema=https://csp-move.dev/schemas/plan-v1.json',
        'version: 1',
        '    autoRenew: false # turned off in the admin center on 2024-08-21',
        '    exit: expire # no refund is due, so it is not cancelled',
        '      exit: expire,',
        '      autoRenew: false,',
      ],
      added: [
        '# yaml-language-server: $schema=https://csp-move.dev/schemas/plan-v2.json',
        'version: 2',
        '    endOfTerm: auto-renew-off # turned off in the admin center on 2024-08-21',
        '    # no refund is due, so it is not cancelled',
        '      endOfTerm: auto-renew-off,',
      ],
    });
    expect(parse(out)).toEqual(upgradeV1(parse(text) as PlanV1));
    expect(commentLines(out)).toEqual(commentLines(text).map((c) => c.replace('plan-v1', 'plan-v2')));
    const { v1, v2, verdicts } = parity(text, out);
    expect(v2).toEqual(v1);
    expect(verdicts[0]).toBe(verdicts[1]);
  });
});

describe('single changes', () => {
  it('carries a comment on the removed key to the end of the endOfTerm line', () => {
    const text = READY_PLAN_V1.replace('    exit: expire', '    exit: expire # agreed with the customer');
    expect(migrated(text)).toBe(
      READY_PLAN.replace(
        '    endOfTerm: auto-renew-off',
        '    endOfTerm: auto-renew-off # agreed with the customer',
      ),
    );
  });

  it('keeps a quoted value quoted and exit in its place when it comes first', () => {
    const text = READY_PLAN_V1.replace(
      '    autoRenew: false\n    exit: expire',
      "    exit: 'cancel'\n    cancelOn: 2027-05-20\n    autoRenew: false",
    );
    expect(migrated(text)).toContain("    endOfTerm: 'cancel'\n    cancelOn: 2027-05-20\n    target:");
  });

  it('points an $schema key at version 2', () => {
    const text = READY_PLAN_V1.replace(
      'version: 1',
      '$schema: "https://csp-move.dev/schemas/plan-v1.json"\nversion: 1',
    );
    expect(parse(migrated(text)).$schema).toBe('https://csp-move.dev/schemas/plan-v2.json');
  });

  it('leaves a file alone when an anchor on autoRenew is used elsewhere', () => {
    const text = READY_PLAN_V1.replace('  agreementAccepted: true', '  agreementAccepted: *off').replace(
      '    autoRenew: false',
      '    autoRenew: &off false',
    );
    // An alias must come after its anchor: the customer moves below the subscriptions.
    const customer = /customer:\n(?: {2}.*\n)+/.exec(text)?.[0] as string;
    const ordered = text.replace(customer, '') + customer;
    expect(validateText(ordered).verdict).not.toBe('invalid');
    expect(migrateText(ordered)).toMatchObject({
      kind: 'manual',
      reason: 'anchor',
      pointer: '/subscriptions/0',
    });
  });

  it('refuses a file that is not a valid version 1 plan, with the diagnostics', () => {
    const outcome = migrateText(READY_PLAN_V1.replace('    exit: expire\n', ''));
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind === 'invalid')
      expect(outcome.result.diagnostics.map((d) => d.rule)).toEqual(['missing-field']);
    expect(migrateText('version: 1\nautoRenew: [').kind).toBe('invalid');
    expect(migrateText(READY_PLAN_V1, { maxFileSize: 100 }).kind).toBe('invalid');
  });

  it('leaves a version 2 plan alone', () => {
    expect(migrateText(READY_PLAN)).toEqual({ kind: 'current' });
  });
});
