import type { Diagnostic } from '../types.ts';
import { countFindings } from './summary.ts';
import type { Formatter } from './types.ts';

function finding(d: Diagnostic) {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    pointer: d.pointer,
    range: d.range,
    help: d.help,
    ...(d.related ? { related: d.related } : {}),
    ...(d.fixes ? { fixes: d.fixes } : {}),
  };
}

/**
 * The JSON contract, version 1 (DESIGN §6): `{ version, files: [{ path, verdict, findings }], summary }`.
 * Optional `related` and `fixes` on a finding only add to it; nothing else may change shape.
 */
export const json: Formatter = (report) => {
  const { files, errors, warnings, infos } = countFindings(report.files);
  const output = {
    version: 1,
    files: report.files.map((file) => ({
      path: file.path,
      verdict: file.verdict,
      findings: file.diagnostics.map(finding),
    })),
    summary: { files, errors, warnings, infos },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
