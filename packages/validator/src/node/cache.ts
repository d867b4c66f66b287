import { type BigIntStats, statSync } from 'node:fs';
import { join } from 'node:path';
import { withNextStepOnly } from '../core/result.ts';
import type { FileResult } from '../types.ts';
import { type Entry, isValidEntry, type Stamp } from './cache-entry.ts';
import { readInput } from './read.ts';
import { wholeTextDeclaresPlan } from './recognize.ts';

/** The cache folder, under the working folder. */
export const CACHE_DIR = '.csp-move-cache';
/**
 * Version 2 keeps of each result what `validate` reports (withNextStepOnly): about a twentieth of
 * version 1, which held every step. A version 1 file is left alone and not read.
 */
export const CACHE_FILE = 'results-v2.json';

/** Largest cache file read: far above what 100,000 plans take; anything larger is not ours. */
export const MAX_CACHE_SIZE = 256 * 1024 * 1024;

/**
 * How long before the run a file's modification time must lie for its metadata to be trusted. File
 * systems keep times coarser than they show (the kernel's clock tick, 1 s on HFS+, 2 s on FAT): a file
 * changed again within that grain, after it was read, can keep its size and time. Such files are
 * hashed on the next run, as git does with "racily clean" entries.
 */
const UNSURE_NS = 2_000_000_000n;

interface CacheFile {
  version: 2;
  key: string;
  entries: Record<string, Entry>;
}

type Digest = (text: string) => string;

/** What the cache notes of a file's text (ResultCache.content). */
export interface Content {
  hash: string;
  plan: boolean;
}

/** Why a cache file was not read: damaged (not JSON), not a regular file, or too large. */
export type CacheProblem = 'damaged' | 'not-a-file' | 'too-large';

/** A file's metadata as the cache compares it. */
export function stampOf(stats: BigIntStats): Stamp {
  return { size: String(stats.size), mtime: String(stats.mtimeNs), ino: String(stats.ino) };
}

