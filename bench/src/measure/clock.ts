/**
 * Milliseconds on a time base shared by every process of the benchmark on this machine:
 * `performance.timeOrigin` is wall-clock based, `performance.now()` is monotonic and sub-millisecond.
 */
export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
