import type { FromSchema } from 'json-schema-to-ts';
import { source } from './schema.ts';

/**
 * Sources keyed once. `content/catalog/sources.yaml` declares every page a fact rests on; the other
 * catalog files name a source by its id (`source: gdap-faq`) and rules cite it (`cite('gdap-faq')`).
 * The build resolves each reference into the full source the data model has always held, so readers of
 * the catalog (rules, site, CLI) see no difference, and re-checking a page is one edit.
 */

const date = { type: 'string', format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } as const;
const sourceId = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' } as const;

export const sourceRecordSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'url', 'publisher', 'checked'],
  properties: {
    id: { ...sourceId, description: 'The key facts cite the source by.' },
    title: { type: 'string', minLength: 1 },
    url: { type: 'string', pattern: '^https://' },
    publisher: {
      enum: ['microsoft', 'third-party', 'csp-move'],
      description:
        "Who published it: Microsoft's own documentation, a third party (distributor, vendor, blog), or csp-move itself (the plan-file specification).",
    },
    date: { ...date, description: 'Date of the page (ms.date or publication date), where it shows one.' },
    checked: { ...date, description: 'The day the page was last read to check the facts still rest on it.' },
  },
} as const;

export const sourcesFileSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'csp-move catalog: sources',
  type: 'object',
  additionalProperties: false,
  required: ['sources'],
  properties: {
    $schema: { type: 'string' },
    sources: { type: 'array', minItems: 1, items: sourceRecordSchema },
  },
} as const;

/** What a use adds to the source it names; absent fields are the source's own. */
const sourceUse = {
  section: { type: 'string', minLength: 1, description: 'The part of the page the fact rests on.' },
  date: { ...date, description: 'The date of an older version of the page the fact rests on.' },
  checked: {
    ...date,
    description:
      'When the fact itself was last compared with the page, if earlier than the page was checked.',
  },
} as const;

/** A reference in offers, policies and regions: an id, or an id with what the use adds. */
export const sourceRefSchema = {
  anyOf: [
    sourceId,
    {
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      properties: { id: sourceId, ...sourceUse },
    },
  ],
} as const;

export type SourcesFile = FromSchema<typeof sourcesFileSchema>;
export type SourceRecord = SourcesFile['sources'][number];
export type SourceUse = { section?: string; date?: string; checked?: string };
export type SourceRef = string | ({ id: string } & SourceUse);

/** The source a fact rests on, as rules and catalog records hold it. */
export interface ResolvedSource {
  /** The page's title, with the section the fact rests on when the use names one. */
  title: string;
  url: string;
  /** Date of the page (or of the older version the fact rests on). */
  date?: string;
  /** Who published it: Microsoft, a third party, or csp-move itself (the plan-file specification). */
  publisher: SourceRecord['publisher'];
  /** The day the page was last read to check the fact still rests on it. */
  checked: string;
}

/** A source record with what one use adds: the section joins the title, dates replace the page's. */
export function resolveSource(record: SourceRecord, use: SourceUse = {}): ResolvedSource {
  const date = use.date ?? record.date;
  return {
    title: use.section ? `${record.title}, ${use.section}` : record.title,
    url: record.url,
    ...(date ? { date } : {}),
    publisher: record.publisher,
    checked: use.checked ?? record.checked,
  };
}

/**
 * A catalog file schema as its YAML is written: every inline source (the shipped `source` schema) is a
 * reference instead. The resolved form, which the types are derived from, stays the schema itself.
 */
export function withSourceRefs<T>(schema: T): T {
  const swap = (node: unknown): unknown => {
    if (node === source) return sourceRefSchema;
    if (Array.isArray(node)) return node.map(swap);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, swap(value)]));
    }
    return node;
  };
  return swap(schema) as T;
}
