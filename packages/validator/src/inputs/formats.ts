import { formatSize } from '../core/size.ts';
import { EXPORT_FORMATS, readExport } from './exports.ts';
import type { FileFacts, InputProblem } from './facts.ts';
import { readJson } from './json.ts';

/**
 * Largest export csp-move reads, in the CLI and in the page alike: Graph's subscribedSkus of a large
 * tenant is a few hundred kilobytes.
 */
export const MAX_EXPORT_SIZE = 16 * 1024 * 1024;

/** The `too-large` problem of an export of `size` bytes, or nothing when it is within MAX_EXPORT_SIZE. */
export function exportSizeProblem(file: string, size: number): InputProblem | undefined {
  if (size <= MAX_EXPORT_SIZE) return undefined;
  return {
    file,
    code: 'too-large',
    params: { size: formatSize(size), limit: formatSize(MAX_EXPORT_SIZE) },
  };
}

/**
 * Every kind of input csp-move reads, one table (DESIGN §10). Each entry recognises itself from content,
 * never from a file name. Plan files (both versions) are validated; exports are imported into plans.
 * `validate` uses the plan entries to pick the schema, `import` and the checker use the export entries.
 * Adding a format: an entry here (a plan version) or in `EXPORT_FORMATS` (an export, with what it says).
 */
export const INPUT_FORMATS = [
  {
    id: 'plan-v2',
    kind: 'plan',
    title: 'csp-move plan file, version 2',
    /** A parsed YAML document is a version 2 plan unless it says version 1 or writes v1 fields. */
    detect: (value: unknown) => planVersionOf(value) === 2,
  },
  {
    id: 'plan-v1',
    kind: 'plan',
    title: 'csp-move plan file, version 1',
    detect: (value: unknown) => planVersionOf(value) === 1,
  },
  ...EXPORT_FORMATS.map((format) => ({
    id: format.id,
    kind: 'export' as const,
    title: format.title,
    detect: (value: unknown) =>
      typeof value === 'object' && value !== null && format.detect(value as Record<string, unknown>),
  })),
] as const;

/**
 * The plan version a parsed document is written in: 1 when it says so, or (without a valid version) when it
 * writes version 1's fields (`autoRenew`, `exit`), so that such a file gets one "version" diagnostic
 * instead of one per field; otherwise 2.
 */
export function planVersionOf(value: unknown): 1 | 2 {
  if (typeof value !== 'object' || value === null) return 2;
  const { version, subscriptions } = value as { version?: unknown; subscriptions?: unknown };
  if (version === 1) return 1;
  if (version === 2 || !Array.isArray(subscriptions)) return 2;
  return subscriptions.some(
    (sub) => typeof sub === 'object' && sub !== null && ('autoRenew' in sub || 'exit' in sub),
  )
    ? 1
    : 2;
}

/**
 * What one input file is and says: an export's facts, or the problems that stop it (with positions).
 * A plan file given to `import` is refused with a word on what to do instead.
 */
export function recognizeInput(
  text: string,
  file: string,
): { facts: FileFacts } | { problems: InputProblem[] } {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return { problems: [{ file, code: 'html', position: { line: 1, column: 1 } }] };
  if (!head.startsWith('{') && !head.startsWith('[')) {
    if (/^version:[ \t]*["']?[12]\b/m.test(text.slice(0, 16 * 1024)))
      return { problems: [{ file, code: 'plan-file', position: { line: 1, column: 1 } }] };
    return { problems: [{ file, code: 'unknown-shape', position: { line: 1, column: 1 } }] };
  }
  const parsed = readJson(text);
  if ('error' in parsed)
    return {
      problems: [
        { file, code: 'syntax', position: parsed.error.position, params: { detail: parsed.error.detail } },
      ],
    };
  return readExport(parsed.value, file, text);
}
