import { type SourceId, sourceTable } from '../generated/catalog-data.ts';
import { type ResolvedSource, resolveSource, type SourceUse } from './source-schema.ts';

export type { SourceId } from '../generated/catalog-data.ts';

/** Every source in `content/catalog/sources.yaml`, by id. */
export const sources: Readonly<Record<SourceId, ResolvedSource>> = Object.fromEntries(
  Object.entries(sourceTable).map(([id, record]) => [id, resolveSource(record)]),
) as Record<SourceId, ResolvedSource>;

/**
 * The source a rule rests on, by its id in `content/catalog/sources.yaml`; `use` names the part of the
 * page or an older version. The catalog build fails on an id it does not know and on a source no fact cites.
 */
export function cite(id: SourceId, use: SourceUse = {}): ResolvedSource {
  return resolveSource(sourceTable[id], use);
}
