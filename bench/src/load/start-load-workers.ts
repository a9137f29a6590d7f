import { ChildChannel } from '../ipc/child-channel';
import type { AssignedClient, ParentToWorker, WorkerToParent } from '../ipc/worker-messages';
import { nowMs } from '../measure/clock';

const LOAD_WORKER = new URL('./load-worker.ts', import.meta.url).pathname;

export type LoadWorker = ChildChannel<ParentToWorker, WorkerToParent>;

/**
 * One load-generator process per list of clients: each opens its clients' sockets (25 at a time)
 * at `keystrokesPerSecond`, and this resolves once every one reported them connected. The
 * workers are returned as soon as they exist, so that the caller's `finally` can end them.
 */
export function startLoadWorkers(assignments: AssignedClient[][], keystrokesPerSecond: number) {
  const workers: LoadWorker[] = assignments.map(() => new ChildChannel(LOAD_WORKER, []));
  const connecting = (async () => {
    const began = nowMs();
    for (const [index, worker] of workers.entries()) {
      worker.send({
        type: 'setup',
        clients: assignments[index] ?? [],
        keystrokesPerSecond,
        connectConcurrency: 25,
        connectTimeoutMs: 30_000,
      });
    }
    const connected = await Promise.all(workers.map((w) => w.next('connected', 180_000)));
    return { connected, connectMs: nowMs() - began };
  })();
  return { workers, connecting };
}
