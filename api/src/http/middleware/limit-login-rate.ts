import { AppError, LIMITS } from '@deedroom/shared';
import type { MiddlewareHandler } from 'hono';
import type { RateLimitCounter, RateLimitHit } from '../../rate-limit/rate-limit-counter';
import type { AppEnv } from '../app-env';

const WINDOW_MS = 60_000;

/**
 * Caps login attempts per client address (a fixed one-minute window, counted by `counter`: in
 * memory on one node, in Redis across a cluster), on top of the per-account lockout kept in the
 * store. When the counter fails (Redis down) the attempt goes through: the lockout still holds,
 * and refusing every login would be worse.
 *
 * @example
 * app.use('/api/auth/login', limitLoginRate(createMemoryRateLimitCounter(systemClock)));
 */
export function limitLoginRate(counter: RateLimitCounter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = `login:${c.get('ip') ?? 'unknown'}`;
    let hit: RateLimitHit | undefined;
    try {
      hit = await counter.hit(key, WINDOW_MS);
    } catch (err) {
      c.get('deps').logger.warn({ err }, 'login rate limit unavailable; attempt let through');
    }
    if (hit && hit.count > LIMITS.loginAttemptsPerMinutePerAddress) {
      c.header('Retry-After', String(Math.max(1, Math.ceil(hit.resetInMs / 1000))));
      throw new AppError('RATE_LIMITED', 'Trop de tentatives de connexion : réessayez dans une minute.');
    }
    await next();
  };
}
