import { isRuleId, RULE_IDS } from '@csp-move/rules/rules';
import { closest } from '@csp-move/rules/suggest';
import { type Document, isScalar, visit } from 'yaml';
import { isDiagnosticCode } from '../diagnostics/index.ts';
import type { Diagnostic, SuppressedDiagnostic } from '../types.ts';
import { clip, type Draft } from './draft.ts';
import type { Source } from './locate.ts';
import { lineEnd, type Span } from './span.ts';

/** `# csp-move-disable-next-line <rule>[, <rule>…] -- <reason>` */
const DIRECTIVE = /(^|[ \t])#[ \t]*(csp-move-disable[\w-]*)(.*)$/;
const NEXT_LINE = 'csp-move-disable-next-line';

interface Suppression {
  /** The comment, from `#` to the end of the line. */
  span: Span;
  /** What the "remove it" fix deletes: the whole line when the comment stands alone, else the comment. */
  removal: Span;
  /** 1-based line the suppression applies to. */
  target: number;
  rules: string[];
  reason: string;
  used: Set<string>;
}

/** Character spans of every scalar, so that `#` inside a quoted or block string is not read as a comment. */
function scalarSpans(doc: Document): Span[] {
  const spans: Span[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && node.range) spans.push([node.range[0], node.range[1]]);
    },
  });
  return spans;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const result: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const end = lineEnd(text, start);
    result.push({ start, end, text: text.slice(start, end) });
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  return result;
}

/** For each line, the index of the next line after it with content (not blank, not a comment), or -1. */
function nextContentLines(all: readonly Line[]): number[] {
  const next = new Array<number>(all.length);
  let found = -1;
  for (let i = all.length - 1; i >= 0; i--) {
    next[i] = found;
    const trimmed = (all[i] as Line).text.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) found = i;
  }
  return next;
}

/** The comments that suppress findings, and drafts for the ones that are malformed. */
function parseSuppressions(source: Source): { suppressions: Suppression[]; drafts: Draft[] } {
  const { text } = source;
  const suppressions: Suppression[] = [];
  const drafts: Draft[] = [];
  if (!text.includes('csp-move-disable')) return { suppressions, drafts };
  const all = lines(text);
  // Directives come in text order, so one cursor walks the sorted scalar spans, and the line each
  // directive applies to comes from a table built once: no directive searches the whole file.
  let inScalar: Span[] | undefined;
  let cursor = 0;
  let targets: number[] | undefined;
  all.forEach((line, index) => {
    const match = DIRECTIVE.exec(line.text);
    if (!match) return;
    const hash = line.start + match.index + (match[1] as string).length;
    inScalar ??= scalarSpans(source.doc).sort((a, b) => a[0] - b[0]);
    while (cursor < inScalar.length && (inScalar[cursor] as Span)[1] <= hash) cursor += 1;
    const around = inScalar[cursor];
    if (around && around[0] <= hash && hash < around[1]) return;
    const span: Span = [hash, line.end];
    const next = all[index + 1];
    const alone = line.text.slice(0, hash - line.start).trim() === '';
    const removal: Span = alone
      ? [line.start, next ? next.start : line.end]
      : [line.start + match.index, line.end];
    const at = { code: 'malformed-suppression' as const, pointer: '', span };
    if (match[2] !== NEXT_LINE) {
      drafts.push(at);
      return;
    }
    const body = match[3] as string;
    const dashes = body.indexOf('--');
    const names = (dashes === -1 ? body : body.slice(0, dashes)).split(/[\s,]+/).filter(Boolean);
    const reason = dashes === -1 ? '' : body.slice(dashes + 2).trim();
    targets ??= nextContentLines(all);
    const targetIndex = targets[index] as number;
    if (names.length === 0) drafts.push({ ...at, variant: 'noRule' });
    else if (reason === '') drafts.push({ ...at, variant: 'noReason' });
    else if (targetIndex === -1) drafts.push({ ...at, variant: 'noTarget' });
    let searchFrom = line.start + match.index;
    const rules: string[] = [];
    for (const name of names) {
      const offset = text.indexOf(name, searchFrom);
      searchFrom = offset + name.length;
      const nameSpan: Span = [offset, offset + name.length];
      if (isRuleId(name)) {
        rules.push(name);
        continue;
      }
      const suggestion = isDiagnosticCode(name) ? undefined : closest(name, RULE_IDS);
      drafts.push({
        code: 'unknown-rule',
        pointer: '',
        span: nameSpan,
        variant: isDiagnosticCode(name) ? 'notSuppressible' : suggestion ? 'suggestion' : undefined,
        params: { name: clip(name), suggestion: suggestion ?? '' },
        fix: suggestion ? { span: nameSpan, replacement: suggestion, params: { suggestion } } : undefined,
      });
    }
    if (rules.length > 0 && reason !== '' && targetIndex !== -1) {
      suppressions.push({ span, removal, target: targetIndex + 1, rules, reason, used: new Set() });
    }
  });
  return { suppressions, drafts };
}

export interface SuppressionOutcome {
  kept: Diagnostic[];
  suppressed: SuppressedDiagnostic[];
  /** Malformed, unknown-rule and unused-suppression drafts. */
  drafts: Draft[];
}

/**
 * Applies suppression comments to rule findings: a finding whose range starts on the line after a
 * comment naming its rule is moved to `suppressed`. Comments that silence nothing are reported,
 * except for rules that are turned off (they could not have fired).
 */
export function applySuppressions(
  source: Source,
  findings: Diagnostic[],
  isOff: (rule: string) => boolean,
): SuppressionOutcome {
  const { suppressions, drafts } = parseSuppressions(source);
  if (suppressions.length === 0) return { kept: findings, suppressed: [], drafts };
  const kept: Diagnostic[] = [];
  const suppressed: SuppressedDiagnostic[] = [];
  const byLine = new Map<number, Suppression[]>();
  for (const s of suppressions) {
    const list = byLine.get(s.target) ?? [];
    list.push(s);
    byLine.set(s.target, list);
  }
  for (const finding of findings) {
    const by = byLine.get(finding.range.start.line)?.find((s) => s.rules.includes(finding.rule));
    if (!by) {
      kept.push(finding);
      continue;
    }
    by.used.add(finding.rule);
    suppressed.push({ ...finding, justification: by.reason });
  }
  for (const suppression of suppressions) {
    const unused = suppression.rules.filter((r) => !suppression.used.has(r) && !isOff(r));
    if (unused.length === 0) continue;
    const whole = unused.length === suppression.rules.length && suppression.used.size === 0;
    drafts.push({
      code: 'unused-suppression',
      pointer: '',
      span: suppression.span,
      params: { rules: unused.map((r) => `\`${r}\``) },
      fix: whole ? { span: suppression.removal, replacement: '' } : undefined,
    });
  }
  return { kept, suppressed, drafts };
}
