import { isCalendarDate } from '@csp-move/rules/dates';
import type { Localized } from '@csp-move/rules/messages';
import { closest } from '@csp-move/rules/suggest';
import { clip, type Draft } from '../core/draft.ts';
import { locate, type Source } from '../core/locate.ts';
import { displayPath, joinPointer } from '../core/pointer.ts';
import { resolveAnyOf, type SchemaError } from './any-of.ts';
import { oneOf, orList, patternHint } from './labels.ts';
import { typeDraft } from './pitfalls.ts';
import { parentSchema, type SchemaNode, valueAt } from './resolve.ts';

/** A validation function as ajv's standalone code exports it. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export interface DistillInput {
  errors: readonly SchemaError[];
  /** The schema the errors came from, for allowed keys and conditions. */
  schema: SchemaNode;
  value: unknown;
  source: Source;
  /** How the whole document is named in messages ("the plan"). */
  rootLabel: Localized;
}

// Longest key or value compared with the allowed ones for "did you mean".
const MAX_SUGGESTIBLE = 100;

// When several keywords fail on one value, the first in this list says the most.
const PRIORITY = ['type', 'const', 'enum', 'format', 'pattern'];

/** One error per value: a type error hides the rest, a date format error hides its pattern. */
function onePerValue(errors: SchemaError[]): SchemaError[] {
  const valueKeywords = new Map<string, SchemaError>();
  const kept: SchemaError[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue; // the then-branch error says what is missing
    const rank = PRIORITY.indexOf(error.keyword);
    if (rank === -1 || error.propertyName !== undefined) {
      kept.push(error);
      continue;
    }
    const best = valueKeywords.get(error.instancePath);
    if (!best || rank < PRIORITY.indexOf(best.keyword)) valueKeywords.set(error.instancePath, error);
  }
  return [...kept, ...valueKeywords.values()];
}

function pathLabel(pointer: string, rootLabel: Localized): string | Localized {
  return pointer === '' ? rootLabel : displayPath(pointer);
}

/** The edit that makes a value match its pattern, when an obvious one exists (case, spaces). */
function patternFix(value: string, pattern: string): string | undefined {
  const regex = new RegExp(pattern, 'u');
  const candidates = [
    value.trim(),
    value.trim().toUpperCase(),
    value
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, ''),
  ];
  return candidates.find((c) => c !== value && regex.test(c));
}

