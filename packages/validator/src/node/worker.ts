// Worker thread entry: validates batches of plan texts with the same options as the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { createCatalog, defaultCatalog, extendCatalogData } from '@csp-move/rules/catalog';
import { withNextStepOnly } from '../core/result.ts';
import { validateText } from '../core/validate.ts';
import type { WorkerSetup, WorkRequest, WorkResponse } from './worker-protocol.ts';

const setup = workerData as WorkerSetup;
const catalog = setup.extension
  ? createCatalog(extendCatalogData(defaultCatalog().data, setup.extension))
  : defaultCatalog();

parentPort?.on('message', ({ items }: WorkRequest) => {
  const response: WorkResponse = {
    results: items.map(({ index, path, text }) => {
      const result = validateText(text, { ...setup.options, path, catalog });
      return { index, result: setup.nextStepOnly ? withNextStepOnly(result) : result };
    }),
  };
  parentPort?.postMessage(response);
});

// Only now is this thread worth giving work to: until here it was loading.
parentPort?.postMessage({ ready: true } satisfies WorkResponse);
