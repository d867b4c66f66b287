import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileResult } from '../types.ts';

/** The cache folder, under the working folder. */
export const CACHE_DIR = '.csp-move-cache';
const CACHE_FILE = 'results-v1.json';

type Entry = { hash: string; result: Omit<FileResult, 'path'> };

interface CacheFile {
  version: 1;
  key: string;
  entries: Record<string, Entry>;
}

type Digest = (text: string) => string;

/**
 * Results of earlier runs, by path and content hash. Entries made under another key (another tool
 * build, catalog, configuration, locale or date) are dropped when the cache is loaded.
 */
export class ResultCache {
  readonly file: string;
  /** A short digest of a file's content. Not for security: only to notice that a file changed. */
  readonly hash: Digest;
  private readonly key: string;
  private readonly entries: Map<string, Entry>;
  private changed = false;

  private constructor(file: string, key: string, entries: Map<string, Entry>, hash: Digest) {
    this.file = file;
    this.hash = hash;
    this.key = key;
    this.entries = entries;
  }

  /**
   * Loads the cache of `cwd` for `parts`: everything besides the content that decides a result (tool
   * build, catalog, configuration, locale, date). A missing, unreadable or outdated cache starts empty.
   */
  static async load(cwd: string, parts: Record<string, unknown>): Promise<ResultCache> {
    // node:crypto takes a while to load; runs without --cache never load it.
    const { createHash } = await import('node:crypto');
    const hash: Digest = (text) => createHash('sha1').update(text).digest('base64url');
    const key = hash(JSON.stringify(parts));
    const file = join(cwd, CACHE_DIR, CACHE_FILE);
    let entries = new Map<string, Entry>();
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (data.version === 1 && data.key === key) entries = new Map(Object.entries(data.entries));
    } catch {
      // No cache yet, or one that cannot be read: start afresh.
    }
    return new ResultCache(file, key, entries, hash);
  }

  /** The stored result for a path, if its content has not changed since. */
  lookup(path: string, hash: string): FileResult | undefined {
    const entry = this.entries.get(path);
    return entry && entry.hash === hash ? { path, ...entry.result } : undefined;
  }

  store(path: string, hash: string, result: FileResult): void {
    const { path: _path, ...rest } = result;
    this.entries.set(path, { hash, result: rest });
    this.changed = true;
  }

  /** True when `serialize()` has something new to save. */
  get dirty(): boolean {
    return this.changed;
  }

  serialize(): string {
    const data: CacheFile = { version: 1, key: this.key, entries: Object.fromEntries(this.entries) };
    return JSON.stringify(data);
  }
}
