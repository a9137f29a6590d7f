import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread running a TypeScript module. Node 20 refuses `.ts` worker files before
 * any loader runs, so a one-line eval worker loads the module through tsx's `tsImport`.
 */
export function startTsWorker(moduleUrl: URL, workerData: unknown): Worker {
  const tsxApi = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const target = JSON.stringify(moduleUrl.href);
  return new Worker(`import(${tsxApi}).then((api) => api.tsImport(${target}, ${target}))`, {
    eval: true,
    workerData,
  });
}
