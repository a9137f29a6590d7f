import type { Logger } from '../logger';
import type { ReadinessCheck, ReadinessCheckResult, ReadinessReport } from './readiness-check';

export const DEFAULT_READINESS_TIMEOUT_MS = 2_000;

export interface ReadinessProbeOptions {
  /** How long each check may take before it counts as failed. */
  timeoutMs?: number;
  /** Where a failing check's full error goes (the response only names its kind). */
  logger?: Pick<Logger, 'warn'>;
}

/** Runs every check (in parallel) and says whether the node may take traffic. */
export type ReadinessProbe = () => Promise<ReadinessReport>;

class CheckTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/**
 * The public `error` names the failure's kind (`ECONNREFUSED`, `EACCES`, a timeout) but not its
 * message, which may carry internal host names and paths: `/api/ready` answers anyone.
 */
function describeFailure(error: unknown): string {
  if (error instanceof CheckTimeoutError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
  return 'check failed';
}

async function runWithTimeout(check: ReadinessCheck, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check.run(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new CheckTimeoutError(timeoutMs)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Builds the readiness answer over `checks`. Concurrent callers share one run, so a burst of
 * load-balancer probes (or anyone else: the route is public) costs one round of checks.
 *
 * @example
 * const probe = createReadinessProbe([createDatabaseCheck(() => stores.ping())]);
 * const { status, checks } = await probe();
 */
export function createReadinessProbe(
  checks: readonly ReadinessCheck[],
  options: ReadinessProbeOptions = {},
): ReadinessProbe {
  const timeoutMs = options.timeoutMs ?? DEFAULT_READINESS_TIMEOUT_MS;
  let running: Promise<ReadinessReport> | undefined;

  async function runOne(check: ReadinessCheck): Promise<ReadinessCheckResult> {
    const started = performance.now();
    const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
    try {
      await runWithTimeout(check, timeoutMs);
      return { name: check.name, ok: true, latencyMs: elapsed() };
    } catch (error) {
      const latencyMs = elapsed();
      options.logger?.warn({ err: error, check: check.name, latencyMs }, 'readiness check failed');
      return { name: check.name, ok: false, latencyMs, error: describeFailure(error) };
    }
  }

  async function runAll(): Promise<ReadinessReport> {
    const results = await Promise.all(checks.map(runOne));
    return { status: results.every((r) => r.ok) ? 'ready' : 'not_ready', checks: results };
  }

  return () => {
    running ??= runAll().finally(() => {
      running = undefined;
    });
    return running;
  };
}
