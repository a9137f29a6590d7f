import { AppError } from '@deedroom/shared';
import type { Context } from 'hono';
import type { Actor } from '../services/deps';
import type { AppEnv } from './app-env';

/** The authenticated caller, or a 401 for anonymous requests. */
export function requireActor(c: Context<AppEnv>): Actor {
  const auth = c.get('auth');
  if (!auth) throw new AppError('UNAUTHENTICATED', 'Connexion requise.');
  return { user: auth.user, ip: c.get('ip') };
}

export function requireSession(c: Context<AppEnv>) {
  const auth = c.get('auth');
  if (!auth) throw new AppError('UNAUTHENTICATED', 'Connexion requise.');
  return auth;
}
