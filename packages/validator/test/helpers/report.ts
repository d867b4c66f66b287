import { validateText } from '../../src/core/validate.ts';
import type { Report } from '../../src/formatters/types.ts';
import { planWith, READY_PLAN } from './plan.ts';

/** Plan texts that together exercise every part of a report: clean, invalid, findings, suppression. */
export const SAMPLE_SOURCES = new Map<string, string>([
  ['plans/ready.plan.yaml', READY_PLAN],
  [
    'plans/typos.plan.yaml',
    planWith('    termEnd: 2027-05-31', '    termend: 2027-05-31').replace(
      '  reseller: accepted',
      '  reseller: acepted',
    ),
  ],
  [
    'plans/region, "odd" | name.plan.yaml',
    planWith('  name: Tailspin Coffee\n  country: TW', '  name: 咖啡 Tailspin\n  country: DE')
      .replace('    endOfTerm: auto-renew-off', '    endOfTerm: renew')
      .replace('  adminAccess: gdap', '  adminAccess: dap'),
  ],
  [
    'plans/control.plan.yaml',
    planWith('  agreementAccepted: true', '  agreementAccepted: true\n  "evil\\e[31mkey": 1'),
  ],
  [
    'plans/suppressed.plan.yaml',
    planWith(
      '  name: Tailspin Coffee\n  country: TW',
      '  name: Tailspin Coffee\n  # csp-move-disable-next-line region-mismatch -- moving the tenant first\n  country: DE',
    ),
  ],
]);

/** The report of SAMPLE_SOURCES, as the CLI would build it (today fixed by each plan's asOf). */
export function sampleReport(locale: 'en' | 'zh-TW' = 'en'): Report {
  return { files: [...SAMPLE_SOURCES].map(([path, text]) => validateText(text, { path, locale })) };
}
