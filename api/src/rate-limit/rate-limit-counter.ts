export interface RateLimitHit {
  /** Hits on the key in the current window, this one included. */
  count: number;
  /** Time until the window ends and the count starts again from zero. */
  resetInMs: number;
}

/**
 * Counts hits per key in fixed windows: the first hit on a key opens a window of `windowMs`.
 * The in-memory counter is per node; the Redis one is shared by every node of a cluster.
 *
 * @example
 * const { count, resetInMs } = await counter.hit(`login:${ip}`, 60_000);
 * if (count > 20) refuse(`retry in ${resetInMs} ms`);
 */
export interface RateLimitCounter {
  hit(key: string, windowMs: number): Promise<RateLimitHit>;
}
