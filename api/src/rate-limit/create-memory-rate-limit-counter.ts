import type { Clock } from '../clock';
import type { RateLimitCounter } from './rate-limit-counter';

/** Beyond this many keys the table is emptied (a flood of addresses must not grow memory). */
const MAX_KEYS = 10_000;

/** Windows kept in this process: the embedded default, and what tests move with a manual clock. */
export function createMemoryRateLimitCounter(clock: Clock): RateLimitCounter {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    async hit(key, windowMs) {
      const now = clock.now().getTime();
      let window = windows.get(key);
      if (!window || now - window.startedAt >= windowMs) {
        if (windows.size >= MAX_KEYS) windows.clear();
        window = { startedAt: now, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      return { count: window.count, resetInMs: window.startedAt + windowMs - now };
    },
  };
}
