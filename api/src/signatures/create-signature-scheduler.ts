import type { ServiceDeps } from '../services/deps';
import { runSignatureJobs } from '../services/signatures/expire-signature-requests';

export interface SignatureScheduler {
  start(): void;
  runNow(): Promise<{ expired: number; retried: number }>;
  stop(): Promise<void>;
}

/** Every `intervalMs`: expires overdue requests and retries failed provider calls, one pass at a time. */
export function createSignatureScheduler(deps: ServiceDeps, intervalMs = 30_000): SignatureScheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<{ expired: number; retried: number }> | undefined;
  function runNow() {
    const next = (running ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => runSignatureJobs(deps))
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
        runNow().catch((err: unknown) => deps.logger.error({ err }, 'signature jobs failed'));
      }, intervalMs);
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
