import type { CatalogExtension } from '@csp-move/rules/catalog';
import type { ValidateOptions } from '../core/validate.ts';
import type { FileResult } from '../types.ts';

/** What every worker needs to validate like the main thread: options and the catalog extension. */
export interface WorkerSetup {
  options: Omit<ValidateOptions, 'path' | 'catalog'>;
  extension?: CatalogExtension;
  /** Send of each schedule only the next step (withNextStepOnly): shorter messages. */
  nextStepOnly?: boolean;
}

export interface WorkItem {
  index: number;
  path: string;
  text: string;
}

/** Main thread → worker: a batch to validate. */
export interface WorkRequest {
  items: WorkItem[];
}

/** Worker → main thread: ready for work (once, after loading), or the results of a batch by index. */
export type WorkResponse = { ready: true } | { results: { index: number; result: FileResult }[] };
