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
 * process alive.
 */
export function createPeriodicJob<T>(
  name: string,
  run: () => Promise<T>,
  options: { intervalMs: number; logger: Logger },
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

  return {
    start() {
      timer ??= setInterval(() => {
        if (running) return;
        runNow().catch((err: unknown) => options.logger.error({ err, job: name }, 'periodic job failed'));
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
