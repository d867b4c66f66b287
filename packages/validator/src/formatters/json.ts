import type { Diagnostic, FileResult, FileStep } from '../types.ts';
import { countFindings } from './summary.ts';
import { jsonText } from './text.ts';
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
    ...(d.kind ? { kind: d.kind } : {}),
    ...(d.due ? { due: d.due } : {}),
  };
}

/** A step as the JSON outputs show it (`validate` for the next step, `status` and `explain` for all). */
export function jsonStep(step: FileStep) {
  return {
    id: step.id,
    kind: step.kind,
    state: step.state,
    ...(step.date ? { date: step.date } : {}),
    ...(step.due ? { due: step.due } : {}),
    ...(step.subscription ? { subscription: step.subscription } : {}),
    pointer: step.pointer,
    title: step.title,
  };
}

function nextStep(file: FileResult) {
  const next = file.schedule?.next;
  return next ? { nextStep: jsonStep(next) } : {};
}

/**
 * The JSON contract, version 1 (DESIGN §6): `{ version, files: [{ path, verdict, findings }], summary }`.
 * Optional `related`, `fixes`, `kind` and `due` on a finding and `nextStep` and `omitted` on a file only add to it;
 * nothing else may change shape.
 */
export const json: Formatter = (report) => {
  const { files, errors, warnings, infos } = countFindings(report.files);
  const output = {
    version: 1,
    files: report.files.map((file) => ({
      path: file.path,
      verdict: file.verdict,
      findings: file.diagnostics.map(finding),
      // Findings past the per-file cap, by severity; the summary counts them too.
      ...(file.omitted ? { omitted: file.omitted } : {}),
      ...nextStep(file),
    })),
    summary: { files, errors, warnings, infos },
  };
  return `${jsonText(output, 2)}\n`;
};
