import {
  type ChangePasswordRequest,
  type LoginRequest,
  OkSchema,
  type Session,
  SessionSchema,
} from '@deedroom/shared';
import { requestJson } from './client';

/** The current session, or an ApiError with code UNAUTHENTICATED when nobody is signed in. */
export function fetchSession(signal?: AbortSignal): Promise<Session> {
  return requestJson('/api/auth/session', SessionSchema, signal ? { signal } : {});
}

export function logIn(credentials: LoginRequest): Promise<Session> {
  return requestJson('/api/auth/login', SessionSchema, {
    method: 'POST',
    body: credentials,
    csrfToken: null,
  });
}

export async function logOut(csrfToken: string): Promise<void> {
  await requestJson('/api/auth/logout', OkSchema, { method: 'POST', csrfToken });
}

export async function changePassword(request: ChangePasswordRequest, csrfToken: string): Promise<void> {
  await requestJson('/api/auth/password', OkSchema, { method: 'POST', body: request, csrfToken });
}
