import type { Locale } from '@csp-move/rules/messages';
import { FILL_IN } from '@csp-move/rules/plan';
import { isMap, isScalar, isSeq, type Node, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { applyEdits, type Edit } from '../core/migrate-edits.ts';
import type { Field, ImportedLine, ImportedPlan } from './plan-model.ts';
import { renderLine, scalar } from './write-plan.ts';

/** One change an import made to an existing plan, for the report. */
export type Change =
  | { kind: 'value'; line?: string; field: string; from: string; to: string }
  | { kind: 'added'; line: string }
  | { kind: 'removed'; line: string };

/** Fields that are facts of the export: importing again brings them up to date whatever the file says. */
const FACTS = ['quantity', 'assigned', 'termEnd', 'trial'] as const;
/** Fields a person decides once the export is silent: importing again fills them only while `to-fill-in`. */
const HOLES = ['offer', 'channel', 'term', 'billing', 'endOfTerm'] as const;

// A comment `import` wrote: "<file>: <field path>" (and maybe a note). A person's own comment is kept.
const IMPORTED_COMMENT = /#\s*\S[^:#]*: (?:value|items|\.csp-move\.yaml|[A-Za-z]+\b(?:\[|\.|\s|$))/;

function pairValue(map: YAMLMap, key: string): Node | undefined {
  for (const pair of map.items) if (isScalar(pair.key) && pair.key.value === key) return pair.value as Node;
  return undefined;
}

function lineEndOf(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The value text and its comment for a field, as `renderLine` writes it. */
function valueText(field: Field<unknown>, rendered: string, key: string): string {
  const match = new RegExp(`^\\s*${key}: (.*)$`, 'm').exec(rendered);
  return match?.[1] ?? scalar(field.value as string);
}

/**
 * Brings an existing plan up to date with a new import, by editing its text: the facts of the export
 * (seats, assigned, dates, trial) are replaced where they changed, values still `to-fill-in` are filled
 * where the export now tells them, new subscriptions are appended and subscriptions the export no longer
 * lists are removed. Nothing else changes: targets, comments, lines a person added, their order. Lines
 * are matched by `subscriptionId`. Returns the new text (the same text when nothing changed).
 */
export function updatePlanText(
  text: string,
  plan: ImportedPlan,
  locale: Locale,
): { text: string; changes: Change[] } | { problem: string } {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) return { problem: doc.errors[0]?.message ?? 'YAML' };
  const root = doc.contents;
  const subs = isMap(root) ? pairValue(root, 'subscriptions') : undefined;
  if (!isMap(root) || !isSeq(subs)) return { problem: 'subscriptions' };
  const edits: Edit[] = [];
  const changes: Change[] = [];

  const replace = (node: Node, field: Field<unknown>, rendered: string, key: string, lineId?: string) => {
    const range = node.range as [number, number, number];
    const end = lineEndOf(text, range[0]);
    const rest = text.slice(range[1], end);
    const keepComment = rest.trim() !== '' && !IMPORTED_COMMENT.test(rest);
    const value = keepComment ? scalar(field.value as string) : valueText(field, rendered, key);
    edits.push({ span: [range[0], keepComment ? range[1] : end], text: value });
    changes.push({
      kind: 'value',
      ...(lineId ? { line: lineId } : {}),
      field: key,
      from: text.slice(range[0], range[1]),
      to: scalar(field.value as string),
    });
  };

  // The customer: facts of the tenant.
  const customer = pairValue(root, 'customer');
  if (isMap(customer)) {
    for (const key of ['name', 'domain', 'country'] as const) {
      const field = plan.customer[key];
      const node = pairValue(customer, key);
      if (!field || field.value === FILL_IN || !isScalar(node)) continue;
      if (String(node.value) !== String(field.value) && (key !== 'name' || node.value === FILL_IN))
        replace(node, field, `  ${key}: ${scalar(field.value as string)}`, key);
    }
  }

  const byId = new Map<string, ImportedLine>(plan.lines.map((l) => [String(l.subscriptionId.value), l]));
  const seen = new Set<string>();
  const items = (subs as YAMLSeq).items as Node[];
  items.forEach((item, index) => {
    if (!isMap(item)) return;
    const idNode = pairValue(item, 'subscriptionId');
    if (!isScalar(idNode)) return; // a line a person added: not the import's to change
    const lineId = String((pairValue(item, 'id') as { value?: unknown } | undefined)?.value ?? index);
    const imported = byId.get(String(idNode.value));
    if (!imported) {
      // Gone from the export: its whole block goes, from its "- " line to the next item's.
      const start = lineStartOf(text, (item.range as [number, number, number])[0]);
      const next = items[index + 1];
      const end = next
        ? lineStartOf(text, (next.range as [number, number, number])[0])
        : nextLine(text, (item.range as [number, number, number])[2] - 1);
      edits.push({ span: [start, end], text: '' });
      changes.push({ kind: 'removed', line: lineId });
      return;
    }
    seen.add(String(idNode.value));
    const rendered = renderLine(imported, locale);
    for (const key of [...FACTS, ...HOLES]) {
      const field = imported[key] as Field<unknown> | undefined;
      if (!field || field.value === FILL_IN) continue;
      const node = pairValue(item, key);
      if (node === undefined) {
        if (!(FACTS as readonly string[]).includes(key)) continue;
        // A fact the file does not have yet: a new line after the subscription id.
        const at = nextLine(text, (idNode.range as [number, number, number])[1]);
        edits.push({
          span: [at, at],
          text: `${' '.repeat(indentOf(text, idNode))}${key}: ${valueText(field, rendered, key)}\n`,
        });
        changes.push({
          kind: 'value',
          line: lineId,
          field: key,
          from: '',
          to: scalar(field.value as string),
        });
        continue;
      }
      if (!isScalar(node)) continue;
      const isHole = node.value === FILL_IN;
      const isFact = (FACTS as readonly string[]).includes(key);
      if ((isFact && String(node.value) !== String(field.value)) || (!isFact && isHole))
        replace(node, field, rendered, key, lineId);
    }
  });

  const added = plan.lines.filter((l) => !seen.has(String(l.subscriptionId.value)));
  if (added.length > 0) {
    const last = items[items.length - 1];
    const at = last ? nextLine(text, (last.range as [number, number, number])[2] - 1) : text.length;
    const taken = new Set(
      items.map((i) => (isMap(i) ? String((pairValue(i, 'id') as { value?: unknown })?.value) : '')),
    );
    const block = added
      .map((line) => {
        let id = line.id;
        for (let n = 2; taken.has(id); n++) id = `${line.id}-${n}`;
        taken.add(id);
        changes.push({ kind: 'added', line: id });
        return renderLine({ ...line, id }, locale);
      })
      .join('');
    const prefix = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
    edits.push({ span: [at, at], text: prefix + block });
  }
  return { text: edits.length > 0 ? applyEdits(text, edits) : text, changes };
}

/** The offset of the start of the line after the one holding `offset` (or the end of the text). */
function nextLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(0, offset));
  return newline === -1 ? text.length : newline + 1;
}

function indentOf(text: string, node: Node): number {
  const start = (node.range as [number, number, number])[0];
  const lineStart = lineStartOf(text, start);
  const keyLine = text.slice(lineStart, start);
  return keyLine.length - keyLine.trimStart().length;
}
