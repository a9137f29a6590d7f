import { createHash } from 'node:crypto';

/** Sessions are stored by the SHA-256 of their token: a database leak yields no usable cookie. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
