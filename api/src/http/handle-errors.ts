import { AppError } from '@deedroom/shared';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env';

/** The single mapping from thrown errors to HTTP responses. */
export function handleError(err: Error, c: Context<AppEnv>): Response {
  const known = err instanceof HTTPException ? mapHttpException(err.status) : err;
  if (known instanceof AppError) return c.json(known.toBody(), known.status as ContentfulStatusCode);
  c.get('deps')?.logger.error({ err, path: c.req.path }, 'unhandled error');
  return c.json(new AppError('INTERNAL', 'Erreur interne du serveur.').toBody(), 500);
}

export function handleNotFound(c: Context<AppEnv>): Response {
  return c.json(new AppError('NOT_FOUND', 'Ressource introuvable.').toBody(), 404);
}

/** Hono's own validators throw HTTPException; give them our codes. */
function mapHttpException(status: number): AppError | undefined {
  if (status === 400) return new AppError('INVALID_JSON', 'Le corps de la requête n’est pas un JSON valide.');
  if (status === 415)
    return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Le corps de la requête doit être du JSON.');
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', 'Requête trop volumineuse.');
  return undefined;
}
