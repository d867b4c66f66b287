import type { BigIntStats } from 'node:fs';
import type { Catalog, CatalogExtension } from '@csp-move/rules/catalog';
import { defaultCatalog } from '@csp-move/rules/catalog';
import { fileProblem, withNextStepOnly } from '../core/result.ts';
import { DEFAULT_MAX_FILE_SIZE, type ValidateOptions, validateText } from '../core/validate.ts';
import type { FileResult } from '../types.ts';
import type { Content, ResultCache } from './cache.ts';
import { WorkerPool } from './pool.ts';
import { type ReadProblem, readInput } from './read.ts';
import { threadCount } from './threads.ts';
import type { WorkItem } from './worker-protocol.ts';

/** A plan to validate: its display path and either a file to read or the text itself (stdin). */
export interface PlanInput {
  path: string;
  file?: string;
  text?: string;
}

export interface RunOptions extends Omit<ValidateOptions, 'path' | 'catalog'> {
  catalog?: Catalog;
  /** The user's catalog extension, so worker threads can build the same catalog. */
  extension?: CatalogExtension;
  /**
   * Threads that validate: this one plus jobs - 1 worker threads. Default: chosen by the number of
   * files and the idle cores (chooseThreads). Runs of fewer than WORKER_THRESHOLD files stay on this
   * thread.
   */
  jobs?: number;
  cache?: ResultCache;
  /** Filled with the text of each file that has diagnostics, by path: for code frames and --fix. */
  sources?: Map<string, string>;
  /** Called after each file, for a progress line. */
  onProgress?: (done: number, total: number) => void;
  /** Keep of each schedule only the next step, as `validate` reports it (withNextStepOnly). */
  nextStepOnly?: boolean;
}

/** Largest --jobs accepted; more is a mistake, and each thread costs memory. */
export const MAX_JOBS = 256;

/** Fewer files than this are validated on the main thread whatever --jobs says: workers would cost more. */
export const WORKER_THRESHOLD = 200;

function read(input: PlanInput, limit: number): string | ReadProblem {
  if (input.text !== undefined) return input.text;
  const read = readInput(input.file as string, limit);
  return 'text' in read ? read.text : read.problem;
}

/**
 * Validates plan files and returns their results in input order. Unchanged files come from the cache
 * when one is given; the rest are validated here or, for large runs, on worker threads.
 */
export async function validateFiles(
  inputs: readonly PlanInput[],
  options: RunOptions = {},
): Promise<FileResult[]> {
  const {
    catalog = defaultCatalog(),
    extension,
    jobs,
    cache,
    sources,
    onProgress,
    nextStepOnly = false,
    ...validateOptions
  } = options;
  const locale = validateOptions.locale ?? 'en';
  const results: FileResult[] = new Array(inputs.length);
  const contents: (Content | undefined)[] = new Array(inputs.length);
  const stats: (BigIntStats | undefined)[] = new Array(inputs.length);
  const work: WorkItem[] = [];
  let done = 0;
  // Texts in flight, kept for `sources` only when their result has diagnostics (code frames, --fix).
  const texts: (string | undefined)[] = new Array(inputs.length);
  const record = (index: number, judged: FileResult) => {
    const result = nextStepOnly ? withNextStepOnly(judged) : judged;
    results[index] = result;
    const text = texts[index];
    texts[index] = undefined;
    if (sources && text !== undefined && result.diagnostics.length > 0) sources.set(result.path, text);
    const content = contents[index];
    if (cache && content !== undefined && !result.diagnostics.some((d) => d.rule === 'internal-error')) {
      cache.store(result.path, content, result, stats[index]);
    }
    done += 1;
    onProgress?.(done, inputs.length);
  };

  // `jobs` counts the threads that validate: the main thread and jobs - 1 workers.
  const threads = threadCount(jobs, inputs.length);
  // Small batches: a thread's last batch is what the run waits for at the end.
  const startPool = (expected: number) =>
    new WorkerPool(
      { options: validateOptions, extension, nextStepOnly },
      threads - 1,
      Math.max(1, Math.min(16, Math.ceil(expected / (threads * 16)))),
      record,
    );
  // Without a cache every file will be validated: large runs start their threads first, so that they
  // load while files are being read. With a cache, only what is left after the lookups counts.
  let pool =
    threads > 1 && !cache && inputs.length >= WORKER_THRESHOLD ? startPool(inputs.length) : undefined;

  for (const [index, input] of inputs.entries()) {
    // Let the threads' messages in now and then, so that idle threads get their next batch.
    if (pool && index % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
    // With a cache, a file whose metadata is what it was is not read at all (unless its source
    // lines are wanted for a report of its findings).
    const before = cache && input.file !== undefined ? cache.stat(input.path, input.file) : undefined;
    const known = before && cache?.unchanged(input.path, before);
    if (known && !(sources && known.diagnostics.length > 0)) {
      record(index, known);
      continue;
    }
    const text = read(input, validateOptions.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if (typeof text !== 'string') {
      record(index, fileProblem({ path: input.path, locale, catalog }, text));
      continue;
    }
    if (sources) texts[index] = text;
    if (cache) {
      const content = cache.content(text);
      const cached = cache.lookup(input.path, content.hash);
      contents[index] = content;
      stats[index] = before;
      if (cached) {
        // Same content: the result stands, and the metadata is brought up to date for the next run.
        record(index, cached);
        continue;
      }
    }
    if (pool) pool.add({ index, path: input.path, text });
    // One thread: validated at once, so that no more than one text is held at a time.
    else if (threads === 1)
      record(index, validateText(text, { ...validateOptions, path: input.path, catalog }));
    else work.push({ index, path: input.path, text });
  }

  if (!pool && threads > 1 && work.length >= WORKER_THRESHOLD) {
    pool = startPool(work.length);
    for (const item of work.splice(0)) pool.add(item);
  }
  if (pool) {
    for (let batch = pool.take(); batch; batch = pool.take()) {
      for (const { index, path, text } of batch) {
        record(index, validateText(text, { ...validateOptions, path, catalog }));
      }
      pool.done(batch.length);
      // Let the workers' results in, so that they get their next batch without waiting for this thread.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await pool.finish();
  }
  for (const { index, path, text } of work) {
    record(index, validateText(text, { ...validateOptions, path, catalog }));
  }
  return results;
}
