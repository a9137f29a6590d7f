/**
 * One dependency the node needs to serve requests (the database, Redis, the shared blob folder).
 * `run` resolves when the dependency answers and throws (or never settles) when it does not.
 *
 * @example
 * const check: ReadinessCheck = { name: 'database', run: () => stores.ping() };
 */
export interface ReadinessCheck {
  /** Stable, lowercase; shown in `/api/ready` and in the logs. */
  name: string;
  run(): Promise<void>;
}

export type ReadinessCheckResult =
  | { name: string; ok: true; latencyMs: number }
  | { name: string; ok: false; latencyMs: number; error: string };

export interface ReadinessReport {
  status: 'ready' | 'not_ready';
  checks: ReadinessCheckResult[];
}
