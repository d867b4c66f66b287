import { jsonStep } from '../formatters/json.ts';
import { jsonText } from '../formatters/text.ts';
import type { StatusReport } from './rows.ts';

/**
 * `csp-move status --format json`, version 1: `{ version, plans: [...], summary }`, one entry per plan
 * in the order shown, each with its next step, days left, overdue steps and every step.
 */
export function statusJson(report: StatusReport): string {
  const output = {
    version: 1,
    ...(report.within === undefined ? {} : { within: report.within }),
    plans: report.rows.map((row) => ({
      path: row.path,
      ...(row.customer === undefined ? {} : { customer: row.customer }),
      verdict: row.verdict,
      ...(row.today ? { today: row.today } : {}),
      ...(row.next ? { nextStep: jsonStep(row.next) } : {}),
      ...(row.day ? { date: row.day } : {}),
      ...(row.daysLeft === undefined ? {} : { daysLeft: row.daysLeft }),
      overdue: row.overdue.map((s) => s.id),
      steps: row.steps.map(jsonStep),
      findings: { errors: row.errors, warnings: row.warnings, infos: row.infos },
    })),
    summary: {
      plans: report.total,
      shown: report.rows.length,
      overdue: report.rows.filter((r) => r.overdue.length > 0).length,
    },
  };
  return `${jsonText(output, 2)}\n`;
}
