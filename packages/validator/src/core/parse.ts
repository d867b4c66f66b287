import {
  type Alias,
  Composer,
  type CST,
  type Document,
  isMap,
  isCollection as isNodeCollection,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  type Pair,
  Parser,
  parseDocument,
  type Range,
  type Scalar,
  visit,
  YAMLParseError,
} from 'yaml';
import { clip, type Draft } from './draft.ts';
import { LineIndex } from './lines.ts';
import { quickValue } from './quick-read.ts';
import { firstContentLine, firstLine, type Span } from './span.ts';

/** The result of reading YAML text once: the document (for positions), the value, the YAML problems. */
export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineIndex;
  /** The plain value; `undefined` when the YAML has errors (then the value cannot be trusted). */
  value: unknown;
  drafts: Draft[];
}

export interface ParseOptions {
  /** Aliases may expand to at most this many nodes (yaml's `maxAliasCount`). Default 100. */
  maxAliasCount?: number;
}

// Tags of the YAML 1.2 core schema: explicit `!!str` and friends are harmless; anything else is not.
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

function span(text: string, pos: readonly [number, number]): Span {
  const start = Math.min(pos[0], text.length);
  const end = Math.min(Math.max(pos[1], start), text.length);
  return end > start ? [start, end] : firstLine(text, start);
}

function yamlErrorDraft(text: string, code: string, pos: [number, number], message: string): Draft {
  const where = span(text, pos);
  switch (code) {
    case 'TAB_AS_INDENT':
      return { code: 'tab-indentation', pointer: '', span: where };
    case 'MULTIPLE_DOCS':
      return { code: 'multiple-documents', pointer: '', span: firstLine(text, pos[0]) };
    default:
      return {
        code: 'yaml-syntax',
        pointer: '',
        span: where,
        // Worded by the table when it has the parser's error code, else with the parser's own words.
        variant: code,
        params: { detail: message.replace(/\.$/, '') },
      };
  }
}

/** The opening quote of the quoted value that runs on to `at` (where the parser found no closing quote). */
function openingQuote(doc: Document.Parsed, at: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && node.range && node.range[0] < at && node.range[1] >= at) found = node.range[0];
    },
  });
  return found;
}

/** Parser codes whose wording is the same: one of them on a line is enough. */
const SAME_WORDING: Record<string, string> = { MULTILINE_IMPLICIT_KEY: 'BLOCK_AS_IMPLICIT_KEY' };

/**
 * The parser's errors and warnings as drafts, each said once where it starts: a quote never closed
 * is reported at the quote, not at the end of the file; the errors that follow from a tab used for
 * indentation (on its line and the next) are left out, as are errors of the same wording on a line.
 */
function yamlProblems(doc: Document.Parsed, text: string, lines: LineIndex): Draft[] {
  const drafts: Draft[] = [];
  const tabLines = new Set<number>();
  const said = new Set<string>();
  for (const problem of [...doc.errors, ...doc.warnings]) {
    // Unknown tags are reported once, by unsafeContent, with every other tag the format does not use.
    if (problem.code === 'TAG_RESOLVE_FAILED') continue;
    const line = lines.linePos(problem.pos[0]).line;
    if (problem.code === 'TAB_AS_INDENT') tabLines.add(line);
    else if (tabLines.has(line) || tabLines.has(line - 1)) continue;
    const key = `${line}|${SAME_WORDING[problem.code] ?? problem.code}`;
    if (said.has(key)) continue;
    said.add(key);
    const quote =
      problem.code === 'MISSING_CHAR' && /quote/.test(problem.message)
        ? openingQuote(doc, problem.pos[0])
        : undefined;
    drafts.push(
      quote === undefined
        ? yamlErrorDraft(text, problem.code, problem.pos, problem.message)
        : { code: 'yaml-syntax', pointer: '', span: firstLine(text, quote), variant: 'UNCLOSED_QUOTE' },
    );
  }
  return drafts;
}

