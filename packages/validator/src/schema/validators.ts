import type { Localized } from '@csp-move/rules/messages';
import type { Draft } from '../core/draft.ts';
import type { Source } from '../core/locate.ts';
import { type CompiledValidator, distill } from './distill.ts';
import type { SchemaNode } from './resolve.ts';

/** The kinds of document the validator checks against a schema. */
export type DocumentKind = 'plan' | 'config' | 'catalog';

/** How the whole document is named in messages ("the plan is missing …"). */
export const ROOT_LABELS: Record<DocumentKind, Localized> = {
  plan: { en: 'the plan', 'zh-TW': '計畫檔' },
  config: { en: 'the configuration', 'zh-TW': '設定檔' },
  catalog: { en: 'the catalog extension', 'zh-TW': '目錄擴充檔' },
};

/** A schema and its validator, compiled ahead of time (src/generated, see scripts/generate-validators.ts). */
export interface SchemaCheck {
  kind: DocumentKind;
  validate: CompiledValidator;
  schema: object;
}

/** Checks a parsed value against a schema; returns one draft per problem. */
export function checkSchema(check: SchemaCheck, value: unknown, source: Source): Draft[] {
  if (check.validate(value)) return [];
  return distill({
    errors: check.validate.errors ?? [],
    schema: check.schema as SchemaNode,
    value,
    source,
    rootLabel: ROOT_LABELS[check.kind],
  });
}
