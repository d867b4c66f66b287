import type { Catalog } from '@csp-move/rules/catalog';
import { formatTemplate, type Locale } from '@csp-move/rules/messages';
import type { Param, Severity } from '@csp-move/rules/rules';
import { type DiagnosticCode, diagnosticDefinition, diagnosticUrl } from '../diagnostics/index.ts';
import type { Diagnostic } from '../types.ts';
import type { LineIndex } from './lines.ts';
import { type Span, toRange } from './span.ts';

/** A diagnostic of the validator's own before it is worded: code, place and the values it needs. */
export interface Draft {
  code: DiagnosticCode;
  pointer: string;
  span: Span;
  params?: Record<string, Param>;
  /** Which of the code's message templates to use; `default` when absent. */
  variant?: string;
  related?: { pointer: string; span: Span }[];
  fix?: { span: Span; replacement: string; params?: Record<string, Param> };
  /** Only when it differs from the code's default severity. */
  severity?: Severity;
}

/** What wording a diagnostic needs: the locale, the catalog (for names) and line positions. */
export interface RenderContext {
  locale: Locale;
  catalog: Catalog;
  lines: LineIndex | undefined;
}

/** Words a draft in the locale and turns its spans into line/column ranges. */
export function renderDraft(draft: Draft, context: RenderContext): Diagnostic {
  const definition = diagnosticDefinition(draft.code);
  const options = { locale: context.locale, catalog: context.catalog };
  const params = draft.params ?? {};
  const template = definition.messages[draft.variant ?? 'default'] ?? definition.messages.default;
  const diagnostic: Diagnostic = {
    rule: draft.code,
    severity: draft.severity ?? definition.severity,
    message: formatTemplate(template[context.locale], params, options),
    pointer: draft.pointer,
    range: toRange(context.lines, draft.span),
    help: diagnosticUrl(draft.code, context.locale),
  };
  if (draft.related?.length) {
    diagnostic.related = draft.related.map((r) => ({
      pointer: r.pointer,
      range: toRange(context.lines, r.span),
    }));
  }
  if (draft.fix && definition.fix) {
    const fixParams = { ...params, replacement: draft.fix.replacement, ...draft.fix.params };
    diagnostic.fixes = [
      {
        range: toRange(context.lines, draft.fix.span),
        replacement: draft.fix.replacement,
        title: formatTemplate(definition.fix[context.locale], fixParams, options),
      },
    ];
  }
  return diagnostic;
}

/** Shortens a value from the file for a message; the formatters escape control characters. */
export function clip(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