/** 2027-3-5 or 2027/03/05 written as the calendar date it clearly means. */
function dateFix(value: string): string | undefined {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value.trim());
  if (!m) return undefined;
  const date = `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
  return date !== value && isCalendarDate(date) ? date : undefined;
}

function conditionOf(schema: SchemaNode | undefined): string | undefined {
  const properties = (schema?.if as SchemaNode | undefined)?.properties as
    | Record<string, SchemaNode>
    | undefined;
  const [name, rule] = Object.entries(properties ?? {})[0] ?? [];
  return name && rule && 'const' in rule ? `${name}: ${String(rule.const)}` : undefined;
}

/**
 * Turns ajv's errors into one draft per problem, each on the right node: unknown key on the key,
 * wrong value on the value, missing field on the mapping that lacks it. Adds "did you mean" and fixes.
 */
export function distill({ errors, schema, value, source, rootLabel }: DistillInput): Draft[] {
  const drafts: Draft[] = [];
  const list = onePerValue(resolveAnyOf([...errors]));
  const renamed = new Set<string>(); // `${pointer}\0${key}` of required keys an unknown key stands for
  // The keys of each mapping with unknown keys, gathered once per mapping rather than once per key.
  const presentKeys = new Map<string, Set<string>>();
  const keysAt = (pointer: string) => {
    let keys = presentKeys.get(pointer);
    if (!keys) {
      const data = valueAt(value, pointer);
      keys = new Set(data && typeof data === 'object' ? Object.keys(data) : []);
      presentKeys.set(pointer, keys);
    }
    return keys;
  };

  for (const error of list) {
    if (error.keyword !== 'additionalProperties' && error.propertyName === undefined) continue;
    const pointer = error.instancePath;
    const key = String(error.propertyName ?? error.params.additionalProperty);
    const owner = parentSchema(schema, error.schemaPath);
    const present = keysAt(pointer);
    const allowed =
      error.propertyName !== undefined
        ? ((error.params.allowedValues as string[] | undefined) ?? [])
        : Object.keys((owner?.properties as object | undefined) ?? {});
    // No allowed name is close to a key many times its length; such keys skip the comparison.
    const suggestion =
      key.length > MAX_SUGGESTIBLE
        ? undefined
        : closest(
            key,
            allowed.filter((k) => !present.has(k) && k !== '$schema'),
          );
    const keyPointer = joinPointer(pointer, key);
    const span = locate(source, keyPointer, 'key');
    if (suggestion) renamed.add(`${pointer}\0${suggestion}`);
    drafts.push({
      code: 'unknown-key',
      pointer: keyPointer,
      span,
      variant: suggestion ? 'suggestion' : undefined,
      params: {
        key: clip(key),
        path: pathLabel(pointer, rootLabel),
        suggestion: suggestion ?? '',
        allowed: allowed.filter((k) => k !== '$schema').map((k) => `\`${k}\``),
      },
      fix: suggestion ? { span, replacement: suggestion, params: { suggestion } } : undefined,
    });
  }

  for (const error of list) {
    if (error.propertyName !== undefined) continue; // an unknown key of a keyed mapping, done above
    const pointer = error.instancePath;
    const data = valueAt(value, pointer);
    const path = pathLabel(pointer, rootLabel);
    const params = error.params;
    switch (error.keyword) {
      case 'additionalProperties':
      case 'propertyNames':
        break;
      case 'required': {
        const field = String(params.missingProperty);
        if (renamed.has(`${pointer}\0${field}`)) break; // the unknown key's "did you mean" says it
        const condition = error.schemaPath.includes('/then/')
          ? conditionOf(parentSchema(schema, error.schemaPath.replace(/\/then\/required$/, '/then')))
          : undefined;
        drafts.push({
          code: 'missing-field',
          pointer,
          span: locate(source, pointer, 'parent'),
          variant: condition ? 'conditional' : undefined,
          params: { field, path, condition: condition ?? '' },
        });
        break;
      }
      case 'type':
        drafts.push(typeDraft(source, pointer, [params.type].flat().map(String), data, path));
        break;
      case 'enum':
      case 'const': {
        const allowed = (
          error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]
        ).map(String);
        if (data === null || data === undefined) {
          drafts.push(typeDraft(source, pointer, [], data, path));
          const last = drafts[drafts.length - 1] as Draft;
          last.params = { ...last.params, expected: oneOf(allowed) };
          break;
        }
        const text = typeof data === 'string' ? data : JSON.stringify(data);
        const suggestion =
          typeof data === 'object' || text.length > MAX_SUGGESTIBLE
            ? undefined
            : closest(String(text), allowed);
        const span = locate(source, pointer, 'value');
        drafts.push({
          code: 'invalid-value',
          pointer,
          span,
          variant: suggestion ? 'suggestion' : undefined,
          params: { value: clip(text), path, suggestion: suggestion ?? '', allowed: orList(allowed) },
          fix: suggestion ? { span, replacement: suggestion, params: { suggestion } } : undefined,
        });
        break;
      }
      case 'format': {
        const span = locate(source, pointer, 'value');
        const replacement = typeof data === 'string' ? dateFix(data) : undefined;
        drafts.push({
          code: 'invalid-date',
          pointer,
          span,
          params: { value: clip(data), path },
          fix: replacement ? { span, replacement } : undefined,
        });
        break;
      }
      case 'pattern': {
        const span = locate(source, pointer, 'value');
        const pattern = String(params.pattern);
        const suggestion = typeof data === 'string' ? patternFix(data, pattern) : undefined;
        drafts.push({
          code: 'pattern-mismatch',
          pointer,
          span,
          params: { value: clip(data), path, expected: patternHint(pattern) },
          fix: suggestion ? { span, replacement: suggestion, params: { suggestion } } : undefined,
        });
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
      case 'minLength':
      case 'maxLength':
      case 'minItems':
      case 'maxItems':
        drafts.push({
          code: 'out-of-range',
          pointer,
          span: locate(source, pointer, 'value'),
          variant: error.keyword.replace(/^exclusive(M)/, 'm'),
          params: { path, limit: Number(params.limit) },
        });
        break;
      case 'uniqueItems': {
        const [first, again] = [Number(params.i), Number(params.j)].sort((a, b) => a - b) as [number, number];
        const item = Array.isArray(data) ? data[again] : undefined;
        drafts.push({
          code: 'duplicate-item',
          pointer: joinPointer(pointer, again),
          span: locate(source, joinPointer(pointer, again), 'value'),
          params: { path, value: clip(item) },
          related: [
            {
              pointer: joinPointer(pointer, first),
              span: locate(source, joinPointer(pointer, first), 'value'),
            },
          ],
        });
        break;
      }
      default:
        drafts.push({
          code: 'schema-violation',
          pointer,
          span: locate(source, pointer, 'value'),
          params: { path, detail: error.message ?? error.keyword },
        });
    }
  }
  return drafts;
}
