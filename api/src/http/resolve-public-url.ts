import type { Context } from 'hono';
import type { AppEnv } from './app-env';

/** The base URL people reach Deedroom at: the configured one, else the origin of this request. */
export function resolvePublicUrl(c: Context<AppEnv>): string {
  return c.get('config').publicUrl ?? new URL(c.req.url).origin;
}
