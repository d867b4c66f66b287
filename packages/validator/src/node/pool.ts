import { Worker } from 'node:worker_threads';
import type { FileResult } from '../types.ts';
import type { WorkerSetup, WorkItem, WorkRequest, WorkResponse } from './worker-protocol.ts';

// From the sources (tests) the worker is TypeScript; in the package it is the bundled dist/worker.js.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

/**
 * Worker threads that validate plans in batches. The threads start as soon as the pool exists, so
 * they load while the main thread is still reading files. A thread gets a batch once it says it is
 * ready and whenever it is idle; the main thread takes its share with `take()`, so a thread that is
 * slow to start never holds work up.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly workers: Worker[] = [];
  private readonly queue: WorkItem[][] = [];
  private batch: WorkItem[] = [];
  private pending = 0;
  private closed = false;
  private failure: unknown;
  private settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;

  /**
   * @param batchSize items per message: small enough to balance the load, large enough that
   *   messaging costs little.
   */
  constructor(
    setup: WorkerSetup,
    threads: number,
    private readonly batchSize: number,
    private readonly onResult: (index: number, result: FileResult) => void,
  ) {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(WORKER_URL, { workerData: setup });
      this.workers.push(worker);
      worker.on('message', (response: WorkResponse) => {
        if ('results' in response) {
          for (const { index, result } of response.results) this.onResult(index, result);
          this.pending -= response.results.length;
        }
        this.idle.push(worker);
        this.dispatch();
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closed)
          this.fail(new Error(`a worker thread stopped with exit code ${code}`));
      });
    }
  }

  /** Queues one plan. */
  add(item: WorkItem): void {
    this.batch.push(item);
    this.pending += 1;
    if (this.batch.length >= this.batchSize) this.flush();
  }

  /** A batch nobody has started yet, for the main thread to validate itself; undefined when none is left. */
  take(): WorkItem[] | undefined {
    this.flush();
    return this.queue.shift();
  }

  /** Reports results the main thread produced for a batch it took. */
  done(count: number): void {
    this.pending -= count;
    this.dispatch();
  }

  /** Resolves when every queued plan has a result, then stops the threads; rejects if one dies. */
  finish(): Promise<void> {
    if (this.closed) return this.failure ? Promise.reject(this.failure) : Promise.resolve();
    this.flush();
    return new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject };
      this.dispatch();
    });
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.queue.push(this.batch);
    this.batch = [];
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const request: WorkRequest = { items: this.queue.shift() as WorkItem[] };
      (this.idle.pop() as Worker).postMessage(request);
    }
    if (this.settle && this.pending === 0) this.stop();
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    this.stop();
  }

  private stop(): void {
    if (this.closed) return;
    this.closed = true;
    for (const worker of this.workers) void worker.terminate();
    if (this.failure) this.settle?.reject(this.failure);
    else this.settle?.resolve();
  }
}
