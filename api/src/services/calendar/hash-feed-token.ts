import { createHash, randomBytes } from 'node:crypto';

/** A calendar feed secret: 32 random bytes, URL-safe. */
export function createFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this hash is stored: a leaked database does not give anyone's calendar away. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