/** The metadata of a file, or undefined when it cannot be read (the read then says why). */
export function statFile(file: string): BigIntStats | undefined {
  try {
    return statSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * The cache file's text: a regular file only (a link to `/dev/zero` or a FIFO is refused without
 * being read), at most MAX_CACHE_SIZE bytes, UTF-8. Undefined when there is none (or no access to it).
 */
function readCacheFile(file: string): { text: string } | { problem: CacheProblem } | undefined {
  const read = readInput(file, MAX_CACHE_SIZE, { regularOnly: true });
  if ('text' in read) return read;
  const { code, params } = read.problem;
  if (code === 'file-too-large') return { problem: 'too-large' };
  if (code === 'file-encoding') return { problem: 'damaged' };
  if (params?.reason === 'notRegular') return { problem: 'not-a-file' };
  return undefined;
}

/**
 * Results of earlier runs, by path, with the content hash and the file's metadata they belong to.
 * As ESLint's metadata strategy: a file whose size, modification time (nanoseconds) and inode are what
 * they were is not read at all; otherwise its content hash decides. Metadata is only trusted when the
 * modification time lies well before the run that stored it (UNSURE_NS). Entries made under another key
 * (another tool version or build, catalog, configuration, locale or date) are dropped when the cache is
 * loaded, and so is every entry that is not what the cache writes (see isValidEntry).
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
  /** Wall-clock time this run started, in nanoseconds since 1970. */
  private readonly started: bigint;
  private changed = false;
  /** Metadata the selection took this run, by path, until the run takes it (see `stat`). */
  private readonly seen = new Map<string, BigIntStats | undefined>();
  /** Entries dropped at load because they were damaged or forged; the files are checked again. */
  readonly dropped: number;
  /** Why an existing cache file was not used, if it was not. */
  readonly problem: CacheProblem | undefined;

  private constructor(
    file: string,
    key: string,
    entries: Map<string, Entry>,
    hash: Digest,
    problems: { dropped: number; problem?: CacheProblem },
    started: bigint,
  ) {
    this.file = file;
    this.hash = hash;
    this.key = key;
    this.entries = entries;
    this.dropped = problems.dropped;
    this.problem = problems.problem;
    this.started = started;
  }

  /** True when the cache file exists but could not be used at all (see `problem`). */
  get unreadable(): boolean {
    return this.problem !== undefined;
  }

  /**
   * Loads the cache of `cwd` for `parts`: everything besides the content that decides a result (tool
   * build, catalog, configuration, locale, date). A missing, unreadable or outdated cache starts empty.
   */
  static async load(cwd: string, parts: Record<string, unknown>): Promise<ResultCache> {
    const started = BigInt(Date.now()) * 1_000_000n;
    // node:crypto takes a while to load; runs without --cache never load it.
    const { createHash } = await import('node:crypto');
    const hash: Digest = (text) => createHash('sha1').update(text).digest('base64url');
    const key = hash(JSON.stringify(parts));
    const file = join(cwd, CACHE_DIR, CACHE_FILE);
    const entries = new Map<string, Entry>();
    const problems: { dropped: number; problem?: CacheProblem } = { dropped: 0 };
    const read = readCacheFile(file);
    if (read && 'problem' in read) problems.problem = read.problem;
    else if (read) {
      try {
        const data = JSON.parse(read.text) as Partial<CacheFile>;
        if (data.version === 2 && data.key === key && typeof data.entries === 'object' && data.entries) {
          for (const [path, entry] of Object.entries(data.entries)) {
            if (isValidEntry(entry)) entries.set(path, entry);
            else problems.dropped += 1;
          }
        }
      } catch {
        problems.problem = 'damaged';
      }
    }
    return new ResultCache(file, key, entries, hash, problems, started);
  }

  /**
   * A file's metadata, taken once a run: the selection asks (declaresPlan) before the run validates, and
   * the run then uses what the selection saw, as if it had looked itself. Undefined when it cannot be read.
   */
  stat(path: string, file: string): BigIntStats | undefined {
    if (this.seen.has(path)) {
      const stats = this.seen.get(path);
      this.seen.delete(path);
      return stats;
    }
    return statFile(file);
  }

  /** The stored entry for a path whose metadata shows it unchanged since it was stored. */
  private current(path: string, stats: BigIntStats): Entry | undefined {
    const entry = this.entries.get(path);
    const stamp = entry?.stamp;
    if (!entry || !stamp) return undefined;
    const now = stampOf(stats);
    if (stamp.size !== now.size || stamp.mtime !== now.mtime || stamp.ino !== now.ino) return undefined;
    return entry;
  }

  /**
   * True when a file is unchanged since a run found that its start declares a plan: a folder's plans
   * are then recognised without reading them. Its metadata is kept for `stat`.
   */
  declaresPlan(path: string, file: string): boolean {
    const stats = statFile(file);
    this.seen.set(path, stats);
    return stats !== undefined && this.current(path, stats)?.plan === true;
  }

  /** The stored result for a path whose metadata shows it unchanged since it was stored; no read needed. */
  unchanged(path: string, stats: BigIntStats): FileResult | undefined {
    const entry = this.current(path, stats);
    return entry && { path, ...entry.result };
  }

  /** What the cache notes of a file's text: its hash, and whether its start declares a plan. */
  content(text: string): Content {
    return { hash: this.hash(text), plan: wholeTextDeclaresPlan(text) === true };
  }

  /** The stored result for a path, if its content has not changed since. */
  lookup(path: string, hash: string): FileResult | undefined {
    const entry = this.entries.get(path);
    return entry && entry.hash === hash ? { path, ...entry.result } : undefined;
  }

  /**
   * Stores a path's result (as validate reports it) for its content: its hash, whether its start declares
   * a plan (wholeTextDeclaresPlan), and, when given, the metadata the file had before it was read;
   * metadata from too close to this run is left out, so the next run hashes the file.
   */
  store(path: string, content: Content, result: FileResult, stats?: BigIntStats): void {
    const { path: _path, ...rest } = withNextStepOnly(result);
    const sure = stats !== undefined && stats.mtimeNs < this.started - UNSURE_NS;
    const entry: Entry = {
      hash: content.hash,
      result: rest,
      ...(sure ? { stamp: stampOf(stats) } : {}),
      ...(content.plan ? { plan: true } : {}),
    };
    const before = this.entries.get(path);
    if (before && JSON.stringify(before) === JSON.stringify(entry)) return;
    this.entries.set(path, entry);
    this.changed = true;
  }

  /** True when `serialize()` has something new to save. */
  get dirty(): boolean {
    return this.changed;
  }

  serialize(): string {
    const data: CacheFile = { version: 2, key: this.key, entries: Object.fromEntries(this.entries) };
    return JSON.stringify(data);
  }
}
