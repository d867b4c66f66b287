import { SEVERITY_LABELS } from '@csp-move/rules/messages';
import { MAX_DIAGNOSTICS_PER_FILE } from '../core/result.ts';
import type { Diagnostic } from '../types.ts';
import { moreFindings } from './strings.ts';
import { omittedCount, reaches } from './summary.ts';
import { escapeXml } from './text.ts';
import type { Formatter } from './types.ts';

function caseName(d: Diagnostic): string {
  return `${d.rule} ${d.range.start.line}:${d.range.start.column}`;
}

/**
 * JUnit XML for CI test reports: a test suite per file, a test case per finding. Findings at or above
 * --fail-on are failures; the others pass with their message as output. A clean file is one passing case.
 */
export const junit: Formatter = (report, options) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of report.files) {
    const cases: string[] = [];
    let fileFailures = 0;
    for (const d of file.diagnostics) {
      // Each part escaped on its own: the line breaks between them are the report's, any in a part are the file's.
      const where = `${d.pointer || '/'} ${d.range.start.line}:${d.range.start.column}`;
      const text = [d.message, where, d.help].map(escapeXml).join('\n');
      if (reaches(d.severity, options.failOn)) {
        fileFailures += 1;
        const type = SEVERITY_LABELS[d.severity].en;
        cases.push(
          `    <testcase classname="${escapeXml(file.path)}" name="${escapeXml(caseName(d))}">\n` +
            `      <failure message="${escapeXml(d.message)}" type="${type}">${text}</failure>\n` +
            '    </testcase>',
        );
      } else {
        cases.push(
          `    <testcase classname="${escapeXml(file.path)}" name="${escapeXml(caseName(d))}">\n` +
            `      <system-out>${text}</system-out>\n` +
            '    </testcase>',
        );
      }
    }
    if (cases.length === 0)
      cases.push(`    <testcase classname="${escapeXml(file.path)}" name="${file.verdict}"/>`);
    tests += cases.length;
    failures += fileFailures;
    const count = cases.length;
    const more = omittedCount(file);
    if (more > 0) {
      const note = moreFindings(more, MAX_DIAGNOSTICS_PER_FILE, options.locale);
      cases.push(`    <system-out>${escapeXml(note)}</system-out>`);
    }
    suites.push(
      `  <testsuite name="${escapeXml(file.path)}" tests="${count}" failures="${fileFailures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="csp-move" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
