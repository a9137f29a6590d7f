import { ErrorBodySchema } from '@deedroom/shared';
import type { z } from 'zod';

/** A JSON response entry for `createRoute`. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

/** A required JSON request body for `createRoute`. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

const errorResponse = (description: string) => jsonResponse(ErrorBodySchema, description);

/** The error answers every authenticated route may give, documented once. */
export const ERROR_RESPONSES = {
  400: errorResponse('Invalid JSON or fields (INVALID_JSON, VALIDATION_FAILED)'),
  401: errorResponse('Not logged in (UNAUTHENTICATED)'),
  403: errorResponse('Role does not allow the action, or CSRF check failed (FORBIDDEN, CSRF_REJECTED)'),
  404: errorResponse('Missing, or behind the Chinese wall (NOT_FOUND)'),
} as const;

export const SESSION_SECURITY = [{ session: [] }];
