// How many threads validate a run: what --jobs asks, or a choice by the work and the idle cores.
import { availableParallelism, loadavg } from 'node:os';

/**
 * Files each thread beyond the first must have to earn its start: a worker loads the validator and the
 * catalog before its first file (about as long as validating a few hundred plans on one thread).
 */
export const FILES_PER_WORKER = 300;

/** How many threads a run uses, and what decided it. */
export interface ThreadChoice {
  threads: number;
  /** Cores Node may use (os.availableParallelism). */
  cores: number;
  /** Cores other processes kept busy over the last minute (1-minute load average; 0 where unknown). */
  load: number;
  files: number;
}

/**
 * Threads that validate when --jobs is not given: one, plus a worker for every FILES_PER_WORKER files,
 * but no more than the cores that other processes leave idle. A small run, or a machine whose cores are
 * busy (CI, an editor, a build), stays on this thread: a worker that has no core to itself only adds its
 * start-up and the messaging to the run.
 */
export function chooseThreads(
  files: number,
  cores = availableParallelism(),
  load = loadavg()[0] ?? 0,
): ThreadChoice {
  const idle = Math.max(1, Math.round(cores - load));
  const byWork = 1 + Math.floor(files / FILES_PER_WORKER);
  return { threads: Math.max(1, Math.min(cores, idle, byWork)), cores, load, files };
}

/**
 * Threads that validate: what was asked, never more than there are files or twice the cores, since
 * more threads than that only cost memory; without --jobs, what chooseThreads decides.
 */
export function threadCount(jobs: number | undefined, files: number, cores = availableParallelism()): number {
  if (jobs === undefined) return chooseThreads(files, cores).threads;
  return Math.max(1, Math.min(jobs, cores * 2, files));
}
