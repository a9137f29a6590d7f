import { z } from 'zod';
import { LIMITS } from '../limits';
import { EmailSchema, PasswordSchema } from './common';
import { UserSchema } from './users';

export const LoginRequestSchema = z.strictObject({
  email: EmailSchema,
  // Any length is accepted at login so that old passwords still work; only the cap applies.
  password: z.string().min(1).max(LIMITS.passwordMaxLength),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const SessionSchema = z.object({
  user: UserSchema,
  /** Echo this value in the `X-CSRF-Token` header of every state-changing request. */
  csrfToken: z.string(),
  expiresAt: z.string(),
});
export type Session = z.infer<typeof SessionSchema>;

export const ChangePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(LIMITS.passwordMaxLength),
  newPassword: PasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>;

/** Name of the session cookie and of the header that carries the CSRF token. */
export const SESSION_COOKIE = 'deedroom_session';
export const CSRF_HEADER = 'x-csrf-token';
