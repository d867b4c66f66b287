import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileResult } from '../types.ts';
import { type Entry, isValidEntry } from './cache-entry.ts';

/** The cache folder, under the working folder. */
export const CACHE_DIR = '.csp-move-cache';
const CACHE_FILE = 'results-v1.json';

interface CacheFile {
  version: 1;
  key: string;
  entries: Record<string, Entry>;
}

type Digest = (text: string) => string;

/**
 * Results of earlier runs, by path and content hash. Entries made under another key (another tool
 * version or build, catalog, configuration, locale or date) are dropped when the cache is loaded, and
 * so is every entry that is not what the cache writes (see isValidEntry).
 *
 * The cache is trusted input: whoever can write the folder can make a file look checked. It is the
 * runner's own; CI must not restore one made from an untrusted pull request.
 */
export class ResultCache {
  readonly file: string;
  /** A short digest of a file's content. Not for security: only to notice that a file changed. */
  readonly hash: Digest;
  private readonly key: string;
  private readonly entries: Map<string, Entry>;
  private changed = false;
  /** Entries dropped at load because they were damaged or forged; the files are checked again. */
  readonly dropped: number;
  /** True when the cache file exists but could not be read as JSON at all. */
  readonly unreadable: boolean;

  private constructor(
    file: string,
    key: string,
    entries: Map<string, Entry>,
    hash: Digest,
    problems: { dropped: number; unreadable: boolean },
  ) {
    this.file = file;
    this.hash = hash;
    this.key = key;
    this.entries = entries;
    this.dropped = problems.dropped;
    this.unreadable = problems.unreadable;
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
    const entries = new Map<string, Entry>();
    const problems = { dropped: 0, unreadable: false };
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // No cache yet (or no access to it): start afresh.
    }
    if (text !== undefined) {
      try {
        const data = JSON.parse(text) as Partial<CacheFile>;
        if (data.version === 1 && data.key === key && typeof data.entries === 'object' && data.entries) {
          for (const [path, entry] of Object.entries(data.entries)) {
            if (isValidEntry(entry)) entries.set(path, entry);
            else problems.dropped += 1;
          }
        }
      } catch {
        problems.unreadable = true;
      }
    }
    return new ResultCache(file, key, entries, hash, problems);
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
