import type { Lease } from '@deedroom/collab-server';
import type { Logger } from '../logger';

export interface PeriodicJob<T> {
  start(): void;
  /** Runs a pass now (after the one under way, if any). */
  runNow(): Promise<T>;
  /** Stops the timer and waits for the pass under way. */
  stop(): Promise<void>;
}

/**
 * Runs `run` every `intervalMs`, one pass at a time (a tick that finds a pass under way is
 * skipped); a failed pass is logged and the next tick tries again. The timer does not keep the
 * process alive. With several nodes, each tick first takes the cluster's lease on the job for
 * most of an interval and keeps it: one node runs each period's pass (another one takes over
 * when that node is gone).
 */
export function createPeriodicJob<T>(
  name: string,
  run: () => Promise<T>,
  options: { intervalMs: number; logger: Logger; lease?: Lease },
): PeriodicJob<T> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<T> | undefined;

  function runNow(): Promise<T> {
    const next = (running ?? Promise.resolve())
      .catch(() => undefined)
      .then(run)
      .finally(() => {
        if (running === next) running = undefined;
      });
    running = next;
    return next;
  }

  async function tick(): Promise<void> {
    const { lease } = options;
    if (lease && !(await lease.tryAcquire(`job:${name}`, options.intervalMs * 0.9))) return;
    await runNow();
  }

  return {
    start() {
      timer ??= setInterval(() => {
        if (running) return;
        void tick().catch((err: unknown) => options.logger.error({ err, job: name }, 'periodic job failed'));
      }, options.intervalMs);
      timer.unref();
    },
    runNow,
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}