/** Same key value as a Map compares them (SameValueZero): NaN equals NaN. */
function sameKey(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

// Mappings up to this size are checked pair by pair: cheaper than a Set for the few keys of a plan.
const SMALL_MAP = 12;

/**
 * A draft for each key used twice in one mapping, on the whole key, related to where it first
 * appeared. yaml's own check (uniqueKeys) compares each key with every earlier one, which is quadratic
 * in the size of a mapping; this one compares small mappings pair by pair and keeps an index for large
 * ones. Keys are equal as yaml compares them: the same scalar value. One walk over the nodes, without
 * yaml's visitor (which costs more than the check on a plan-sized file).
 */
function duplicateKeys(doc: Document.Parsed): Draft[] {
  const drafts: Draft[] = [];
  const report = (key: Scalar, first: Scalar) =>
    drafts.push({
      code: 'duplicate-key',
      pointer: '',
      span: [(key.range as Range)[0], (key.range as Range)[1]],
      params: { key: clip(String(key.value)) },
      related: [{ pointer: '', span: [(first.range as Range)[0], (first.range as Range)[1]] }],
    });
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const items = node.items;
      if (items.length <= SMALL_MAP) {
        for (let i = 1; i < items.length; i++) {
          const key = (items[i] as Pair).key;
          if (!isScalar(key) || !key.range) continue;
          for (let j = 0; j < i; j++) {
            const earlier = (items[j] as Pair).key;
            if (isScalar(earlier) && earlier.range && sameKey(earlier.value, key.value)) {
              report(key, earlier);
              break;
            }
          }
        }
      } else {
        const seen = new Map<unknown, Scalar>();
        for (const { key } of items as Pair[]) {
          if (!isScalar(key) || !key.range) continue;
          const first = seen.get(key.value);
          if (first) report(key, first);
          else seen.set(key.value, key);
        }
      }
      for (let i = items.length - 1; i >= 0; i--) {
        const { key, value } = items[i] as Pair;
        if (isNodeCollection(value)) stack.push(value);
        if (isNodeCollection(key)) stack.push(key);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        // A pair in a flow sequence (`[a: 1, a: 2]`) is a mapping of one pair: nothing to compare.
        if (isPair(item)) {
          if (isNodeCollection(item.value)) stack.push(item.value);
          if (isNodeCollection(item.key)) stack.push(item.key);
        } else if (isNodeCollection(item)) stack.push(item);
      }
    }
  }
  return drafts;
}

/** Things the parser accepts that a plan file must not contain: `__proto__`, tags, YAML 1.1. */
function unsafeContent(doc: Document.Parsed, text: string): Draft[] {
  const drafts: Draft[] = [];
  const version = doc.directives?.yaml;
  if (version?.explicit && version.version !== '1.2') {
    const at = Math.max(0, text.indexOf('%YAML'));
    drafts.push({
      code: 'yaml-version',
      pointer: '',
      span: firstLine(text, at),
      params: { version: version.version },
    });
  }
  // Cheap text checks first: most files contain neither, and then the tree is not walked.
  const proto = text.includes('__proto__');
  const tags = text.includes('!');
  if (!proto && !tags) return drafts;
  visit(doc, {
    Pair(_, pair) {
      if (proto && isScalar(pair.key) && pair.key.value === '__proto__' && pair.key.range) {
        drafts.push({ code: 'proto-key', pointer: '', span: [pair.key.range[0], pair.key.range[1]] });
      }
    },
    Node(_, node) {
      if (tags && node.tag && !CORE_TAGS.has(node.tag) && node.range) {
        const where = span(text, [node.range[0], node.range[1]]);
        drafts.push({ code: 'yaml-tag', pointer: '', span: where, params: { tag: clip(node.tag) } });
      }
    },
  });
  return drafts;
}

/** The first alias in the file that matches `test`, for placing alias problems. */
function findAlias(doc: Document.Parsed, text: string, test: (alias: Alias) => boolean): Span {
  let found: Span | undefined;
  visit(doc, {
    Alias(_, alias) {
      if (!found && alias.range && test(alias)) found = [alias.range[0], alias.range[1]];
      if (found) return visit.BREAK;
    },
  });
  return found ?? firstContentLine(text);
}

/**
 * Deepest nesting of lists and mappings a document may have. Plans are about five levels deep; the
 * limit keeps the parser's recursion far from the stack's end, so that every run (main thread or
 * worker, whatever the stack already holds) reports the same thing.
 */
export const MAX_DEPTH = 64;

type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;

/** The offset of the first collection nested deeper than MAX_DEPTH, found without recursion. */
function tooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: [CST.Token | undefined, number][] = tokens.map((token) => [token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [CST.Token | undefined, number];
    if (!token) continue;
    if (token.type === 'document') {
      stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= MAX_DEPTH) return token.offset;
      for (const item of (token as Collection).items) {
        const { key, value } = item as { key?: CST.Token | null; value?: CST.Token };
        if (key) stack.push([key, depth + 1]);
        stack.push([value, depth + 1]);
      }
    }
  }
  return undefined;
}

const isCollection = (token: CST.Token) =>
  token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';

