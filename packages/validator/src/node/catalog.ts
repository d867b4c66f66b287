import { dirname } from 'node:path';
import {
  type Catalog,
  type CatalogData,
  type CatalogExtension,
  catalogExtensionSchema,
  checkCatalog,
  createCatalog,
  defaultCatalog,
  extendCatalogData,
} from '@csp-move/rules/catalog';
import type { Locale } from '@csp-move/rules/messages';
import { type CheckedDocument, checkDocument } from '../core/document.ts';
import type { Draft } from '../core/draft.ts';
import { locate } from '../core/locate.ts';
import { decodePointer, joinPointer } from '../core/pointer.ts';
import { buildResult, fileProblem } from '../core/result.ts';
import type { FileResult } from '../types.ts';
import { outsideOf, repositoryRoot } from './config.ts';
import { type ReadProblem, readInput } from './read.ts';

/** Where a catalog extension came from: its own file, or the `catalog:` value of the config. */
export interface ExtensionOrigin {
  /** Path shown in diagnostics. */
  path: string;
  document: CheckedDocument;
  /** Pointer of the extension inside that document: `''` for a file, `/catalog` in the config. */
  prefix: string;
}

export type LoadedCatalog =
  | { kind: 'ok'; catalog: Catalog; extension?: CatalogExtension; hash: string }
  | { kind: 'invalid'; result: FileResult; text: string };

export type ReadExtension =
  | { kind: 'ok'; origin: ExtensionOrigin }
  | { kind: 'invalid'; result: FileResult; text: string }
  | { kind: 'missing'; code: string };

/**
 * Where a catalog named by a config may be: inside the repository that holds the config (the nearest
 * folder above it with `.git`, else the config's own folder), not in `.git`, links resolved. Returns
 * that folder when `file` is elsewhere (`/etc/passwd`, `../runner/config.json`, `.git/config`), so
 * that a config from a pull request cannot have any other file read and shown in the log.
 */
export function catalogOutside(file: string, configPath: string): string | undefined {
  const root = repositoryRoot(dirname(configPath)) ?? dirname(configPath);
  return outsideOf(root, file) ? root : undefined;
}

/**
 * Reads a catalog extension file (YAML or JSON), a regular file within `limit` bytes in UTF-8 (as
 * plans are read), and checks it against its schema.
 */
export async function readExtension(
  file: string,
  path: string,
  locale: Locale,
  limit: number,
): Promise<ReadExtension> {
  const read = readInput(file, limit, { regularOnly: true });
  if ('problem' in read) return unread(read.problem, path, locale);
  const { text } = read;
  const { validateCatalogExtension } = await import('../generated/catalog-validator.js');
  const check = {
    kind: 'catalog' as const,
    validate: validateCatalogExtension,
    schema: catalogExtensionSchema,
  };
  const document = checkDocument(text, check, path, locale);
  if (document.value === undefined) return { kind: 'invalid', result: document.result, text };
  return { kind: 'ok', origin: { path, document, prefix: '' } };
}

function unread(problem: ReadProblem, path: string, locale: Locale): ReadExtension {
  if (problem.code === 'file-unreadable') return { kind: 'missing', code: String(problem.params?.reason) };
  return {
    kind: 'invalid',
    result: fileProblem({ path, locale, catalog: defaultCatalog() }, problem),
    text: '',
  };
}

/** Where a catalog problem (a pointer into the merged data) is in the user's extension. */
function extensionPointer(
  problem: { file: string; pointer: string },
  merged: CatalogData,
  extension: CatalogExtension,
) {
  const [list, index, ...rest] = decodePointer(problem.pointer);
  if (problem.file === 'offers' && list === 'offers') {
    const id = merged.offers.offers[Number(index)]?.id;
    const k = extension.offers?.findIndex((o) => o.id === id) ?? -1;
    return k === -1 ? '' : joinPointer('/offers', k, ...rest);
  }
  if (problem.file === 'regions' && list === 'regions' && rest[0] === 'markets') {
    const code = merged.regions.regions[Number(index)]?.markets[Number(rest[1])]?.code;
    const k = extension.markets?.findIndex((m) => m.market.code === code) ?? -1;
    return k === -1 ? '' : joinPointer('/markets', k, 'market', ...rest.slice(2));
  }
  if (problem.file === 'policies') return joinPointer('/policies', ...(index ? [index] : []));
  return problem.file === 'extension' ? problem.pointer : '';
}

/**
 * The built-in catalog, extended by the user's extension when there is one. The merged catalog is
 * checked (ids that must exist, rename loops); problems come back as `invalid` with ranges in the
 * extension. `hash` identifies the catalog for the result cache.
 */
export async function buildCatalog(
  origin: ExtensionOrigin | undefined,
  locale: Locale,
): Promise<LoadedCatalog> {
  if (!origin) return { kind: 'ok', catalog: defaultCatalog(), hash: 'built-in' };
  const { document, prefix, path } = origin;
  const root = document.value as Record<string, unknown>;
  const extension = (prefix === '' ? root : root[prefix.slice(1)]) as CatalogExtension;
  const base = defaultCatalog().data;
  const merged = extendCatalogData(base, extension);
  // A market in a region that does not exist would be merged into nothing: refused, where it is written.
  const regionIds = base.regions.regions.map((r) => r.id);
  const lost: Draft[] = (extension.markets ?? []).flatMap(({ region, market }, i) => {
    if (regionIds.includes(region)) return [];
    const pointer = joinPointer(prefix, 'markets', i, 'region');
    return [
      {
        code: 'catalog-invalid' as const,
        variant: 'unknownRegion',
        pointer,
        span: locate(document.source, pointer, 'value'),
        params: { region, market: market.code, allowed: regionIds.map((id) => `\`${id}\``) },
      },
    ];
  });
  const problems = checkCatalog(merged);
  if (problems.length > 0 || lost.length > 0) {
    const drafts: Draft[] = lost.concat(
      problems.map((problem) => {
        const pointer = prefix + extensionPointer(problem, merged, extension);
        return {
          code: 'catalog-invalid',
          pointer,
          span: locate(document.source, pointer, 'value'),
          params: { detail: problem.message },
        };
      }),
    );
    const context = { path, locale, catalog: defaultCatalog() };
    return {
      kind: 'invalid',
      result: buildResult(context, drafts, document.lines),
      text: document.source.text,
    };
  }
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha1').update(JSON.stringify(extension)).digest('hex');
  return { kind: 'ok', catalog: createCatalog(merged), extension, hash };
}
