import type { ServiceDeps } from '../services/deps';
import { type ReminderRunOptions, type ReminderRunResult, runReminders } from './run-reminders';

export interface ReminderScheduler {
  start(): void;
  /** Runs a pass now (waiting for one under way first). */
  runNow(): Promise<ReminderRunResult>;
  /** Stops the timer and waits for the pass under way. */
  stop(): Promise<void>;
}

/** Runs the reminders every `intervalMs`, one pass at a time. */
export function createReminderScheduler(
  deps: ServiceDeps,
  options: ReminderRunOptions & { intervalMs: number },
): ReminderScheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<ReminderRunResult> | undefined;

  function runNow(): Promise<ReminderRunResult> {
    const previous = running ?? Promise.resolve(undefined);
    const next = previous
      .catch(() => undefined)
      .then(() => runReminders(deps, options))
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
        runNow().catch((err: unknown) => deps.logger.error({ err }, 'reminder run failed'));
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
