import { AppError, LIMITS } from '@deedroom/shared';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';

const WINDOW_MS = 60_000;

/**
 * Caps login attempts per client address (a fixed one-minute window, in memory on this node),
 * on top of the per-account lockout kept in the store.
 */
export function limitLoginRate(): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return async (c, next) => {
    const now = c.get('deps').clock.now().getTime();
    const key = c.get('ip') ?? 'unknown';
    let window = windows.get(key);
    if (!window || now - window.startedAt >= WINDOW_MS) {
      if (windows.size > 10_000) windows.clear();
      window = { startedAt: now, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > LIMITS.loginAttemptsPerMinutePerAddress) {
      c.header('Retry-After', String(Math.ceil((window.startedAt + WINDOW_MS - now) / 1000)));
      throw new AppError('RATE_LIMITED', 'Trop de tentatives de connexion : réessayez dans une minute.');
    }
    await next();
  };
}
