import { randomBytes } from 'node:crypto';

/** A new opaque identifier: 128 random bits, URL-safe. */
export function createId(): string {
  return randomBytes(16).toString('base64url');
}

/** A new secret token (sessions, CSRF): 256 random bits, URL-safe. */
export function createSecretToken(): string {
  return randomBytes(32).toString('base64url');
}