/**
 * The concrete syntax tree of `text`, read with the parser's open collections in view: once more than
 * MAX_DEPTH are open, reading stops there (`deep` is the offset of the first one too deep), so that a
 * megabyte of `[` costs a few dozen tokens instead of a million-level tree. tooDeep has the last word
 * on a file read to its end.
 */
function tokensWithin(text: string): { tokens: CST.Token[]; deep?: number } {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text, false)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The stack holds at least one entry per open collection: only a long one needs counting.
    if (parser.stack.length > MAX_DEPTH) {
      const open = parser.stack.filter(isCollection);
      if (open.length > MAX_DEPTH) return { tokens: [], deep: (open[MAX_DEPTH] as CST.Token).offset };
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens, deep: tooDeep(tokens) };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what is looked for.
const NUL = /\u0000/;

/** Problems with the text itself, found before parsing: a NUL character, lone CR line endings. */
function textProblem(text: string): Draft | undefined {
  const nul = text.search(NUL);
  if (nul !== -1) return { code: 'file-encoding', variant: 'nul', pointer: '', span: [nul, nul + 1] };
  const cr = text.search(/\r(?!\n)/);
  if (cr !== -1) return { code: 'line-endings', pointer: '', span: firstLine(text, 0, cr) };
  return undefined;
}

/** Composes the syntax tree like yaml's parseDocument: the first document, with its errors. */
function compose(tokens: readonly CST.Token[], text: string): Document.Parsed {
  const composer = new Composer({
    // Duplicate keys are found by duplicateKeys(), in linear time.
    uniqueKeys: false,
    prettyErrors: false,
    // Warnings are reported as diagnostics and must not reach the console; 'silent' would also drop
    // the error about a second document.
    logLevel: 'error',
  });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      // The same error parseDocument gives; reported as multiple-documents.
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents',
        ),
      );
      break;
    }
  }
  return doc ?? (parseDocument('') as Document.Parsed);
}

/**
 * Parses YAML text once, keeping positions, and turns every YAML error and warning into a draft.
 * Never throws for any input: alias bombs and unresolved aliases become diagnostics.
 */
export function parseYaml(text: string, options: ParseOptions = {}): ParsedYaml {
  return read(text, options, true);
}

/** parseYaml without the shortcut for plainly written text: the document is always composed first. */
export function composeYaml(text: string, options: ParseOptions = {}): ParsedYaml {
  return read(text, options, false);
}

function read(text: string, options: ParseOptions, quickly: boolean): ParsedYaml {
  const lines = new LineIndex(text);
  const problem = textProblem(text);
  if (problem)
    return { doc: parseDocument('') as Document.Parsed, lines, value: undefined, drafts: [problem] };
  const { tokens, deep } = tokensWithin(text);
  if (deep !== undefined) {
    const draft: Draft = {
      code: 'nesting-limit',
      pointer: '',
      span: firstLine(text, deep, deep + 1),
      params: { limit: MAX_DEPTH },
    };
    return { doc: compose([], text), lines, value: undefined, drafts: [draft] };
  }
  // A plan written plainly has its value read straight from the syntax tree; the document (for
  // positions) is composed only if something asks where a finding is.
  const quick = quickly ? quickValue(tokens, text) : undefined;
  if (quick !== undefined) {
    let composed: Document.Parsed | undefined;
    return {
      get doc() {
        composed ??= compose(tokens, text);
        return composed;
      },
      lines,
      value: quick,
      drafts: [],
    };
  }
  const doc = compose(tokens, text);
  const drafts = yamlProblems(doc, text, lines);
  drafts.push(...duplicateKeys(doc));
  drafts.push(...unsafeContent(doc, text));
  if (drafts.length > 0) return { doc, lines, value: undefined, drafts };

  const maxAliasCount = options.maxAliasCount ?? 100;
  try {
    return { doc, lines, value: doc.toJS({ maxAliasCount }), drafts };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // maxAliasCount 0 refuses every alias: the same problem, with a limit of none.
    if (/alias count|alias resolution is disabled/i.test(message)) {
      const where = findAlias(doc, text, () => true);
      drafts.push({ code: 'alias-limit', pointer: '', span: where, params: { limit: maxAliasCount } });
    } else if (/unresolved alias/i.test(message)) {
      const where = findAlias(doc, text, (alias) => alias.resolve(doc) === undefined);
      const name = text.slice(where[0] + 1, where[1]);
      drafts.push({ code: 'unresolved-alias', pointer: '', span: where, params: { name: clip(name) } });
    } else {
      throw error;
    }
    return { doc, lines, value: undefined, drafts };
  }
}
